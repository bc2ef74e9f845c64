package org.haven.platform.cluster;

import java.time.Duration;
import java.time.Instant;

/** Where leases live: the database in the application ({@link JdbcLeaseStore}), memory in unit tests. */
public interface LeaseStore {

    /**
     * Takes or renews the job's lease for {@code owner} when it is free for them ({@link Lease#freeFor}); returns
     * whether {@code owner} holds it now. Atomic: of two owners asking at once, at most one gets {@code true}.
     */
    boolean tryTake(String job, String owner, Instant now, Duration ttl);

    /** Gives the lease up at once (a clean stop), so that another instance need not wait for it to expire. */
    void release(String job, String owner);
}

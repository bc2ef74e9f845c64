package org.haven.platform.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Leases in memory, with the rules of {@link Lease} (the SQL of {@link JdbcLeaseStore} says the same). */
final class MemoryLeaseStore implements LeaseStore {

    private final Map<String, Lease> leases = new HashMap<>();

    @Override
    public synchronized boolean tryTake(String job, String owner, Instant now, Duration ttl) {
        Lease lease = leases.getOrDefault(job, Lease.vacant(job));
        if (!lease.freeFor(owner, now)) {
            return false;
        }
        leases.put(job, lease.takenBy(owner, now, ttl));
        return true;
    }

    @Override
    public synchronized void release(String job, String owner) {
        Lease lease = leases.get(job);
        if (lease != null && lease.owner().equals(owner)) {
            leases.put(job, new Lease(job, owner, Instant.EPOCH, lease.turns()));
        }
    }

    synchronized Lease get(String job) {
        return leases.get(job);
    }
}

package org.haven.platform.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.persistence.DatabaseMigration;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs a timer's work on one instance of the cluster only: every instance's timer fires, and only the one that
 * holds the job's lease (taken, renewed or taken over through {@link LeaseStore}) does the work. A lease outlives
 * the period of its job, so that its holder keeps it from turn to turn, and expires soon after a holder that died,
 * so that another instance takes over at its next turn. A clean stop releases the leases at once.
 *
 * <p>The lease is taken in its own statement, outside the work's transaction ({@code NOT_SUPPORTED}): a
 * lease taken inside a transaction that rolls back would be lost with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ClusterJobs {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource database;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.cluster.instance-name")
    Optional<String> instanceName;

    LeaseStore leases;
    String owner;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        leases = new JdbcLeaseStore(database);
        owner = ownerName(instanceName.orElse(""));
    }

    /**
     * Runs {@code work} when this instance holds (or now takes) the job's lease; returns whether it ran. The
     * lease lasts {@code ttl} from now: longer than the job's period, shorter than a gap a user would notice.
     */
    public boolean runOnce(String job, Duration ttl, Runnable work) {
        if (!leases.tryTake(job, owner, clock.instant(), ttl)) {
            if (held.remove(job)) {
                LOG.info(() -> "Job " + job + " is now run by another instance");
            }
            return false;
        }
        if (held.add(job)) {
            LOG.info(() -> "Job " + job + " is run by this instance (" + owner + ")");
        }
        work.run();
        return true;
    }

    public String owner() {
        return owner;
    }

    @PreDestroy
    void releaseAll() {
        for (String job : held) {
            leases.release(job, owner);
        }
        held.clear();
    }

    /** The configured instance name, or this JVM's pid@host, with a random suffix: a restarted JVM is a new owner. */
    static String ownerName(String configured) {
        String base = configured == null || configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() : configured.strip();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = base + "/" + suffix;
        return name.length() <= 128 ? name : name.substring(name.length() - 128);
    }
}

package org.haven.platform.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.security.ClientKey;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Where the abuse limits and the login throttle keep their counts: in this instance's memory (the default, one
 * instance) or, with {@code haven.cluster.shared-state=hazelcast} (set by deploy/cluster.sh), in the Hazelcast of
 * Payara's cluster, so that a limit reached through one instance holds through every other. A cluster whose
 * Hazelcast cannot be reached refuses to start rather than count per instance without saying so.
 */
@ApplicationScoped
public class SharedCounters {

    static final String HAZELCAST_JNDI = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(SharedCounters.class.getName());
    private static final int MAX_KEYS_IN_MEMORY = 100_000;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.cluster.shared-state", defaultValue = "memory")
    String sharedState;

    private Object hazelcast;
    private final Map<String, CounterMap> maps = new ConcurrentHashMap<>();

    /** Counters in this JVM's memory, for unit tests: two beans given the same instance share their counts. */
    public static SharedCounters inMemory(Clock clock) {
        SharedCounters counters = new SharedCounters();
        counters.clock = clock;
        counters.sharedState = "memory";
        return counters;
    }

    @PostConstruct
    void init() {
        if ("hazelcast".equalsIgnoreCase(sharedState.strip())) {
            try {
                hazelcast = new InitialContext().lookup(HAZELCAST_JNDI);
            } catch (NamingException e) {
                throw new IllegalStateException("haven.cluster.shared-state=hazelcast, but " + HAZELCAST_JNDI
                        + " is not there: start Payara Micro in a cluster (deploy/cluster.sh)", e);
            }
            ClientKey.useKey(HazelcastCounterMap.secret(hazelcast, "client-key"));
            LOG.info("Abuse limits and login throttle are counted in the cluster's Hazelcast");
        } else if (!"memory".equalsIgnoreCase(sharedState.strip())) {
            throw new IllegalStateException("haven.cluster.shared-state must be memory or hazelcast, not "
                    + sharedState);
        }
    }

    /**
     * Created at start, before the first request: in a cluster the client key must be the shared one before any
     * client is counted.
     */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.fine(() -> "Shared counters: " + (clustered() ? "hazelcast" : "memory"));
    }

    /** The counters called {@code name}, forgotten {@code keepFor} after their last change. */
    public CounterMap map(String name, Duration keepFor) {
        return maps.computeIfAbsent(name, n -> hazelcast != null
                ? HazelcastCounterMap.open(hazelcast, "haven-" + n, keepFor)
                : new MemoryCounterMap(clock, keepFor, MAX_KEYS_IN_MEMORY));
    }

    public boolean clustered() {
        return hazelcast != null;
    }
}

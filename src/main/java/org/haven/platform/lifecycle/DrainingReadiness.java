package org.haven.platform.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while Haven stops (/health/ready): a load balancer sends new requests elsewhere. */
@Readiness
@ApplicationScoped
public class DrainingReadiness implements HealthCheck {

    @Inject
    ShutdownDrain drain;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("accepting-requests").status(!drain.draining()).build();
    }
}

package org.haven.evidence.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.evidence.application.EvidenceKeyRotation;
import org.haven.evidence.application.EvidenceRetention;
import org.haven.evidence.application.Takedowns;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.Role;

import java.util.Map;

/**
 * The vault's jobs that the district admin may run at once rather than wait for their timer: the retention
 * purge, the takedown reminders, and sealing every blob under the active key after a rotation.
 */
@Path("/v1/admin/evidence")
@RequestScoped
@Tag(name = "evidence")
@SecurityRequirement(name = HavenApi.BEARER)
public class EvidenceAdminResource {

    @Inject
    EvidenceKeyRotation rotation;

    @Inject
    EvidenceRetention retention;

    @Inject
    Takedowns takedowns;

    @POST
    @Path("/retention")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    @Operation(summary = "Runs the evidence retention purge now (it also runs every night)")
    public EvidenceRetention.Result purge() {
        return retention.purgeExpired();
    }

    @POST
    @Path("/takedown-reminders")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    @Operation(summary = "Sends the reminders of unanswered takedown requests now (they also go every morning)")
    public Map<String, Integer> remind() {
        return Map.of("reminded", takedowns.remindUnanswered());
    }

    @POST
    @Path("/rotation")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    @Operation(summary = "Seals every blob not yet under the active evidence key (after a key rotation)")
    public EvidenceKeyRotation.Result rotate() {
        return rotation.rotatePending();
    }
}

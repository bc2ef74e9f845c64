package org.haven.operations.api;

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
import org.haven.audit.application.CurrentActor;
import org.haven.operations.application.IntegrityCheck;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.Role;

/**
 * {@code POST /api/v1/admin/integrity}: the district admin runs the integrity check (audit chain and every evidence
 * digest) on the live database, for example after a restore; counts and ids only, never content.
 */
@Path("/v1/admin/integrity")
@RequestScoped
@Tag(name = "operations")
@SecurityRequirement(name = HavenApi.BEARER)
public class IntegrityResource {

    @Inject
    IntegrityCheck check;

    @Inject
    CurrentActor actor;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    @Operation(summary = "Verifies the audit chain and every evidence file's digest")
    public IntegrityCheck.Report run() {
        return check.run(actor.get());
    }
}

package org.haven.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.ChainVerification;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.Role;

/** The district admin's check of the audit log (the same check a restore script runs through AuditLog). */
@Path("/v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    /**
     * The outcome: {@code problem} (null when intact) and {@code position} say what and where; position
     * {@code entriesChecked} with {@code lastHash} is what to copy outside the database to detect a later rewrite.
     */
    public record Verification(boolean intact, long entriesChecked, String problem, Long position, long pending,
                               String lastHash) {
    }

    @Inject
    AuditLog audit;

    @GET
    @Path("verification")
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    @SecurityRequirement(name = HavenApi.BEARER)
    @Operation(summary = "Walks the whole audit chain and tells the first change, deletion, insertion or reordering")
    public Verification verify() {
        ChainVerification v = audit.verifyAsAdmin();
        return new Verification(v.intact(), v.entriesChecked(), v.problem() == null ? null : v.problem().name(),
                v.position(), v.pending(), v.lastHash());
    }
}

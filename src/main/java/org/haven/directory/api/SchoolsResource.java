package org.haven.directory.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolRegister;
import org.haven.directory.application.SchoolView;
import org.haven.directory.domain.SchoolLevel;
import org.haven.platform.api.HavenApi;
import org.haven.platform.api.PublicCaching;
import org.haven.platform.security.Role;

import java.util.List;

@Path("/v1/schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "schools")
public class SchoolsResource {

    /** A school as the public sees it. */
    public record SchoolDto(String code, String name, SchoolLevel level) {
        static SchoolDto of(SchoolView s) {
            return new SchoolDto(s.code(), s.name(), s.level());
        }
    }

    /** A new school. */
    public record NewSchool(@NotNull(message = "{school.code.required}") String code,
                            @NotNull(message = "{school.name.required}") String name,
                            @NotNull(message = "{school.level.required}") SchoolLevel level) {
    }

    @Inject
    SchoolAdministration schools;

    @Inject
    SchoolRegister register;

    @Context
    Request request;

    @GET
    @PermitAll
    @Operation(summary = "The schools a pupil can report to (cacheable for a minute, with an ETag)")
    public Response list() {
        List<SchoolDto> list = schools.activeSchools().stream().map(SchoolDto::of).toList();
        return PublicCaching.ok(request, list, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    @SecurityRequirement(name = HavenApi.BEARER)
    @Operation(summary = "Adds a school (district admin)")
    public Response create(@NotNull(message = "{problem.bodyRequired}") @Valid NewSchool body) {
        SchoolView created = register.create(body.code(), body.name(), body.level());
        return Response.created(UriBuilder.fromPath("/api/v1/schools/{code}").build(created.code()))
                .entity(SchoolDto.of(created)).build();
    }
}

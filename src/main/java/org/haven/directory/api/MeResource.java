package org.haven.directory.api;

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
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.MyDirectory;
import org.haven.directory.application.MyDirectory.PupilView;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;

import java.util.List;

/** The signed-in account: who it is, its roles and schools, and (for a parent) its children. */
@Path("/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed({Role.Names.STUDENT, Role.Names.PARENT, Role.Names.TEACHER, Role.Names.STAFF, Role.Names.REFERENT,
        Role.Names.HEAD_OF_SCHOOL, Role.Names.DISTRICT_LEAD, Role.Names.DISTRICT_ADMIN})
public class MeResource {

    /** The account. */
    public record MeDto(String username, String displayName, String language, List<String> roles,
                        List<SchoolsResource.SchoolDto> schools) {
    }

    /** A child of the signed-in parent. */
    public record ChildDto(String firstName, String lastName, String school, String className) {
    }

    @Inject
    CurrentActor actor;

    @Inject
    MyDirectory my;

    @GET
    @Operation(summary = "The signed-in account, its roles and schools")
    public MeDto me() {
        HavenPrincipal p = actor.require();
        List<SchoolsResource.SchoolDto> schools = my.mySchools().stream()
                .map(s -> new SchoolsResource.SchoolDto(s.code(), s.name(), s.level())).toList();
        return new MeDto(p.username(), p.displayName(), p.language(), p.roles().stream().sorted().toList(), schools);
    }

    @GET
    @Path("/children")
    @RolesAllowed(Role.Names.PARENT)
    @Operation(summary = "The children of the signed-in parent")
    public List<ChildDto> children() {
        return my.myChildren().stream()
                .map((PupilView c) -> new ChildDto(c.firstName(), c.lastName(), c.schoolName(), c.className()))
                .toList();
    }

}

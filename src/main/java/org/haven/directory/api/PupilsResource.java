package org.haven.directory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolPupils;
import org.haven.directory.application.SchoolView;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.Role;

import java.time.LocalDate;
import java.util.List;

/**
 * The pupils of a school as its rosters brought them in (issue 23), for its heads and referents: keyset pages
 * with {@code after}, a search on name or class. Another school, or an unknown code, is 404 alike.
 */
@Path("/v1/pupils")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL})
public class PupilsResource {

    /** A pupil of the list. */
    public record PupilDto(long id, String firstName, String lastName, String className, LocalDate birthDate) {
        static PupilDto of(SchoolPupils.Pupil p) {
            return new PupilDto(p.id(), p.firstName(), p.lastName(), p.className(), p.birthDate());
        }
    }

    /** One page; next is the after of the next page, absent on the last. */
    public record PageDto(String school, List<PupilDto> rows, String next) {
    }

    @Inject
    SchoolPupils pupils;

    @Inject
    SchoolAdministration schools;

    @GET
    @Path("/{schoolCode}")
    @Operation(summary = "The pupils of a school of the caller (head or referent): search q on name or class,"
            + " keyset paging with after")
    public PageDto list(@PathParam("schoolCode") String schoolCode, @QueryParam("q") String search,
                        @QueryParam("after") String after, @QueryParam("size") Integer size) {
        long schoolId = schools.byCode(schoolCode).map(SchoolView::id).orElse(-1L);
        SchoolPupils.Page page = pupils.page(schoolId, search, after, size == null ? 50 : size);
        return new PageDto(page.school().code(), page.rows().stream().map(PupilDto::of).toList(), page.next());
    }
}

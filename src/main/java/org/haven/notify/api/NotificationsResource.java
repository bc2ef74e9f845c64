package org.haven.notify.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.notify.application.NotificationCentre;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.Role;

import java.util.List;

/** The caller's own notifications: the latest, with what became of their e-mail; marking read. */
@Path("/v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed({Role.Names.STUDENT, Role.Names.PARENT, Role.Names.TEACHER, Role.Names.STAFF, Role.Names.REFERENT,
        Role.Names.HEAD_OF_SCHOOL, Role.Names.DISTRICT_LEAD, Role.Names.DISTRICT_ADMIN})
public class NotificationsResource {

    /** The unread count and the latest notifications. */
    public record Inbox(long unread, List<NotificationCentre.Item> items) {
    }

    @Inject
    NotificationCentre centre;

    @GET
    @Operation(summary = "My latest notifications and how many are unread")
    public Inbox list() {
        return new Inbox(centre.unread(), centre.mine());
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Marks one of my notifications read (another account's is 404)")
    public Response read(@PathParam("id") long id) {
        centre.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/read")
    @Operation(summary = "Marks all my notifications read")
    public Response readAll() {
        centre.markAllRead();
        return Response.noContent().build();
    }
}

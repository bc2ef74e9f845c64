package org.haven.family.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.family.application.FamilyPortal;
import org.haven.family.application.FamilyViews;
import org.haven.family.domain.MessageKind;
import org.haven.platform.api.HavenApi;
import org.haven.platform.api.RequestLocale;
import org.haven.platform.errors.Invalid;
import org.haven.platform.security.Role;

import java.util.List;

/**
 * The parent portal over REST: the cases of the caller's children that parents may follow, each as parents see it
 * (parent-visible entries without details, next steps, referents, the caller's thread, the child's disclosure
 * record), acknowledging an entry and writing to the school. Any other case is 404.
 */
@Path("/v1/family/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "family")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed(Role.Names.PARENT)
public class FamilyResource {

    /** A message to the school: kind MESSAGE (default) or MEETING_REQUEST. */
    public record NewMessage(String kind, String body) {
    }

    /** Which parent-visible entry the parent confirms reading. */
    public record Acknowledge(Long eventId) {
    }

    @Inject
    FamilyPortal portal;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The cases of my children that I may follow")
    public List<FamilyViews.CaseRow> list() {
        return portal.myCases(RequestLocale.of(headers));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case as parents see it")
    public FamilyViews.CaseDetail get(@PathParam("id") long id) {
        return portal.view(id, RequestLocale.of(headers));
    }

    @POST
    @Path("/{id}/acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirms reading a parent-visible entry")
    public Response acknowledge(@PathParam("id") long id, Acknowledge body) {
        if (body == null || body.eventId() == null) {
            throw Invalid.of("eventId", "family.entry.required");
        }
        portal.acknowledge(id, body.eventId());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/messages")
    @Operation(summary = "My thread with the school about this case")
    public List<FamilyViews.Message> messages(@PathParam("id") long id) {
        return portal.view(id, RequestLocale.of(headers)).messages();
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Writes to the school (a message, or a meeting request with my availability)")
    public Response send(@PathParam("id") long id, NewMessage body) {
        if (body == null) {
            throw Invalid.of("body", "problem.bodyRequired");
        }
        portal.send(id, kind(body.kind()), body.body());
        return Response.status(Response.Status.CREATED).build();
    }

    private static MessageKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return MessageKind.MESSAGE;
        }
        try {
            return MessageKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw Invalid.of("kind", "family.message.kind");
        }
    }
}

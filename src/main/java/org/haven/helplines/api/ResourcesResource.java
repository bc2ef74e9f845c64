package org.haven.helplines.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.helplines.application.HelpLine;
import org.haven.helplines.application.HelpResources;
import org.haven.platform.api.PublicCaching;
import org.haven.platform.api.RequestLocale;

import java.util.List;

/** Help lines and services, public: a pupil in danger must not need an account to find them. */
@Path("/v1/resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "resources")
public class ResourcesResource {

    @Inject
    HelpResources resources;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @PermitAll
    @Operation(summary = "Help lines and services of a country, in the request's language (cacheable for a minute)")
    public Response list(@QueryParam("country") String country) {
        List<HelpLine> lines = resources.all(country == null || country.isBlank() ? "FR" : country,
                RequestLocale.of(headers));
        return PublicCaching.ok(request, lines, true);
    }
}

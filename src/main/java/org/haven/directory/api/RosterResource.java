package org.haven.directory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.directory.application.RosterImport;
import org.haven.directory.domain.RosterError;
import org.haven.platform.api.HavenApi;
import org.haven.platform.api.Problems;
import org.haven.platform.api.RequestLocale;
import org.haven.platform.errors.Invalid;
import org.haven.platform.i18n.Messages;
import org.haven.platform.security.Role;

import java.util.List;
import java.util.Locale;

/**
 * The roster import for scripts (issue 23: "REST and page alike"): the same all-or-nothing import as the page. A
 * refused file answers 400 with one violation per error: {@code field} names the line and column
 * ({@code lines[3].school}, {@code lines[3]} for the whole line, {@code file} for the file) and {@code message} says
 * it in the request's language, as the page does.
 */
@Path("/v1/admin/roster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed(Role.Names.DISTRICT_ADMIN)
public class RosterResource {

    /** The roster file's text (CSV, as the page takes it) and, optionally, its name for the audit log. */
    public record Upload(String fileName, String content) {
    }

    /** What was imported. */
    public record Imported(int students, int parents, int staff, int accounts) {
    }

    private static final int MAX_CHARS = 5 * 1024 * 1024;

    @Inject
    RosterImport rosterImport;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Imports a roster file (district admin): everything or, with every error by line and"
            + " column, nothing")
    public Response importRoster(Upload body) {
        if (body == null || body.content() == null || body.content().isBlank()) {
            throw Invalid.of("content", "roster.noFile");
        }
        if (body.content().length() > MAX_CHARS) {
            throw Invalid.of("content", "roster.tooLarge", MAX_CHARS / (1024 * 1024));
        }
        String name = body.fileName() == null || body.fileName().isBlank() ? "api.csv"
                : body.fileName().strip().substring(0, Math.min(body.fileName().strip().length(), 120));
        RosterImport.Outcome outcome = rosterImport.importCsv(body.content(), name);
        if (outcome.imported()) {
            return Response.ok(new Imported(outcome.students(), outcome.parents(), outcome.staff(),
                    outcome.accounts())).build();
        }
        Locale locale = RequestLocale.of(headers);
        List<Problems.Violation> violations = outcome.errors().stream().map(e -> violation(e, locale)).toList();
        return Problems.response(400, "problem.invalid", locale, violations);
    }

    private static Problems.Violation violation(RosterError e, Locale locale) {
        String field = e.line() == 0 ? "file"
                : "lines[" + e.line() + "]" + (e.column() == null ? "" : "." + e.column());
        String text = Messages.text(locale, e.key(), e.args());
        return new Problems.Violation(field,
                e.line() == 0 ? text : Messages.text(locale, "roster.line", e.line(), text));
    }
}

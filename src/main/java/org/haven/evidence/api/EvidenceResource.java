package org.haven.evidence.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.evidence.application.DossierExport;
import org.haven.evidence.application.EvidenceDelivery;
import org.haven.evidence.application.EvidenceViews;
import org.haven.evidence.application.StaffEvidence;
import org.haven.evidence.domain.CustodyAction;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.platform.api.HavenApi;
import org.haven.platform.api.Problems;
import org.haven.platform.api.RequestLocale;
import org.haven.platform.security.Role;

import java.util.Locale;

/**
 * The vault for staff over REST: an owner's evidence (files with SHA-256 and custody), and a file's content,
 * verified before it is sent (an altered file is a 409 and an integrity alert, never served). Referents and
 * heads of school of the owner's school only; another school's evidence is a 404. The district admin's runs are
 * in {@link EvidenceAdminResource}.
 */
@Path("/v1")
@RequestScoped
@Tag(name = "evidence")
@SecurityRequirement(name = HavenApi.BEARER)
public class EvidenceResource {

    @Inject
    StaffEvidence evidence;

    @Inject
    EvidenceDelivery delivery;

    @Inject
    DossierExport export;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/evidence")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL})
    @Operation(summary = "The evidence files of a report (reportId) or a case (caseId), with SHA-256 and custody")
    public Response list(@QueryParam("reportId") Long reportId, @QueryParam("caseId") Long caseId) {
        Locale locale = RequestLocale.of(headers);
        if ((reportId == null) == (caseId == null)) {
            return Problems.response(400, "problem.invalid", locale);
        }
        EvidenceOwner.Kind kind = reportId != null ? EvidenceOwner.Kind.REPORT : EvidenceOwner.Kind.CASE;
        EvidenceViews.Panel panel = evidence.panel(kind, reportId != null ? reportId : caseId, locale);
        return Response.ok(panel.items().stream().map(EvidenceDtos.FileDto::of).toList()).build();
    }

    @GET
    @Path("/evidence/{id}/content")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL})
    @Operation(summary = "The original file, verified against its SHA-256 first (409 and an alert when it was altered)")
    public Response content(@PathParam("id") long id) {
        EvidenceDelivery.Opened opened = delivery.open(id, CustodyAction.DOWNLOADED, "api download");
        if (!opened.intact()) {
            return Problems.response(409, "evidence.integrity.refused", RequestLocale.of(headers));
        }
        StreamingOutput body = out -> delivery.copy(opened, out);
        return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename=\"evidence-" + id + "\"")
                .header("Content-Length", opened.file().sizeBytes())
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/evidence/dossier")
    @Produces({"application/pdf", "application/zip"})
    @RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL})
    @Operation(summary = "The dossier of a report (reportId) or a case (caseId): format pdf, or zip (PDF, originals"
            + " and a SHA256SUMS manifest); 409 when a file failed its integrity check")
    public Response dossier(@QueryParam("reportId") Long reportId, @QueryParam("caseId") Long caseId,
                            @QueryParam("format") String format) {
        Locale locale = RequestLocale.of(headers);
        if ((reportId == null) == (caseId == null) || !("pdf".equals(format) || "zip".equals(format))) {
            return Problems.response(400, "problem.invalid", locale);
        }
        EvidenceOwner.Kind kind = reportId != null ? EvidenceOwner.Kind.REPORT : EvidenceOwner.Kind.CASE;
        DossierExport.Format f = "pdf".equals(format) ? DossierExport.Format.PDF : DossierExport.Format.ZIP;
        DossierExport.Prepared prepared = export.prepare(kind, reportId != null ? reportId : caseId, f, locale);
        if (prepared.refused()) {
            return Problems.response(409, "evidence.integrity.refused", locale);
        }
        StreamingOutput body = out -> export.write(prepared, out);
        return Response.ok(body, f == DossierExport.Format.PDF ? "application/pdf" : "application/zip")
                .header("Content-Disposition", "attachment; filename=\"dossier-" + prepared.content().owner().number()
                        + "." + format + "\"")
                .header("Cache-Control", "no-store").build();
    }
}

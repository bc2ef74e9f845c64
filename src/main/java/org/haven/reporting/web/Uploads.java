package org.haven.reporting.web;

import jakarta.servlet.http.Part;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.reporting.application.ReportSubmission.Attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Files of a multipart form opened as attachments for the service, and closed after. */
final class Uploads implements AutoCloseable {

    private final List<InputStream> streams = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();

    private Uploads() {
    }

    static Uploads of(List<Part> parts, String field) throws IOException {
        Uploads u = new Uploads();
        try {
            for (Part p : parts) {
                InputStream in = p.getInputStream();
                u.streams.add(in);
                u.attachments.add(new Attachment(new EvidenceUpload(p.getSubmittedFileName(), p.getContentType(), in), field));
            }
        } catch (IOException e) {
            u.close();
            throw e;
        }
        return u;
    }

    List<Attachment> attachments() {
        return attachments;
    }

    @Override
    public void close() {
        for (InputStream in : streams) {
            try {
                in.close();
            } catch (IOException ignored) {
                // a temporary upload file: the container deletes it at the end of the request anyway
            }
        }
    }
}

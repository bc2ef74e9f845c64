package org.haven.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} body part by part straight from the request, so that an uploaded file
 * goes to the vault as it arrives: no part is buffered whole, and nothing is written to a temporary file (the
 * container's multipart support keeps large parts on disk, in clear). Each part's body must be read before
 * asking for the next one (what is left of it is skipped).
 */
public final class StreamingMultipart {

    /** A body that is not well-formed multipart. */
    public static final class MalformedException extends IOException {
        public MalformedException(String message) {
            super(message);
        }
    }

    /** One part: its field name, its file name (null for a plain field), its declared type, and its body. */
    public record Part(String name, String fileName, String contentType, InputStream body) {
        public boolean isFile() {
            return fileName != null;
        }
    }

    private final DelimitedStream stream;
    private boolean finished;
    private DelimitedStream.PartBody current;

    public StreamingMultipart(InputStream in, String boundary) {
        this.stream = new DelimitedStream(in, boundary);
    }

    /** The boundary of a multipart/form-data content type, or null. */
    public static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length()).strip();
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                return b.isEmpty() || b.length() > 70 ? null : b;
            }
        }
        return null;
    }

    /** The next part, or empty at the end (or when the body holds no part at all). */
    public Optional<Part> next() throws IOException {
        if (finished) {
            return Optional.empty();
        }
        if (current == null) {
            // The preamble: skipped up to the first delimiter; none at all means no part.
            DelimitedStream.PartBody preamble = stream.body();
            preamble.transferTo(OutputStream.nullOutputStream());
            if (!preamble.delimited()) {
                finished = true;
                return Optional.empty();
            }
        } else {
            current.transferTo(OutputStream.nullOutputStream());
            if (!current.delimited()) {
                throw new MalformedException("a part is not closed by its boundary");
            }
        }
        // After a delimiter: "--" closes the body, a line break starts the next part's headers.
        int a = stream.readByte();
        int b = stream.readByte();
        if (a == '-' && b == '-') {
            finished = true;
            return Optional.empty();
        }
        if (a != '\r' || b != '\n') {
            throw new MalformedException("a boundary is followed by neither a line break nor --");
        }
        PartHeaders headers = PartHeaders.read(stream);
        current = stream.body();
        return Optional.of(new Part(headers.name(), headers.fileName(), headers.contentType(), current));
    }
}

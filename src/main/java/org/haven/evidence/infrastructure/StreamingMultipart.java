package org.haven.evidence.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} body part by part straight from the request, so that an uploaded file
 * goes to the vault as it arrives: no part is buffered whole, and nothing is written to a temporary file (the
 * container's multipart support keeps large parts on disk, in clear). Each part's body must be read (or
 * {@link Part#skip}ped) before asking for the next one.
 */
public final class StreamingMultipart {

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADERS = 16 * 1024;

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

        public void skip() throws IOException {
            body.transferTo(OutputStreamSink.INSTANCE);
        }
    }

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf;
    private int pos;
    private int lim;
    private boolean finished;
    private boolean eof;
    private PartBody current;

    public StreamingMultipart(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buf = new byte[BUFFER + delimiter.length];
        // The first delimiter is not preceded by a line break: one is pretended, so every delimiter looks alike.
        buf[0] = '\r';
        buf[1] = '\n';
        lim = 2;
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
            PartBody preamble = new PartBody();
            preamble.transferTo(OutputStreamSink.INSTANCE);
            if (!preamble.delimited) {
                finished = true;
                return Optional.empty();
            }
        } else {
            current.transferTo(OutputStreamSink.INSTANCE);
            if (!current.delimited) {
                throw new MalformedException("a part is not closed by its boundary");
            }
        }
        // After a delimiter: "--" closes the body, a line break starts the next part's headers.
        int a = readByte();
        int b = readByte();
        if (a == '-' && b == '-') {
            finished = true;
            return Optional.empty();
        }
        if (a != '\r' || b != '\n') {
            throw new MalformedException("a boundary is followed by neither a line break nor --");
        }
        String name = null;
        String fileName = null;
        String type = null;
        int total = 0;
        String line;
        while (!(line = headerLine()).isEmpty()) {
            total += line.length();
            if (total > MAX_HEADERS) {
                throw new MalformedException("part headers too long");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedException("a part header without a colon");
            }
            String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (header.equals("content-disposition")) {
                name = parameter(value, "name");
                fileName = parameter(value, "filename");
            } else if (header.equals("content-type")) {
                type = value;
            }
        }
        if (name == null) {
            throw new MalformedException("a part without a name");
        }
        current = new PartBody();
        return Optional.of(new Part(name, fileName, type, current));
    }

    /** A parameter of a Content-Disposition value (quoted, or a bare token). */
    static String parameter(String value, String key) {
        int i = 0;
        while (i < value.length()) {
            int semi = value.indexOf(';', i);
            if (semi < 0) {
                return null;
            }
            int j = semi + 1;
            while (j < value.length() && value.charAt(j) == ' ') {
                j++;
            }
            int eq = value.indexOf('=', j);
            if (eq < 0) {
                return null;
            }
            String k = value.substring(j, eq).strip().toLowerCase(Locale.ROOT);
            int v = eq + 1;
            StringBuilder out = new StringBuilder();
            if (v < value.length() && value.charAt(v) == '"') {
                v++;
                // As browsers send it (HTML's multipart encoding): a quote inside is sent as %22, and a
                // backslash is itself, never an escape (a Windows path must reach the name check as it is).
                while (v < value.length() && value.charAt(v) != '"') {
                    out.append(value.charAt(v++));
                }
                v++;
            } else {
                while (v < value.length() && value.charAt(v) != ';') {
                    out.append(value.charAt(v++));
                }
            }
            if (k.equals(key)) {
                return out.toString().strip();
            }
            i = v;
        }
        return null;
    }

    private String headerLine() throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        while (true) {
            int c = readByte();
            if (c == '\r') {
                if (readByte() != '\n') {
                    throw new MalformedException("a header line ends without a line feed");
                }
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(c);
            if (line.size() > MAX_HEADERS) {
                throw new MalformedException("part headers too long");
            }
        }
    }

    private int readByte() throws IOException {
        if (pos >= lim && fill() == 0) {
            throw new MalformedException("the body ends in the middle of a part");
        }
        return buf[pos++] & 0xFF;
    }

    /** Moves what is left to the start and reads more; returns how many bytes are buffered. */
    private int fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        while (!eof && lim < buf.length) {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
            } else {
                lim += n;
                if (lim - pos >= delimiter.length) {
                    break;
                }
            }
        }
        return lim - pos;
    }

    private int indexOfDelimiter() {
        outer:
        for (int i = pos; i + delimiter.length <= lim; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (buf[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The body of one part: its bytes up to the next delimiter. */
    private final class PartBody extends InputStream {
        private boolean done;
        boolean delimited;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            if (lim - pos < delimiter.length) {
                fill();
            }
            int at = indexOfDelimiter();
            int available;
            if (at >= 0) {
                available = at - pos;
                if (available == 0) {
                    pos += delimiter.length;
                    done = true;
                    delimited = true;
                    return -1;
                }
            } else if (eof) {
                available = lim - pos;
                if (available == 0) {
                    done = true;
                    return -1;
                }
            } else {
                available = lim - pos - (delimiter.length - 1);
                if (available <= 0) {
                    fill();
                    return read(b, off, len);
                }
            }
            int n = Math.min(len, available);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    /** Where skipped bytes go. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}

package org.haven.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The headers of one multipart part, of which only the field name, the file name and the declared type matter;
 * read line by line, bounded, and parsed as browsers send them.
 */
record PartHeaders(String name, String fileName, String contentType) {

    private static final int MAX_HEADERS = 16 * 1024;

    /** Reads the header lines up to the empty one; a part must have a name. */
    static PartHeaders read(DelimitedStream stream) throws IOException {
        String name = null;
        String fileName = null;
        String type = null;
        int total = 0;
        String line;
        while (!(line = line(stream)).isEmpty()) {
            total += line.length();
            if (total > MAX_HEADERS) {
                throw new StreamingMultipart.MalformedException("part headers too long");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new StreamingMultipart.MalformedException("a part header without a colon");
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
            throw new StreamingMultipart.MalformedException("a part without a name");
        }
        return new PartHeaders(name, fileName, type);
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

    private static String line(DelimitedStream stream) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int c = stream.readByte();
            if (c == '\r') {
                if (stream.readByte() != '\n') {
                    throw new StreamingMultipart.MalformedException("a header line ends without a line feed");
                }
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(c);
            if (line.size() > MAX_HEADERS) {
                throw new StreamingMultipart.MalformedException("part headers too long");
            }
        }
    }
}

package org.haven.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The request body under a multipart reader: a bounded buffer that can tell where the next boundary
 * delimiter starts, so that a part's body is handed out as it arrives and stops right before its delimiter.
 */
final class DelimitedStream {

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;

    DelimitedStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buf = new byte[BUFFER + delimiter.length];
        // The first delimiter is not preceded by a line break: one is pretended, so every delimiter looks alike.
        buf[0] = '\r';
        buf[1] = '\n';
        lim = 2;
    }

    /** The bytes from here up to the next delimiter (or the end). */
    PartBody body() {
        return new PartBody();
    }

    int readByte() throws IOException {
        if (pos >= lim && fill() == 0) {
            throw new StreamingMultipart.MalformedException("the body ends in the middle of a part");
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

    /** The body of one part: its bytes up to the next delimiter, which it consumes. */
    final class PartBody extends InputStream {
        private boolean done;
        private boolean delimited;

        /** Whether the body ended at a delimiter (rather than at the end of the request). */
        boolean delimited() {
            return delimited;
        }

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
}

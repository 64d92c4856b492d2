package org.unionfund.ledger.audit.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The lines of an NDJSON input, each without its line feed, read through a buffer of its own: a scan over the
 * buffer per line, not a method call per byte (a gigabyte export is a billion bytes).
 */
final class LineReader {

    private final InputStream in;
    private final int maxLine;
    private final byte[] buffer;
    private int position;
    private int limit;

    LineReader(InputStream in, int maxLine) {
        this(in, maxLine, 1 << 16);
    }

    LineReader(InputStream in, int maxLine, int bufferSize) {
        this.in = in;
        this.maxLine = maxLine;
        this.buffer = new byte[bufferSize];
    }

    /** The next line; the last one may lack its line feed; {@code null} at the end of the input. */
    byte[] next() {
        ByteArrayOutputStream line = null;
        while (true) {
            if (position == limit && !fill()) {
                return line == null || line.size() == 0 ? null : line.toByteArray();
            }
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            if ((line == null ? 0 : line.size()) + (end - start) > maxLine) {
                throw new ImportRejected("import-rejected", "a line is longer than " + maxLine + " bytes");
            }
            if (end < limit) {
                position = end + 1;
                if (line == null) {
                    return Arrays.copyOfRange(buffer, start, end);
                }
                line.write(buffer, start, end - start);
                return line.toByteArray();
            }
            if (line == null) {
                line = new ByteArrayOutputStream(Math.max(512, 2 * (end - start)));
            }
            line.write(buffer, start, end - start);
            position = limit;
        }
    }

    private boolean fill() {
        try {
            int read = in.read(buffer);
            position = 0;
            limit = Math.max(0, read);
            return read > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

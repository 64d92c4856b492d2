package org.unionfund.ledger.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A streamed {@code application/x-ndjson} response: one JSON document per line, flushed as it goes. Long audit
 * operations report {@code {"kind":"progress",…}} lines (at most every 200 ms) and end with their result line.
 */
public final class NdjsonStream {

    public static final String MEDIA_TYPE = "application/x-ndjson";
    private static final long PROGRESS_EVERY_NANOS = 200_000_000L;

    private final ObjectMapper json;
    private final OutputStream out;
    private long lastProgress;

    private NdjsonStream(ObjectMapper json, OutputStream out) {
        this.json = json;
        this.out = out;
    }

    public static NdjsonStream open(HttpServletResponse response, ObjectMapper json) throws IOException {
        response.setStatus(200);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        return new NdjsonStream(json, response.getOutputStream());
    }

    public void line(Object value) {
        try {
            out.write(json.writeValueAsBytes(value));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A progress line, unless one was written less than 200 ms ago (the last one is always written). */
    public void progress(long position, long head, long events) {
        long now = System.nanoTime();
        if (position < head && now - lastProgress < PROGRESS_EVERY_NANOS) {
            return;
        }
        lastProgress = now;
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "progress");
        line.put("position", position);
        line.put("head", head);
        line.put("events", events);
        line(line);
    }

    /**
     * Runs the operation; a failure after the response has started cannot change its status any more, so it is
     * reported as a final {@code {"kind":"error","detail":…}} line.
     */
    public void guarded(Runnable operation) {
        try {
            operation.run();
        } catch (RuntimeException e) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("kind", "error");
            line.put("detail", String.valueOf(e.getMessage()));
            line(line);
        }
    }

    /** The final line: {@code {"kind": kind, …the result's fields}}. */
    public void result(String kind, Object result) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", kind);
        line.putAll(json.convertValue(result, Map.class));
        line(line);
    }
}

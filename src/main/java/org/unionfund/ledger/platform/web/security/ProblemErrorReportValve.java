package org.unionfund.ledger.platform.web.security;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.unionfund.ledger.platform.web.ProblemResponses;

/**
 * Tomcat's own error report — for requests the servlet container refuses before the application sees them (an
 * undecodable or NUL-bearing URL, a malformed request line) — as a problem+json document instead of Tomcat's HTML
 * page: {@code {"type": ".../problems/bad-request", "status": 400, "rule": "bad-request", ...}}. Nothing about the
 * request is echoed.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String rule = switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 431 -> "request-header-fields-too-large";
            default -> status >= 500 ? "internal-error" : "rejected";
        };
        String detail = status >= 500 ? "the server could not handle the request"
                : "the request was refused by the server before it reached the API";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + ProblemResponses.TYPE_BASE + rule + "\",\"title\":\"" + rule
                        + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"rule\":\"" + rule + "\""
                        + ",\"correlationId\":\"" + correlation(response) + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was committed meanwhile; nothing more to report
        }
    }

    /** The request's correlation id if it got as far as the filter that assigns one, else a new one. */
    private static String correlation(Response response) {
        String id = response.getHeader("X-Correlation-Id");
        if (id == null || !id.matches("[A-Za-z0-9._:-]{1,64}")) {
            id = java.util.UUID.randomUUID().toString();
            response.setHeader("X-Correlation-Id", id);
        }
        return id;
    }
}

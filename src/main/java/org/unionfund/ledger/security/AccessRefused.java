package org.unionfund.ledger.security;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request refused for who asks it: 401 {@code unauthenticated}, 403 {@code forbidden} (the role may not) or 403
 * {@code out-of-scope} (the body lies outside the caller's subtree). Rendered as the same problem+json as every other
 * refusal (type, title, rule, field), without security knowing the web plumbing that renders it.
 */
public final class AccessRefused extends ErrorResponseException {

    /** The base of every problem type URI of the ledger (the platform's problem responses use the same). */
    public static final String PROBLEM_TYPES = "https://welfare-ledger.example/problems/";

    private AccessRefused(HttpStatus status, String rule, String field, String detail) {
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
        getBody().setType(URI.create(PROBLEM_TYPES + rule));
        getBody().setTitle(rule);
        getBody().setProperty("rule", rule);
        if (field != null && !field.isEmpty()) {
            getBody().setProperty("field", field);
        }
    }

    public static AccessRefused unauthenticated(String detail) {
        return new AccessRefused(HttpStatus.UNAUTHORIZED, "unauthenticated", null, detail);
    }

    public static AccessRefused forbidden(String detail) {
        return new AccessRefused(HttpStatus.FORBIDDEN, "forbidden", null, detail);
    }

    public static AccessRefused outOfScope(String field, String detail) {
        return new AccessRefused(HttpStatus.FORBIDDEN, "out-of-scope", field, detail);
    }
}

package org.unionfund.ledger.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.unionfund.ledger.platform.web.validation.SafeIdentifierValidator;

/**
 * A request refused by the web layer before any command is sent, rendered by {@link ProblemResponses} as the same
 * problem+json shape as a rule violation ({@code rule}, {@code field}).
 */
public final class RequestProblem {

    private RequestProblem() {
    }

    /** 400: the request itself is malformed (missing id, id header mismatch, bad path id). */
    public static ErrorResponseException badRequest(String rule, String field, String detail) {
        return of(HttpStatus.BAD_REQUEST, rule, field, detail);
    }

    /** 404: the resource named by the path does not exist. */
    public static ErrorResponseException notFound(String field, String detail) {
        return of(HttpStatus.NOT_FOUND, "not-found", field, detail);
    }

    /** 400 {@code invalid-id} unless {@code value} (a path or query id) is a safe identifier of at most 64 chars. */
    public static String safeId(String value, String field) {
        if (!SafeIdentifierValidator.isSafe(value, 64)) {
            throw badRequest("invalid-id", field, field + " must be a safe identifier");
        }
        return value;
    }

    public static ErrorResponseException of(HttpStatus status, String rule, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ProblemResponses.TYPE_BASE + rule));
        problem.setTitle(rule);
        problem.setProperty("rule", rule);
        if (field != null && !field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return new ErrorResponseException(status, problem, null);
    }
}

package org.unionfund.ledger.platform.web.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.unionfund.ledger.platform.web.CorrelationIdFilter;
import org.unionfund.ledger.platform.web.ProblemResponses;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes RFC 9457 problem+json documents from servlet filters (authentication, authorization, request size,
 * rejected URLs) — outside Spring MVC, in the same shape {@link ProblemResponses} gives every other refusal:
 * {@code type}, {@code title} (= rule), {@code status}, {@code detail}, {@code instance}, {@code rule}, and the
 * request's correlation id.
 */
public final class SecurityProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SecurityProblems() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String rule, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemResponses.TYPE_BASE + rule);
        problem.put("title", rule);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("rule", rule);
        String correlationId = response.getHeader(CorrelationIdFilter.HEADER);
        if (correlationId != null) {
            problem.put("correlationId", correlationId);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}

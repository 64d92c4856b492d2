package org.unionfund.ledger.statistics.web;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.unionfund.ledger.platform.projection.QueryRefused;
import org.unionfund.ledger.platform.web.ProblemResponses;

/**
 * A refused statistics query as problem+json (400 with {@code rule} and {@code field}, 404 for an unknown region or
 * programme), also when the client asked for CSV.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StatisticsProblems {

    @ExceptionHandler(QueryRefused.class)
    ResponseEntity<ProblemDetail> refused(QueryRefused refused) {
        HttpStatus status = refused.isNotFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setType(URI.create(ProblemResponses.TYPE_BASE + refused.rule()));
        problem.setTitle(refused.rule());
        problem.setProperty("rule", refused.rule());
        if (refused.field() != null) {
            problem.setProperty("field", refused.field());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

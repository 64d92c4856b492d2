package org.unionfund.ledger.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.unionfund.ledger.kernel.RuleViolation;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/**
 * Every refusal is an RFC 9457 problem+json document naming the field and the rule that was broken:
 * {@code {"type": ".../problems/insufficient-funds", "title": ..., "status": 422, "detail": ..., "rule": ...,
 * "field": ...}}. Syntax and validation errors are 400, business rules 422, idempotency and races 409.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    public static final String TYPE_BASE = "https://welfare-ledger.example/problems/";

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> ruleViolated(RuleViolation violation) {
        return problem(statusFor(violation.rule()), violation.rule(), violation.field(), violation.getMessage());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof RuleViolation violation) {
            return ruleViolated(violation);
        }
        throw failure;
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentChange(ConcurrencyException failure) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification", null,
                "another request changed the same ledger at the same time; repeat the request");
    }

    @ExceptionHandler({IllegalArgumentException.class, ConstraintViolationException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<Object> invalidArgument(Exception failure) {
        if (failure instanceof MethodArgumentTypeMismatchException mismatch && mismatch.getRequiredType() != null
                && mismatch.getRequiredType().isEnum()) {
            List<String> allowed = AllowedValues.of(mismatch.getRequiredType());
            ResponseEntity<Object> response = problem(HttpStatus.BAD_REQUEST, "invalid-value", mismatch.getName(),
                    mismatch.getName() + " must be one of " + allowed);
            ((ProblemDetail) response.getBody()).setProperty("allowed", allowed);
            return response;
        }
        String field = failure instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : null;
        return problem(HttpStatus.BAD_REQUEST, "invalid-value", field, failure.getMessage());
    }

    /** A multipart (or other) body the servlet container cannot even split: no endpoint here takes it as sent. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException failure) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", null,
                "the multipart body cannot be read (no boundary, or not multipart); send application/json");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = failure.getBindingResult().getFieldErrors().stream()
                .sorted(java.util.Comparator.comparing(FieldError::getField))
                .map(e -> Map.of("field", e.getField(), "rule", ruleOf(e),
                        "message", String.valueOf(e.getDefaultMessage())))
                .collect(Collectors.toList());
        Map<String, String> first = errors.isEmpty() ? Map.of("field", "", "rule", "invalid-value", "message",
                "request is invalid") : errors.get(0);
        // every error at once: the first names rule and field, the detail and "errors" list all of them
        String all = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                .collect(Collectors.joining("; "));
        ResponseEntity<Object> response = problem(HttpStatus.BAD_REQUEST, first.get("rule"), first.get("field"),
                errors.isEmpty() ? "request is invalid" : all);
        ((ProblemDetail) response.getBody()).setProperty("errors", errors);
        return response;
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-value", null, failure.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = failure.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return problem(HttpStatus.BAD_REQUEST, "unknown-field", path(unknown),
                    "unknown field '" + unknown.getPropertyName() + "'");
        }
        if (failure.getCause() instanceof JsonMappingException mapping) {
            Throwable root = mapping.getCause() != null ? mapping.getCause() : mapping;
            if (root instanceof RuleViolation refused) {
                return problem(HttpStatus.BAD_REQUEST, refused.rule(), path(mapping), refused.getMessage());
            }
            if (mapping instanceof InvalidNullException) {
                return problem(HttpStatus.BAD_REQUEST, "null-element", path(mapping),
                        "a list may not hold null; leave the element out");
            }
            if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                List<String> allowed = AllowedValues.of(format.getTargetType());
                ResponseEntity<Object> response = problem(HttpStatus.BAD_REQUEST, "invalid-value", path(mapping),
                        "'" + format.getValue() + "' is not one of " + allowed);
                ((ProblemDetail) response.getBody()).setProperty("allowed", allowed);
                return response;
            }
            String message = root instanceof IllegalArgumentException ? root.getMessage() : "value has the wrong form";
            return problem(HttpStatus.BAD_REQUEST, "invalid-value", path(mapping), message);
        }
        return problem(HttpStatus.BAD_REQUEST, "malformed-json", null, "request body is not valid JSON");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(failure, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail detail
                && detail.getProperties() == null) {
            detail.setProperty("rule", kebab(HttpStatus.valueOf(status.value()).name()));
        }
        return response;
    }

    static ResponseEntity<Object> problem(HttpStatus status, String rule, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + rule));
        problem.setTitle(rule);
        problem.setProperty("rule", rule);
        if (field != null && !field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static HttpStatus statusFor(String rule) {
        if (rule.equals("idempotency-conflict") || rule.startsWith("duplicate-") || rule.equals("store-not-empty")) {
            return HttpStatus.CONFLICT;
        }
        if (rule.equals("not-found")) {
            return HttpStatus.NOT_FOUND;
        }
        if (rule.equals("forbidden") || rule.equals("out-of-scope")) {
            return HttpStatus.FORBIDDEN;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }

    private static String path(JsonMappingException failure) {
        return failure.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** A constraint annotation may name its problem rule in a {@code rule} attribute (e.g. {@code @YuanAmount}). */
    private static String ruleOf(FieldError error) {
        if (error.contains(ConstraintViolation.class)) {
            Object rule = error.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAttributes().get("rule");
            if (rule instanceof String named && !named.isBlank()) {
                return named;
            }
        }
        return ruleOf(error.getCode());
    }

    private static String ruleOf(String constraintCode) {
        return constraintCode == null ? "invalid-value" : kebab(constraintCode);
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").replace('_', '-').toLowerCase();
    }
}

package org.unionfund.ledger.platform.web;

import org.slf4j.MDC;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.unionfund.ledger.platform.messaging.MetadataKeys;

/**
 * Every problem+json document Spring MVC writes carries the request's {@code correlationId} (as the filters'
 * documents already do), so a refusal a user reports can be found in the logs.
 */
@RestControllerAdvice
public class CorrelatedProblems implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            String correlationId = response.getHeaders().getFirst(CorrelationIdFilter.HEADER);
            if (correlationId == null) {
                correlationId = MDC.get(MetadataKeys.CORRELATION_ID);
            }
            if (correlationId != null && (problem.getProperties() == null
                    || !problem.getProperties().containsKey("correlationId"))) {
                problem.setProperty("correlationId", correlationId);
            }
        }
        return body;
    }
}

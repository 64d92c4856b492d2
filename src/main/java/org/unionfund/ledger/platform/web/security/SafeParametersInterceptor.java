package org.unionfund.ledger.platform.web.security;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.platform.web.validation.SafeIdentifierValidator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Path and query parameters of every API endpoint, before any controller sees them: every path variable is an id
 * of the safe alphabet {@code [A-Za-z0-9._:-]} (1 to 80 characters); query parameter names are plain words and their
 * values (at most 200 characters) carry none of the characters a query language or template could use as an
 * operator ({@code $ { } [ ] \ < > ; "} and control characters). Request bodies are checked by bean validation
 * ({@code @SafeIdentifier}) and the strict JSON reader. Whole-number parameters must be decimal digits. Refusals are 400 {@code invalid-id} / {@code invalid-value}.
 */
public class SafeParametersInterceptor implements HandlerInterceptor {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}");
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, java.math.BigInteger.class);
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final Pattern PARAMETER_VALUE = Pattern.compile("[^$\\{\\}\\[\\]\\\\<>;\"\\p{Cntrl}]{0,200}");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Map<?, ?> pathVariables = variables instanceof Map<?, ?> map ? map : Map.of();
        pathVariables.forEach((name, value) -> {
            if (!SafeIdentifierValidator.isSafe(String.valueOf(value), 80)) {
                throw RequestProblem.badRequest("invalid-id", String.valueOf(name),
                        name + " must be 1 to 80 characters of A-Z a-z 0-9 . _ : -");
            }
        });
        if (handler instanceof HandlerMethod method) {
            decimalNumbers(method, pathVariables, request);
        }
        request.getParameterMap().forEach((name, values) -> {
            if (!PARAMETER_NAME.matcher(name).matches()) {
                throw RequestProblem.badRequest("invalid-value", null, "query parameter names are words of "
                        + "A-Z a-z 0-9 _ . -");
            }
            for (String value : values) {
                if (!PARAMETER_VALUE.matcher(value).matches()) {
                    throw RequestProblem.badRequest("invalid-value", name, name + " must be at most 200 "
                            + "characters without $ { } [ ] \\ < > ; \" or control characters");
                }
            }
        });
        return true;
    }

    /**
     * Whole-number parameters are plain decimals: Spring's conversion would also read {@code 0x7E9} or {@code #7E9}
     * as 2025 and accept a leading {@code +}, so a number could mean different things to different readers.
     */
    private static void decimalNumbers(HandlerMethod method, Map<?, ?> pathVariables, HttpServletRequest request) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (!WHOLE_NUMBERS.contains(parameter.getParameterType())) {
                continue;
            }
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            if (path == null && query == null) {
                continue;
            }
            String name = path != null ? (path.value().isEmpty() ? path.name() : path.value())
                    : (query.value().isEmpty() ? query.name() : query.value());
            if (name.isEmpty()) {
                name = parameter.getParameterName();
            }
            Object value = path != null ? pathVariables.get(name) : request.getParameter(name);
            if (value != null && !String.valueOf(value).isEmpty()
                    && !DECIMAL.matcher(String.valueOf(value)).matches()) {
                throw RequestProblem.badRequest("invalid-value", name, name + " must be a whole number in decimal "
                        + "digits");
            }
        }
    }
}

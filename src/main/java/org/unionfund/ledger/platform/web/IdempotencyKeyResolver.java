package org.unionfund.ledger.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a handler its {@link IdempotencyKey} from the optional header, as {@code @RequestHeader(required = false)}
 * would (a repeated header is joined with commas), so controllers do not repeat the header declaration.
 */
class IdempotencyKeyResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == IdempotencyKey.class;
    }

    @Override
    public IdempotencyKey resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        String[] values = request.getHeaderValues(IdempotencyKey.HEADER);
        return new IdempotencyKey(values == null ? null : String.join(",", values));
    }
}

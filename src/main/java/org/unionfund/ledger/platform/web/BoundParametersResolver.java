package org.unionfund.ledger.platform.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.stream.Stream;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Builds a {@link BoundParameters} record from the request: each component of the canonical constructor is resolved
 * by Spring MVC's own request-parameter resolver, so a missing or malformed value is refused exactly as for a plain
 * {@code @RequestParam} (same exception, same parameter name, same problem+json).
 */
class BoundParametersResolver implements HandlerMethodArgumentResolver {

    private final HandlerMethodArgumentResolver requestParameters = new RequestParamMethodArgumentResolver(null, false);
    private final ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type.isRecord() && type.isAnnotationPresent(BoundParameters.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
        Constructor<?> canonical = canonical(parameter.getParameterType());
        Object[] values = new Object[canonical.getParameterCount()];
        for (int i = 0; i < values.length; i++) {
            MethodParameter component = new MethodParameter(canonical, i);
            component.initParameterNameDiscovery(names);
            values[i] = requestParameters.resolveArgument(component, container, request, binders);
        }
        try {
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw e;
        }
    }

    private static Constructor<?> canonical(Class<?> record) throws NoSuchMethodException {
        Constructor<?> constructor = record.getDeclaredConstructor(Stream.of(record.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new));
        ReflectionUtils.makeAccessible(constructor);
        return constructor;
    }
}

package org.unionfund.ledger.platform.web;

import java.util.List;
import java.util.stream.Stream;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;

/**
 * The shared handler parameters of the web layer: {@link IdempotencyKey}, read by {@link IdempotencyKeyResolver} and
 * shown in the OpenAPI document as the optional header it is, and the {@link BoundParameters} filter records, read by
 * {@link BoundParametersResolver}.
 */
@Configuration(proxyBeanMethods = false)
class WebBindingConfiguration implements WebMvcConfigurer {

    static final String KEY_DOC = "The request id, when the body leaves it out; both given and different is 400 "
            + "idempotency-key-mismatch";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(IdempotencyKey.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new IdempotencyKeyResolver());
        resolvers.add(new BoundParametersResolver());
    }

    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            if (Stream.of(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == IdempotencyKey.class)) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyKey.HEADER).required(false)
                        .description(KEY_DOC).schema(new StringSchema()));
            }
            return operation;
        };
    }
}

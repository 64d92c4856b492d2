package org.unionfund.ledger.platform.web.security;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.unionfund.ledger.platform.web.security.SafeParametersInterceptor;
import org.unionfund.ledger.platform.web.security.StrictJsonInput;
import org.unionfund.ledger.platform.web.security.QueryScopeInterceptor;
import org.unionfund.ledger.security.scope.ScopeGuard;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Input checks and query scope for every API handler: parameters first, then the scope they name. */
@Configuration(proxyBeanMethods = false)
record WebInputConfiguration(ScopeGuard guard, ObjectMapper objectMapper) implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PrincipalLogContext()).order(-1);
        registry.addInterceptor(new SafeParametersInterceptor()).addPathPatterns("/api/**").order(0);
        registry.addInterceptor(new QueryScopeInterceptor(guard)).addPathPatterns("/api/**")
                .excludePathPatterns("/api/v1/admin/**").order(1);
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        StrictJsonInput.apply(converters, objectMapper);
    }
}

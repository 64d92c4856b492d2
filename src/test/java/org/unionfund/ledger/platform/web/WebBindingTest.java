package org.unionfund.ledger.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.bind.support.DefaultDataBinderFactory;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.ModelAndViewContainer;

/** The shared handler parameters read the request as the plain {@code @RequestParam} / header they replace. */
class WebBindingTest {

    @BoundParameters
    record Filter(Integer year, @RequestParam(defaultValue = "true") boolean subtree,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
        Filter {
            if (year != null && year < 2000) {
                throw RequestProblem.badRequest("invalid-year", "year", "year is 2000 or later");
            }
        }
    }

    record Unmarked(Integer year) {
    }

    @SuppressWarnings("unused")
    static void handler(Filter filter, IdempotencyKey key, Unmarked unmarked) {
    }

    private final MockHttpServletRequest request = new MockHttpServletRequest();

    @Test
    void left_out_parameters_take_their_defaults() throws Exception {
        assertThat(filter()).isEqualTo(new Filter(null, true, null));
    }

    @Test
    void values_are_converted_as_request_parameters_are() throws Exception {
        request.setParameter("year", "2025");
        request.setParameter("subtree", "false");
        request.setParameter("from", "2025-04-01");
        assertThat(filter()).isEqualTo(new Filter(2025, false, LocalDate.of(2025, 4, 1)));
    }

    @Test
    void a_malformed_value_is_refused_naming_the_parameter_as_a_request_parameter_would_be() {
        request.setParameter("year", "twenty");
        assertThatThrownBy(this::filter).isInstanceOfSatisfying(MethodArgumentTypeMismatchException.class,
                mismatch -> assertThat(mismatch.getName()).isEqualTo("year"));
    }

    @Test
    void the_record_refuses_a_bad_value_with_its_own_problem() {
        request.setParameter("year", "1999");
        assertThatThrownBy(this::filter).isInstanceOfSatisfying(ErrorResponseException.class,
                refused -> assertThat(refused.getBody().getProperties()).containsEntry("rule", "invalid-year")
                        .containsEntry("field", "year"));
    }

    @Test
    void only_marked_records_are_bound() throws Exception {
        assertThat(new BoundParametersResolver().supportsParameter(parameter(0))).isTrue();
        assertThat(new BoundParametersResolver().supportsParameter(parameter(2))).isFalse();
    }

    @Test
    void the_idempotency_key_is_the_optional_header() throws Exception {
        IdempotencyKeyResolver resolver = new IdempotencyKeyResolver();
        assertThat(resolver.supportsParameter(parameter(1))).isTrue();
        assertThat(resolver.resolveArgument(parameter(1), null, new ServletWebRequest(request), null).header())
                .isNull();
        request.addHeader(IdempotencyKey.HEADER, "A-2025-1");
        IdempotencyKey key = resolver.resolveArgument(parameter(1), null, new ServletWebRequest(request), null);
        assertThat(key.resolve(null, "allocationId")).isEqualTo("A-2025-1");
        assertThatThrownBy(() -> key.resolve("A-2025-2", "allocationId")).isInstanceOfSatisfying(
                ErrorResponseException.class, refused -> assertThat(refused.getBody().getProperties())
                        .containsEntry("rule", "idempotency-key-mismatch"));
    }

    private Filter filter() throws Exception {
        ConfigurableWebBindingInitializer binding = new ConfigurableWebBindingInitializer();
        binding.setConversionService(new DefaultFormattingConversionService());
        return (Filter) new BoundParametersResolver().resolveArgument(parameter(0), new ModelAndViewContainer(),
                new ServletWebRequest(request), new DefaultDataBinderFactory(binding));
    }

    private static MethodParameter parameter(int index) throws NoSuchMethodException {
        return new MethodParameter(WebBindingTest.class.getDeclaredMethod("handler", Filter.class,
                IdempotencyKey.class, Unmarked.class), index);
    }
}

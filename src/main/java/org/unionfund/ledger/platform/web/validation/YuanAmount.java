package org.unionfund.ledger.platform.web.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A request amount: a decimal string in yuan with at most two decimals, parsed by
 * {@link org.unionfund.ledger.kernel.Money#parseYuan}; exponents, separators and more decimals are refused, and
 * unless {@link #allowZero()} / {@link #allowNegative()} so are zero and negative amounts. {@code null} is valid
 * (combine with {@code @NotNull}). A violation is reported as problem rule {@link #rule()}. The JSON value must be
 * a string: a JSON number is refused when the request is read ({@link JsonStringOnly}).
 */
@Documented
@Constraint(validatedBy = YuanAmountValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
@JacksonAnnotationsInside
@JsonDeserialize(using = JsonStringOnly.class)
public @interface YuanAmount {

    String message() default "must be a positive amount in yuan with at most two decimals, e.g. \"1500.00\"";

    boolean allowZero() default false;

    boolean allowNegative() default false;

    /** The problem rule reported for a violation (read by {@code ProblemResponses}). */
    String rule() default "invalid-amount";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

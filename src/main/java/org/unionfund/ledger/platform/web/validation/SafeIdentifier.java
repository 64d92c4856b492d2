package org.unionfund.ledger.platform.web.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An identifier of the ledger's safe alphabet {@code [A-Za-z0-9._:-]}, 1 to {@link #max()} characters, so it can
 * appear in URLs and keys. {@code null} is valid (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = SafeIdentifierValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SafeIdentifier {

    String message() default "must be 1 to {max} characters of A-Z a-z 0-9 . _ : -";

    int max() default 64;

    /** The problem rule reported for a violation (read by {@code ProblemResponses}). */
    String rule() default "invalid-id";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

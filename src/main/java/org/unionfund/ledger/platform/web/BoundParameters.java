package org.unionfund.ledger.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record whose components are query parameters shared by several endpoints (filters): a handler takes the record
 * (with springdoc's {@code @ParameterObject}, so each component is documented as the query parameter it is). Each
 * component is read exactly as a {@code @RequestParam} handler parameter of its name would be, with the same
 * defaults ({@code @RequestParam(defaultValue = …)} on the component), conversions ({@code @DateTimeFormat}) and
 * problem+json refusals; a compact constructor may refuse a bad combination with a {@link RequestProblem}. springdoc
 * documents the components from their fields, where {@code @RequestParam} does not reach: a default or a required
 * component repeats it in {@code @Parameter}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BoundParameters {
}

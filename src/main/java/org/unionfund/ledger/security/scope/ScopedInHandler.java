package org.unionfund.ledger.security.scope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a query handler that names no body or region parameter but checks the scope itself with {@link ScopeGuard}
 * once it knows the body (e.g. a programme's body after loading it). Without this mark, {@link QueryScopeInterceptor}
 * refuses such queries to principals whose reads are limited to a subtree.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ScopedInHandler {
}

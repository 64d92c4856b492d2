package org.unionfund.ledger.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random HTTP port, on a fresh database of the embedded server (or of the MongoDB named
 * by {@code LEDGER_MONGO_URI}). Test classes with the same extra configuration share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = UniqueDatabaseInitializer.class)
public @interface LedgerAppTest {
}

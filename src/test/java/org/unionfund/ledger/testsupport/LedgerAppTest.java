package org.unionfund.ledger.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a random HTTP port, on a fresh database of the embedded server (or of the MongoDB named
 * by {@code LEDGER_MONGO_URI}). Test classes with the same extra configuration share one context.
 * <p>
 * Every endpoint but health and API docs requires authentication. The context knows the TEST-ONLY users of
 * {@code security/test-users.properties} ({@link TestUsers}), and its {@code TestRestTemplate} authenticates as
 * {@link TestUsers#SYSTEM}, who may do everything; clients built by hand add {@link TestUsers#asSystem}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = UniqueDatabaseInitializer.class)
@TestPropertySource(locations = "classpath:security/test-users.properties")
@Import(TestSecurityConfiguration.class)
public @interface LedgerAppTest {
}

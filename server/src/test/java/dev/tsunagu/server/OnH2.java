package dev.tsunagu.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A persistence test against its own in-memory H2 database; every class with it shares one
 * context. Runs outside demo mode, as production does, with a bootstrapped admin.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {TestProperties.LOG_FILE, TestProperties.BOOTSTRAP_ADMIN})
@ContextConfiguration(initializers = {H2Database.class, MockWebSocketContainer.class})
public @interface OnH2 {
}

package dev.tsunagu.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * HTTP through MockMvc and the real security filter chain, against the demo tenant in an
 * in-memory H2 database. Every class with it shares one context (and so one demo tenant and one
 * sign-in throttle): tests create what they change, or put it back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = TestProperties.LOG_FILE)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ContextConfiguration(initializers = {H2Database.class, MockWebSocketContainer.class})
public @interface WebTest {
}

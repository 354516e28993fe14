package dev.tsunagu.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The demo application on a real Tomcat at a random port, for clients that speak real HTTP and
 * WebSocket. Every class with it shares one server and one in-memory H2 database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = TestProperties.LOG_FILE)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = H2Database.class)
public @interface ServerTest {
}

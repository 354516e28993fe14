package dev.tsunagu.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The one Spring Boot application: every feature module is a top-level package below this one. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TsunaguApplication {

    public static void main(String[] args) {
        SpringApplication.run(TsunaguApplication.class, args);
    }
}

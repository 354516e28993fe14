package dev.tsunagu.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at a fresh schema of the test PostgreSQL database (created by Flyway,
 * dropped when the JVM exits), so concurrent and repeated runs never see each other's rows.
 * The server defaults to the local test database; {@code TSUNAGU_TEST_POSTGRES_URL} overrides it.
 */
public final class PostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE = System.getenv().getOrDefault("TSUNAGU_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = "postgres";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(schema), "drop-schema-" + schema));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres-schema", Map.of(
                "spring.datasource.url", DATABASE + "?currentSchema=" + schema,
                "spring.datasource.username", USER,
                "spring.datasource.password", "",
                "spring.flyway.schemas", schema,
                "spring.flyway.create-schemas", "true")));
    }

    private static void drop(String schema) {
        try (Connection connection = DriverManager.getConnection(DATABASE, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = '10s'");
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
        }
    }
}

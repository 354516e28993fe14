package dev.tsunagu.bench.softphone;

import dev.tsunagu.server.TsunaguApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Tsunagu server the harness calls through: either one it starts in its own JVM as
 * {@code scripts/run} would (demo profile, H2 file database) but on free ports and a throw-away
 * data directory, or one already running at a given URL.
 */
final class ServerUnderTest implements AutoCloseable {

    private final String origin;
    private final ConfigurableApplicationContext context;
    private final Path dataDir;

    private ServerUnderTest(String origin, ConfigurableApplicationContext context, Path dataDir) {
        this.origin = origin;
        this.context = context;
        this.dataDir = dataDir;
    }

    static ServerUnderTest running(String url) {
        return new ServerUnderTest(url.replaceFirst("/+$", ""), null, null);
    }

    static ServerUnderTest startInProcess() throws Exception {
        // The harness logs through slf4j-simple; Spring Boot must not look for Logback.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        Path dataDir = Files.createTempDirectory("tsunagu-bench");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TsunaguApplication.class)
                .profiles("demo")
                // Arguments, because they outrank application.yaml.
                .run("--server.port=0", "--tsunagu.media.port=0", "--spring.main.banner-mode=off",
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("tsunagu")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new ServerUnderTest("http://localhost:" + port, context, dataDir);
    }

    String origin() {
        return origin;
    }

    boolean inProcess() {
        return context != null;
    }

    @Override
    public void close() throws Exception {
        if (context == null) {
            return;
        }
        context.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

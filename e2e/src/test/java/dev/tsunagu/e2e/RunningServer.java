package dev.tsunagu.e2e;

import dev.tsunagu.server.TsunaguApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Tsunagu server for the whole end-to-end run, started as {@code scripts/run} starts it (demo
 * profile, H2 file database) but on a free port and a throw-away data directory. Tests reach it
 * only over HTTP, as a browser does.
 */
final class RunningServer {

    private static RunningServer instance;

    private final ConfigurableApplicationContext context;
    private final String baseUrl;

    private RunningServer(Path dataDir) {
        context = new SpringApplicationBuilder(TsunaguApplication.class)
                .profiles("demo")
                // Arguments, because they outrank application.yaml (builder properties would not).
                .run("--server.port=0", "--tsunagu.media.port=0",
                        // Short enough for the missed-call test to wait for it, long enough to answer.
                        "--tsunagu.phone.ring-timeout=8s",
                        // The SIP edge on a free port, for the trunk call answered in the browser.
                        "--tsunagu.sip.enabled=true", "--tsunagu.sip.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("tsunagu")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--logging.file.name=" + dataDir.resolve("tsunagu.log"));
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        baseUrl = "http://localhost:" + port;
    }

    static synchronized RunningServer get() {
        if (instance == null) {
            try {
                instance = new RunningServer(Files.createTempDirectory("tsunagu-e2e"));
            } catch (IOException e) {
                throw new IllegalStateException("cannot create the data directory", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance.context::close));
        }
        return instance;
    }

    String url(String path) {
        return baseUrl + path;
    }
}

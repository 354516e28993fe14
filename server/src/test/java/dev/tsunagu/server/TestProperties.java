package dev.tsunagu.server;

/** Properties every test context shares. */
public final class TestProperties {

    /** Test runs log under target/, not into the ./data directory a real installation uses. */
    public static final String LOG_FILE = "logging.file.name=target/test-logs/tsunagu.log";

    /** Outside demo mode a start needs a first admin; this is the one persistence tests get. */
    public static final String BOOTSTRAP_ADMIN = "tsunagu.bootstrap.admin-password=persistence-test-admin";

    private TestProperties() {
    }
}

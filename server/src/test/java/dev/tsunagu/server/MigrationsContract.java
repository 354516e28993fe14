package dev.tsunagu.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migrations run unchanged on every supported database. */
abstract class MigrationsContract {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationIsApplied() {
        assertThat(flyway.info().pending()).isEmpty();
        // PostgreSQL runs also list the creation of the test schema, which has no version.
        assertThat(Arrays.stream(flyway.info().applied()).map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .map(Object::toString)).contains("1");
        assertThat(flyway.info().applied()).allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
    }

    @Test
    void everyTableCanBeQueried() {
        for (String table : new String[] {"tenant", "extension", "account", "system_setting", "agent_status", "call_history",
            "pickup_group", "pickup_group_member"}) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isNotNegative();
        }
    }
}

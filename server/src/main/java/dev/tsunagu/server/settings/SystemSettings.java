package dev.tsunagu.server.settings;

import dev.tsunagu.server.tenant.TenantId;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tenant-wide settings, stored as named values; each setting has a typed accessor and a default. */
@Service
public class SystemSettings {

    static final String SCREEN_AFTER_SIGN_IN = "screen_after_sign_in";

    private final JdbcClient jdbc;

    SystemSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ScreenAfterSignIn screenAfterSignIn(TenantId tenant) {
        return read(tenant, SCREEN_AFTER_SIGN_IN)
                .flatMap(v -> Arrays.stream(ScreenAfterSignIn.values()).filter(s -> s.name().equals(v)).findFirst())
                .orElse(ScreenAfterSignIn.WORKSPACE);
    }

    @Transactional
    public void setScreenAfterSignIn(TenantId tenant, ScreenAfterSignIn screen) {
        write(tenant, SCREEN_AFTER_SIGN_IN, screen.name());
    }

    private Optional<String> read(TenantId tenant, String name) {
        return jdbc.sql("SELECT setting_value FROM system_setting WHERE tenant_id = ? AND name = ?")
                .params(tenant.value(), name).query(String.class).optional();
    }

    private void write(TenantId tenant, String name, String value) {
        if (update(tenant, name, value) > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO system_setting (tenant_id, name, setting_value) VALUES (?, ?, ?)")
                    .params(tenant.value(), name, value).update();
        } catch (DuplicateKeyException concurrentFirstWrite) {
            update(tenant, name, value);
        }
    }

    private int update(TenantId tenant, String name, String value) {
        return jdbc.sql("UPDATE system_setting SET setting_value = ? WHERE tenant_id = ? AND name = ?")
                .params(value, tenant.value(), name).update();
    }
}

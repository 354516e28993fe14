package dev.tsunagu.server.pbx;

import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.telephony.settings.GuidanceLanguage;
import dev.tsunagu.telephony.settings.ParkingRules;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The parking lot and guidance language, kept as named rows of {@code system_setting} (this
 * module owns the names below). Anything missing or unreadable reads as the default.
 */
@Repository
class PbxOptionsStore {

    static final String PARK_FIRST = "park_first";
    static final String PARK_LAST = "park_last";
    static final String PARK_TIMEOUT_SECONDS = "park_timeout_seconds";
    static final String GUIDANCE_LANGUAGE = "guidance_language";

    private final JdbcClient jdbc;

    PbxOptionsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PbxOptions read(TenantId tenant) {
        Map<String, String> values = new HashMap<>();
        jdbc.sql("SELECT name, setting_value FROM system_setting WHERE tenant_id = ? AND name IN (?, ?, ?, ?)")
                .params(tenant.value(), PARK_FIRST, PARK_LAST, PARK_TIMEOUT_SECONDS, GUIDANCE_LANGUAGE)
                .query(rs -> {
                    values.put(rs.getString("name"), rs.getString("setting_value"));
                });
        return new PbxOptions(parking(values), language(values.get(GUIDANCE_LANGUAGE)));
    }

    void write(TenantId tenant, PbxOptions options) {
        ParkingRules parking = options.parking();
        write(tenant, PARK_FIRST, Integer.toString(parking.first()));
        write(tenant, PARK_LAST, Integer.toString(parking.last()));
        write(tenant, PARK_TIMEOUT_SECONDS, Long.toString(parking.timeout().toSeconds()));
        write(tenant, GUIDANCE_LANGUAGE, options.language().name());
    }

    private static ParkingRules parking(Map<String, String> values) {
        try {
            String first = values.get(PARK_FIRST);
            String last = values.get(PARK_LAST);
            String timeout = values.get(PARK_TIMEOUT_SECONDS);
            if (first == null || last == null || timeout == null) {
                return ParkingRules.DEFAULT;
            }
            return new ParkingRules(Integer.parseInt(first), Integer.parseInt(last), Duration.ofSeconds(Long.parseLong(timeout)));
        } catch (IllegalArgumentException unreadable) {
            return ParkingRules.DEFAULT;
        }
    }

    private static GuidanceLanguage language(String value) {
        if (value == null) {
            return PbxOptions.DEFAULT.language();
        }
        try {
            return GuidanceLanguage.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unreadable) {
            return PbxOptions.DEFAULT.language();
        }
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

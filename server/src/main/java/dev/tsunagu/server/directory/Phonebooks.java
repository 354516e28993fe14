package dev.tsunagu.server.directory;

import dev.tsunagu.server.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The phonebook_entry table; every query is scoped by tenant and book. */
@Repository
class Phonebooks {

    private static final String COLUMNS = "id, book, number, name, name_kana, company, memo";

    private final JdbcClient jdbc;
    private final Clock clock;

    Phonebooks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A page of the book, by name then number; {@code search} matches name, kana, company or number. */
    List<PhonebookEntry> page(TenantId tenant, Phonebook book, String search, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM phonebook_entry WHERE tenant_id = ? AND book = ?" + filter(search)
                        + " ORDER BY name, number, id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")
                .params(params(tenant, book, search, offset, limit)).query(Phonebooks::entry).list();
    }

    long count(TenantId tenant, Phonebook book, String search) {
        return jdbc.sql("SELECT COUNT(*) FROM phonebook_entry WHERE tenant_id = ? AND book = ?" + filter(search))
                .params(params(tenant, book, search)).query(Long.class).single();
    }

    List<PhonebookEntry> all(TenantId tenant, Phonebook book) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM phonebook_entry WHERE tenant_id = ? AND book = ? ORDER BY name, number, id")
                .params(tenant.value(), book.key()).query(Phonebooks::entry).list();
    }

    Optional<PhonebookEntry> find(TenantId tenant, Phonebook book, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM phonebook_entry WHERE tenant_id = ? AND book = ? AND id = ?")
                .params(tenant.value(), book.key(), id).query(Phonebooks::entry).optional();
    }

    Optional<PhonebookEntry> findByNumber(TenantId tenant, Phonebook book, String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM phonebook_entry WHERE tenant_id = ? AND book = ? AND number = ?")
                .params(tenant.value(), book.key(), number).query(Phonebooks::entry).optional();
    }

    long insert(TenantId tenant, Phonebook book, PhonebookDraft entry) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO phonebook_entry (tenant_id, book, number, name, name_kana, company, memo, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(tenant.value(), book.key(), entry.number(), entry.name(), entry.nameKana(), entry.company(),
                        entry.memo(), now, now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(TenantId tenant, Phonebook book, long id, PhonebookDraft entry) {
        return jdbc.sql("UPDATE phonebook_entry SET number = ?, name = ?, name_kana = ?, company = ?, memo = ?, updated_at = ?"
                        + " WHERE tenant_id = ? AND book = ? AND id = ?")
                .params(entry.number(), entry.name(), entry.nameKana(), entry.company(), entry.memo(),
                        OffsetDateTime.now(clock), tenant.value(), book.key(), id)
                .update() > 0;
    }

    boolean delete(TenantId tenant, Phonebook book, long id) {
        return jdbc.sql("DELETE FROM phonebook_entry WHERE tenant_id = ? AND book = ? AND id = ?")
                .params(tenant.value(), book.key(), id).update() > 0;
    }

    int clear(TenantId tenant, Phonebook book) {
        return jdbc.sql("DELETE FROM phonebook_entry WHERE tenant_id = ? AND book = ?").params(tenant.value(), book.key()).update();
    }

    private static String filter(String search) {
        return search == null ? ""
                : " AND (LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(name_kana) LIKE ? ESCAPE '\\' OR LOWER(company) LIKE ? ESCAPE '\\'"
                + " OR number LIKE ? ESCAPE '\\')";
    }

    private static List<Object> params(TenantId tenant, Phonebook book, String search, Object... more) {
        var params = new java.util.ArrayList<Object>(List.of(tenant.value(), book.key()));
        if (search != null) {
            String like = "%" + search.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like, like));
        }
        params.addAll(List.of(more));
        return params;
    }

    private static PhonebookEntry entry(ResultSet rs, int row) throws SQLException {
        return new PhonebookEntry(rs.getLong("id"), rs.getString("book"), rs.getString("number"), rs.getString("name"),
                rs.getString("name_kana"), rs.getString("company"), rs.getString("memo"));
    }
}

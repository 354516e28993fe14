package dev.tsunagu.server.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.identity.Role;
import dev.tsunagu.server.identity.StoredAccounts;
import dev.tsunagu.server.phone.PbxCallEvent;
import dev.tsunagu.server.tenant.FreshTenant;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.server.tenant.Tenants;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The call summaries as the PBX's and the call centers' events write them, in any order and across
 * a restart, and the three histories read back with every filter, paging and the CSV export.
 */
abstract class HistoryContract {

    static final Instant T0 = Instant.parse("2026-05-01T01:00:00Z"); // 10:00 in Tokyo
    static final String CUSTOMER = "09012345678";
    static final String MAIN = "0501234567";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    HistoryService history;

    @Autowired
    CallSummaryRecorder recorder;

    @Autowired
    Accounts accounts;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    TenantId tenant;
    Account sato;
    Account kato;

    @BeforeEach
    void freshTenant() {
        tenant = FreshTenant.in(tenants);
        sato = StoredAccounts.store(accounts, tenant, "sato", Role.USER, "201", true);
        kato = StoredAccounts.store(accounts, tenant, "kato", Role.USER, "202", true);
        jdbc.sql("INSERT INTO inbound_number (tenant_id, number, extension, label, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(tenant.value(), MAIN, "201", "代表", OffsetDateTime.now(), OffsetDateTime.now()).update();
    }

    @Test
    void anInboundCallIsSummarisedFromThePbxEvents() {
        publish(Calls.inbound(tenant, "c-in", T0, CUSTOMER, MAIN, "201", 60));

        HistoryEntry e = only(calls(params()));
        assertThat(e.direction()).isEqualTo(Direction.INBOUND);
        assertThat(e.outsideNumber()).isEqualTo(CUSTOMER);
        assertThat(e.dialledNumber()).isEqualTo(MAIN);
        assertThat(e.businessLabel()).isEqualTo("代表");
        assertThat(e.answered()).isTrue();
        assertThat(e.startedAt()).isEqualTo(T0);
        assertThat(e.endedAt()).isEqualTo(T0.plusSeconds(65));
        assertThat(e.durationSeconds()).isEqualTo(65);
        assertThat(e.agents()).containsExactly(new HistoryEntry.Agent(sato.id(), sato.name(), "201", 60));
        assertThat(e.callCenter()).isNull();
    }

    @Test
    void outboundAndInternalCallsAreToldApart() {
        publish(Calls.fromExtension(tenant, "c-out", T0, "201", "03-1234-5678", 30));
        publish(Calls.fromExtension(tenant, "c-int", T0.plusSeconds(100), "201", "202", 20));
        publish(Calls.inbound(tenant, "c-missed", T0.plusSeconds(200), CUSTOMER, "0501239999", "202", 0));

        List<HistoryEntry> all = calls(params()).entries();
        assertThat(all).extracting(HistoryEntry::callId).containsExactly("c-missed", "c-int", "c-out");
        assertThat(all.get(2).direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(all.get(2).outsideNumber()).isEqualTo("0312345678");
        assertThat(all.get(1).direction()).isEqualTo(Direction.INTERNAL);
        assertThat(all.get(1).agents()).extracting(HistoryEntry.Agent::extension).containsExactly("201", "202");
        assertThat(all.get(0).answered()).isFalse();
        assertThat(all.get(0).agents()).as("a missed call was handled by nobody").isEmpty();
        assertThat(all.get(0).businessLabel()).as("a number without a label").isNull();
        assertThat(page(HistoryView.LABELS, params()).entries()).isEmpty();
    }

    @Test
    void eventsInAnyOrderGiveTheSameSummary() {
        List<PbxCallEvent> pbx = new ArrayList<>(Calls.inbound(tenant, "c-shuffled", T0, CUSTOMER, MAIN, "201", 60));
        Collections.reverse(pbx);
        events.publishEvent(new CallCenterOutcome(tenant, "c-shuffled", "sales", CallCenterOutcome.Outcome.ANSWERED, sato.id(),
                T0.plusSeconds(5)));
        publish(pbx);
        events.publishEvent(new CallClassified(tenant, "c-shuffled", "sales", "営業", "営業窓口", T0.plusSeconds(1)));

        HistoryEntry e = only(calls(params()));
        assertThat(e.startedAt()).isEqualTo(T0);
        assertThat(e.endedAt()).isEqualTo(T0.plusSeconds(65));
        assertThat(e.direction()).isEqualTo(Direction.INBOUND);
        assertThat(e.agents()).hasSize(1);
        assertThat(e.businessLabel()).as("the call center's label wins").isEqualTo("営業窓口");
        HistoryEntry visit = only(page(HistoryView.CALL_CENTERS, params()));
        assertThat(visit.visit().outcome()).isEqualTo(CallCenterOutcome.Outcome.ANSWERED);
        assertThat(visit.visit().waitSeconds()).isEqualTo(4);
        assertThat(visit.visit().agentName()).isEqualTo(sato.name());
    }

    @Test
    void callCenterHistoryHasOneRowPerCallCenterWithOutcomeAndWait() {
        publish(Calls.inbound(tenant, "c-cc", T0, CUSTOMER, MAIN, "202", 30));
        events.publishEvent(new CallClassified(tenant, "c-cc", "sales", "営業", null, T0));
        events.publishEvent(new CallCenterOutcome(tenant, "c-cc", "sales", CallCenterOutcome.Outcome.OVERFLOWED, null, T0.plusSeconds(20)));
        events.publishEvent(new CallClassified(tenant, "c-cc", "support", "サポート", "サポート窓口", T0.plusSeconds(20)));
        events.publishEvent(new CallCenterOutcome(tenant, "c-cc", "support", CallCenterOutcome.Outcome.ANSWERED, kato.id(),
                T0.plusSeconds(25)));
        publish(Calls.inbound(tenant, "c-gone", T0.plusSeconds(300), "08011112222", MAIN, "201", 0));
        events.publishEvent(new CallClassified(tenant, "c-gone", "sales", "営業", null, T0.plusSeconds(300)));
        events.publishEvent(new CallCenterOutcome(tenant, "c-gone", "sales", CallCenterOutcome.Outcome.ABANDONED, null,
                T0.plusSeconds(310)));
        publish(Calls.inbound(tenant, "c-direct", T0.plusSeconds(400), CUSTOMER, MAIN, "201", 10));

        List<HistoryEntry> visits = page(HistoryView.CALL_CENTERS, params()).entries();
        assertThat(visits).extracting(e -> e.callId() + "/" + e.visit().callCenterId() + "/" + e.visit().outcome() + "/" + e.visit().waitSeconds())
                .containsExactly("c-gone/sales/ABANDONED/10", "c-cc/sales/OVERFLOWED/20", "c-cc/support/ANSWERED/5");
        assertThat(visits.get(2).visit().agentName()).isEqualTo(kato.name());
        assertThat(visits.get(2).visit().businessLabel()).isEqualTo("サポート窓口");
        assertThat(visits.get(1).visit().businessLabel()).as("no label of its own: the number's").isEqualTo("代表");
        assertThat(page(HistoryView.CALL_CENTERS, params().withCallCenter("support")).entries()).hasSize(1);
        assertThat(page(HistoryView.CALL_CENTERS, params().withOutcome("ABANDONED")).entries()).extracting(HistoryEntry::callId)
                .containsExactly("c-gone");
        assertThat(calls(params().withCallCenter("sales")).entries()).extracting(HistoryEntry::callId).containsExactly("c-gone", "c-cc");
        HistoryEntry cc = calls(params()).entries().get(2);
        assertThat(cc.callCenter()).isEqualTo(new HistoryEntry.CallCenter("support", "サポート"));
    }

    @Test
    void filtersByDateAgentLabelAndTagAndPages() {
        // 2026-05-01 23:30 in Tokyo is still the 1st there, but the 2nd of May is next day.
        publish(Calls.inbound(tenant, "c-1", Instant.parse("2026-05-01T14:30:00Z"), CUSTOMER, MAIN, "201", 10));
        publish(Calls.inbound(tenant, "c-2", Instant.parse("2026-05-01T15:30:00Z"), CUSTOMER, MAIN, "202", 10));
        publish(Calls.fromExtension(tenant, "c-3", Instant.parse("2026-05-03T00:00:00Z"), "202", "0312345678", 10));
        long tag = tag("クレーム");
        jdbc.sql("INSERT INTO call_tag (tenant_id, call_id, tag_id, added_at) VALUES (?, ?, ?, ?)")
                .params(tenant.value(), "c-2", tag, OffsetDateTime.now()).update();
        jdbc.sql("INSERT INTO call_note (tenant_id, call_id, account_id, body, updated_at) VALUES (?, ?, ?, ?, ?)")
                .params(tenant.value(), "c-2", kato.id(), "=折り返し希望", OffsetDateTime.now()).update();

        assertThat(ids(calls(params().withDates("2026-05-01", "2026-05-01")))).containsExactly("c-1");
        assertThat(ids(calls(params().withDates("2026-05-02", null)))).containsExactly("c-3", "c-2");
        assertThat(ids(calls(params().withDates("2026-05-01", "2026-05-01").withZone("UTC")))).containsExactly("c-2", "c-1");
        assertThat(ids(calls(params().withAgent(kato.id())))).containsExactly("c-3", "c-2");
        assertThat(ids(calls(params().withTag(tag)))).containsExactly("c-2");
        assertThat(ids(calls(params().withLabel("代表")))).containsExactly("c-2", "c-1");
        HistoryPage labels = page(HistoryView.LABELS, params());
        assertThat(ids(labels)).containsExactly("c-2", "c-1");
        assertThat(labels.labels()).containsExactly(new HistoryPage.LabelCount("代表", 2));

        HistoryPage second = calls(params().withPage(1, 2));
        assertThat(ids(second)).containsExactly("c-1");
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.pages()).isEqualTo(2);

        HistoryEntry tagged = only(calls(params().withTag(tag)));
        assertThat(tagged.tags()).extracting(t -> t.name()).containsExactly("クレーム");
        assertThat(tagged.notes()).extracting(n -> n.body()).containsExactly("=折り返し希望");
        assertThat(ids(history.page(tenant, HistoryRules.check(HistoryView.CALLS, params().raw(), anything(), sato.id()))))
                .as("a USER sees the calls its account took part in").containsExactly("c-1");
    }

    @Test
    void theCsvExportHasABomTheColumnsAndGuardedCells() {
        publish(Calls.inbound(tenant, "c-csv", T0, CUSTOMER, MAIN, "201", 60));
        long tag = tag("+要折返し");
        jdbc.sql("INSERT INTO call_tag (tenant_id, call_id, tag_id, added_at) VALUES (?, ?, ?, ?)")
                .params(tenant.value(), "c-csv", tag, OffsetDateTime.now()).update();
        jdbc.sql("INSERT INTO call_note (tenant_id, call_id, account_id, body, updated_at) VALUES (?, ?, ?, ?, ?)")
                .params(tenant.value(), "c-csv", sato.id(), "=SUM(A1) \"見積\"", OffsetDateTime.now()).update();
        HistoryFilter filter = HistoryRules.check(HistoryView.CALLS, params().raw(), anything(), null);

        byte[] file = HistoryCsv.write(HistoryView.CALLS, history.all(tenant, filter), filter.zone());
        assertThat(file[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo("\"" + String.join("\",\"", HistoryCsv.CALL_COLUMNS) + "\"");
        assertThat(lines[1]).isEqualTo("\"c-csv\",\"2026-05-01 10:00:00\",\"2026-05-01 10:01:05\",\"65\",\"INBOUND\",\"09012345678\","
                + "\"09012345678\",\"0501234567\",\"代表\",\"\",\"true\",\"Name of sato (201)\",\"60\",\"'+要折返し\","
                + "\"Name of sato: =SUM(A1) \"\"見積\"\"\"");
    }

    @Test
    void callsOpenAtARestartEndAtTheirLastEvent() {
        List<PbxCallEvent> half = Calls.inbound(tenant, "c-cut", T0, CUSTOMER, MAIN, "201", 60).subList(0, 3);
        publish(half);
        assertThat(only(calls(params())).endedAt()).isNull();

        recorder.closeCallsOfAnEarlierRun();

        HistoryEntry e = only(calls(params()));
        assertThat(e.endedAt()).isEqualTo(T0.plusSeconds(65));
        assertThat(e.durationSeconds()).isEqualTo(65);
    }

    private void publish(List<PbxCallEvent> pbx) {
        pbx.forEach(events::publishEvent);
    }

    private long tag(String name) {
        jdbc.sql("INSERT INTO tag (tenant_id, name, created_at) VALUES (?, ?, ?)").params(tenant.value(), name, OffsetDateTime.now()).update();
        return jdbc.sql("SELECT id FROM tag WHERE tenant_id = ? AND name = ?").params(tenant.value(), name).query(Long.class).single();
    }

    private HistoryPage calls(Params p) {
        return page(HistoryView.CALLS, p);
    }

    private HistoryPage page(HistoryView view, Params p) {
        return history.page(tenant, HistoryRules.check(view, p.raw(), anything(), null));
    }

    private static HistoryRules.Known anything() {
        return new HistoryRules.Known(id -> true, id -> true, id -> true);
    }

    private static HistoryEntry only(HistoryPage page) {
        assertThat(page.entries()).hasSize(1);
        return page.entries().getFirst();
    }

    private static List<String> ids(HistoryPage page) {
        return page.entries().stream().map(HistoryEntry::callId).toList();
    }

    static Params params() {
        return new Params(null, null, null, null, null, null, null, null, null, null);
    }

    /** Query parameters as a test writes them. */
    record Params(String from, String to, String tz, Long agent, String callCenter, String label, Long tag, String outcome,
                  Integer page, Integer size) {

        Params withDates(String f, String t) {
            return new Params(f, t, tz, agent, callCenter, label, tag, outcome, page, size);
        }

        Params withZone(String z) {
            return new Params(from, to, z, agent, callCenter, label, tag, outcome, page, size);
        }

        Params withAgent(long a) {
            return new Params(from, to, tz, a, callCenter, label, tag, outcome, page, size);
        }

        Params withCallCenter(String c) {
            return new Params(from, to, tz, agent, c, label, tag, outcome, page, size);
        }

        Params withLabel(String l) {
            return new Params(from, to, tz, agent, callCenter, l, tag, outcome, page, size);
        }

        Params withTag(long t) {
            return new Params(from, to, tz, agent, callCenter, label, t, outcome, page, size);
        }

        Params withOutcome(String o) {
            return new Params(from, to, tz, agent, callCenter, label, tag, o, page, size);
        }

        Params withPage(int p, int s) {
            return new Params(from, to, tz, agent, callCenter, label, tag, outcome, p, s);
        }

        HistoryParams raw() {
            return new HistoryParams(from, to, tz, text(agent), callCenter, label, text(tag), outcome, text(page), text(size));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }
}

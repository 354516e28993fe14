package dev.tsunagu.server.history;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.http.MediaType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static dev.tsunagu.server.WebRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.tenant.HomeTenant;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The histories over HTTP in the demo tenant: who sees what, every filter refused with a field
 * problem when malformed or unknown, and the CSV export. Each test uses a day of its own, since the
 * demo database is shared.
 */
@WebTest
class HistoryApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    HomeTenant home;

    /** A company number with the business label 代表, made for these tests (the demo's main number belongs to a call center). */
    static final String LABELLED = "0501239999";

    long labelledId;

    @BeforeEach
    void aLabelledNumber() throws Exception {
        String body = mvc.perform(post("/api/admin/inbound-numbers")
                        .with(as(accounts, "admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"" + LABELLED + "\",\"extension\":\"201\",\"label\":\"代表\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        labelledId = JsonMapper.builder().build().readTree(body).get("id").asLong();
    }

    @AfterEach
    void removeTheLabelledNumber() throws Exception {
        mvc.perform(delete("/api/admin/inbound-numbers/" + labelledId)
                .with(as(accounts, "admin")).with(csrf()));
    }

    long idOf(String login) {
        return ((AccountPrincipal) accounts.loadUserByUsername(login)).accountId();
    }

    @Test
    void staffSeeTheTenantsCallsAndAnAgentOnlyItsOwn() throws Exception {
        Instant day = Instant.parse("2030-01-01T01:00:00Z");
        Calls.inbound(home.id(), "api-a1", day, "09012345678", LABELLED, "201", 30).forEach(events::publishEvent);
        Calls.inbound(home.id(), "api-a2", day.plusSeconds(60), "09012345678", "0501234202", "202", 30).forEach(events::publishEvent);

        mvc.perform(get("/api/history/calls").param("from", "2030-01-01").param("to", "2030-01-01").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].callId", contains("api-a2", "api-a1")))
                .andExpect(jsonPath("$.entries[1].businessLabel").value("代表"))
                .andExpect(jsonPath("$.entries[1].agents[0].name").value("Agent One"))
                .andExpect(jsonPath("$.entries[1].agents[0].talkSeconds").value(30))
                .andExpect(jsonPath("$.entries[1].direction").value("INBOUND"))
                .andExpect(jsonPath("$.entries[1].tags").isArray())
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/history/calls").param("from", "2030-01-01").param("to", "2030-01-01").with(as(accounts, "agent1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].callId", contains("api-a1")));
        mvc.perform(get("/api/history/labels").param("from", "2030-01-01").param("to", "2030-01-01").with(as(accounts, "admin")))
                .andExpect(jsonPath("$.entries[*].callId", contains("api-a1")))
                .andExpect(jsonPath("$.labels[0].label").value("代表"));
        mvc.perform(get("/api/history/calls")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/history/everything").with(as(accounts, "admin"))).andExpect(status().isNotFound());
    }

    @Test
    void everyBadFilterIsAFieldProblem() throws Exception {
        mvc.perform(get("/api/history/calls").param("from", "2030-13-01").param("to", "yesterday").param("tz", "Mars/Olympus")
                        .param("agent", "x").param("callCenter", "no such!").param("label", "ラ".repeat(51)).param("tag", "-3")
                        .param("outcome", "LOST").param("page", "-1").param("size", "101").with(as(accounts, "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("from", "to", "tz", "agent", "callCenter", "label", "tag", "outcome",
                        "page", "size")))
                .andExpect(jsonPath("$.errors[*].code", contains("invalidFormat", "invalidFormat", "unknownValue", "invalidFormat",
                        "invalidFormat", "tooLong", "invalidFormat", "unknownValue", "invalidFormat", "outOfRange")));
        mvc.perform(get("/api/history/call-centers").param("from", "2030-02-02").param("to", "2030-02-01").param("agent", "999999999")
                        .param("callCenter", "nowhere").param("tag", "999999999").with(as(accounts, "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("to", "agent", "callCenter", "tag")))
                .andExpect(jsonPath("$.errors[*].code", contains("beforeFirst", "unknownValue", "unknownValue", "unknownValue")));
        mvc.perform(get("/api/history/calls").param("agent", String.valueOf(idOf("agent2"))).with(as(accounts, "agent1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agent"))
                .andExpect(jsonPath("$.errors[0].code").value("unknownValue"));
        mvc.perform(get("/api/history/calls/export").param("size", "0").param("from", "bad").with(as(accounts, "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("from")));
    }

    @Test
    void callCentersAreKnownOnceACallEnteredThem() throws Exception {
        Instant day = Instant.parse("2030-01-03T01:00:00Z");
        Calls.inbound(home.id(), "api-cc", day, "09012345678", LABELLED, "201", 30).forEach(events::publishEvent);
        events.publishEvent(new CallClassified(home.id(), "api-cc", "api-center", "API窓口", "API", day));
        events.publishEvent(new CallCenterOutcome(home.id(), "api-cc", "api-center", CallCenterOutcome.Outcome.ANSWERED,
                idOf("agent1"), day.plusSeconds(5)));

        mvc.perform(get("/api/history/call-centers").param("callCenter", "api-center").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries", hasSize(1)))
                .andExpect(jsonPath("$.entries[0].visit.outcome").value("ANSWERED"))
                .andExpect(jsonPath("$.entries[0].visit.waitSeconds").value(5))
                .andExpect(jsonPath("$.entries[0].visit.agentName").value("Agent One"))
                .andExpect(jsonPath("$.entries[0].businessLabel").value("API"));
        mvc.perform(get("/api/history/options").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.callCenters[*].id", hasItem("api-center")))
                .andExpect(jsonPath("$.labels", hasItem("代表")))
                .andExpect(jsonPath("$.agents[*].extension", hasItem("204")));
        mvc.perform(get("/api/history/options").with(as(accounts, "agent1")))
                .andExpect(jsonPath("$.agents[*].extension", contains("201")));
    }

    @Test
    void theExportIsAnAttachmentWithTheFilteredCalls() throws Exception {
        Instant day = Instant.parse("2030-01-04T01:00:00Z");
        Calls.inbound(home.id(), "api-csv", day, "09012345678", LABELLED, "201", 30).forEach(events::publishEvent);

        byte[] file = mvc.perform(get("/api/history/labels/export").param("from", "2030-01-04").param("to", "2030-01-04")
                        .param("label", "代表").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"history-labels-")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"call_id\",\"started_at\"");
        assertThat(text.split("\r\n")).hasSize(2);
        assertThat(text).contains("\"api-csv\",\"2030-01-04 10:00:00\"", "\"代表\"", "\"Agent One (201)\"");
    }
}

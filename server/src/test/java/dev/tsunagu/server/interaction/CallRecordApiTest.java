package dev.tsunagu.server.interaction;

import static dev.tsunagu.server.WebRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import dev.tsunagu.server.tenant.HomeTenant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Tags and notes over HTTP: only the call's parties (and staff) may touch its record; bad input is refused. */
@WebTest
class CallRecordApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HomeTenant home;

    @Autowired
    JsonMapper json;

    String callId;
    long tagId;

    @BeforeEach
    void aCallBetween201AndACustomer() throws Exception {
        callId = UUID.randomUUID().toString();
        int seq = 0;
        for (String number : new String[] {"09012345678", "201"}) {
            jdbc.sql("INSERT INTO call_timeline (tenant_id, call_id, seq, happened_at, kind, number) VALUES (?, ?, ?, ?, 'RINGING', ?)")
                    .params(home.id().value(), callId, ++seq, OffsetDateTime.now(), number).update();
        }
        String name = "Tag " + UUID.randomUUID().toString().substring(0, 8);
        String body = send("admin", post("/api/admin/tags"), "{\"name\":\"" + name + "\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        tagId = json.readTree(body).get("id").asLong();
    }

    ResultActions send(String login, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.with(as(accounts, login)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void thePartyTagsTheCallAndWritesANote() throws Exception {
        mvc.perform(get("/api/tags").with(as(accounts, "agent1"))).andExpect(status().isOk());
        send("agent1", post("/api/calls/" + callId + "/tags"), "{\"tagId\":" + tagId + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.tags[0].id").value(tagId));
        send("agent1", put("/api/calls/" + callId + "/note"), "{\"body\":\"" + "a".repeat(1000) + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.notes[0].author").value("Agent One"));
        send("agent1", put("/api/calls/" + callId + "/note"), "{\"body\":\"" + "a".repeat(1001) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].code").value("tooLong"));
        mvc.perform(get("/api/calls/" + callId + "/record").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notes[0].body").value("a".repeat(1000)));
        mvc.perform(delete("/api/calls/" + callId + "/tags/" + tagId).with(as(accounts, "agent1")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tags.length()").value(0));
    }

    @Test
    void anotherAgentCannotSeeOrTouchTheCall() throws Exception {
        mvc.perform(get("/api/calls/" + callId + "/record").with(as(accounts, "agent2"))).andExpect(status().isNotFound());
        send("agent2", put("/api/calls/" + callId + "/note"), "{\"body\":\"mine\"}").andExpect(status().isNotFound());
        send("agent2", post("/api/calls/" + callId + "/tags"), "{\"tagId\":" + tagId + "}").andExpect(status().isNotFound());
        mvc.perform(get("/api/calls/no-such-call/record").with(as(accounts, "admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/calls/bad%20id/record").with(as(accounts, "admin"))).andExpect(status().is4xxClientError());
    }

    @Test
    void badInputIsRefused() throws Exception {
        send("agent1", post("/api/calls/" + callId + "/tags"), "{}").andExpect(status().isBadRequest());
        send("agent1", post("/api/calls/" + callId + "/tags"), "{\"tagId\":999999}").andExpect(status().isNotFound());
        send("agent1", put("/api/calls/" + callId + "/note"), "{}").andExpect(status().isBadRequest());
        send("agent1", put("/api/calls/" + callId + "/note"), "{not json").andExpect(status().isBadRequest());
        send("agent1", post("/api/admin/tags"), "{\"name\":\"Mine\"}").andExpect(status().isForbidden());
        send("admin", post("/api/admin/tags"), "{\"name\":\"\"}").andExpect(status().isBadRequest());
    }
}

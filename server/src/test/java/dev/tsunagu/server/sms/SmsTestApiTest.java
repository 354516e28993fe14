package dev.tsunagu.server.sms;

import static dev.tsunagu.server.WebRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An administrator's test SMS: through the outbox to the dev phone's list; the rules apply; others may not send. */
@WebTest
class SmsTestApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    ResultActions send(String login, MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(as(accounts, login)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void anAdminsTestMessageReachesTheOutbox() throws Exception {
        send("admin", post("/api/admin/sms/test"), "{\"to\":\"070-1111-0001\",\"body\":\"テスト https://example.test/x\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DELIVERED"))
                .andExpect(jsonPath("$.purpose").value("admin-test")).andExpect(jsonPath("$.sender").value("Administrator"));
        mvc.perform(get("/api/devphone/messages").param("number", "07011110001"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].body").value("テスト https://example.test/x"));
    }

    @Test
    void theSendingRulesApplyAndOnlyAdminsSend() throws Exception {
        send("admin", post("/api/admin/sms/test"), "{\"to\":\"hello\",\"body\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        send("admin", post("/api/admin/sms/test"), "{\"to\":\"07011110002\",\"body\":\"\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
        send("admin", post("/api/admin/sms/test"), "{\"to\":\"0312345678\",\"body\":\"landline\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("FAILED"));
        send("supervisor1", post("/api/admin/sms/test"), "{\"to\":\"07011110003\",\"body\":\"x\"}").andExpect(status().isForbidden());
        send("agent1", post("/api/admin/sms/test"), "{\"to\":\"07011110003\",\"body\":\"x\"}").andExpect(status().isForbidden());
    }
}

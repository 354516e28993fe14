package dev.tsunagu.server.agent;

import static dev.tsunagu.server.WebRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code /api/me/status}. Only agent4 changes status in this context, so its start is known. */
@WebTest
class MyStatusApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    MockHttpServletRequestBuilder change(String body) {
        return put("/api/me/status").with(as(accounts, "agent4")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void anUnknownStatusIsAProblem() throws Exception {
        mvc.perform(change("{\"status\":\"NAPPING\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].code").value("unknownValue"));
        mvc.perform(change("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("required"));
    }

    @Test
    void aChangedStatusIsReadBack() throws Exception {
        mvc.perform(change("{\"status\":\"AFTER_CALL_WORK\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.login").value("agent4"))
                .andExpect(jsonPath("$.extension").value("204"))
                .andExpect(jsonPath("$.status").value("AFTER_CALL_WORK"))
                .andExpect(jsonPath("$.changedAt").isString());

        mvc.perform(get("/api/me/status").with(as(accounts, "agent4")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AFTER_CALL_WORK"));
        mvc.perform(get("/api/agents/statuses").with(as(accounts, "supervisor1")))
                .andExpect(jsonPath("$[?(@.login == 'agent4')].status").value("AFTER_CALL_WORK"));
    }

    @Test
    void anAccountThatNeverChoseIsOffline() throws Exception {
        mvc.perform(get("/api/me/status").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OFFLINE"))
                .andExpect(jsonPath("$.changedAt").doesNotExist());
    }
}

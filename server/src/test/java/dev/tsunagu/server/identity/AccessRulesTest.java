package dev.tsunagu.server.identity;

import static dev.tsunagu.server.WebRequests.as;
import static dev.tsunagu.server.WebRequests.from;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Who may reach what: checked by the server, whatever the browser shows. */
@WebTest
class AccessRulesTest {

    static final String NEW_ACCOUNT = """
            {"login":"never.created","name":"Never","role":"USER","extension":null,"agent":false,"password":"long-enough-1"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aUserIsShownAnAccessDeniedPageForTheAdminScreen() throws Exception {
        mvc.perform(get("/admin").with(as(accounts, "agent1")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Access denied")));
        mvc.perform(get("/admin/accounts").with(as(accounts, "agent1"))).andExpect(status().isForbidden());
    }

    @Test
    void theAccessDeniedPageSpeaksTheChosenLanguage() throws Exception {
        mvc.perform(get("/admin").with(as(accounts, "agent1")).cookie(new Cookie("tsunagu_lang", "ja")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("アクセスできません")));
    }

    @Test
    void aUserGetsAProblemDocumentFromTheAdminApi() throws Exception {
        mvc.perform(get("/api/admin/accounts").with(as(accounts, "agent1")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/agents/statuses").with(as(accounts, "agent1"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/settings").with(as(accounts, "agent1"))).andExpect(status().isForbidden());
    }

    @Test
    void aSupervisorMayReadButNotChangeAccounts() throws Exception {
        mvc.perform(get("/api/admin/accounts").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].login", hasItems("admin", "agent1", "supervisor1")));
        mvc.perform(post("/api/admin/accounts").with(as(accounts, "supervisor1")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(NEW_ACCOUNT))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/admin/settings").with(as(accounts, "supervisor1")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"screenAfterSignIn\":\"ADMIN\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSupervisorSeesTheAgentsStatuses() throws Exception {
        mvc.perform(get("/api/agents/statuses").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].login", hasItems("agent1", "agent2", "agent3", "agent4")))
                .andExpect(jsonPath("$[*].login", not(hasItems("supervisor1"))))
                .andExpect(jsonPath("$[*].login", not(hasItems("admin"))));
    }

    @Test
    void aChangeWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/api/admin/accounts").with(as(accounts, "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(NEW_ACCOUNT))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/me/status").with(as(accounts, "agent4"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"BREAK\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutASessionTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/me/status")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/accounts")).andExpect(status().isUnauthorized());
    }

    @Test
    void withoutASessionScreensRedirectToSignIn() throws Exception {
        mvc.perform(get("/agent")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void pagesCarryAContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")));
    }

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void metricsAreOpenToTheSameHost() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(from("127.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tsunagu_login")));
    }

    @Test
    void mediaLegCountersAreOpenToTheSameHostOnly() throws Exception {
        mvc.perform(get("/actuator/media").with(from("127.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.engine.endpoints").value(0))
                .andExpect(jsonPath("$.endpoints").isMap());
        mvc.perform(get("/actuator/media").with(from("198.51.100.20")).with(as(accounts, "supervisor1")))
                .andExpect(status().isForbidden());
    }

    @Test
    void metricsFromElsewhereNeedAnAdmin() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(from("198.51.100.20"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(from("198.51.100.20")).with(as(accounts, "supervisor1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(from("198.51.100.20")).with(as(accounts, "admin")))
                .andExpect(status().isOk());
    }
}

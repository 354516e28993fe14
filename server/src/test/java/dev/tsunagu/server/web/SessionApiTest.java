package dev.tsunagu.server.web;

import static dev.tsunagu.server.WebRequests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/session}: what every page asks first (docs/protocol.md, "Sign-in"). */
@WebTest
class SessionApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void anonymouslyItGivesTheCsrfTokenOnly() throws Exception {
        mvc.perform(get("/api/session"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authenticated").value(false))
                .andExpect(jsonPath("$.account").doesNotExist())
                .andExpect(jsonPath("$.landing").doesNotExist())
                .andExpect(jsonPath("$.csrf.headerName").value("X-CSRF-TOKEN"))
                .andExpect(jsonPath("$.csrf.parameterName").value("_csrf"))
                .andExpect(jsonPath("$.csrf.token").isNotEmpty());
    }

    @Test
    void signedInItGivesTheAccountAndItsLanding() throws Exception {
        mvc.perform(get("/api/session").with(as(accounts, "agent1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authenticated").value(true))
                .andExpect(jsonPath("$.account.id").isNumber())
                .andExpect(jsonPath("$.account.login").value("agent1"))
                .andExpect(jsonPath("$.account.name").value("Agent One"))
                .andExpect(jsonPath("$.account.role").value("USER"))
                .andExpect(jsonPath("$.account.extension").value("201"))
                .andExpect(jsonPath("$.account.agent").value(true))
                .andExpect(jsonPath("$.account.passwordHash").doesNotExist())
                .andExpect(jsonPath("$.landing").value("/agent"))
                .andExpect(jsonPath("$.csrf.token").isNotEmpty());
    }

    @Test
    void supervisorsLandOnTheAdminScreen() throws Exception {
        mvc.perform(get("/api/session").with(as(accounts, "supervisor1")))
                .andExpect(jsonPath("$.account.role").value("SUPERVISOR"))
                .andExpect(jsonPath("$.account.extension").doesNotExist())
                .andExpect(jsonPath("$.account.agent").value(false))
                .andExpect(jsonPath("$.landing").value("/admin"));
    }
}

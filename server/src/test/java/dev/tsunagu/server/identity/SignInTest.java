package dev.tsunagu.server.identity;

import static dev.tsunagu.server.WebRequests.DEMO_PASSWORD;
import static dev.tsunagu.server.WebRequests.freshAddress;
import static dev.tsunagu.server.WebRequests.freshLogin;
import static dev.tsunagu.server.WebRequests.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import dev.tsunagu.server.settings.ScreenAfterSignIn;
import dev.tsunagu.server.settings.SystemSettings;
import dev.tsunagu.server.tenant.HomeTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class SignInTest {

    static final String SECRET = "probe-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    SystemSettings settings;

    @Autowired
    HomeTenant home;

    String newUser() {
        String login = freshLogin("probe");
        accounts.create(home.id(), new AccountDraft(login, "Probe", "USER", null, false, SECRET));
        return login;
    }

    @Test
    void anAgentLandsOnTheWorkspace() throws Exception {
        mvc.perform(signIn("agent1", DEMO_PASSWORD, freshAddress())).andExpect(status().isFound()).andExpect(redirectedUrl("/agent"));
    }

    @Test
    void supervisorsAndAdminsLandOnTheAdminScreen() throws Exception {
        mvc.perform(signIn("supervisor1", DEMO_PASSWORD, freshAddress())).andExpect(redirectedUrl("/admin"));
        mvc.perform(signIn("admin", DEMO_PASSWORD, freshAddress())).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void loginNamesAreCaseInsensitive() throws Exception {
        mvc.perform(signIn(" Agent1 ", DEMO_PASSWORD, freshAddress())).andExpect(redirectedUrl("/agent"));
    }

    @Test
    void aUserLandsOnTheOwnAccountScreenWhenTheSettingSaysSo() throws Exception {
        settings.setScreenAfterSignIn(home.id(), ScreenAfterSignIn.ADMIN);
        try {
            mvc.perform(signIn("agent1", DEMO_PASSWORD, freshAddress())).andExpect(redirectedUrl("/account"));
            mvc.perform(signIn("supervisor1", DEMO_PASSWORD, freshAddress())).andExpect(redirectedUrl("/admin"));
        } finally {
            settings.setScreenAfterSignIn(home.id(), ScreenAfterSignIn.WORKSPACE);
        }
    }

    @Test
    void theSignedInSessionIsAuthenticated() throws Exception {
        var result = mvc.perform(signIn("agent2", DEMO_PASSWORD, freshAddress())).andExpect(redirectedUrl("/agent")).andReturn();
        var session = (MockHttpSession) result.getRequest().getSession(false);

        mvc.perform(get("/api/session").session(session))
                .andExpect(jsonPath("$.authenticated").value(true))
                .andExpect(jsonPath("$.account.login").value("agent2"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        mvc.perform(signIn("agent1", "not-the-password", freshAddress()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(signIn("nobody-here", DEMO_PASSWORD, freshAddress()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?error=credentials"));
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsThrottled() throws Exception {
        String login = newUser();
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(login, "wrong-" + i, freshAddress())).andExpect(redirectedUrl("/login?error=credentials"));
        }

        mvc.perform(signIn(login, SECRET, freshAddress())).andExpect(redirectedUrl("/login?error=throttled"));
    }

    @Test
    void anUnknownLoginIsThrottledLikeAKnownOne() throws Exception {
        String login = freshLogin("ghost");
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(login, "wrong-" + i, freshAddress())).andExpect(redirectedUrl("/login?error=credentials"));
        }

        mvc.perform(signIn(login, "wrong-5", freshAddress())).andExpect(redirectedUrl("/login?error=throttled"));
    }

    @Test
    void aSuccessfulSignInForgivesEarlierFailures() throws Exception {
        String login = newUser();
        for (int i = 0; i < 4; i++) {
            mvc.perform(signIn(login, "wrong-" + i, freshAddress())).andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(signIn(login, SECRET, freshAddress())).andExpect(redirectedUrl("/agent"));

        mvc.perform(signIn(login, "wrong-4", freshAddress())).andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(signIn(login, SECRET, freshAddress())).andExpect(redirectedUrl("/agent"));
    }

    @Test
    void aSignInFormWithoutCsrfTokenIsSentBackToSignIn() throws Exception {
        mvc.perform(post("/login").param("username", "agent1").param("password", DEMO_PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?error=expired"));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        var result = mvc.perform(signIn("agent3", DEMO_PASSWORD, freshAddress())).andReturn();
        var session = (MockHttpSession) result.getRequest().getSession(false);

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        mvc.perform(get("/api/me/status").session(session)).andExpect(status().isUnauthorized());
    }
}

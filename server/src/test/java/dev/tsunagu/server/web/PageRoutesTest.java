package dev.tsunagu.server.web;

import static dev.tsunagu.server.WebRequests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The one-page app's paths. */
@WebTest
class PageRoutesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theRootSendsStrangersToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theRootSendsAccountsToTheirLanding() throws Exception {
        mvc.perform(get("/").with(as(accounts, "agent1"))).andExpect(redirectedUrl("/agent"));
        mvc.perform(get("/").with(as(accounts, "admin"))).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void theSignInPageIsPublic() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(forwardedUrl("/index.html"));
    }

    @Test
    void screensServeTheAppToThoseAllowed() throws Exception {
        mvc.perform(get("/agent").with(as(accounts, "agent1"))).andExpect(forwardedUrl("/index.html"));
        mvc.perform(get("/admin/accounts").with(as(accounts, "supervisor1"))).andExpect(forwardedUrl("/index.html"));
        mvc.perform(get("/account").with(as(accounts, "agent1"))).andExpect(forwardedUrl("/index.html"));
    }
}

package dev.tsunagu.server.identity;

import static dev.tsunagu.server.WebRequests.as;
import static dev.tsunagu.server.WebRequests.freshAddress;
import static dev.tsunagu.server.WebRequests.freshLogin;
import static dev.tsunagu.server.WebRequests.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import dev.tsunagu.server.tenant.HomeTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/me/password}: an account changing its own password. */
@WebTest
class MyPasswordApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService service;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    HomeTenant home;

    String login;

    @BeforeEach
    void ownAccount() {
        login = freshLogin("own");
        service.create(home.id(), new AccountDraft(login, "Own Password", "USER", null, false, "first-password"));
    }

    ResultActions change(String body) throws Exception {
        return mvc.perform(post("/api/me/password").with(as(accounts, login)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theNewPasswordSignsIn() throws Exception {
        change("{\"currentPassword\":\"first-password\",\"password\":\"second-password\"}").andExpect(status().isNoContent());

        mvc.perform(signIn(login, "second-password", freshAddress())).andExpect(redirectedUrl("/agent"));
    }

    @Test
    void aWrongCurrentPasswordIsRefused() throws Exception {
        change("{\"currentPassword\":\"not-it\",\"password\":\"second-password\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"))
                .andExpect(jsonPath("$.errors[0].code").value("wrong"));

        mvc.perform(signIn(login, "first-password", freshAddress())).andExpect(redirectedUrl("/agent"));
    }
}

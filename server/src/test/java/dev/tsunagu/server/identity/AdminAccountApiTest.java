package dev.tsunagu.server.identity;

import static dev.tsunagu.server.WebRequests.as;
import static dev.tsunagu.server.WebRequests.freshAddress;
import static dev.tsunagu.server.WebRequests.freshExtension;
import static dev.tsunagu.server.WebRequests.freshLogin;
import static dev.tsunagu.server.WebRequests.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The account part of the admin screen, as an ADMIN uses it. */
@WebTest
class AdminAccountApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JsonMapper json;

    MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(as(accounts, "admin")).with(csrf());
    }

    ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(asAdmin(request).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long create(String login, String extension, String password) throws Exception {
        String body = send(post("/api/admin/accounts"), """
                {"login":"%s","name":"Created Agent","role":"USER","extension":"%s","agent":true,"password":"%s"}"""
                .formatted(login, extension, password))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    @Test
    void anAdminCreatesAnAccount() throws Exception {
        String login = freshLogin("created");
        String extension = freshExtension();

        send(post("/api/admin/accounts"), """
                {"login":"%s","name":" Created Agent ","role":"USER","extension":"%s","agent":true,"password":"long-enough-1"}"""
                .formatted(login.toUpperCase(), extension))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.login").value(login))
                .andExpect(jsonPath("$.name").value("Created Agent"))
                .andExpect(jsonPath("$.role").value("USER"))
                .andExpect(jsonPath("$.extension").value(extension))
                .andExpect(jsonPath("$.agent").value(true))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist());

        mvc.perform(get("/api/admin/accounts").with(as(accounts, "admin")))
                .andExpect(jsonPath("$[*].login", hasItem(login)));
    }

    @Test
    void theListIsSortedByLogin() throws Exception {
        String list = mvc.perform(get("/api/admin/accounts").with(as(accounts, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var logins = json.readTree(list).valueStream().map(a -> a.get("login").asString()).toList();
        assertThat(logins).isSorted().contains("admin", "agent1", "supervisor1");
    }

    @Test
    void invalidInputIsAProblemDocumentNamingEachField() throws Exception {
        send(post("/api/admin/accounts"), """
                {"login":"x","name":"","role":"KING","extension":"1","agent":false,"password":"abc"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("login", "name", "role", "extension", "password")))
                .andExpect(jsonPath("$.errors[?(@.field == 'login')].code", contains("tooShort")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].code", contains("required")))
                .andExpect(jsonPath("$.errors[?(@.field == 'role')].code", contains("unknownValue")))
                .andExpect(jsonPath("$.errors[?(@.field == 'extension')].code", contains("invalidFormat")))
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].code", contains("tooShort")));
    }

    @Test
    void aTakenLoginOrExtensionIsADuplicate() throws Exception {
        send(post("/api/admin/accounts"), """
                {"login":"Agent1","name":"Copy","role":"USER","extension":"201","agent":true,"password":"long-enough-1"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'login')].code", contains("duplicate")))
                .andExpect(jsonPath("$.errors[?(@.field == 'extension')].code", contains("duplicate")));
    }

    @Test
    void aBodyThatIsNotJsonIsAProblemToo() throws Exception {
        send(post("/api/admin/accounts"), "{not json")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].code").value("invalidFormat"));
    }

    @Test
    void anAdminUpdatesAnAccount() throws Exception {
        String login = freshLogin("updated");
        long id = create(login, freshExtension(), "long-enough-1");

        send(put("/api/admin/accounts/" + id), """
                {"name":"Promoted","role":"SUPERVISOR","extension":"","agent":false}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.login").value(login))
                .andExpect(jsonPath("$.name").value("Promoted"))
                .andExpect(jsonPath("$.role").value("SUPERVISOR"))
                .andExpect(jsonPath("$.extension").doesNotExist())
                .andExpect(jsonPath("$.agent").value(false));
    }

    @Test
    void anAdminResetsAPasswordThatThenSignsIn() throws Exception {
        String login = freshLogin("reset");
        long id = create(login, freshExtension(), "first-password");

        send(post("/api/admin/accounts/" + id + "/password"), "{\"password\":\"second-password\"}")
                .andExpect(status().isNoContent());

        mvc.perform(signIn(login, "second-password", freshAddress())).andExpect(redirectedUrl("/agent"));
        mvc.perform(signIn(login, "first-password", freshAddress())).andExpect(redirectedUrl("/login?error=credentials"));
    }

    @Test
    void aResetPasswordFollowsThePolicy() throws Exception {
        long id = create(freshLogin("policy"), freshExtension(), "first-password");

        send(post("/api/admin/accounts/" + id + "/password"), "{\"password\":\"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        send(post("/api/admin/accounts/" + id + "/password"), "{\"password\":\"" + "p".repeat(129) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].code").value("tooLong"));
    }

    @Test
    void anAdminDeletesAnAccount() throws Exception {
        String login = freshLogin("deleted");
        long id = create(login, freshExtension(), "long-enough-1");

        mvc.perform(asAdmin(delete("/api/admin/accounts/" + id))).andExpect(status().isNoContent());

        mvc.perform(get("/api/admin/accounts").with(as(accounts, "admin")))
                .andExpect(jsonPath("$[*].login", not(hasItem(login))));
        mvc.perform(signIn(login, "long-enough-1", freshAddress())).andExpect(redirectedUrl("/login?error=credentials"));
    }

    @Test
    void anAdminCannotDeleteThemself() throws Exception {
        long me = ((AccountPrincipal) accounts.loadUserByUsername("admin")).accountId();

        mvc.perform(asAdmin(delete("/api/admin/accounts/" + me)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("selfChange"))
                .andExpect(jsonPath("$.errors[0].field").doesNotExist());
    }

    @Test
    void theOnlyAdminCannotBeDemotedByThemself() throws Exception {
        long me = ((AccountPrincipal) accounts.loadUserByUsername("admin")).accountId();

        send(put("/api/admin/accounts/" + me), """
                {"name":"Administrator","role":"USER","extension":null,"agent":false}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'role')].code", contains("selfChange")));
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        send(put("/api/admin/accounts/987654321"), """
                {"name":"Ghost","role":"USER","extension":null,"agent":false}""")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].code").value("notFound"));
        mvc.perform(asAdmin(delete("/api/admin/accounts/987654321"))).andExpect(status().isNotFound());
    }

    @Test
    void settingsAreReadBySupervisorsAndChangedByAdmins() throws Exception {
        mvc.perform(get("/api/admin/settings").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.screenAfterSignIn").value("WORKSPACE"));
        send(put("/api/admin/settings"), "{\"screenAfterSignIn\":\"SOMEWHERE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("screenAfterSignIn"))
                .andExpect(jsonPath("$.errors[0].code").value("unknownValue"));
        try {
            send(put("/api/admin/settings"), "{\"screenAfterSignIn\":\"ADMIN\"}")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.screenAfterSignIn").value("ADMIN"));
            mvc.perform(get("/api/admin/settings").with(as(accounts, "supervisor1")))
                    .andExpect(jsonPath("$.screenAfterSignIn").value("ADMIN"));
        } finally {
            send(put("/api/admin/settings"), "{\"screenAfterSignIn\":\"WORKSPACE\"}").andExpect(status().isOk());
        }
    }
}

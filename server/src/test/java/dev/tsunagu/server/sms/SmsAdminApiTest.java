package dev.tsunagu.server.sms;

import static dev.tsunagu.server.WebRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.tenant.HomeTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The SMS list of the admin screen and the dev phone's list, over HTTP in demo mode. */
@WebTest
class SmsAdminApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    SmsSender sender;

    @Autowired
    HomeTenant home;

    long supervisorId() {
        return ((AccountPrincipal) accounts.loadUserByUsername("supervisor1")).accountId();
    }

    @Test
    void staffReadTheListNewestFirstAndOthersCannot() throws Exception {
        sender.send(home.id(), "09055550001", "first", "test", SmsOrigin.account(supervisorId()));
        sender.send(home.id(), "0355550002", "second", "video-link", SmsOrigin.feature("reminder"));

        mvc.perform(get("/api/admin/sms").param("size", "2").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.messages", hasSize(2)))
                .andExpect(jsonPath("$.messages[*].body", contains("second", "first")))
                .andExpect(jsonPath("$.messages[0].status").value("FAILED"))
                .andExpect(jsonPath("$.messages[0].failureReason").value("not an SMS-capable number"))
                .andExpect(jsonPath("$.messages[0].sender").value("reminder"))
                .andExpect(jsonPath("$.messages[1].status").value("DELIVERED"))
                .andExpect(jsonPath("$.messages[1].to").value("09055550001"))
                .andExpect(jsonPath("$.messages[1].sender").value("Supervisor One"))
                .andExpect(jsonPath("$.messages[1].senderAccountId").value(supervisorId()))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2));
        mvc.perform(get("/api/admin/sms").with(as(accounts, "admin"))).andExpect(status().isOk());
        mvc.perform(get("/api/admin/sms").with(as(accounts, "agent1"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/sms")).andExpect(status().isUnauthorized());
    }

    @Test
    void badPagingIsRefusedField() throws Exception {
        mvc.perform(get("/api/admin/sms").param("page", "-1").param("size", "1000").with(as(accounts, "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].code").value("invalidFormat"))
                .andExpect(jsonPath("$.errors[1].field").value("size"))
                .andExpect(jsonPath("$.errors[1].code").value("outOfRange"));
        mvc.perform(get("/api/admin/sms").param("size", "x").with(as(accounts, "admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void theDevPhoneSeesItsMessagesWithoutSigningInInDemoMode() throws Exception {
        sender.send(home.id(), "080-5555-0003", "ビデオ通話はこちら https://example.jp/v/x", "video-link", SmsOrigin.feature("test"));

        mvc.perform(get("/api/devphone/messages").param("number", "+81 80 5555 0003"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].body").value("ビデオ通話はこちら https://example.jp/v/x"))
                .andExpect(jsonPath("$[0].to").value("08055550003"))
                .andExpect(jsonPath("$[0].status").value("DELIVERED"));
        mvc.perform(get("/api/devphone/messages").param("number", "not a number"))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aRateLimitedSendIsA429Problem() throws Exception {
        SmsProblemAdvice advice = new SmsProblemAdvice();
        var response = advice.rateLimited(new SmsRateLimitedException("09012345678", 5, java.time.Duration.ofMinutes(10)));
        org.assertj.core.api.Assertions.assertThat(response.getStatusCode().value()).isEqualTo(429);
        org.assertj.core.api.Assertions.assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("600");
        org.assertj.core.api.Assertions.assertThat(response.getBody().getProperties())
                .containsEntry("errors", java.util.List.of(java.util.Map.of("field", "to", "code", "tooMany")));
    }
}

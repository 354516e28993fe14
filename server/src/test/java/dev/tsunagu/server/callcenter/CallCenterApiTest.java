package dev.tsunagu.server.callcenter;

import static dev.tsunagu.server.WebRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import dev.tsunagu.telephony.settings.PbxSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/admin/call-centers} and {@code /api/agents/live} through the real security chain,
 * against the demo's call center "Support" on the main number; the PBX's numbers follow a change.
 */
@WebTest
class CallCenterApiTest {

    static final String PATH = "/api/admin/call-centers";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JsonMapper json;

    @Autowired
    PbxSettings pbx;

    @Test
    void theDemoHasSupportOnTheMainNumberAndSupervisorsReadIt() throws Exception {
        mvc.perform(get(PATH).with(as(accounts, "supervisor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Support"))
                .andExpect(jsonPath("$[0].numbers[0]").value("0501234567"))
                .andExpect(jsonPath("$[0].members.length()").value(2))
                .andExpect(jsonPath("$[0].strategy").value("LONGEST_IDLE"))
                .andExpect(jsonPath("$[0].ringTimeoutSeconds").value(15))
                .andExpect(jsonPath("$[0].afterCallWorkSeconds").value(10))
                .andExpect(jsonPath("$[0].maximumWaitSeconds").value(120))
                .andExpect(jsonPath("$[0].overflowKind").value("MESSAGE"))
                .andExpect(jsonPath("$[0].businessLabel").value("サポート"));
        mvc.perform(get("/api/agents/live").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].login").value("agent1"));
    }

    @Test
    void onlyAdminsChangeCallCentersAndUsersSeeNone() throws Exception {
        String body = "{\"name\":\"Sales\",\"numbers\":[\"03-5555-0001\"],\"members\":[],\"ringTimeoutSeconds\":15,"
                + "\"afterCallWorkSeconds\":0,\"maximumWaitSeconds\":60,\"overflowKind\":\"HANG_UP\"}";
        mvc.perform(get(PATH).with(as(accounts, "agent1"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/agents/live").with(as(accounts, "agent1"))).andExpect(status().isForbidden());
        mvc.perform(post(PATH).with(as(accounts, "supervisor1")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());

        String created = mvc.perform(post(PATH).with(as(accounts, "admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        assertThat(pbx.inboundNumbers().callCenterOf("0355550001")).contains(String.valueOf(id));

        mvc.perform(post(PATH).with(as(accounts, "admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].code").value("duplicate"));
        mvc.perform(delete(PATH + "/" + id).with(as(accounts, "admin")).with(csrf())).andExpect(status().isNoContent());
        assertThat(pbx.inboundNumbers().callCenterOf("0355550001")).isEmpty();
    }
}

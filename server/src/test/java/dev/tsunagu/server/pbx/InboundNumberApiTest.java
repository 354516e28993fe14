package dev.tsunagu.server.pbx;

import static dev.tsunagu.server.WebRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import dev.tsunagu.telephony.settings.PbxSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The company's numbers over HTTP, against the demo tenant and its seeded numbers (main number
 * 0501234567, which reaches the call center "Support", and 0501234201–0501234204); the PBX's {@link PbxSettings} follows every change.
 * Tests remove what they add and put the main number back.
 */
@WebTest
class InboundNumberApiTest {

    static final String PATH = "/api/admin/inbound-numbers";
    static final String DEMO_MAIN = "0501234567";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JsonMapper json;

    @Autowired
    PbxSettings pbx;

    @AfterEach
    void putTheDemoNumbersBack() throws Exception {
        send(put(PATH + "/main-number"), "{\"mainNumber\":\"" + DEMO_MAIN + "\"}").andExpect(status().isOk());
        String listing = mvc.perform(get(PATH).with(as(accounts, "admin"))).andReturn().getResponse().getContentAsString();
        for (var number : json.readTree(listing).get("numbers").valueStream().toList()) {
            if (!number.get("number").asString().startsWith("050123")) {
                mvc.perform(asAdmin(delete(PATH + "/" + number.get("id").asLong()))).andExpect(status().isNoContent());
            }
        }
    }

    MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(as(accounts, "admin")).with(csrf());
    }

    ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(asAdmin(request).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions sendAs(String login, MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(as(accounts, login)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static String number(String number, String extension) {
        return "{\"number\":\"%s\",\"extension\":\"%s\",\"label\":null}".formatted(number, extension);
    }

    long create(String number, String extension) throws Exception {
        String body = send(post(PATH), number(number, extension)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    static ResultActions expectProblems(ResultActions result, String... fieldsAndCodes) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        for (int i = 0; i < fieldsAndCodes.length; i += 2) {
            String field = fieldsAndCodes[i];
            result.andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].code").value(hasItem(fieldsAndCodes[i + 1])));
        }
        return result;
    }

    @Test
    void theDemoHasItsMainNumberAndADirectNumberPerAgent() throws Exception {
        mvc.perform(get(PATH).with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mainNumber").value(DEMO_MAIN))
                .andExpect(jsonPath("$.numbers[*].number",
                        containsInAnyOrder("0501234201", "0501234202", "0501234203", "0501234204")));
        assertThat(pbx.inboundNumbers().extensionOf(DEMO_MAIN)).isEmpty();
        assertThat(pbx.inboundNumbers().callCenterOf(DEMO_MAIN)).isPresent();
        sendAs("admin", post(PATH), number(DEMO_MAIN, "201")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("number")).andExpect(jsonPath("$.errors[0].code").value("duplicate"));
        assertThat(pbx.inboundNumbers().extensionOf("0501234203")).contains("203");
        assertThat(pbx.inboundNumbers().callerIdOf("202")).contains("0501234202");
    }

    @Test
    void aUserMayNeitherReadNorChangeTheNumbers() throws Exception {
        mvc.perform(get(PATH).with(as(accounts, "agent1"))).andExpect(status().isForbidden());
        sendAs("agent1", post(PATH), number("0312345678", "201")).andExpect(status().isForbidden());
        mvc.perform(get(PATH)).andExpect(status().isUnauthorized());
    }

    @Test
    void aSupervisorMayReadButNotChangeTheNumbers() throws Exception {
        long id = create("0312345678", "201");

        mvc.perform(get(PATH).with(as(accounts, "supervisor1"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.numbers[*].number", hasItem("0312345678")));
        sendAs("supervisor1", post(PATH), number("0312345679", "201")).andExpect(status().isForbidden());
        sendAs("supervisor1", put(PATH + "/" + id), number("0312345678", "202")).andExpect(status().isForbidden());
        sendAs("supervisor1", put(PATH + "/main-number"), "{\"mainNumber\":\"0312345678\"}").andExpect(status().isForbidden());
        mvc.perform(delete(PATH + "/" + id).with(as(accounts, "supervisor1")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(delete(PATH + "/" + id).with(as(accounts, "admin"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdminAddsMovesAndRemovesANumberAndThePbxFollows() throws Exception {
        long id = create("03-1234-5678", "203");
        assertThat(pbx.inboundNumbers().extensionOf("0312345678")).contains("203");

        send(put(PATH + "/" + id), "{\"number\":\"+81312345678\",\"extension\":\"204\",\"label\":\"Support\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("0312345678"))
                .andExpect(jsonPath("$.extension").value("204"))
                .andExpect(jsonPath("$.label").value("Support"));
        assertThat(pbx.inboundNumbers().extensionOf("0312345678")).contains("204");

        mvc.perform(asAdmin(delete(PATH + "/" + id))).andExpect(status().isNoContent());
        assertThat(pbx.inboundNumbers().extensionOf("0312345678")).isEmpty();
        mvc.perform(get(PATH).with(as(accounts, "admin"))).andExpect(jsonPath("$.numbers[*].number", not(hasItem("0312345678"))));
    }

    @Test
    void theMainNumberIsTheCallerIdOfExtensionsWithoutADirectNumber() throws Exception {
        send(put(PATH + "/main-number"), "{\"mainNumber\":\"03 1234 0000\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.mainNumber").value("0312340000"));
        assertThat(pbx.inboundNumbers().mainNumber()).isEqualTo("0312340000");

        send(put(PATH + "/main-number"), "{\"mainNumber\":\"\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.mainNumber").doesNotExist());
        assertThat(pbx.inboundNumbers().mainNumber()).isNull();
        expectProblems(send(put(PATH + "/main-number"), "{\"mainNumber\":\"201\"}"), "mainNumber", "invalidFormat");
    }

    @Test
    void aNumberMustBeANationalNumberOfTenOrElevenDigits() throws Exception {
        expectProblems(send(post(PATH), number("", "201")), "number", "required");
        expectProblems(send(post(PATH), number("3123456789", "201")), "number", "invalidFormat");
        expectProblems(send(post(PATH), number("03-1234-567a", "201")), "number", "invalidFormat");
        expectProblems(send(post(PATH), number("031234567", "201")), "number", "tooShort");
        expectProblems(send(post(PATH), number("031234567890", "201")), "number", "tooLong");
    }

    @Test
    void theTargetMustBeAnExistingExtensionAndANumberIsTakenOnce() throws Exception {
        expectProblems(send(post(PATH), number("0312345678", "999")), "extension", "unknownExtension");
        expectProblems(send(post(PATH), number("0312345678", "")), "extension", "required");
        expectProblems(send(post(PATH), number("050-123-4567", "202")), "number", "duplicate");
        expectProblems(send(post(PATH), "{\"number\":\"x\",\"extension\":\"1\",\"label\":\"" + "L".repeat(51) + "\"}"),
                "number", "invalidFormat", "extension", "unknownExtension", "label", "tooLong");
    }

    @Test
    void badBodiesAndUnknownNumbersAreRefused() throws Exception {
        send(post(PATH), "{not json").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("invalidFormat"));
        send(post(PATH), "{\"number\":[1],\"extension\":\"201\"}").andExpect(status().isBadRequest());
        send(put(PATH + "/999999"), number("0312345678", "201")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].code").value("notFound"));
        mvc.perform(asAdmin(delete(PATH + "/999999"))).andExpect(status().isNotFound());
    }
}

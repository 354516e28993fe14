package dev.tsunagu.server.pbx;

import static dev.tsunagu.server.WebRequests.as;
import static dev.tsunagu.server.WebRequests.freshExtension;
import static dev.tsunagu.server.WebRequests.freshLogin;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import dev.tsunagu.telephony.settings.GuidanceLanguage;
import dev.tsunagu.telephony.settings.ParkingRules;
import dev.tsunagu.telephony.settings.PbxSettings;
import java.time.Duration;
import java.util.UUID;
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
 * The PBX part of the admin screen over HTTP, against the demo tenant (the home tenant, so the
 * PBX's {@link PbxSettings} bean follows every save). Tests put the defaults back.
 */
@WebTest
class PbxAdminApiTest {

    static final String DEFAULTS = """
            {"parkFirst":701,"parkLast":720,"parkTimeoutSeconds":300,"guidanceLanguage":"ja"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JsonMapper json;

    @Autowired
    PbxSettings pbx;

    @AfterEach
    void putTheDefaultsBack() throws Exception {
        send(put("/api/admin/pbx"), DEFAULTS).andExpect(status().isOk());
        String groups = mvc.perform(get("/api/admin/pickup-groups").with(as(accounts, "admin")))
                .andReturn().getResponse().getContentAsString();
        for (var group : json.readTree(groups).valueStream().toList()) {
            mvc.perform(asAdmin(delete("/api/admin/pickup-groups/" + group.get("id").asLong()))).andExpect(status().isNoContent());
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

    long createGroup(String name, String extensions) throws Exception {
        String body = send(post("/api/admin/pickup-groups"), "{\"name\":\"%s\",\"extensions\":%s}".formatted(name, extensions))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    static ResultActions expectProblem(ResultActions result, String field, String code) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", contains(field)))
                .andExpect(jsonPath("$.errors[0].code").value(code));
    }

    // --- who may do what

    @Test
    void aUserMayNeitherReadNorChangeThePbx() throws Exception {
        mvc.perform(get("/api/admin/pbx").with(as(accounts, "agent1")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/admin/pickup-groups").with(as(accounts, "agent1"))).andExpect(status().isForbidden());
        sendAs("agent1", put("/api/admin/pbx"), DEFAULTS).andExpect(status().isForbidden());
        sendAs("agent1", post("/api/admin/pickup-groups"), "{\"name\":\"Mine\",\"extensions\":[]}").andExpect(status().isForbidden());
    }

    @Test
    void aSupervisorMayReadButNotChangeThePbx() throws Exception {
        long id = createGroup("Read only", "[\"201\"]");

        mvc.perform(get("/api/admin/pbx").with(as(accounts, "supervisor1"))).andExpect(status().isOk());
        mvc.perform(get("/api/admin/pickup-groups").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].name", hasItem("Read only")));
        sendAs("supervisor1", put("/api/admin/pbx"), DEFAULTS).andExpect(status().isForbidden());
        sendAs("supervisor1", post("/api/admin/pickup-groups"), "{\"name\":\"Theirs\",\"extensions\":[]}")
                .andExpect(status().isForbidden());
        sendAs("supervisor1", put("/api/admin/pickup-groups/" + id), "{\"name\":\"Renamed\",\"extensions\":[]}")
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/admin/pickup-groups/" + id).with(as(accounts, "supervisor1")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void changesNeedTheCsrfToken() throws Exception {
        mvc.perform(put("/api/admin/pbx").with(as(accounts, "admin")).contentType(MediaType.APPLICATION_JSON).content(DEFAULTS))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/pickup-groups").with(as(accounts, "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"No token\",\"extensions\":[]}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutASessionThePbxApiAnswers401() throws Exception {
        mvc.perform(get("/api/admin/pbx")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/pickup-groups")).andExpect(status().isUnauthorized());
    }

    // --- the parking lot and the guidance language

    @Test
    void theDefaultsAreTheSeedProductsParkingLot() throws Exception {
        mvc.perform(get("/api/admin/pbx").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parkFirst").value(701))
                .andExpect(jsonPath("$.parkLast").value(720))
                .andExpect(jsonPath("$.parkTimeoutSeconds").value(300))
                .andExpect(jsonPath("$.guidanceLanguage").value("ja"));
        assertThat(pbx.parking()).isEqualTo(ParkingRules.DEFAULT);
        assertThat(pbx.guidanceLanguage()).isEqualTo(GuidanceLanguage.JA);
    }

    @Test
    void anAdminSavesThePbxSettingsAndThePbxFollows() throws Exception {
        send(put("/api/admin/pbx"), """
                {"parkFirst":801,"parkLast":"805","parkTimeoutSeconds":"5","guidanceLanguage":"en"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parkFirst").value(801))
                .andExpect(jsonPath("$.parkLast").value(805))
                .andExpect(jsonPath("$.parkTimeoutSeconds").value(5))
                .andExpect(jsonPath("$.guidanceLanguage").value("en"));

        mvc.perform(get("/api/admin/pbx").with(as(accounts, "supervisor1")))
                .andExpect(jsonPath("$.parkFirst").value(801)).andExpect(jsonPath("$.guidanceLanguage").value("en"));
        assertThat(pbx.parking()).isEqualTo(new ParkingRules(801, 805, Duration.ofSeconds(5)));
        assertThat(pbx.guidanceLanguage()).isEqualTo(GuidanceLanguage.EN);
    }

    @Test
    void aRefusedSaveChangesNothing() throws Exception {
        expectProblem(send(put("/api/admin/pbx"), """
                {"parkFirst":801,"parkLast":805,"parkTimeoutSeconds":4,"guidanceLanguage":"en"}"""),
                "parkTimeoutSeconds", "outOfRange");

        assertThat(pbx.parking()).isEqualTo(ParkingRules.DEFAULT);
        assertThat(pbx.guidanceLanguage()).isEqualTo(GuidanceLanguage.JA);
    }

    @Test
    void parkSlotsHaveThreeToSixDigits() throws Exception {
        expectProblem(send(put("/api/admin/pbx"), """
                {"parkFirst":70,"parkLast":720,"parkTimeoutSeconds":300,"guidanceLanguage":"ja"}"""), "parkFirst", "tooShort");
        expectProblem(send(put("/api/admin/pbx"), """
                {"parkFirst":701,"parkLast":1234567,"parkTimeoutSeconds":300,"guidanceLanguage":"ja"}"""), "parkLast", "tooLong");
        expectProblem(send(put("/api/admin/pbx"), """
                {"parkFirst":"7a1","parkLast":720,"parkTimeoutSeconds":300,"guidanceLanguage":"ja"}"""), "parkFirst", "invalidFormat");
        expectProblem(send(put("/api/admin/pbx"), """
                {"parkFirst":"0701","parkLast":720,"parkTimeoutSeconds":300,"guidanceLanguage":"ja"}"""), "parkFirst", "invalidFormat");
        expectProblem(send(put("/api/admin/pbx"), """
                {"parkLast":720,"parkTimeoutSeconds":300,"guidanceLanguage":"ja"}"""), "parkFirst", "required");
    }

    @Test
    void theFirstSlotComesFirst() throws Exception {
        expectProblem(send(put("/api/admin/pbx"), """
                {"parkFirst":720,"parkLast":701,"parkTimeoutSeconds":300,"guidanceLanguage":"ja"}"""), "parkLast", "beforeFirst");
    }

    @Test
    void theParkingLotHasAtMostAHundredSlots() throws Exception {
        expectProblem(send(put("/api/admin/pbx"), """
                {"parkFirst":700,"parkLast":800,"parkTimeoutSeconds":300,"guidanceLanguage":"ja"}"""), "parkLast", "tooMany");
        send(put("/api/admin/pbx"), """
                {"parkFirst":700,"parkLast":799,"parkTimeoutSeconds":300,"guidanceLanguage":"ja"}""").andExpect(status().isOk());
    }

    @Test
    void noParkSlotIsAnExtension() throws Exception {
        expectProblem(send(put("/api/admin/pbx"), """
                {"parkFirst":200,"parkLast":210,"parkTimeoutSeconds":300,"guidanceLanguage":"ja"}"""), "parkFirst", "includesExtension");
    }

    @Test
    void theTimeoutRunsFromFiveSecondsToAnHour() throws Exception {
        expectProblem(send(put("/api/admin/pbx"), """
                {"parkFirst":701,"parkLast":720,"parkTimeoutSeconds":3601,"guidanceLanguage":"ja"}"""), "parkTimeoutSeconds", "outOfRange");
        expectProblem(send(put("/api/admin/pbx"), """
                {"parkFirst":701,"parkLast":720,"parkTimeoutSeconds":"soon","guidanceLanguage":"ja"}"""), "parkTimeoutSeconds", "invalidFormat");
        send(put("/api/admin/pbx"), """
                {"parkFirst":701,"parkLast":720,"parkTimeoutSeconds":3600,"guidanceLanguage":"ja"}""").andExpect(status().isOk());
    }

    @Test
    void theGuidanceIsJapaneseOrEnglish() throws Exception {
        expectProblem(send(put("/api/admin/pbx"), """
                {"parkFirst":701,"parkLast":720,"parkTimeoutSeconds":300,"guidanceLanguage":"fr"}"""), "guidanceLanguage", "unknownValue");
        expectProblem(send(put("/api/admin/pbx"), """
                {"parkFirst":701,"parkLast":720,"parkTimeoutSeconds":300}"""), "guidanceLanguage", "required");
    }

    @Test
    void anAccountCannotTakeAParkSlot() throws Exception {
        expectProblem(send(post("/api/admin/accounts"), """
                {"login":"%s","name":"Parker","role":"USER","extension":"710","agent":true,"password":"long-enough-1"}"""
                .formatted(freshLogin("parker"))), "extension", "parkSlot");
    }

    // --- pickup groups

    @Test
    void anAdminManagesPickupGroupsAndThePbxFollows() throws Exception {
        String name = "Sales " + UUID.randomUUID().toString().substring(0, 6);
        String created = send(post("/api/admin/pickup-groups"), """
                {"name":" %s ","extensions":["202","201"]}""".formatted(name))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.extensions", contains("201", "202")))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        assertThat(pbx.pickupGroupmates("201")).containsExactly("202");
        assertThat(pbx.pickupGroupmates("203")).isEmpty();

        send(put("/api/admin/pickup-groups/" + id), """
                {"name":"%s","extensions":["201","203","204"]}""".formatted(name))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.extensions", contains("201", "203", "204")));
        assertThat(pbx.pickupGroupmates("201")).containsExactlyInAnyOrder("203", "204");
        assertThat(pbx.pickupGroupmates("202")).isEmpty();

        mvc.perform(asAdmin(delete("/api/admin/pickup-groups/" + id))).andExpect(status().isNoContent());
        assertThat(pbx.pickupGroupmates("201")).isEmpty();
        mvc.perform(get("/api/admin/pickup-groups").with(as(accounts, "admin")))
                .andExpect(jsonPath("$[*].name", not(hasItem(name))));
    }

    @Test
    void groupsAreListedByName() throws Exception {
        createGroup("b-group", "[]");
        createGroup("a-group", "[\"203\"]");

        mvc.perform(get("/api/admin/pickup-groups").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", contains("a-group", "b-group")))
                .andExpect(jsonPath("$[0].extensions", contains("203")));
    }

    @Test
    void aGroupNeedsAUniqueNameOfAtMostFiftyCharacters() throws Exception {
        createGroup("Taken", "[]");

        expectProblem(send(post("/api/admin/pickup-groups"), "{\"name\":\"Taken\",\"extensions\":[]}"), "name", "duplicate");
        expectProblem(send(post("/api/admin/pickup-groups"), "{\"name\":\"  \",\"extensions\":[]}"), "name", "required");
        expectProblem(send(post("/api/admin/pickup-groups"), "{\"name\":\"%s\",\"extensions\":[]}".formatted("n".repeat(51))),
                "name", "tooLong");
    }

    @Test
    void membersMustBeExtensionsInNoOtherGroup() throws Exception {
        createGroup("First", "[\"201\"]");

        expectProblem(send(post("/api/admin/pickup-groups"), "{\"name\":\"Ghosts\",\"extensions\":[\"%s\"]}"
                .formatted(freshExtension())), "extensions", "unknownExtension");
        expectProblem(send(post("/api/admin/pickup-groups"), "{\"name\":\"Second\",\"extensions\":[\"202\",\"201\"]}"),
                "extensions", "inOtherGroup");
    }

    @Test
    void everyProblemOfAGroupIsReportedAtOnce() throws Exception {
        send(post("/api/admin/pickup-groups"), "{\"name\":\"\",\"extensions\":[\"x\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "extensions")));
    }

    @Test
    void anUnknownGroupIsNotFound() throws Exception {
        send(put("/api/admin/pickup-groups/987654321"), "{\"name\":\"Ghost\",\"extensions\":[]}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].code").value("notFound"));
        mvc.perform(asAdmin(delete("/api/admin/pickup-groups/987654321"))).andExpect(status().isNotFound());
    }

    @Test
    void aDeletedAccountLeavesItsGroupAndThePbxForgetsIt() throws Exception {
        String extension = freshExtension();
        String account = send(post("/api/admin/accounts"), """
                {"login":"%s","name":"Leaver","role":"USER","extension":"%s","agent":true,"password":"long-enough-1"}"""
                .formatted(freshLogin("leaver"), extension))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = createGroup("Leavers", "[\"204\",\"%s\"]".formatted(extension));
        assertThat(pbx.pickupGroupmates("204")).containsExactly(extension);

        mvc.perform(asAdmin(delete("/api/admin/accounts/" + json.readTree(account).get("id").asLong())))
                .andExpect(status().isNoContent());

        assertThat(pbx.pickupGroupmates("204")).isEmpty();
        assertThat(pbx.pickupGroupmates(extension)).isEmpty();
        send(put("/api/admin/pickup-groups/" + id), "{\"name\":\"Leavers\",\"extensions\":[\"204\"]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.extensions", contains("204")));
    }
}

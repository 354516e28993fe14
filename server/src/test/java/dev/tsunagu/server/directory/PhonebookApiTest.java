package dev.tsunagu.server.directory;

import static dev.tsunagu.server.WebRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Phonebooks over HTTP against the demo tenant: who may do what, CSV in and out, caller lookup. */
@WebTest
class PhonebookApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JsonMapper json;

    @AfterEach
    void emptyTheBooks() throws Exception {
        for (String book : new String[] {"common", "201"}) {
            mvc.perform(post("/api/admin/phonebooks/" + book + "/import?replace=true").with(as(accounts, "admin")).with(csrf())
                    .contentType("text/csv").content("number,name\n")).andExpect(status().isOk());
        }
    }

    @Test
    void anAdminKeepsTheBooksAndAnAgentFindsTheCaller() throws Exception {
        mvc.perform(post("/api/admin/phonebooks/common/entries").with(as(accounts, "admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"03-1234-5678\",\"name\":\"山田 太郎\",\"company\":\"山田商事\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.number").value("0312345678"))
                .andExpect(jsonPath("$.book").value("common"));
        mvc.perform(post("/api/admin/phonebooks/201/import").with(as(accounts, "admin")).with(csrf())
                        .contentType("text/csv").content("number,name\n0312345678,Yamada-san (mine)\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(1));

        mvc.perform(get("/api/phonebook/lookup").param("number", "+81312345678").with(as(accounts, "agent1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Yamada-san (mine)")).andExpect(jsonPath("$.book").value("201"));
        mvc.perform(get("/api/phonebook/lookup").param("number", "0312345678").with(as(accounts, "agent2")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("山田 太郎"));
        mvc.perform(get("/api/phonebook/lookup").param("number", "0300000000").with(as(accounts, "agent2")))
                .andExpect(status().isNotFound());

        var export = mvc.perform(get("/api/admin/phonebooks/common/export").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"phonebook-common.csv\""))
                .andReturn().getResponse();
        assertThat(export.getContentType()).startsWith("text/csv");
        assertThat(new String(export.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("\"0312345678\",\"山田 太郎\"");
    }

    @Test
    void agentsAndSupervisorsCannotChangeTheBooks() throws Exception {
        mvc.perform(get("/api/admin/phonebooks/common/entries").with(as(accounts, "agent1"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/phonebooks/common/entries").with(as(accounts, "supervisor1"))).andExpect(status().isOk());
        mvc.perform(post("/api/admin/phonebooks/common/entries").with(as(accounts, "supervisor1")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"number\":\"0312345678\",\"name\":\"X\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/phonebooks/common/import").with(as(accounts, "agent1")).with(csrf())
                .contentType("text/csv").content("number,name\n0312345678,X\n")).andExpect(status().isForbidden());
    }

    @Test
    void badInputGetsAProblemAndChangesNothing() throws Exception {
        String before = mvc.perform(get("/api/admin/phonebooks/common/entries").with(as(accounts, "admin")))
                .andReturn().getResponse().getContentAsString();
        long total = json.readTree(before).get("total").asLong();
        mvc.perform(post("/api/admin/phonebooks/common/import").with(as(accounts, "admin")).with(csrf())
                        .contentType("text/csv").content("number,name\n0312345678,Good\nnope,Bad\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows[2].number"))
                .andExpect(jsonPath("$.errors[0].code").value("invalidFormat"));
        mvc.perform(get("/api/admin/phonebooks/common/entries").with(as(accounts, "admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(total));
        mvc.perform(post("/api/admin/phonebooks/common/entries").with(as(accounts, "admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"number\":\"\",\"name\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(post("/api/admin/phonebooks/common/entries").with(as(accounts, "admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{not json")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/admin/phonebooks/299/entries").with(as(accounts, "admin"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/admin/phonebooks/common/entries/999999").with(as(accounts, "admin")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/admin/phonebooks/common/entries").param("page", "abc").with(as(accounts, "admin")))
                .andExpect(status().isBadRequest());
    }
}

package dev.tsunagu.server.video;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The customer's page opens without a session, cannot be framed, leaks no referrer; nothing else under /v/ is open. */
@WebTest
class CustomerVideoPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theCustomersPageNeedsNoSignInAndKeepsItsLinkToItself() throws Exception {
        mvc.perform(get("/v/AAAAAAAAAAAAAAAAAAAAAA"))
                .andExpect(status().isOk())
                .andExpect(forwardedUrl("/index.html"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void onlyGetsOfThePageAndTheSocketAreOpen() throws Exception {
        mvc.perform(post("/v/AAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isForbidden());
        mvc.perform(get("/v/a/b")).andExpect(status().isFound());
        mvc.perform(get("/v/not a token")).andExpect(status().isFound());
    }
}

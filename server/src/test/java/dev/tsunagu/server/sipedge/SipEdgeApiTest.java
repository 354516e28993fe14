package dev.tsunagu.server.sipedge;

import static dev.tsunagu.server.WebRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tsunagu.server.WebTest;
import dev.tsunagu.sip.auth.DigestAlgorithm;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SIP admin API with the edge running on a free port: a login made over REST lets a phone
 * register with digest authentication, the status shows it, and trunks are validated and stored.
 */
@WebTest
@TestPropertySource(properties = {"tsunagu.sip.enabled=true", "tsunagu.sip.port=0", "tsunagu.sip.realm=tsunagu.test",
        "tsunagu.sip.digest-algorithms=MD5"})
class SipEdgeApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JsonMapper json;

    @Autowired
    SipEdgeRunner runner;

    ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(as(accounts, "admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aLoginMadeInTheAdminScreenRegistersAPhone() throws Exception {
        send(post("/api/admin/sip/logins"), """
                {"username":"desk201","extension":"201","password":"short"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("password")));
        send(post("/api/admin/sip/logins"), """
                {"username":"bad name","extension":"999999","password":""}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("username", "extension", "password")));
        String created = send(post("/api/admin/sip/logins"), """
                {"username":"desk201","extension":"201","password":"desk-secret-201"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.username").value("desk201"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        assertThat(runner.isRunning()).isTrue();

        assertThat(register("desk201", "desk-secret-201")).startsWith("SIP/2.0 200");
        mvc.perform(get("/api/admin/sip/status").with(as(accounts, "supervisor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.registrations[0].username").value("desk201"))
                .andExpect(jsonPath("$.registrations[0].extension").value("201"));
        assertThat(register("desk201", "wrong-password")).startsWith("SIP/2.0 403");

        mvc.perform(delete("/api/admin/sip/logins/" + id).with(as(accounts, "supervisor1")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/admin/sip/logins/" + id).with(as(accounts, "admin")).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/admin/sip/status").with(as(accounts, "admin")))
                .andExpect(jsonPath("$.registrations").isEmpty());
    }

    @Test
    void trunksAreValidatedStoredAndListedWithoutTheirPassword() throws Exception {
        send(post("/api/admin/sip/trunks"), """
                {"name":"","host":"bad host!","port":70000,"transport":"sctp","mode":"REGISTRATION","callerId":"abc"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "host", "port", "transport", "username",
                        "password", "callerId")));
        String created = send(post("/api/admin/sip/trunks"), """
                {"name":"carrier","host":"192.0.2.10","port":5060,"transport":"udp","mode":"IP",
                 "allowedAddresses":["192.0.2.10","198.51.100.0/24"],"callerId":"0501234567"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        mvc.perform(get("/api/admin/sip/trunks").with(as(accounts, "admin")))
                .andExpect(jsonPath("$[0].name").value("carrier"))
                .andExpect(jsonPath("$[0].allowedAddresses[1]").value("198.51.100.0/24"))
                .andExpect(jsonPath("$[0].hasPassword").value(false));
        send(put("/api/admin/sip/trunks/" + id), """
                {"name":"carrier","host":"sip.example.net","port":5060,"transport":"udp","mode":"REGISTRATION",
                 "username":"0501234567","password":"carrier-pw"}""").andExpect(status().isNoContent());
        mvc.perform(get("/api/admin/sip/trunks").with(as(accounts, "admin")))
                .andExpect(jsonPath("$[0].hasPassword").value(true))
                .andExpect(jsonPath("$[0].password").doesNotExist());
        mvc.perform(delete("/api/admin/sip/trunks/" + id).with(as(accounts, "admin")).with(csrf())).andExpect(status().isNoContent());
    }

    /** REGISTER, answer the challenge with MD5, and return the final answer's text. */
    private String register(String user, String password) throws Exception {
        String status = mvc.perform(get("/api/admin/sip/status").with(as(accounts, "admin"))).andReturn().getResponse().getContentAsString();
        int port = json.readTree(status).get("port").asInt();
        InetAddress address = InetAddress.getByName(dev.tsunagu.media.MediaEngineConfig.firstNonLoopbackIpv4().getHostAddress());
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(address, 0))) {
            socket.setSoTimeout(5000);
            String callId = UUID.randomUUID().toString();
            String first = exchange(socket, address, port, request(user, address, socket.getLocalPort(), callId, 1, ""));
            String nonce = first.replaceAll("(?s).*nonce=\"([^\"]+)\".*", "$1");
            String uri = "sip:" + address.getHostAddress();
            DigestAlgorithm md5 = DigestAlgorithm.MD5;
            String response = md5.hex(md5.ha1(user, "tsunagu.test", password) + ":" + nonce + ":" + md5.hex("REGISTER:" + uri));
            return exchange(socket, address, port, request(user, address, socket.getLocalPort(), callId, 2,
                    "Authorization: Digest username=\"" + user + "\", realm=\"tsunagu.test\", nonce=\"" + nonce + "\", uri=\"" + uri
                            + "\", response=\"" + response + "\", algorithm=MD5\r\n"));
        }
    }

    private static String request(String user, InetAddress address, int localPort, String callId, int cseq, String auth) {
        String host = address.getHostAddress();
        return "REGISTER sip:" + host + " SIP/2.0\r\nVia: SIP/2.0/UDP " + host + ":" + localPort + ";branch=z9hG4bK" + UUID.randomUUID()
                + "\r\nFrom: <sip:" + user + "@" + host + ">;tag=a1\r\nTo: <sip:" + user + "@" + host + ">\r\nCall-ID: " + callId
                + "\r\nCSeq: " + cseq + " REGISTER\r\nMax-Forwards: 70\r\nContact: <sip:" + user + "@" + host + ":" + localPort
                + ">\r\nExpires: 300\r\n" + auth + "Content-Length: 0\r\n\r\n";
    }

    private static String exchange(DatagramSocket socket, InetAddress address, int port, String message) throws Exception {
        byte[] out = message.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(out, out.length, address, port));
        byte[] in = new byte[8192];
        DatagramPacket p = new DatagramPacket(in, in.length);
        socket.receive(p);
        return new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
    }
}

package dev.tsunagu.server.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.server.BrowserSession;
import dev.tsunagu.server.ServerTest;
import dev.tsunagu.server.identity.AccountDraft;
import dev.tsunagu.server.identity.AccountService;
import dev.tsunagu.server.realtime.TestSocket;
import dev.tsunagu.server.tenant.HomeTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who hears of a status change: the account's own tabs and the supervisors, nobody else. */
@ServerTest
class StatusBroadcastSocketTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    HomeTenant home;

    final List<TestSocket> opened = new ArrayList<>();

    @AfterEach
    void closeTabs() throws Exception {
        for (TestSocket socket : opened) {
            socket.close();
        }
    }

    TestSocket tab(BrowserSession browser) throws Exception {
        TestSocket socket = TestSocket.open(port, browser);
        opened.add(socket);
        return socket;
    }

    static String type(JsonNode frame) {
        return frame.get("type").asString();
    }

    @Test
    void aChangeReachesTheAccountsTabsAndTheSupervisorsButNoOtherAgent() throws Exception {
        BrowserSession agent1 = BrowserSession.signIn(port, "agent1", "demo");
        TestSocket sender = tab(agent1);
        TestSocket secondTab = tab(agent1);
        TestSocket supervisor = tab(BrowserSession.signIn(port, "supervisor1", "demo"));
        TestSocket otherAgent = tab(BrowserSession.signIn(port, "agent2", "demo"));
        long agent1Id = sender.hello().get("payload").get("accountId").asLong();

        sender.send("{\"v\":1,\"type\":\"agent.status.set\",\"id\":\"set-1\",\"payload\":{\"status\":\"BREAK\"}}");

        JsonNode ack = sender.await("ack");
        assertThat(ack.get("id").asString()).isEqualTo("set-1");
        assertThat(ack.get("payload").get("accountId").asLong()).isEqualTo(agent1Id);
        assertThat(ack.get("payload").get("status").asString()).isEqualTo("BREAK");
        assertThat(ack.get("payload").get("login").asString()).isEqualTo("agent1");
        assertThat(ack.get("payload").get("extension").asString()).isEqualTo("201");
        assertThat(ack.get("payload").get("changedAt").isString()).isTrue();

        for (TestSocket interested : List.of(secondTab, supervisor)) {
            JsonNode changed = interested.next();
            assertThat(type(changed)).isEqualTo("agent.status.changed");
            assertThat(changed.has("id")).as("a pushed event has no id").isFalse();
            assertThat(changed.get("payload").get("accountId").asLong()).isEqualTo(agent1Id);
            assertThat(changed.get("payload").get("status").asString()).isEqualTo("BREAK");
        }

        // Delivery to the others is proven; a ping answered after it shows nothing was queued for agent2.
        assertThat(otherAgent.framesBeforePong("barrier")).noneMatch(f -> type(f).equals("agent.status.changed"));
    }

    @Test
    void theSendersOwnTabsHearOfTheChangeToo() throws Exception {
        TestSocket sender = tab(BrowserSession.signIn(port, "agent3", "demo"));

        sender.send("{\"v\":1,\"type\":\"agent.status.set\",\"id\":\"set-2\",\"payload\":{\"status\":\"AVAILABLE\"}}");

        List<JsonNode> frames = new ArrayList<>(sender.until("ack"));
        if (frames.stream().noneMatch(f -> type(f).equals("agent.status.changed"))) {
            frames.add(sender.next());
        }
        assertThat(frames).extracting(StatusBroadcastSocketTest::type)
                .containsExactlyInAnyOrder("ack", "agent.status.changed");
    }

    @Test
    void anAgentWhoIsAlsoASupervisorHearsOfTheOwnChangeOnce() throws Exception {
        String login = "watching.agent." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(home.id(), new AccountDraft(login, "Watching Agent", "SUPERVISOR", null, true, "watching-password"));
        TestSocket sender = tab(BrowserSession.signIn(port, login, "watching-password"));
        TestSocket admin = tab(BrowserSession.signIn(port, "admin", "demo"));

        sender.send("{\"v\":1,\"type\":\"agent.status.set\",\"id\":\"set-3\",\"payload\":{\"status\":\"BREAK\"}}");

        List<JsonNode> senderFrames = new ArrayList<>(sender.until("ack"));
        senderFrames.addAll(sender.framesBeforePong("after-ack"));
        assertThat(senderFrames).filteredOn(f -> type(f).equals("agent.status.changed")).hasSize(1);
        JsonNode changed = admin.await("agent.status.changed");
        assertThat(changed.get("payload").get("login").asString()).isEqualTo(login);
        assertThat(admin.framesBeforePong("admin-barrier")).noneMatch(f -> type(f).equals("agent.status.changed"));
    }
}

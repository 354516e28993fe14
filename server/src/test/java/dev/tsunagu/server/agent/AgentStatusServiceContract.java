package dev.tsunagu.server.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.identity.Role;
import dev.tsunagu.server.identity.StoredAccounts;
import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.support.NotFoundException;
import dev.tsunagu.server.tenant.FreshTenant;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.server.tenant.Tenants;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
abstract class AgentStatusServiceContract {

    @Autowired
    AgentStatusService service;

    @Autowired
    Accounts accounts;

    @Autowired
    Tenants tenants;

    @Autowired
    ApplicationEvents events;

    TenantId tenant;
    Account agent;

    @BeforeEach
    void freshTenant() {
        tenant = FreshTenant.in(tenants);
        agent = StoredAccounts.store(accounts, tenant, "agent.a", Role.USER, "501", true);
    }

    @Test
    void anAccountThatNeverChoseIsOffline() {
        AgentStatusView status = service.statusOf(tenant, agent.id());

        assertThat(status).isEqualTo(new AgentStatusView(agent.id(), "agent.a", "Name of agent.a", "501", AgentStatus.OFFLINE, null));
    }

    @Test
    void aChangeIsStoredAndReadBack() {
        AgentStatusView changed = service.change(tenant, agent.id(), "BREAK");

        assertThat(changed.status()).isEqualTo(AgentStatus.BREAK);
        assertThat(changed.changedAt()).isNotNull();
        AgentStatusView read = service.statusOf(tenant, agent.id());
        assertThat(read.status()).isEqualTo(AgentStatus.BREAK);
        // Databases keep microseconds; the clock may have more.
        assertThat(read.changedAt()).isCloseTo(changed.changedAt(), within(1, ChronoUnit.MILLIS));
    }

    @Test
    void aLaterChangeReplacesTheEarlierOne() {
        service.change(tenant, agent.id(), "BREAK");
        service.change(tenant, agent.id(), "AVAILABLE");

        assertThat(service.statusOf(tenant, agent.id()).status()).isEqualTo(AgentStatus.AVAILABLE);
    }

    @Test
    void agentsListsEveryAgentOfTheTenantWithItsStatus() {
        Account other = StoredAccounts.store(accounts, tenant, "agent.b", Role.USER, "502", true);
        StoredAccounts.store(accounts, tenant, "boss", Role.SUPERVISOR, null, false);
        Account elsewhere = StoredAccounts.store(accounts, FreshTenant.in(tenants), "agent.c", Role.USER, "501", true);
        service.change(tenant, other.id(), "AFTER_CALL_WORK");

        assertThat(service.agents(tenant))
                .extracting(AgentStatusView::login, AgentStatusView::status)
                .containsExactly(
                        tuple("agent.a", AgentStatus.OFFLINE),
                        tuple("agent.b", AgentStatus.AFTER_CALL_WORK));
        assertThat(service.agents(tenant)).extracting(AgentStatusView::accountId).doesNotContain(elsewhere.id());
    }

    @Test
    void aChangeIsPublished() {
        AgentStatusView changed = service.change(tenant, agent.id(), "AVAILABLE");

        assertThat(events.stream(AgentStatusChanged.class))
                .containsExactly(new AgentStatusChanged(tenant, true, changed));
    }

    @Test
    void aChangeOfANonAgentSaysSo() {
        Account boss = StoredAccounts.store(accounts, tenant, "boss", Role.SUPERVISOR, null, false);

        service.change(tenant, boss.id(), "BREAK");

        assertThat(events.stream(AgentStatusChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.agent()).isFalse());
    }

    @Test
    void anUnknownStatusIsRefusedAndNothingIsPublished() {
        assertThatThrownBy(() -> service.change(tenant, agent.id(), "NAPPING")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(FieldProblem.of("status", Code.unknownValue)));
        assertThatThrownBy(() -> service.change(tenant, agent.id(), "break")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.change(tenant, agent.id(), null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(FieldProblem.of("status", Code.required)));

        assertThat(service.statusOf(tenant, agent.id()).status()).isEqualTo(AgentStatus.OFFLINE);
        assertThat(events.stream(AgentStatusChanged.class)).isEmpty();
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> service.change(tenant, Long.MAX_VALUE, "BREAK")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.statusOf(tenant, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherTenantsAccountIsNotFound() {
        TenantId other = FreshTenant.in(tenants);

        assertThatThrownBy(() -> service.change(other, agent.id(), "BREAK")).isInstanceOf(NotFoundException.class);
    }
}

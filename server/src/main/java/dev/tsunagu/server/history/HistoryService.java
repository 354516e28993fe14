package dev.tsunagu.server.history;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.identity.Role;
import dev.tsunagu.server.interaction.CallRecord;
import dev.tsunagu.server.interaction.CallRecordService;
import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.tenant.TenantId;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The histories (CC-04). Supervisors and admins see every call of the tenant; a USER sees the calls
 * its account took part in (rang or talked), the same calls whose tags and notes it may change.
 */
@Service
class HistoryService {

    /** A CSV export holds at most this many rows; a longer list must be narrowed first. */
    static final int MAX_EXPORT = 10_000;

    private final HistoryQuery query;
    private final CallRecordService records;
    private final Accounts accounts;
    private final ObjectProvider<BusinessLabels> labels;
    private final ObjectProvider<CallCenterNames> centers;

    HistoryService(HistoryQuery query, CallRecordService records, Accounts accounts, ObjectProvider<BusinessLabels> labels,
                   ObjectProvider<CallCenterNames> centers) {
        this.query = query;
        this.records = records;
        this.accounts = accounts;
        this.labels = labels;
        this.centers = centers;
    }

    HistoryFilter filter(AccountPrincipal me, HistoryView view, HistoryParams params) {
        TenantId tenant = me.tenant();
        boolean staff = me.role() != Role.USER;
        var known = new HistoryRules.Known(
                id -> staff ? accounts.find(tenant, id).isPresent() : id == me.accountId(),
                id -> callCenters(tenant).containsKey(id),
                id -> records.tags(tenant).stream().anyMatch(t -> t.id() == id));
        return HistoryRules.check(view, params, known, staff ? null : me.accountId());
    }

    @Transactional(readOnly = true)
    HistoryPage page(TenantId tenant, HistoryFilter filter) {
        long total = query.count(tenant, filter);
        int pages = (int) Math.max(1, (total + filter.size() - 1) / filter.size());
        List<HistoryEntry> entries = entries(tenant, query.rows(tenant, filter));
        List<HistoryPage.LabelCount> perLabel = filter.view() == HistoryView.LABELS
                ? query.perLabel(tenant, filter).entrySet().stream().map(e -> new HistoryPage.LabelCount(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparing(HistoryPage.LabelCount::label)).toList()
                : List.of();
        return new HistoryPage(entries, filter.page(), filter.size(), total, pages, perLabel);
    }

    /** Every entry of the filter, for a CSV export. */
    @Transactional(readOnly = true)
    List<HistoryEntry> all(TenantId tenant, HistoryFilter filter) {
        if (query.count(tenant, filter) > MAX_EXPORT) {
            throw new InvalidInputException(FieldProblem.of(null, FieldProblem.Code.tooMany));
        }
        return entries(tenant, query.rows(tenant, filter.unpaged(MAX_EXPORT)));
    }

    @Transactional(readOnly = true)
    HistoryOptions options(AccountPrincipal me) {
        TenantId tenant = me.tenant();
        List<HistoryOptions.Agent> agents = accounts.all(tenant).stream()
                .filter(a -> a.extension() != null && (me.role() != Role.USER || a.id() == me.accountId()))
                .sorted(Comparator.comparing(Account::extension))
                .map(a -> new HistoryOptions.Agent(a.id(), a.name(), a.extension())).toList();
        List<HistoryOptions.CallCenter> callCenters = callCenters(tenant).entrySet().stream()
                .map(e -> new HistoryOptions.CallCenter(e.getKey(), e.getValue() == null ? e.getKey() : e.getValue()))
                .sorted(Comparator.comparing(HistoryOptions.CallCenter::name)).toList();
        TreeSet<String> allLabels = new TreeSet<>(query.labels(tenant));
        labels.stream().forEach(l -> allLabels.addAll(l.all(tenant)));
        return new HistoryOptions(agents, callCenters, List.copyOf(allLabels), records.tags(tenant));
    }

    /** The call centers of now, and those the tenant's calls entered (a deleted one stays in history). */
    private Map<String, String> callCenters(TenantId tenant) {
        Map<String, String> all = new LinkedHashMap<>(query.callCenters(tenant));
        centers.stream().forEach(c -> all.putAll(c.all(tenant)));
        return all;
    }

    private List<HistoryEntry> entries(TenantId tenant, List<HistoryEntry.Row> rows) {
        List<String> callIds = rows.stream().map(HistoryEntry.Row::callId).distinct().toList();
        Map<String, CallRecord> attached = records.recordsOf(tenant, callIds);
        Map<String, List<HistoryEntry.Agent>> agents = query.agentsOf(tenant, callIds);
        return rows.stream().map(row -> {
            CallRecord record = attached.getOrDefault(row.callId(), CallRecord.empty(row.callId()));
            List<HistoryEntry.Agent> talked = agents.getOrDefault(row.callId(), List.of());
            Integer duration = row.endedAt() == null ? null : (int) Math.max(0, Duration.between(row.startedAt(), row.endedAt()).toSeconds());
            HistoryEntry.Visit visit = row.visit() == null ? null : named(tenant, row.visit(), talked);
            return new HistoryEntry(row.callId(), row.startedAt(), row.endedAt(), duration, row.direction(), row.callerNumber(),
                    row.dialledNumber(), row.outsideNumber(), row.businessLabel(), row.callCenter(), row.answered(), talked,
                    record.tags(), record.notes(), visit);
        }).toList();
    }

    /** The answering agent's name as recorded on the call, else as the account is named now. */
    private HistoryEntry.Visit named(TenantId tenant, HistoryEntry.Visit visit, List<HistoryEntry.Agent> talked) {
        if (visit.agentAccountId() == null) {
            return visit;
        }
        String name = talked.stream().filter(a -> a.accountId() == visit.agentAccountId()).map(HistoryEntry.Agent::name).findFirst()
                .orElseGet(() -> accounts.find(tenant, visit.agentAccountId()).map(Account::name).orElse(null));
        return new HistoryEntry.Visit(visit.callCenterId(), visit.callCenterName(), visit.businessLabel(), visit.enteredAt(),
                visit.outcome(), visit.outcomeAt(), visit.waitSeconds(), visit.agentAccountId(), Objects.requireNonNullElse(name, ""));
    }
}

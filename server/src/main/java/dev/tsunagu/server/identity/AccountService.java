package dev.tsunagu.server.identity;

import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.support.NotFoundException;
import dev.tsunagu.server.support.Problems;
import dev.tsunagu.server.tenant.TenantId;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, editing and removing accounts, with every rule the admin screen promises. */
@Service
public class AccountService {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final ObjectProvider<ReservedNumbers> reserved;
    private final ApplicationEventPublisher events;

    AccountService(Accounts accounts, PasswordEncoder passwords, PasswordPolicy policy,
                   ObjectProvider<ReservedNumbers> reserved, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.reserved = reserved;
        this.events = events;
    }

    @Transactional
    public Account create(TenantId tenant, AccountDraft draft) {
        return insert(tenant, draft, false);
    }

    /** Seeds an account whose password is well known; such accounts stop a non-demo start (see DefaultPasswordGuard). */
    @Transactional
    public Account createWithDefaultPassword(TenantId tenant, AccountDraft draft) {
        return insert(tenant, draft, true);
    }

    private Account insert(TenantId tenant, AccountDraft draft, boolean passwordIsDefault) {
        String login = AccountRules.normaliseLogin(draft.login());
        String extension = AccountRules.normaliseExtension(draft.extension());
        Problems problems = new Problems();
        AccountRules.checkLogin(problems, login);
        if (!problems.has("login") && accounts.findByLogin(tenant, login).isPresent()) {
            problems.add("login", Code.duplicate);
        }
        Role role = checkCommon(problems, tenant, draft, extension, -1, null);
        policy.check(problems, "password", draft.password());
        problems.throwIfAny();
        long id = accounts.insert(tenant, login, draft.name().strip(), role, extension, Boolean.TRUE.equals(draft.agent()),
                passwords.encode(draft.password()), passwordIsDefault);
        return accounts.find(tenant, id).orElseThrow();
    }

    @Transactional
    public Account update(TenantId tenant, long actingAccountId, long id, AccountDraft draft) {
        Account current = accounts.find(tenant, id).orElseThrow(() -> new NotFoundException("Account " + id));
        String extension = AccountRules.normaliseExtension(draft.extension());
        Problems problems = new Problems();
        Role role = checkCommon(problems, tenant, draft, extension, id, current.extension());
        if (role != null && role != current.role() && current.role() == Role.ADMIN) {
            if (id == actingAccountId) {
                problems.add("role", Code.selfChange);
            } else if (accounts.countByRole(tenant, Role.ADMIN) <= 1) {
                problems.add("role", Code.lastAdmin);
            }
        }
        problems.throwIfAny();
        accounts.update(tenant, id, draft.name().strip(), role, extension, Boolean.TRUE.equals(draft.agent()));
        if (current.extension() != null && !Objects.equals(current.extension(), extension)) {
            events.publishEvent(new AccountExtensionReleased(tenant, current.extension()));
        }
        return accounts.find(tenant, id).orElseThrow();
    }

    @Transactional
    public void resetPassword(TenantId tenant, long id, String password) {
        accounts.find(tenant, id).orElseThrow(() -> new NotFoundException("Account " + id));
        Problems.check(p -> policy.check(p, "password", password));
        accounts.updatePassword(tenant, id, passwords.encode(password));
    }

    @Transactional
    public void changeOwnPassword(TenantId tenant, long id, String currentPassword, String password) {
        String hash = accounts.passwordHash(tenant, id).orElseThrow(() -> new NotFoundException("Account " + id));
        Problems problems = new Problems();
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            problems.add("currentPassword", Code.wrong);
        }
        policy.check(problems, "password", password);
        problems.throwIfAny();
        accounts.updatePassword(tenant, id, passwords.encode(password));
    }

    @Transactional
    public void delete(TenantId tenant, long actingAccountId, long id) {
        Account account = accounts.find(tenant, id).orElseThrow(() -> new NotFoundException("Account " + id));
        if (id == actingAccountId) {
            throw new InvalidInputException(FieldProblem.of(null, Code.selfChange));
        }
        if (account.role() == Role.ADMIN && accounts.countByRole(tenant, Role.ADMIN) <= 1) {
            throw new InvalidInputException(FieldProblem.of(null, Code.lastAdmin));
        }
        accounts.delete(tenant, id);
        if (account.extension() != null) {
            events.publishEvent(new AccountExtensionReleased(tenant, account.extension()));
        }
    }

    /** {@code previousExtension} keeps its place even if it became reserved since: renaming an account must not fail on it. */
    private Role checkCommon(Problems problems, TenantId tenant, AccountDraft draft, String extension, long selfId,
                             String previousExtension) {
        AccountRules.checkName(problems, draft.name());
        Role role = AccountRules.checkRole(problems, draft.role());
        AccountRules.checkExtension(problems, extension);
        if (extension != null && !problems.has("extension") && accounts.extensionTaken(tenant, extension, selfId)) {
            problems.add("extension", Code.duplicate);
        }
        if (extension != null && !problems.has("extension") && !extension.equals(previousExtension)) {
            reserved.orderedStream().map(r -> r.reservation(tenant, extension)).flatMap(Optional::stream)
                    .findFirst().ifPresent(code -> problems.add("extension", code));
        }
        return role;
    }
}

package dev.tsunagu.server.identity;

import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.support.NotFoundException;
import dev.tsunagu.server.support.Problems;
import dev.tsunagu.server.tenant.TenantId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, editing and removing accounts, with every rule the admin screen promises. */
@Service
public class AccountService {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;

    AccountService(Accounts accounts, PasswordEncoder passwords, PasswordPolicy policy) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
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
        Role role = checkCommon(problems, tenant, draft, extension, -1);
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
        Role role = checkCommon(problems, tenant, draft, extension, id);
        if (role != null && role != current.role() && current.role() == Role.ADMIN) {
            if (id == actingAccountId) {
                problems.add("role", Code.selfChange);
            } else if (accounts.countByRole(tenant, Role.ADMIN) <= 1) {
                problems.add("role", Code.lastAdmin);
            }
        }
        problems.throwIfAny();
        accounts.update(tenant, id, draft.name().strip(), role, extension, Boolean.TRUE.equals(draft.agent()));
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
    }

    private Role checkCommon(Problems problems, TenantId tenant, AccountDraft draft, String extension, long selfId) {
        AccountRules.checkName(problems, draft.name());
        Role role = AccountRules.checkRole(problems, draft.role());
        AccountRules.checkExtension(problems, extension);
        if (extension != null && !problems.has("extension") && accounts.extensionTaken(tenant, extension, selfId)) {
            problems.add("extension", Code.duplicate);
        }
        return role;
    }
}

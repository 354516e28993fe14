package dev.tsunagu.server.identity;

import dev.tsunagu.server.tenant.TenantId;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as kept in the HTTP session. The password hash is erased after sign-in,
 * so a serialised session never carries it.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final long tenantId;
    private final String login;
    private final String name;
    private final Role role;
    private String passwordHash;

    AccountPrincipal(Account account, String passwordHash) {
        this.accountId = account.id();
        this.tenantId = account.tenant().value();
        this.login = account.login();
        this.name = account.name();
        this.role = account.role();
        this.passwordHash = passwordHash;
    }

    public long accountId() {
        return accountId;
    }

    public TenantId tenant() {
        return new TenantId(tenantId);
    }

    public String login() {
        return login;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + login + "@" + tenantId + "]";
    }
}

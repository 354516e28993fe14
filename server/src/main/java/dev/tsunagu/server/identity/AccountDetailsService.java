package dev.tsunagu.server.identity;

import dev.tsunagu.server.tenant.HomeTenant;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks up the account a sign-in names, in the installation's home tenant. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final HomeTenant home;

    AccountDetailsService(Accounts accounts, HomeTenant home) {
        this.accounts = accounts;
        this.home = home;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String login = AccountRules.normaliseLogin(username);
        return accounts.findByLogin(home.id(), login)
                .flatMap(account -> accounts.passwordHash(home.id(), account.id())
                        .map(hash -> new AccountPrincipal(account, hash)))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}

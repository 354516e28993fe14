package dev.tsunagu.server.identity;

/** An account as the browser sees it: never the password hash, never the tenant key. */
public record AccountView(long id, String login, String name, String role, String extension, boolean agent) {

    public static AccountView of(Account account) {
        return new AccountView(account.id(), account.login(), account.name(), account.role().name(),
                account.extension(), account.agent());
    }
}

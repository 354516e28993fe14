package dev.tsunagu.server.identity;

import dev.tsunagu.server.OnPostgres;

@OnPostgres
class AccountsOnPostgresTest extends AccountsContract {
}

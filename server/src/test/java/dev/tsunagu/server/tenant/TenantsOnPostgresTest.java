package dev.tsunagu.server.tenant;

import dev.tsunagu.server.OnPostgres;

@OnPostgres
class TenantsOnPostgresTest extends TenantsContract {
}

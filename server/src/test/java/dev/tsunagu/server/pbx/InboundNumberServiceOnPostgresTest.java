package dev.tsunagu.server.pbx;

import dev.tsunagu.server.OnPostgres;

@OnPostgres
class InboundNumberServiceOnPostgresTest extends InboundNumberServiceContract {
}

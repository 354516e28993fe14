package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.OnPostgres;

@OnPostgres
class CallCenterServiceOnPostgresTest extends CallCenterServiceContract {
}

package dev.tsunagu.server.interaction;

import dev.tsunagu.server.OnPostgres;

@OnPostgres
class CallRecordsOnPostgresTest extends CallRecordsContract {
}

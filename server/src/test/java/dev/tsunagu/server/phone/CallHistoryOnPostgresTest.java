package dev.tsunagu.server.phone;

import dev.tsunagu.server.OnPostgres;

@OnPostgres
class CallHistoryOnPostgresTest extends CallHistoryContract {
}

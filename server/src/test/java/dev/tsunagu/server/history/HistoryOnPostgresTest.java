package dev.tsunagu.server.history;

import dev.tsunagu.server.OnPostgres;

@OnPostgres
class HistoryOnPostgresTest extends HistoryContract {
}

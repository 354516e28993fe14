package dev.tsunagu.server.directory;

import dev.tsunagu.server.OnPostgres;

@OnPostgres
class PhonebookServiceOnPostgresTest extends PhonebookServiceContract {
}

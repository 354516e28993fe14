package dev.tsunagu.server;

@OnPostgres
class MigrationsOnPostgresTest extends MigrationsContract {
}

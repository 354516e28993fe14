package dev.tsunagu.server;

@OnH2
class MigrationsOnH2Test extends MigrationsContract {
}

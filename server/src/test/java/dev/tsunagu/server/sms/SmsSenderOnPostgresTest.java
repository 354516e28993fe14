package dev.tsunagu.server.sms;

import dev.tsunagu.server.OnPostgres;

@OnPostgres
class SmsSenderOnPostgresTest extends SmsSenderContract {
}

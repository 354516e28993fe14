package dev.tsunagu.server.settings;

import dev.tsunagu.server.OnPostgres;

@OnPostgres
class SystemSettingsOnPostgresTest extends SystemSettingsContract {
}

package dev.tsunagu.server.settings;

import dev.tsunagu.server.OnH2;

@OnH2
class SystemSettingsOnH2Test extends SystemSettingsContract {
}

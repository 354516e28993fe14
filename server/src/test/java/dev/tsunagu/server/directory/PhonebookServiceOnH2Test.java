package dev.tsunagu.server.directory;

import dev.tsunagu.server.OnH2;

@OnH2
class PhonebookServiceOnH2Test extends PhonebookServiceContract {
}

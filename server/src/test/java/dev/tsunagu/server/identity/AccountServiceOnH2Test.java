package dev.tsunagu.server.identity;

import dev.tsunagu.server.OnH2;

@OnH2
class AccountServiceOnH2Test extends AccountServiceContract {
}

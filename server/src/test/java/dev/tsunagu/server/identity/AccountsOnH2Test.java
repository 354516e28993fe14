package dev.tsunagu.server.identity;

import dev.tsunagu.server.OnH2;

@OnH2
class AccountsOnH2Test extends AccountsContract {
}

package dev.tsunagu.server.phone;

import dev.tsunagu.server.OnH2;

@OnH2
class CallHistoryOnH2Test extends CallHistoryContract {
}

package dev.tsunagu.server.interaction;

import dev.tsunagu.server.OnH2;

@OnH2
class CallRecordsOnH2Test extends CallRecordsContract {
}

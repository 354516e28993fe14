package dev.tsunagu.server.history;

import dev.tsunagu.server.OnH2;

@OnH2
class HistoryOnH2Test extends HistoryContract {
}

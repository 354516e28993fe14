package dev.tsunagu.server.pbx;

import dev.tsunagu.server.OnH2;

@OnH2
class InboundNumberServiceOnH2Test extends InboundNumberServiceContract {
}

package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.OnH2;

@OnH2
class CallCenterServiceOnH2Test extends CallCenterServiceContract {
}

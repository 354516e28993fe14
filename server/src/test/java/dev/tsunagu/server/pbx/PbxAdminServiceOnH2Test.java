package dev.tsunagu.server.pbx;

import dev.tsunagu.server.OnH2;

@OnH2
class PbxAdminServiceOnH2Test extends PbxAdminServiceContract {
}

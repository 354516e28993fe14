package dev.tsunagu.server.tenant;

import dev.tsunagu.server.OnH2;

@OnH2
class TenantsOnH2Test extends TenantsContract {
}

package dev.tsunagu.server.agent;

import dev.tsunagu.server.OnH2;

@OnH2
class AgentStatusServiceOnH2Test extends AgentStatusServiceContract {
}

package dev.tsunagu.server.agent;

import dev.tsunagu.server.OnPostgres;

@OnPostgres
class AgentStatusServiceOnPostgresTest extends AgentStatusServiceContract {
}

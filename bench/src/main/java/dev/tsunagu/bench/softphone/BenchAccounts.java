package dev.tsunagu.bench.softphone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The sign-ins the harness's softphones use: the demo agents first (agent1–agent4, extensions
 * 201–204), then {@code bench-NNN} accounts on extensions 5001… which an admin creates through
 * {@code /api/admin/accounts}. An account left by an earlier run is reused, its password reset.
 */
final class BenchAccounts {

    static final String DEMO_PASSWORD = "demo";
    /** Valid outside demo mode too (8+ characters, not "demo"). */
    static final String BENCH_PASSWORD = "bench-pass";
    private static final int DEMO_AGENTS = 4;
    private static final int FIRST_EXTENSION = 5001;

    private BenchAccounts() {
    }

    static List<BenchAccount> ensure(String origin, int count, String adminLogin, String adminPassword) throws Exception {
        List<BenchAccount> accounts = new ArrayList<>();
        for (int i = 1; i <= Math.min(count, DEMO_AGENTS); i++) {
            accounts.add(new BenchAccount("agent" + i, DEMO_PASSWORD));
        }
        if (count <= DEMO_AGENTS) {
            return accounts;
        }
        WebSession admin = WebSession.signIn(origin, adminLogin, adminPassword);
        Map<String, Long> existing = new HashMap<>();
        for (JsonNode account : admin.get("/api/admin/accounts")) {
            existing.put(account.get("login").asString(), account.get("id").asLong());
        }
        for (int i = 1; accounts.size() < count; i++) {
            String login = "bench-%03d".formatted(i);
            Long id = existing.get(login);
            if (id == null) {
                admin.post("/api/admin/accounts", Map.of("login", login, "name", "Bench " + i, "role", "USER",
                        "extension", String.valueOf(FIRST_EXTENSION + i - 1), "agent", false, "password", BENCH_PASSWORD));
            } else {
                admin.post("/api/admin/accounts/" + id + "/password", Map.of("password", BENCH_PASSWORD));
            }
            accounts.add(new BenchAccount(login, BENCH_PASSWORD));
        }
        return accounts;
    }
}

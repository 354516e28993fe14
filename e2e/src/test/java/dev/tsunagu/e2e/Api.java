package dev.tsunagu.e2e;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API (docs/protocol.md "HTTP") as a signed-in browser calls it: the page's own cookies,
 * and the CSRF header {@code /api/session} names for requests that change something.
 */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Page page;

    Api(Page page) {
        this.page = page;
    }

    JsonNode get(String path) {
        return read(page.request().get(BrowserTest.url(path)), path);
    }

    /** The HTTP status a GET answers, for requests expected to be refused. */
    int statusOf(String path) {
        return page.request().get(BrowserTest.url(path)).status();
    }

    JsonNode put(String path, Object body) {
        return read(page.request().put(BrowserTest.url(path), withCsrf().setData(body)), path);
    }

    JsonNode post(String path, Object body) {
        return read(page.request().post(BrowserTest.url(path), withCsrf().setData(body)), path);
    }

    void delete(String path) {
        read(page.request().delete(BrowserTest.url(path), withCsrf()), path);
    }

    private RequestOptions withCsrf() {
        JsonNode csrf = get("/api/session").get("csrf");
        return RequestOptions.create().setHeader(csrf.get("headerName").asString(), csrf.get("token").asString());
    }

    private static JsonNode read(APIResponse response, String path) {
        if (!response.ok()) {
            throw new AssertionError(path + " answered " + response.status() + ": " + response.text());
        }
        String text = response.text();
        return text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
    }
}

package dev.tsunagu.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Building blocks for requests as a browser of the demo tenant sends them. */
public final class WebRequests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** The password of every seeded demo account. */
    public static final String DEMO_PASSWORD = "demo";

    private WebRequests() {
    }

    /** The sign-in form, posted from {@code address} (the throttle counts per address). */
    public static MockHttpServletRequestBuilder signIn(String login, String password, String address) {
        return post("/login").param("username", login).param("password", password).with(csrf()).with(from(address));
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A request of a signed-in account, without paying for a password check. */
    public static RequestPostProcessor as(UserDetailsService accounts, String login) {
        return user(accounts.loadUserByUsername(login));
    }

    /** An address of its own for one test's failed sign-ins, so the per-address limit never spills over. */
    public static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    /** A login no other test uses. */
    public static String freshLogin(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An extension no other test uses (with overwhelming likelihood). */
    public static String freshExtension() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
    }
}

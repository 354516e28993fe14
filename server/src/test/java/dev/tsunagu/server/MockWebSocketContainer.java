package dev.tsunagu.server;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.mockito.Mockito;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.WebApplicationContext;

/**
 * Gives a mock servlet environment (MockMvc, persistence tests) the WebSocket server container
 * that a real Tomcat would register: {@code RealtimeConfig}'s {@code ServletServerContainerFactoryBean}
 * refuses to start without one. Contexts on a real server keep Tomcat's own container.
 */
public final class MockWebSocketContainer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String ATTRIBUTE = "jakarta.websocket.server.ServerContainer";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // Runs at refresh, after Spring Boot's test loader has attached the mock servlet context.
        context.addBeanFactoryPostProcessor(beans -> {
            ServletContext servlet = context instanceof WebApplicationContext web ? web.getServletContext() : null;
            if (servlet != null && servlet.getAttribute(ATTRIBUTE) == null) {
                servlet.setAttribute(ATTRIBUTE, Mockito.mock(ServerContainer.class));
            }
        });
    }
}

package io.credlink;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import io.credlink.access.AccessFixtures;
import io.credlink.web.Browser;
import io.credlink.web.Firefox;

/**
 * The HTTP and browser set-up of the tests that run the whole application ({@link CredLinkTest}
 * registers it): on the test instance, every unset field of type {@link AccessFixtures} gets a
 * client of the application's random port, of type {@link Browser} a headless Chromium and of
 * type {@link Firefox} a headless Firefox, both opened on that port and closed when the instance's
 * scope ends (the class with {@code PER_CLASS}, else the test). A missing browser binary skips the
 * test, or fails it when {@code CI} is set.
 */
public final class CredLinkHttp implements TestInstancePostProcessor {

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws Exception {
        int port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        for (Class<?> c = instance.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                if (field.get(instance) != null) {
                    continue;
                }
                Object value = create(field.getType(), port, context);
                if (value != null) {
                    field.set(instance, value);
                }
            }
        }
    }

    private static Object create(Class<?> type, int port, ExtensionContext context) throws Exception {
        if (type == AccessFixtures.class) {
            return new AccessFixtures(port);
        }
        if (type == Browser.class) {
            return closedAtEnd(Browser.open(port), context);
        }
        if (type == Firefox.class) {
            return closedAtEnd(Firefox.open(port, 1360, 900), context);
        }
        return null;
    }

    private static <T extends AutoCloseable> T closedAtEnd(T browser, ExtensionContext context) {
        context.getStore(ExtensionContext.Namespace.create(CredLinkHttp.class)).put(browser, browser);
        return browser;
    }
}

package io.credlink;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import io.credlink.access.AccessFixtures;
import io.credlink.ingest.ImportService;
import io.credlink.web.Browser;
import io.credlink.web.Explorer;
import io.credlink.web.Firefox;
import io.credlink.web.Page;

/**
 * The HTTP and browser set-up of the tests that run the whole application ({@link CredLinkTest}
 * registers it): on the test instance, every unset field of type {@link AccessFixtures} gets a
 * client of the application's random port, of type {@link Browser} a headless Chromium and of
 * type {@link Firefox} a headless Firefox, both opened on that port and closed when the instance's
 * scope ends (the class with {@code PER_CLASS}, else the test); a field of type {@link Explorer}
 * gets the browser fixture on the class's browser (its Firefox if it declares one, else its
 * Chromium, opened if it declares none). A missing browser binary skips the test, or fails it
 * when {@code CI} is set. In a class with a Firefox, each test fails on a JavaScript error the
 * page logged while it ran; the data an Explorer imported is deleted after the class.
 */
public final class CredLinkHttp implements TestInstancePostProcessor, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws Exception {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        List<Field> explorers = new ArrayList<>();
        for (Field field : fields(instance)) {
            if (field.get(instance) != null) {
                continue;
            }
            if (field.getType() == Explorer.class) {
                explorers.add(field); // once the browsers are open
                continue;
            }
            Object value = create(field.getType(), port, context);
            if (value != null) {
                field.set(instance, value);
            }
        }
        for (Field field : explorers) {
            List<Firefox> firefoxes = values(instance, Firefox.class);
            List<Browser> chromiums = values(instance, Browser.class);
            Page page = !firefoxes.isEmpty() ? Page.of(firefoxes.get(0))
                    : Page.of(chromiums.isEmpty() ? closedAtEnd(Browser.open(port), context) : chromiums.get(0));
            field.set(instance, new Explorer(new AccessFixtures(port), page, app.getBean(Driver.class), app.getBean(ImportService.class)));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        for (Firefox ff : values(context.getRequiredTestInstance(), Firefox.class)) {
            ff.takePageErrors();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (Firefox ff : values(context.getRequiredTestInstance(), Firefox.class)) {
            assertThat(ff.takePageErrors()).as("JavaScript errors in " + ff.version).isEmpty();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (context.getTestInstance().isPresent()) {
            for (Explorer explorer : values(context.getTestInstance().get(), Explorer.class)) {
                explorer.afterClass();
            }
        }
    }

    private static List<Field> fields(Object instance) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = instance.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                    field.setAccessible(true);
                    out.add(field);
                }
            }
        }
        return out;
    }

    private static <T> List<T> values(Object instance, Class<T> type) throws IllegalAccessException {
        List<T> out = new ArrayList<>();
        for (Field field : fields(instance)) {
            if (field.getType() == type && field.get(instance) != null) {
                out.add(type.cast(field.get(instance)));
            }
        }
        return out;
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

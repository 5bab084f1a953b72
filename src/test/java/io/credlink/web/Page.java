package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer's page as a workflow test drives it, the same in Chromium (Selenium, {@link #of(Browser)})
 * and in Firefox (WebDriver BiDi, {@link #of(Firefox)}): every step from the keyboard (Tab to a
 * control, type, Enter or Space), waits that poll the page (never a fixed sleep), axe-core, and the
 * check that Chinese labels are drawn with real glyphs. {@link Explorer} holds the page of a test class.
 */
public interface Page {

    /** WebDriver's key codes: the same characters in Selenium's {@code Keys} and in BiDi. */
    String TAB = "\uE004", ENTER = "\uE007", SPACE = " ", ESCAPE = "\uE00C", BACKSPACE = "\uE003", ARROW_UP = "\uE013",
            ARROW_RIGHT = "\uE014", ARROW_DOWN = "\uE015";

    void go(String hash);

    void reload();

    /** Runs a page function {@code (a, b) => …} with arguments and answers its value (promises awaited). */
    Object js(String function, Object... args);

    /** Waits until a page function answers true (an error thrown in it counts as false). */
    default void until(String description, String predicate, Object... args) {
        until(Browser.WAIT, description, predicate, args);
    }

    /** The same with another wait: longer for what a loaded machine may answer slowly (the first call on a fresh graph). */
    void until(Duration wait, String description, String predicate, Object... args);

    /** Presses keys on the focused element: key codes of this interface, or text typed one character at a time. */
    void keys(String... keys);

    void shiftTab();

    Path downloads();

    /** Waits for a condition outside the page (a downloaded file, the API's answer). */
    void waitFor(String description, BooleanSupplier condition);

    /** axe-core on the document: fails on any serious or critical violation. */
    void axe(String where);

    /** "Chromium" or "Firefox" and its version, for messages. */
    String engine();

    boolean isFirefox();

    default String text(String css) {
        until(css + " present", "(css) => document.querySelector(css) !== null", css);
        return String.valueOf(js("(css) => document.querySelector(css).textContent.trim()", css));
    }

    /** The element's text as it is drawn (innerText: cells and lines apart), once it is there. */
    default String shown(String css) {
        until(css + " present", "(css) => document.querySelector(css) !== null", css);
        return String.valueOf(js("(css) => document.querySelector(css).innerText", css));
    }

    /** Whether the element is drawn at all (not hidden, not in a hidden parent). */
    default boolean displayed(String css) {
        return Boolean.TRUE.equals(js("(css) => { const e = document.querySelector(css); return !!e && e.getClientRects().length > 0; }", css));
    }

    default boolean focusedIs(String css) {
        return Boolean.TRUE.equals(js("(css) => document.activeElement !== null && document.activeElement.matches(css)", css));
    }

    private String focus() {
        return String.valueOf(js("() => document.activeElement?.outerHTML.slice(0, 100)"));
    }

    /**
     * Tab until the element has the focus, as a keyboard user would: forward to an element after
     * the focus, Shift+Tab back to one before it. Never round the end of the page: Firefox then
     * gives the focus to its own toolbar, the document loses it (keys typed over WebDriver BiDi
     * still reach the page's elements, but Gecko no longer lets Enter or Space press a button).
     */
    default void tabTo(String css) {
        until(css + " present", "(css) => document.querySelector(css) !== null", css);
        boolean forward = Boolean.TRUE.equals(js("""
                (css) => { const t = document.querySelector(css); const a = document.activeElement;
                  return !a || a === document.body || (a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0; }""", css));
        for (int i = 0; i < 80 && !focusedIs(css); i++) {
            if (forward) {
                keys(TAB);
            } else {
                shiftTab();
            }
            assertThat(js("() => document.hasFocus()")).as("the page keeps the focus while tabbing to " + css).isEqualTo(true);
        }
        assertThat(focusedIs(css)).as("Tab reached " + css + " (focus on " + focus() + ")").isTrue();
    }

    /** Checks a radio button from the keyboard: Tab into its group, then the arrow keys to it or Space on it. */
    default void pick(String css) {
        until(css + " present", "(css) => document.querySelector(css) !== null", css);
        String group = String.valueOf(js("(css) => { const r = document.querySelector(css);"
                + " return '#' + r.form.id + ' input[type=radio][name=\"' + r.name + '\"]'; }", css));
        tabTo(group);
        for (int i = 0; i < 5 && !focusedIs(css); i++) {
            keys(ARROW_DOWN);
        }
        if (!Boolean.TRUE.equals(js("(css) => document.querySelector(css).checked", css))) {
            keys(SPACE);
        }
        assertThat(js("(css) => document.querySelector(css).checked", css)).as(css + " checked").isEqualTo(true);
    }

    /** Shift+Tab (backward) until the element has the focus. */
    default void shiftTabTo(String css) {
        for (int i = 0; i < 80 && !focusedIs(css); i++) {
            shiftTab();
        }
        assertThat(focusedIs(css)).as("Shift+Tab reached " + css + " (focus on " + focus() + ")").isTrue();
    }

    /** Shift+Tab back to the view's menu entry and Enter: the view opens. */
    default void menu(String view) {
        shiftTabTo("#nav a[data-nav='" + view + "']");
        keys(ENTER);
        until("the " + view + " view", "(v) => location.hash.startsWith('#/' + v)", view);
    }

    /** Tab to a field and type into it (what it held is replaced). */
    default void fill(String css, String text) {
        tabTo(css);
        js("(css) => document.querySelector(css).select?.()", css);
        keys(text);
    }

    /** Tab to a control and press Enter. */
    default void press(String css) {
        tabTo(css);
        keys(ENTER);
    }

    /** A date field (typing into one depends on the locale's field order): set, then announced. */
    default void date(String css, String iso) {
        js("(css, v) => { const e = document.querySelector(css); e.value = v; e.dispatchEvent(new Event('change', {bubbles: true})); }", css, iso);
    }

    default void choose(String css, String value) {
        js("(css, v) => { const s = document.querySelector(css); s.value = v; s.dispatchEvent(new Event('change', {bubbles: true})); }", css, value);
    }

    /** Signs in from the keyboard on the sign-in page and waits for the header to name the user. */
    default void signIn(String user, String password) {
        go("#/login");
        until("the sign-in form", "() => document.getElementById('login-name') !== null");
        fill("#login-name", user);
        fill("#login-password", password);
        keys(ENTER);
        until("signed in as " + user, "(n) => document.getElementById('who-name').textContent.includes(n)", user);
    }

    /**
     * Signed out, in the language ({@code en} or {@code zh-CN}) as the switch remembers it. The
     * explorer has loaded (its modules and texts) before the page is reloaded: a reload during the
     * first load would abort its fetches.
     */
    default void language(String code) {
        go("#/login");
        until("the sign-in form", "() => document.getElementById('login-name') !== null");
        js("(c) => { sessionStorage.clear(); localStorage.setItem('credlink.lang', c); }", code);
        reload();
        until("the page in " + code, "(c) => document.documentElement.lang === c && document.getElementById('login-name') !== null", code);
    }

    /**
     * In Chinese, the element's Han characters are drawn with real glyphs (han-glyphs.js, judged by
     * {@link LanguagePages#assertHanRendered}); in Firefox also no glyph as wide as the box of a
     * missing one (Chromium draws that box one em wide too, so there the pixels tell).
     */
    @SuppressWarnings("unchecked")
    default void assertHanRendered(String css) {
        until(css + " present", "(css) => document.querySelector(css) !== null", css);
        Map<String, Object> m = (Map<String, Object>) js(LanguagePages.script("han-glyphs.js"), css);
        LanguagePages.assertHanRendered(css + " in " + engine(), m, isFirefox());
    }

    static Page of(Browser b) {
        return new Page() {
            public void go(String hash) {
                b.go(hash);
            }

            public void reload() {
                b.driver.navigate().refresh();
            }

            public Object js(String function, Object... args) {
                Object v = ((JavascriptExecutor) b.driver).executeAsyncScript(
                        "const done = arguments[arguments.length - 1]; const args = [...arguments].slice(0, -1);"
                                + "Promise.resolve((" + function + "\n)(...args)).then((v) => done(v === undefined ? null : v), (e) => done('ERROR ' + e));",
                        args);
                return v instanceof Long l ? (double) l : v;
            }

            public void until(Duration wait, String description, String predicate, Object... args) {
                new WebDriverWait(b.driver, wait).withMessage(description)
                        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                                "try { return (" + predicate + "\n)(...arguments); } catch (e) { return false; }", args)));
            }

            public void keys(String... keys) {
                b.keys(keys);
            }

            public void shiftTab() {
                b.shiftTab();
            }

            public Path downloads() {
                return b.downloads;
            }

            public void waitFor(String description, BooleanSupplier condition) {
                new WebDriverWait(b.driver, Browser.WAIT).withMessage(description).until(d -> condition.getAsBoolean());
            }

            public void axe(String where) {
                Axe.check(b, where);
            }

            public String engine() {
                return "Chromium";
            }

            public boolean isFirefox() {
                return false;
            }
        };
    }

    static Page of(Firefox f) {
        return new Page() {
            public void go(String hash) {
                f.go(hash);
            }

            public void reload() {
                f.reload();
            }

            public Object js(String function, Object... args) {
                return f.call(function, args);
            }

            public void until(Duration wait, String description, String predicate, Object... args) {
                String guarded = "(...a) => { try { return (" + predicate + "\n)(...a); } catch (e) { return false; } }";
                try {
                    f.untilTrue(description, () -> {
                        try {
                            return Boolean.TRUE.equals(f.call(guarded, args));
                        } catch (IllegalStateException | Firefox.BidiError e) {
                            return false; // the realm went away with a navigation
                        }
                    }, wait);
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "; focus on " + f.text("() => document.activeElement?.outerHTML.slice(0, 200)")
                            + "; status: " + f.text("() => document.getElementById('status')?.textContent")
                            + "; page: " + f.text("() => document.getElementById('view')?.innerText.slice(0, 1500)")
                            + "; errors: " + f.takePageErrors(), e);
                }
            }

            public void keys(String... keys) {
                f.keys(keys);
            }

            public void shiftTab() {
                f.shiftTab();
            }

            public Path downloads() {
                return f.downloads;
            }

            public void waitFor(String description, BooleanSupplier condition) {
                f.untilTrue(description, condition);
            }

            public void axe(String where) {
                Axe.check(f, where);
            }

            public String engine() {
                return "Firefox " + f.version;
            }

            public boolean isFirefox() {
                return true;
            }
        };
    }
}

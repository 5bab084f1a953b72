package io.credlink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The keys {@link Firefox} sends activate buttons, on a page of its own (no application): a
 * lone button with a click listener, reached with Tab, must be clicked by Enter, Return and
 * Space. Firefox started on about:blank failed this (the focus stayed in its address bar, and
 * Gecko activates a button from the keyboard only when the window has the focus) while Enter on
 * a link still worked, so the link is checked too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirefoxKeyboardTest {

    private static final String PAGE = """
            <!doctype html><meta charset="utf-8"><title>keys</title>
            <input id="before" aria-label="before"><button type="button" id="b">Go</button><a id="l" href="#linked">link</a>
            <script>
              window.clicks = [];
              document.getElementById('b').addEventListener('click', () => clicks.push('b'));
              document.getElementById('l').addEventListener('click', (e) => { e.preventDefault(); clicks.push('l'); });
            </script>""";

    Firefox ff;

    @BeforeAll
    void start() throws IOException {
        ff = Firefox.open(0, 800, 600);
    }

    @AfterAll
    void stop() throws IOException {
        if (ff != null) {
            ff.close();
        }
    }

    @BeforeEach
    void load() {
        ff.navigate("data:text/html;charset=utf-8," + URLEncoder.encode(PAGE, StandardCharsets.UTF_8).replace("+", "%20"));
        ff.call("() => document.getElementById('before').focus()");
        ff.keys(Firefox.TAB);
        assertThat(ff.focused()).isEqualTo("#b");
        assertThat(ff.call("() => document.hasFocus()")).isEqualTo(true);
    }

    @Test
    void enterReturnAndSpaceClickTheFocusedButton() {
        ff.keys(Firefox.ENTER);
        ff.until("a click from Enter", "() => clicks.length === 1");
        ff.keys(Firefox.RETURN);
        ff.until("a click from Return", "() => clicks.length === 2");
        ff.keys(Firefox.SPACE);
        ff.until("a click from Space", "() => clicks.length === 3");
        assertThat(ff.call("() => clicks")).isEqualTo(List.of("b", "b", "b"));
    }

    @Test
    void enterFollowsTheFocusedLink() {
        ff.keys(Firefox.TAB);
        assertThat(ff.focused()).isEqualTo("#l");
        ff.keys(Firefox.ENTER);
        ff.until("a click from Enter", "() => clicks.length === 1");
        assertThat(ff.call("() => clicks")).isEqualTo(List.of("l"));
    }
}

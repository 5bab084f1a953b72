package io.credlink.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opentest4j.AssertionFailedError;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Headless Firefox driven over WebDriver BiDi, which Firefox speaks itself: no geckodriver.
 * Firefox is started with {@code --remote-debugging-port=0} on a fresh profile, prints the
 * websocket address on stderr, and this client opens a BiDi-only session on it
 * ({@code ws://127.0.0.1:PORT/session}). Only what the explorer tests need: navigate, run a
 * function in the page, real key and pointer input, screenshots, downloads (profile prefs), and
 * the page's JavaScript errors (log.entryAdded).
 *
 * <p>Looks for {@code FIREFOX_BIN} or {@code firefox-esr} / {@code firefox} on the PATH. Without
 * it the test is skipped with a message, unless the environment variable {@code CI} is set: then
 * it fails, like the Chromium tests.
 */
public final class Firefox implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration START = Duration.ofSeconds(90);
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The page Firefox starts on: any non-blank one, so that the content has the focus. */
    static final String START_PAGE = "data:text/html,credlink";

    /** WebDriver key codes (the spec's table of normalised keys). */
    static final String TAB = "\uE004", ENTER = "\uE007", RETURN = "\uE006", SHIFT = "\uE008", ESCAPE = "\uE00C", SPACE = " ",
            ARROW_DOWN = "\uE015", ARROW_UP = "\uE013", BACKSPACE = "\uE003", CONTROL = "\uE009";

    final String base;
    final Path downloads;
    public final String version;
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private String context;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> pageErrors = new CopyOnWriteArrayList<>();

    private Firefox(String base, Path downloads, String version, Process process, Path profile, WebSocket socket) {
        this.base = base;
        this.downloads = downloads;
        this.version = version;
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Firefox on http://localhost:port with a viewport of width x height, or a skipped test (a failure in CI). */
    public static Firefox open(int port, int width, int height) throws IOException {
        Optional<Path> binary = binary();
        String missing = "the Firefox browser test needs firefox-esr (Debian: apt-get install firefox-esr); found none";
        if (binary.isEmpty() && System.getenv("CI") != null) {
            throw new IllegalStateException(missing + " — CI is set, so this is a failure, not a skip");
        }
        assumeTrue(binary.isPresent(), missing);

        Path profile = Files.createTempDirectory("credlink-firefox-profile");
        Path downloads = Files.createTempDirectory("credlink-firefox-downloads");
        Files.writeString(profile.resolve("user.js"), prefs(downloads), StandardCharsets.UTF_8);
        String version = new String(new ProcessBuilder(binary.get().toString(), "--version").redirectErrorStream(true)
                .start().getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();

        // Not about:blank: Firefox puts the focus into its address bar on a blank start page, and
        // a later navigation does not take it back, so the document never has the focus
        // (document.hasFocus() is false). Keys still reach the focused element, but Gecko only
        // activates a button with Enter or Space when it is the focus manager's focused element:
        // buttons would ignore the keyboard while links and forms still work.
        ProcessBuilder pb = new ProcessBuilder(binary.get().toString(), "--headless", "--remote-debugging-port=0",
                "--profile", profile.toString(), "--no-remote", "--new-instance", START_PAGE);
        pb.environment().put("MOZ_HEADLESS", "1");
        pb.environment().put("LANG", "en_GB.UTF-8");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = pb.start();
        CompletableFuture<String> address = new CompletableFuture<>();
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null;) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        address.complete(m.group(1));
                    } else if (!address.isDone()) {
                        synchronized (log) {
                            log.append(line).append('\n');
                        }
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            address.completeExceptionally(new IllegalStateException("Firefox ended before it listened:\n" + log));
        }, "firefox-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            String ws = address.get(START.toSeconds(), TimeUnit.SECONDS);
            return connect(ws, "http://localhost:" + port, downloads, version, process, profile, width, height);
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            process.destroyForcibly();
            deleteTree(profile);
            deleteTree(downloads);
            throw new IllegalStateException("could not start Firefox (" + binary.get() + ")", e);
        }
    }

    private static Firefox connect(String ws, String base, Path downloads, String version, Process process, Path profile,
            int width, int height) throws InterruptedException, ExecutionException, TimeoutException {
        // a BiDi-only session: the client talks to Firefox's own remote agent, no driver in between
        Listener listener = new Listener();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create(ws + "/session"), listener).get(30, TimeUnit.SECONDS);
        Firefox ff = new Firefox(base, downloads, version, process, profile, socket);
        listener.owner = ff;
        ObjectNode capabilities = JSON.createObjectNode();
        capabilities.putObject("capabilities").putObject("alwaysMatch").put("acceptInsecureCerts", false);
        ff.command("session.new", capabilities);
        ObjectNode subscribe = JSON.createObjectNode();
        subscribe.putArray("events").add("log.entryAdded");
        ff.command("session.subscribe", subscribe);
        JsonNode tree = ff.command("browsingContext.getTree", JSON.createObjectNode());
        ff.context = tree.get("contexts").get(0).get("context").asString();
        ObjectNode viewport = JSON.createObjectNode().put("context", ff.context);
        viewport.putObject("viewport").put("width", width).put("height", height);
        viewport.put("devicePixelRatio", 1);
        ff.command("browsingContext.setViewport", viewport);
        // keys typed into a window without the focus would reach elements but not activate buttons
        if (!Boolean.TRUE.equals(ff.call("() => document.hasFocus()"))) {
            throw new IllegalStateException("the Firefox window does not have the focus: buttons would ignore Enter and Space");
        }
        return ff;
    }

    private static String prefs(Path downloads) {
        Map<String, Object> p = new LinkedHashMap<>();
        // downloads (PNG export, CSV) go to a known folder without a dialog
        p.put("browser.download.folderList", 2);
        p.put("browser.download.dir", downloads.toAbsolutePath().toString());
        p.put("browser.download.useDownloadDir", true);
        p.put("browser.download.always_ask_before_handling_new_types", false);
        p.put("browser.download.start_downloads_in_tmp_dir", false);
        p.put("browser.download.alwaysOpenPanel", false);
        p.put("browser.helperApps.neverAsk.saveToDisk", "image/png,text/csv");
        p.put("intl.accept_languages", "en-GB");
        // one profile serves a whole test class: remembered form entries would open a suggestion
        // list under a field typed in again, and the next Enter would close it instead of pressing
        p.put("browser.formfill.enable", false);
        // the machine has no network but the registries: keep Firefox from calling home
        p.put("app.update.disabledForTesting", true);
        p.put("browser.shell.checkDefaultBrowser", false);
        p.put("browser.startup.homepage_override.mstone", "ignore");
        p.put("datareporting.policy.dataSubmissionEnabled", false);
        p.put("toolkit.telemetry.reportingpolicy.firstRun", false);
        p.put("network.captive-portal-service.enabled", false);
        p.put("network.connectivity-service.enabled", false);
        p.put("browser.safebrowsing.malware.enabled", false);
        p.put("browser.safebrowsing.phishing.enabled", false);
        p.put("extensions.update.enabled", false);
        p.put("layout.css.devPixelsPerPx", "1.0");
        StringBuilder out = new StringBuilder();
        p.forEach((k, v) -> out.append("user_pref(\"").append(k).append("\", ")
                .append(v instanceof String s ? JSON.writeValueAsString(s) : String.valueOf(v)).append(");\n"));
        return out.toString();
    }

    /** Whether a Firefox binary is there (for optional uses such as the screenshots). */
    static boolean available() {
        return binary().isPresent();
    }

    private static Optional<Path> binary() {
        String configured = System.getenv("FIREFOX_BIN");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        List<String> dirs = Arrays.asList(Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator));
        for (String name : List.of("firefox-esr", "firefox")) {
            for (String dir : dirs) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    // ---- the protocol

    /** Sends one command and answers its result; a BiDi error is an exception. */
    JsonNode command(String method, ObjectNode params) {
        long id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        synchronized (socket) {
            socket.sendText(JSON.writeValueAsString(message), true).join();
        }
        JsonNode answer;
        try {
            answer = reply.get(WAIT.toSeconds() * 2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } finally {
            pending.remove(id);
        }
        if ("error".equals(answer.path("type").asString())) {
            throw new BidiError(method, answer.path("error").asString(), answer.path("message").asString());
        }
        return answer.get("result");
    }

    static final class BidiError extends RuntimeException {
        final String error;

        BidiError(String method, String error, String message) {
            super(method + ": " + error + " — " + message);
            this.error = error;
        }
    }

    private void received(String text) {
        JsonNode m = JSON.readTree(text);
        if (m.has("id") && !m.get("id").isNull()) {
            CompletableFuture<JsonNode> f = pending.get(m.get("id").asLong());
            if (f != null) {
                f.complete(m);
            }
        } else if ("log.entryAdded".equals(m.path("method").asString())) {
            JsonNode p = m.get("params");
            // uncaught exceptions and console.error: a page that works makes neither
            if ("javascript".equals(p.path("type").asString()) || "error".equals(p.path("level").asString())) {
                pageErrors.add(p.path("text").asString() + " @ " + p.path("source").path("context").asString());
            }
        }
    }

    private static final class Listener implements WebSocket.Listener {
        volatile Firefox owner;
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (owner != null) {
                    owner.received(text);
                }
            }
            ws.request(1);
            return null;
        }
    }

    // ---- what the tests use

    /** Loads base + "/" + hash and waits until the document is complete. */
    void go(String hash) {
        ObjectNode p = JSON.createObjectNode().put("context", context).put("url", base + "/" + hash).put("wait", "complete");
        command("browsingContext.navigate", p);
    }

    /** Loads any address (a test's own data: page) and waits until the document is complete. */
    void navigate(String url) {
        command("browsingContext.navigate", JSON.createObjectNode().put("context", context).put("url", url).put("wait", "complete"));
    }

    /** Reloads the page and waits until the new document is complete. */
    void reload() {
        command("browsingContext.reload", JSON.createObjectNode().put("context", context).put("wait", "complete"));
    }

    /**
     * Runs a function in the page ({@code function (a, b) {...}} or an arrow) with string, number
     * or boolean arguments; promises are awaited. Answers the value as Java (String, Double,
     * Boolean, List, Map or null); a thrown error is an exception with its message.
     */
    Object call(String function, Object... args) {
        ObjectNode p = JSON.createObjectNode().put("functionDeclaration", function).put("awaitPromise", true);
        p.putObject("target").put("context", context);
        ArrayNode a = p.putArray("arguments");
        for (Object arg : args) {
            ObjectNode v = a.addObject();
            if (arg == null) {
                v.put("type", "null");
            } else if (arg instanceof Number n) {
                v.put("type", "number").put("value", n.doubleValue());
            } else if (arg instanceof Boolean b) {
                v.put("type", "boolean").put("value", b);
            } else {
                v.put("type", "string").put("value", arg.toString());
            }
        }
        JsonNode r = command("script.callFunction", p);
        if ("exception".equals(r.path("type").asString())) {
            throw new IllegalStateException("in the page: " + r.path("exceptionDetails").path("text").asString());
        }
        return value(r.get("result"));
    }

    private static Object value(JsonNode remote) {
        String type = remote.path("type").asString();
        JsonNode v = remote.get("value");
        switch (type) {
            case "string":
                return v.asString();
            case "number":
                return v.isNumber() ? v.asDouble() : Double.NaN;
            case "boolean":
                return v.asBoolean();
            case "array": {
                List<Object> out = new ArrayList<>();
                v.forEach(e -> out.add(value(e)));
                return out;
            }
            case "object": {
                Map<String, Object> out = new LinkedHashMap<>();
                v.forEach(pair -> out.put(pair.get(0).isString() ? pair.get(0).asString() : pair.get(0).toString(), value(pair.get(1))));
                return out;
            }
            default:
                return null; // undefined, null, nodes and the rest are not passed back
        }
    }

    String text(String function, Object... args) {
        return String.valueOf(call(function, args));
    }

    /** Waits until a page function answers true (a navigation in between is waited out). */
    void until(String description, String predicate, Object... args) {
        untilTrue(description, () -> {
            try {
                return Boolean.TRUE.equals(call(predicate, args));
            } catch (IllegalStateException | BidiError e) {
                return false; // the realm went away with a navigation, or the view is still being built
            }
        });
    }

    /** Waits until the condition holds, polling like Selenium's WebDriverWait (never a fixed sleep). */
    void untilTrue(String description, BooleanSupplier condition) {
        untilTrue(description, condition, WAIT);
    }

    /** The same with a longer wait, for what a loaded machine may take longer to answer. */
    void untilTrue(String description, BooleanSupplier condition, Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new AssertionFailedError("Firefox: timed out after " + wait.toSeconds() + " s waiting for " + description
                        + " (at " + text("() => location.href") + ")");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Waits for an element that is displayed (has a box). */
    void visible(String css) {
        until(css + " visible", "(css) => { const e = document.querySelector(css); return !!e && e.getClientRects().length > 0; }", css);
    }

    /** A real mouse click (move, press, release) at the middle of the element, scrolled into view. */
    void click(String css) {
        visible(css);
        @SuppressWarnings("unchecked")
        List<Object> xy = (List<Object>) call("(css) => { const e = document.querySelector(css); e.scrollIntoView({block: 'center'});"
                + " const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }", css);
        clickAt(((Double) xy.get(0)), ((Double) xy.get(1)));
    }

    /** A real mouse click at viewport coordinates. */
    void clickAt(double x, double y) {
        ObjectNode p = JSON.createObjectNode().put("context", context);
        ObjectNode source = p.putArray("actions").addObject().put("type", "pointer").put("id", "mouse");
        source.putObject("parameters").put("pointerType", "mouse");
        ArrayNode a = source.putArray("actions");
        a.addObject().put("type", "pointerMove").put("x", (int) Math.round(x)).put("y", (int) Math.round(y)).put("origin", "viewport");
        a.addObject().put("type", "pointerDown").put("button", 0);
        a.addObject().put("type", "pointerUp").put("button", 0);
        command("input.performActions", p);
    }

    /** Moves the mouse to viewport coordinates (hover). */
    void moveTo(double x, double y) {
        ObjectNode p = JSON.createObjectNode().put("context", context);
        ObjectNode source = p.putArray("actions").addObject().put("type", "pointer").put("id", "mouse");
        source.putObject("parameters").put("pointerType", "mouse");
        source.putArray("actions").addObject().put("type", "pointerMove").put("x", (int) Math.round(x)).put("y", (int) Math.round(y))
                .put("origin", "viewport");
        command("input.performActions", p);
    }

    /**
     * Presses keys as a person would: each argument is either a key code of this class (TAB,
     * ENTER...) or text, typed one character at a time (any script, CJK included).
     */
    void keys(String... keys) {
        ObjectNode p = JSON.createObjectNode().put("context", context);
        ObjectNode source = p.putArray("actions").addObject().put("type", "key").put("id", "keyboard");
        ArrayNode a = source.putArray("actions");
        for (String k : keys) {
            k.codePoints().forEach(cp -> {
                String c = new String(Character.toChars(cp));
                a.addObject().put("type", "keyDown").put("value", c);
                a.addObject().put("type", "keyUp").put("value", c);
            });
        }
        command("input.performActions", p);
    }

    /** Shift+Tab. */
    void shiftTab() {
        ObjectNode p = JSON.createObjectNode().put("context", context);
        ArrayNode a = p.putArray("actions").addObject().put("type", "key").put("id", "keyboard").putArray("actions");
        a.addObject().put("type", "keyDown").put("value", SHIFT);
        a.addObject().put("type", "keyDown").put("value", TAB);
        a.addObject().put("type", "keyUp").put("value", TAB);
        a.addObject().put("type", "keyUp").put("value", SHIFT);
        command("input.performActions", p);
    }

    /** Clicks into a text field, empties it and types the text. */
    void type(String css, String text) {
        click(css);
        call("(css) => { const e = document.querySelector(css); e.select(); }", css);
        keys(BACKSPACE, text);
    }

    /** Sets a date input (typing into one depends on the locale's field order), as the Chromium tests do. */
    void setDate(String css, String isoDate) {
        visible(css);
        call("(css, v) => { document.querySelector(css).value = v; }", css, isoDate);
    }

    /** Picks an option of a select by value and fires change, as choosing it with the mouse does. */
    void select(String css, String value) {
        visible(css);
        call("(css, v) => { const s = document.querySelector(css); s.value = v; s.dispatchEvent(new Event('change', {bubbles: true})); }",
                css, value);
    }

    /** The id (or tag and text) of the focused element. */
    String focused() {
        return text("() => { const e = document.activeElement; if (!e) return ''; if (e.id) return '#' + e.id;"
                + " return e.tagName.toLowerCase() + ':' + (e.textContent || '').trim().slice(0, 40); }");
    }

    /** Waits until a graph container has drawn its elements (as Browser.graphReady). */
    void graphReady() {
        visible("#cy[data-ready='true'] canvas");
    }

    byte[] screenshot() {
        ObjectNode p = JSON.createObjectNode().put("context", context).put("origin", "viewport");
        return Base64.getDecoder().decode(command("browsingContext.captureScreenshot", p).get("data").asString());
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, screenshot());
    }

    /** The JavaScript errors of the page so far (uncaught exceptions, console.error); clears them. */
    public List<String> takePageErrors() {
        List<String> out = new ArrayList<>(pageErrors);
        pageErrors.clear();
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            try {
                command("browser.close", JSON.createObjectNode());
            } catch (RuntimeException e) {
                // the connection closes as Firefox quits: an answer may not come
            }
            socket.abort();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            deleteTree(profile);
            deleteTree(downloads);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}

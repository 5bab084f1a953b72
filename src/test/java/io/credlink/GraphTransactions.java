package io.credlink;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.Query;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import io.credlink.graph.CypherCatalog;

/**
 * The graph transactions the application opens while it serves an HTTP request, each with its
 * access mode: the application's {@link Driver} bean is wrapped so that every transaction it
 * begins is seen where its mode is decided — a session's auto-commit {@code run} and
 * {@code beginTransaction} (Spring's transactions) in the session's default mode,
 * {@code executeRead}/{@code executeWrite} in theirs, an {@code executableQuery} in its routing.
 * A transaction is attributed to the request whose thread opened it ({@link #serving}, set by
 * {@link GraphTransactionsFilter} for a request carrying {@link #CALL_HEADER}); work on other
 * threads (the audit journal's replay into the graph, listeners after commit, recomputations) is
 * not the request's own and is not attributed. With an external server the same driver bean is
 * wrapped, so the count is the same in both modes of {@link TestNeo4j}.
 *
 * <p>The queries (each a RUN message: {@code session.run}, {@code run} in an explicit or a managed
 * transaction, an {@code executableQuery}; Spring Data Neo4j's {@code Neo4jClient} ends in one of
 * these) are counted the same way, each with the Cypher file the catalog names it by and the
 * application class that ran it ({@link Ran}).
 */
@Component
public class GraphTransactions implements BeanPostProcessor {

    /** The header naming a call whose transactions are kept. */
    public static final String CALL_HEADER = "X-Test-Graph-Call";

    /**
     * One transaction opened while serving {@code call}: its mode, whether it starts from the
     * bookmarks the application shares ({@code GraphSessions}, {@code executableQuery}, Spring Data
     * Neo4j's transactions), how it was opened, and from where.
     */
    public record Opened(String call, AccessMode mode, boolean chained, String how, String thread,
            List<StackTraceElement> where) {

        /** Where in the application it was opened: its first frames outside the driver, Spring and this class. */
        public String origin() {
            return where.stream()
                    .filter(f -> f.getClassName().startsWith("io.credlink.")
                            && !f.getClassName().startsWith(GraphTransactions.class.getName())
                            && !f.getClassName().startsWith(GraphTransactionsFilter.class.getName()))
                    .limit(4).map(f -> f.getClassName().substring("io.credlink.".length()) + "." + f.getMethodName()
                            + ":" + f.getLineNumber())
                    .collect(Collectors.joining(" < "));
        }

        @Override
        public String toString() {
            return mode + (chained ? "" : " (unchained)") + " " + how + " at " + origin();
        }
    }

    /**
     * One query run while serving {@code call}: the name of its Cypher file ({@code module/verbObject};
     * a template's name when its placeholders were filled in; else {@code inline: } and its first
     * line), and where in the application it was run.
     */
    public record Ran(String call, String query, String thread, List<StackTraceElement> where) {

        /** The application class and method that ran it (its first frame outside the driver, Spring and this class). */
        public String origin() {
            return where.stream().filter(GraphTransactions::applicationFrame).findFirst()
                    .map(f -> f.getClassName().substring("io.credlink.".length()) + "." + f.getMethodName())
                    .orElse("?");
        }

        @Override
        public String toString() {
            return query + " from " + origin();
        }
    }

    /** What serving one call cost the graph: its transactions and its queries. */
    public record Served(List<Opened> transactions, List<Ran> queries) {
    }

    private static boolean applicationFrame(StackTraceElement f) {
        return f.getClassName().startsWith("io.credlink.")
                && !f.getClassName().startsWith(GraphTransactions.class.getName())
                && !f.getClassName().startsWith(GraphTransactionsFilter.class.getName());
    }

    private static final ThreadLocal<String> SERVING = new ThreadLocal<>();

    private final Map<String, List<Opened>> byCall = new ConcurrentHashMap<>();
    private final Map<String, List<Ran>> queriesByCall = new ConcurrentHashMap<>();
    /** Cypher file names by text and by first line (a filled-in template keeps its header), read on first use. */
    private volatile Map<String, String> names;
    private final Set<String> finished = ConcurrentHashMap.newKeySet();

    /** Runs {@code work} as the thread's part in serving {@code call}; its transactions are kept under it. */
    public <T, E extends Exception> T serving(String call, Work<T, E> work) throws E {
        String outer = enter(call);
        try {
            return work.run();
        } finally {
            leave(call, outer, true);
        }
    }

    /** The thread starts serving {@code call}; returns what it served before (null: nothing). */
    String enter(String call) {
        String outer = SERVING.get();
        SERVING.set(call);
        byCall.computeIfAbsent(call, c -> new CopyOnWriteArrayList<>());
        queriesByCall.computeIfAbsent(call, c -> new CopyOnWriteArrayList<>());
        return outer;
    }

    /** The thread is done with {@code call} (and the call with it when {@code done}: no further dispatch). */
    void leave(String call, String outer, boolean done) {
        if (outer == null) {
            SERVING.remove();
        } else {
            SERVING.set(outer);
        }
        if (done) {
            finished.add(call);
        }
    }

    /** Work that may throw a checked exception (a filter chain). */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * The transactions opened while serving {@code call}, once the serving thread is done with it
     * (an answer can reach the client before its thread has left the filters), then forgotten.
     */
    public List<Opened> takeOpened(String call, Duration wait) {
        return take(call, wait).transactions();
    }

    /** The transactions and the queries of {@code call}, once its serving thread is done with it, then forgotten. */
    public Served take(String call, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!finished.contains(call)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("call " + call + " was not served (or not finished) within " + wait
                        + ": did the request carry " + CALL_HEADER + "?");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        finished.remove(call);
        List<Opened> opened = byCall.remove(call);
        List<Ran> ran = queriesByCall.remove(call);
        return new Served(opened == null ? List.of() : List.copyOf(opened), ran == null ? List.of() : List.copyOf(ran));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof Driver driver && !(Proxy.isProxyClass(bean.getClass())
                && Proxy.getInvocationHandler(bean) instanceof CountingDriver)) {
            return proxy(Driver.class, new CountingDriver(driver));
        }
        return bean;
    }

    private void opened(AccessMode mode, boolean chained, String how) {
        String call = SERVING.get();
        if (call == null) {
            return;
        }
        List<StackTraceElement> where = Arrays.asList(new Throwable().getStackTrace());
        byCall.computeIfAbsent(call, c -> new CopyOnWriteArrayList<>())
                .add(new Opened(call, mode, chained, how, Thread.currentThread().getName(), where));
    }

    private void ran(Object query) {
        String call = SERVING.get();
        if (call == null) {
            return;
        }
        String text = query instanceof Query q ? q.text() : String.valueOf(query);
        List<StackTraceElement> where = Arrays.asList(new Throwable().getStackTrace());
        queriesByCall.computeIfAbsent(call, c -> new CopyOnWriteArrayList<>())
                .add(new Ran(call, nameOf(text), Thread.currentThread().getName(), where));
    }

    /** The catalog's name of a query text, or of the template it was filled in from (same first line). */
    String nameOf(String text) {
        Map<String, String> known = names;
        if (known == null) {
            Map<String, String> byText = new ConcurrentHashMap<>();
            Map<String, String> byFirstLine = new java.util.HashMap<>();
            Set<String> shared = new java.util.HashSet<>();
            new CypherCatalog().all().forEach((name, cypher) -> {
                byText.put(cypher.strip(), name);
                String first = firstLine(cypher);
                if (byFirstLine.putIfAbsent(first, name) != null) {
                    shared.add(first);
                }
            });
            shared.forEach(byFirstLine::remove);
            byFirstLine.forEach((first, name) -> byText.putIfAbsent("\u0000" + first, name));
            known = byText;
            names = known;
        }
        String name = known.get(text.strip());
        if (name == null) {
            name = known.get("\u0000" + firstLine(text));
        }
        return name != null ? name : "inline: " + firstLine(text);
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return (end < 0 ? stripped : stripped.substring(0, end)).strip();
    }

    /** Spring Data Neo4j passes the shared bookmarks itself (its bookmark manager bean is the driver's). */
    private static boolean openedBySpringData() {
        for (StackTraceElement frame : new Throwable().getStackTrace()) {
            if (frame.getClassName().startsWith("org.springframework.data.neo4j.")) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The driver: wraps the sessions and executable queries it hands out. */
    private final class CountingDriver implements InvocationHandler {

        private final Driver target;

        CountingDriver(Driver target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            Object result = GraphTransactions.invoke(target, method, args);
            if (method.getName().equals("session")) {
                SessionConfig config = SessionConfig.defaultConfig();
                for (Object arg : args == null ? new Object[0] : args) {
                    if (arg instanceof SessionConfig c) {
                        config = c;
                    }
                }
                // looked at only while a call is served: the wrapper runs under every test
                boolean chained = SERVING.get() == null
                        || config.bookmarkManager().orElse(null) == target.executableQueryBookmarkManager()
                        || openedBySpringData();
                if (result instanceof Session session) {
                    return proxy(Session.class, new CountingSession(session, config.defaultAccessMode(), chained));
                }
                // an async or reactive session: its transactions are not seen, which a walk must not take for none
                opened(null, false, "a " + result.getClass().getSimpleName() + " (not counted)");
                return result;
            }
            if (result instanceof ExecutableQuery query) {
                return proxy(ExecutableQuery.class, new CountingQuery(query, QueryConfig.defaultConfig(),
                        target.executableQueryBookmarkManager(), args[0]));
            }
            return result;
        }
    }

    /** A session: each transaction in the mode it is opened in. */
    private final class CountingSession implements InvocationHandler {

        private final Session target;
        private final AccessMode defaultMode;
        private final boolean chained;

        CountingSession(Session target, AccessMode defaultMode, boolean chained) {
            this.target = target;
            this.defaultMode = defaultMode;
            this.chained = chained;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (name.equals("run")) {
                opened(defaultMode, chained, "session.run (auto-commit)");
                ran(args[0]);
            } else if (name.equals("beginTransaction")) {
                opened(defaultMode, chained, "session.beginTransaction");
                Object tx = GraphTransactions.invoke(target, method, args);
                return tx instanceof Transaction t ? proxy(Transaction.class, new CountingRunner(t)) : tx;
            } else if (name.startsWith("executeRead") || name.equals("readTransaction")) {
                opened(AccessMode.READ, chained, "session." + name);
                countingWork(args);
            } else if (name.startsWith("executeWrite") || name.equals("writeTransaction")) {
                opened(AccessMode.WRITE, chained, "session." + name);
                countingWork(args);
            }
            return GraphTransactions.invoke(target, method, args);
        }

        /** The managed transaction's work sees a context that counts the queries it runs. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private void countingWork(Object[] args) {
            if (args == null || args.length == 0) {
                return;
            }
            if (args[0] instanceof TransactionCallback callback) {
                args[0] = (TransactionCallback<Object>) tx -> callback.execute(counting(tx));
            } else if (args[0] instanceof Consumer consumer) {
                args[0] = (Consumer<TransactionContext>) tx -> consumer.accept(counting(tx));
            }
        }

        private TransactionContext counting(TransactionContext tx) {
            return proxy(TransactionContext.class, new CountingRunner(tx));
        }
    }

    /** An explicit or a managed transaction: each {@code run} is a query of the transaction counted with it. */
    private final class CountingRunner implements InvocationHandler {

        private final Object target;

        CountingRunner(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (method.getName().equals("run")) {
                ran(args[0]);
            }
            return GraphTransactions.invoke(target, method, args);
        }
    }

    /** An executable query: one managed transaction, routed as its configuration says (WRITE by default). */
    private final class CountingQuery implements InvocationHandler {

        private final ExecutableQuery target;
        private final QueryConfig config;
        private final BookmarkManager shared;
        private final Object text;

        CountingQuery(ExecutableQuery target, QueryConfig config, BookmarkManager shared, Object text) {
            this.target = target;
            this.config = config;
            this.shared = shared;
            this.text = text;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (name.equals("execute")) {
                opened(config.routing() == RoutingControl.READ ? AccessMode.READ : AccessMode.WRITE,
                        config.bookmarkManager(shared).orElse(null) == shared,
                        "executableQuery (" + config.routing() + ")");
                ran(text);
            }
            Object result = GraphTransactions.invoke(target, method, args);
            if (result instanceof ExecutableQuery next) {
                QueryConfig nextConfig = name.equals("withConfig") ? (QueryConfig) args[0] : config;
                return proxy(ExecutableQuery.class, new CountingQuery(next, nextConfig, shared, text));
            }
            return result;
        }
    }
}

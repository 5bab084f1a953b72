package io.credlink.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.BeanFactoryTransactionAttributeSourceAdvisor;
import org.springframework.transaction.support.TransactionTemplate;

import io.credlink.CredLinkTest;

/**
 * A write that loses a deadlock is run again, whichever way it is transacted: the driver's
 * managed transactions, the application's {@code TransactionTemplate} and {@code @Transactional}
 * methods. Two writers lock two nodes in opposite orders, each waiting until the other holds its
 * first lock, so the server must fail one of them with a transient error; both writes end up
 * applied and the loser's body ran twice.
 */
@CredLinkTest
class TransientRetryTest {

    @Autowired
    Driver driver;

    @Autowired
    Neo4jClient client;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    String prefix;

    @BeforeEach
    void nodes() {
        prefix = "RETRY-" + System.nanoTime() + "-";
        driver.executableQuery("CREATE (:RetryProbe {k: $p + 'a', n: 0}), (:RetryProbe {k: $p + 'b', n: 0})")
                .withParameters(Map.of("p", prefix)).execute();
    }

    @AfterEach
    void clean() {
        driver.executableQuery("MATCH (n:RetryProbe) DETACH DELETE n").execute();
    }

    @Test
    void driverManagedTransactionsRetryADeadlock() {
        CrossedWriters writers = new CrossedWriters();
        writers.run(forward -> {
            try (Session session = driver.session()) {
                session.executeWriteWithoutResult(tx -> writers.body(forward,
                        k -> tx.run(INCREMENT, Map.of("k", prefix + k)).consume()));
            }
        });
        assertBothWritesAppliedAfterOneRetry(writers);
    }

    @Test
    void theApplicationsTransactionTemplateRetriesADeadlock() {
        CrossedWriters writers = new CrossedWriters();
        writers.run(forward -> transactions.executeWithoutResult(status -> writers.body(forward, this::increment)));
        assertBothWritesAppliedAfterOneRetry(writers);
    }

    @Test
    void transactionalMethodsRetryADeadlock() {
        CrossedWriters writers = new CrossedWriters();
        Writer writer = advised(new Writer(writers, this::increment));
        writers.run(writer::write);
        assertBothWritesAppliedAfterOneRetry(writers);
    }

    /** The application's own @Transactional beans carry the retry, outside their transaction. */
    @Test
    void theApplicationsTransactionalBeansRetryOutsideTheirTransaction() {
        int advisedBeans = 0;
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            if (!(bean instanceof Advised advised)) {
                continue;
            }
            List<Advisor> advisors = List.of(advised.getAdvisors());
            int tx = indexOf(advisors, BeanFactoryTransactionAttributeSourceAdvisor.class);
            if (tx < 0 || !AopUtils.getTargetClass(bean).getName().startsWith("io.credlink.")) {
                continue;
            }
            int retry = advisors.indexOf(context.getBean("transientRetryAdvisor", Advisor.class));
            assertThat(retry).as("retry advisor of %s", name).isNotNegative().isLessThan(tx);
            advisedBeans++;
        }
        assertThat(advisedBeans).as("application beans with @Transactional methods").isPositive();
    }

    private static int indexOf(List<Advisor> advisors, Class<?> type) {
        for (int i = 0; i < advisors.size(); i++) {
            if (type.isInstance(advisors.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static final String INCREMENT = "MATCH (n:RetryProbe {k: $k}) SET n.n = n.n + 1";

    private void increment(String k) {
        client.query(INCREMENT).bind(prefix + k).to("k").run();
    }

    private void assertBothWritesAppliedAfterOneRetry(CrossedWriters writers) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        driver.executableQuery("MATCH (n:RetryProbe) WHERE n.k STARTS WITH $p RETURN n.k AS k, n.n AS n")
                .withParameters(Map.of("p", prefix)).execute().records()
                .forEach(r -> counts.put(r.get("k").asString().substring(prefix.length()), r.get("n").asLong()));
        assertThat(counts).isEqualTo(Map.of("a", 2L, "b", 2L));
        assertThat(writers.attempts).as("bodies run: two writers, one of them twice").hasValue(3);
    }

    /** A proxy with the context's advisors in their order, as the auto-proxy creator builds one. */
    @SuppressWarnings("unchecked")
    private <T> T advised(T target) {
        List<Advisor> advisors = new ArrayList<>(context.getBeansOfType(Advisor.class).values());
        AnnotationAwareOrderComparator.sort(advisors);
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        AopUtils.findAdvisorsThatCanApply(advisors, target.getClass()).forEach(factory::addAdvisor);
        return (T) factory.getProxy();
    }

    /** A @Transactional service method as application code writes one. */
    static class Writer {
        private final CrossedWriters writers;
        private final Consumer<String> increment;

        Writer(CrossedWriters writers, Consumer<String> increment) {
            this.writers = writers;
            this.increment = increment;
        }

        @Transactional
        public void write(boolean forward) {
            writers.body(forward, increment);
        }
    }

    /** Two writers that lock {@code a} and {@code b} in opposite orders. */
    static final class CrossedWriters {
        final AtomicInteger attempts = new AtomicInteger();
        private final CountDownLatch forwardHolds = new CountDownLatch(1);
        private final CountDownLatch backwardHolds = new CountDownLatch(1);

        void body(boolean forward, Consumer<String> increment) {
            attempts.incrementAndGet();
            increment.accept(forward ? "a" : "b");
            (forward ? forwardHolds : backwardHolds).countDown();
            await(forward ? backwardHolds : forwardHolds);
            increment.accept(forward ? "b" : "a");
        }

        void run(Consumer<Boolean> writer) {
            CompletableFuture<Void> forward = CompletableFuture.runAsync(() -> writer.accept(true));
            CompletableFuture<Void> backward = CompletableFuture.runAsync(() -> writer.accept(false));
            CompletableFuture.allOf(forward, backward).join();
        }

        private static void await(CountDownLatch latch) {
            try {
                // a bound against a hang, not a timing expectation: the other writer's first lock comes at once
                latch.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

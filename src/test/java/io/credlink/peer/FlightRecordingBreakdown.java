package io.credlink.peer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went while each question of {@code bench/peer.sh} was timed: reads a
 * flight recording of the service ({@code SERVER_JAVA_OPTS=-XX:StartFlightRecording=…}) and the
 * benchmark's output, whose {@code timed question=… from=… to=…} lines say when each CredLink
 * series ran, and prints per series the execution samples by thread group and by what the
 * sampled stack was doing (docs/benchmarks.md "Where each question's time goes").
 * <p>
 * {@code java -cp target/test-classes io.credlink.peer.FlightRecordingBreakdown server.jfr peer.log}
 */
public final class FlightRecordingBreakdown {

    private static final Pattern SERIES = Pattern.compile(
            "timed question=(\\S+) clients=(\\d+) side=credlink from=(\\S+) to=(\\S+)");

    /** What a sampled stack was doing, tested in this order against its frames' class names. */
    private static final String[][] ACTIVITIES = {
        {"Cypher parsing and AST rewriting", "org.neo4j.cypher.internal.ast", "org.neo4j.cypher.internal.rewriting",
            "org.neo4j.cypher.internal.frontend", "org.neo4j.cypher.internal.parser", "org.neo4j.cypher.internal.PreParser",
            "org.neo4j.cypher.internal.QueryCache", "org.neo4j.cypher.internal.compiler"},
        {"transaction commit and log", "org.neo4j.kernel.impl.api.TransactionCommitProcess",
            "org.neo4j.kernel.impl.transaction.log"},
        {"index seeks and store reads", "org.neo4j.kernel.impl.newapi", "org.neo4j.kernel.impl.index",
            "org.neo4j.internal.recordstorage", "org.neo4j.io.pagecache", "org.neo4j.kernel.api.impl"},
        {"Cypher runtime", "org.neo4j.cypher.internal.runtime", "org.neo4j.cypher.operations", "org.neo4j.values"},
        {"Bolt protocol (server)", "org.neo4j.bolt"},
        {"Neo4j driver (client)", "org.neo4j.driver", "io.netty"},
        {"audit journal", "io.credlink.access.internal.AuditJournal"},
        {"access filter and masking", "io.credlink.access"},
        {"JSON", "tools.jackson", "com.fasterxml.jackson"},
        {"security chain", "org.springframework.security"},
        {"CredLink code", "io.credlink"},
        {"Tomcat and Spring MVC", "org.apache.catalina", "org.apache.coyote", "org.apache.tomcat",
            "org.springframework.web", "org.springframework.http"},
    };

    private FlightRecordingBreakdown() {
    }

    record Series(String question, int clients, Instant from, Instant to) {
    }

    public static void main(String[] args) throws IOException {
        List<Series> series = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            Matcher m = SERIES.matcher(line);
            if (m.find()) {
                series.add(new Series(m.group(1), Integer.parseInt(m.group(2)), Instant.parse(m.group(3)),
                        Instant.parse(m.group(4))));
            }
        }
        List<Map<String, Integer>> threads = new ArrayList<>();
        List<Map<String, Integer>> activities = new ArrayList<>();
        List<Map<String, Integer>> frames = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            threads.add(new HashMap<>());
            activities.add(new HashMap<>());
            frames.add(new HashMap<>());
        }
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                Instant t = e.getStartTime();
                for (int i = 0; i < series.size(); i++) {
                    Series s = series.get(i);
                    if (!t.isBefore(s.from()) && t.isBefore(s.to())) {
                        String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                        RecordedStackTrace stack = e.getStackTrace();
                        threads.get(i).merge(group(thread), 1, Integer::sum);
                        activities.get(i).merge(activity(stack), 1, Integer::sum);
                        frames.get(i).merge(top(stack), 1, Integer::sum);
                    }
                }
            }
        }
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            int total = threads.get(i).values().stream().mapToInt(Integer::intValue).sum();
            double seconds = (s.to().toEpochMilli() - s.from().toEpochMilli()) / 1000.0;
            System.out.printf(Locale.ROOT, "%n== %s, %d client(s): %d samples in %.1f s%n", s.question(), s.clients(), total,
                    seconds);
            print("threads", threads.get(i), total, 8);
            print("doing", activities.get(i), total, 12);
            print("top frames", frames.get(i), total, 10);
        }
    }

    private static void print(String title, Map<String, Integer> counts, int total, int limit) {
        System.out.println("  " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(c -> System.out.printf(Locale.ROOT, "    %5.1f %%  %s%n", 100.0 * c.getValue() / Math.max(1, total),
                        c.getKey()));
    }

    private static String group(String thread) {
        if (thread.startsWith("http-nio")) {
            return "HTTP request threads";
        }
        if (thread.contains("BoltWorker") || thread.contains("bolt-worker") || thread.startsWith("neo4j.BoltWorker")) {
            return "Bolt workers (the DBMS)";
        }
        if (thread.contains("BoltNetworkIO") || thread.contains("bolt-network")) {
            return "Bolt network I/O (the DBMS)";
        }
        if (thread.contains("Neo4jDriverIO") || thread.contains("driver")) {
            return "driver I/O";
        }
        return thread.replaceAll("[-#]?\\d+$", "");
    }

    private static String activity(RecordedStackTrace stack) {
        if (stack == null) {
            return "?";
        }
        for (String[] activity : ACTIVITIES) {
            for (RecordedFrame f : stack.getFrames()) {
                String type = f.getMethod().getType().getName();
                for (int k = 1; k < activity.length; k++) {
                    if (type.startsWith(activity[k])) {
                        return activity[0];
                    }
                }
            }
        }
        return "other (JDK, GC barriers, unclassified)";
    }

    private static String top(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "?";
        }
        RecordedFrame f = stack.getFrames().get(0);
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}

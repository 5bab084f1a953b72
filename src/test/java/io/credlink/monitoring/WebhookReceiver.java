package io.credlink.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * A real webhook receiver on 127.0.0.1 (an ephemeral port): records every POST with its headers
 * and raw body, and answers the statuses queued with {@link #answer} first, then 200.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Call(String path, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
            calls.add(new Call(exchange.getRequestURI().getPath(), headers, body));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answer(int... statuses) {
        for (int s : statuses) {
            answers.add(s);
        }
    }

    /** The next call, waiting for it at most {@code max}; null when none came. */
    public Call next(Duration max) throws InterruptedException {
        return calls.poll(max.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int pending() {
        return calls.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

// Load generator of the request-floor benchmark (bench/floor.sh runs it with bench_java of
// bench/lib.sh: `FloorBench BASE_URL USER PASSWORD ENTITY_ID`). One client, one plain HTTP/1.1
// keep-alive socket (no client library: its own cost would hide the server's), requests one after
// another, to a CredLink on a loopback address only; every loop is bounded in count.
// For each kind of request: WARMUP (20000) untimed requests, then REQUESTS (5000) timed ones;
// prints p50 / p90 / p99 / max in ms, the wall-clock rate and the server's CPU per request (from
// /proc, with SERVER_PID).
//   env: WARMUP, REQUESTS, KINDS (comma-separated subset of the kinds below; all by default)

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

public class FloorBench {

    record Kind(String method, String path, String body, boolean authenticated, int expected) {
    }

    static URI base;
    static String auth;
    static Socket socket;
    static OutputStream out;
    static InputStream in;

    public static void main(String[] args) throws Exception {
        base = BenchEnv.loopback(args[0]);
        auth = BenchEnv.basicAuth(args[1], args[2]);
        String entity = args[3];
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("health (anonymous)", new Kind("GET", "/actuator/health/liveness", null, false, 200));
        kinds.put("unknown entity (404)", new Kind("GET", "/api/v1/entities/UNKNOWN-ENTITY", null, true, 404));
        kinds.put("black list, size=1", new Kind("GET", "/api/v1/lists/black?size=1", null, true, 200));
        kinds.put("entity look-up", new Kind("GET", "/api/v1/entities/" + entity, null, true, 200));
        kinds.put("counterparty check, 1 id", new Kind("POST", "/api/v1/counterparty-checks",
                "{\"ids\": [\"" + entity + "\"]}", true, 200));
        kinds.put("restrictions", new Kind("GET", "/api/v1/entities/" + entity + "/restrictions", null, true, 200));
        String only = System.getenv("KINDS");
        int warmup = BenchEnv.env("WARMUP", 20000);
        int requests = BenchEnv.env("REQUESTS", 5000);
        System.out.printf("%-26s %8s %8s %8s %8s %9s %12s%n", "request", "p50 ms", "p90 ms", "p99 ms", "max ms",
                "req/s", "server CPU");
        for (Map.Entry<String, Kind> k : kinds.entrySet()) {
            if (only != null && !only.isBlank() && Arrays.stream(only.split(",")).noneMatch(s -> k.getKey().startsWith(s.trim()))) {
                continue;
            }
            Kind kind = k.getValue();
            int first = send(kind);
            if (first != kind.expected()) {
                throw new IllegalStateException(k.getKey() + ": HTTP " + first + ", expected " + kind.expected());
            }
            for (int i = 0; i < warmup; i++) {
                send(kind);
            }
            long[] lat = new long[requests];
            long cpu0 = BenchEnv.serverCpuNanos();
            long t0 = System.nanoTime();
            int errors = 0;
            for (int i = 0; i < requests; i++) {
                long s = System.nanoTime();
                int status = send(kind);
                lat[i] = System.nanoTime() - s;
                if (status != kind.expected()) {
                    errors++;
                }
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            long cpu = BenchEnv.serverCpuNanos() - cpu0;
            Arrays.sort(lat);
            System.out.printf("%-26s %8.3f %8.3f %8.3f %8.2f %9.0f %12s%s%n", k.getKey(), Percentiles.ms(lat, 50), Percentiles.ms(lat, 90),
                    Percentiles.ms(lat, 99), lat[lat.length - 1] / 1e6, requests / wall,
                    cpu0 < 0 ? "-" : String.format("%.3f ms", cpu / 1e6 / requests),
                    errors == 0 ? "" : "  (" + errors + " unexpected statuses)");
        }
        if (socket != null) {
            socket.close();
        }
    }

    /** One request on the keep-alive socket (opened again when the server closed it); its status. */
    static int send(Kind kind) throws IOException {
        if (socket == null) {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 65536);
        }
        byte[] body = kind.body() == null ? new byte[0] : kind.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(kind.method()).append(' ').append(kind.path()).append(" HTTP/1.1\r\nHost: ")
                .append(base.getHost()).append(':').append(base.getPort()).append("\r\nAccept: application/json\r\n");
        if (kind.authenticated()) {
            head.append("Authorization: ").append(auth).append("\r\n");
        }
        if (kind.body() != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        int status = RawHttp.readResponse(in);
        if (status < 0) {
            socket.close();
            socket = null;
            status = -status;
        }
        return status;
    }
}

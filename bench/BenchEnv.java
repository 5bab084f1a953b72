// What every load generator reads from its surroundings: settings from the environment, the
// server it may talk to (this machine only), the benchmark user's credentials, and the server's
// CPU time.

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

final class BenchEnv {

    private BenchEnv() {
    }

    static int env(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    static double env(String name, double fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Double.parseDouble(v.trim());
    }

    /** The base URL, refused unless it names a loopback address. */
    static URI loopback(String base) {
        URI uri = URI.create(base);
        if (!List.of("localhost", "127.0.0.1", "[::1]").contains(uri.getHost())) {
            throw new IllegalArgumentException("the benchmark only talks to a server on this machine (loopback)");
        }
        return uri;
    }

    static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The server's user + system CPU time from /proc (Linux), or -1 without SERVER_PID. */
    static long serverCpuNanos() {
        String pid = System.getenv("SERVER_PID");
        if (pid == null || pid.isBlank()) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid.trim(), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // clock ticks of 10 ms
        } catch (IOException e) {
            return -1;
        }
    }
}

package io.credlink.peer;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * The questions asked of both sides, each answered as a canonical text (one fact a line, sorted
 * where the API's order is not part of the question) so that the two answers compare as strings.
 * Inputs are sampled from the data (read through PostgreSQL, which holds the same rows) with a
 * fixed order ({@code md5} of the id), so every run asks the same questions of the same dataset.
 * Both sides read the data as imported, each party its own entity (entity resolution is off on
 * the CredLink side: SQL has no resolver; see docs/benchmarks.md).
 */
public final class PeerQuestions {

    /** The generator's reference day: "today" of a generated dataset. */
    public static final LocalDate REFERENCE_DAY = io.credlink.datagen.DatasetGenerator.REFERENCE_DATE;

    private PeerQuestions() {
    }

    /** One question: how inputs are sampled and how each side answers. */
    public interface Question {
        String name();

        /** Up to {@code n} inputs; each is the list of arguments both sides get. */
        List<List<Object>> sample(SqlClient pg, int n) throws SQLException;

        /** As above, for questions whose inputs depend on what CredLink has computed (e.g. the day of its scores). */
        default List<List<Object>> sample(SqlClient pg, CredLinkApi api, int n) throws SQLException {
            return sample(pg, n);
        }

        String sql(SqlClient pg, List<Object> input) throws SQLException;

        String credlink(CredLinkApi api, List<Object> input);

        /** False for whole-book questions that are timed once, not by 32 clients at a time. */
        default boolean concurrent() {
            return true;
        }
    }

    public static List<Question> all() {
        return List.of(new Restrictions(), new Propagation(), new Network(), new Exposure(), new ShortestPath(),
                new BlackList(), new CounterpartyCheck(), new RepeatClaims(), new RingCandidates());
    }

    // ------------------------------------------------------------------ sampling

    /** Rows of an ad-hoc sampling query (not timed). */
    static List<List<Object>> rows(SqlClient pg, String sql, Object... parameters) throws SQLException {
        try (var s = pg.connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (var rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(rs.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    static List<String> ids(SqlClient pg, String sql, Object... parameters) throws SQLException {
        return rows(pg, sql, parameters).stream().map(r -> (String) r.get(0)).toList();
    }

    /**
     * Days on which answers change: the first and last days of blacklisting sanctions and of
     * affiliations and the days after, and the reference day; sampled in a fixed order.
     */
    static List<LocalDate> boundaryDays(SqlClient pg, int n) throws SQLException {
        return rows(pg, """
                SELECT d FROM (
                  SELECT effective_from AS d FROM sanctions WHERE blacklist
                  UNION SELECT effective_to FROM sanctions WHERE blacklist AND effective_to IS NOT NULL
                  UNION SELECT effective_to + 1 FROM sanctions WHERE blacklist AND effective_to IS NOT NULL
                  UNION SELECT decided_on FROM sanctions WHERE blacklist
                  UNION SELECT "from" FROM affiliations
                  UNION SELECT "to" FROM affiliations WHERE "to" IS NOT NULL
                  UNION SELECT "to" + 1 FROM affiliations WHERE "to" IS NOT NULL
                ) x WHERE d IS NOT NULL
                ORDER BY md5(d::text) LIMIT ?
                """, n).stream().map(r -> ((java.sql.Date) r.get(0)).toLocalDate()).toList();
    }

    /** Every third input on the reference day, the others on a boundary day. */
    static LocalDate dayFor(int i, List<LocalDate> days) {
        return i % 3 == 0 || days.isEmpty() ? REFERENCE_DAY : days.get(i % days.size());
    }

    static String lines(java.util.Collection<String> lines) {
        return String.join("\n", lines);
    }

    @SuppressWarnings("unchecked")
    static String path(Object sqlArray) {
        return String.join(">", (List<String>) sqlArray);
    }

    static String path(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asString()));
        return String.join(">", ids);
    }

    // ------------------------------------------------------------------ the questions

    /** GET /entities/{id}/restrictions?asOf=: measures (R1–R4), sanctions in force, blacklisted. */
    static final class Restrictions implements Question {
        public String name() {
            return "restrictions";
        }

        public List<List<Object>> sample(SqlClient pg, int n) throws SQLException {
            // half the blacklisted parties and the parties some rule can reach (the other end of an affiliation with a
            // blacklisted party, consumers sharing an identifier with a blacklisted consumer), half any
            List<String> reached = ids(pg, """
                    SELECT id FROM (
                      SELECT subject_id AS id FROM sanctions WHERE blacklist
                      UNION SELECT a.person_id FROM affiliations a JOIN sanctions s ON s.subject_id = a.org_id AND s.blacklist
                      UNION SELECT a.org_id FROM affiliations a JOIN sanctions s ON s.subject_id = a.person_id AND s.blacklist
                      UNION SELECT a2.org_id FROM affiliations a JOIN sanctions s ON s.subject_id = a.org_id AND s.blacklist
                            JOIN affiliations a2 ON a2.person_id = a.person_id
                      UNION SELECT o.entity_id FROM identifier_link l JOIN sanctions s ON s.subject_id = l.entity_id AND s.blacklist
                            JOIN identifier_link o ON o.identifier_id = l.identifier_id AND o.entity_id <> l.entity_id
                            JOIN consumers c ON c.id = o.entity_id
                    ) x ORDER BY md5(id) LIMIT ?
                    """, n - n / 2);
            List<String> any = ids(pg, "SELECT id FROM party ORDER BY md5(id || 'r') LIMIT ?", n - reached.size());
            List<LocalDate> days = boundaryDays(pg, n);
            List<List<Object>> inputs = new ArrayList<>();
            List<String> parties = new ArrayList<>(reached);
            parties.addAll(any);
            for (int i = 0; i < parties.size(); i++) {
                inputs.add(List.of(parties.get(i), dayFor(i, days)));
            }
            return inputs;
        }

        public String sql(SqlClient pg, List<Object> in) throws SQLException {
            List<List<Object>> standing = pg.query("standing", in.get(0), in.get(1));
            TreeSet<String> active = new TreeSet<>();
            boolean blacklisted = false;
            for (List<Object> row : standing) {
                if (row.get(1) != null) {
                    active.add((String) row.get(1));
                    blacklisted |= (Boolean) row.get(2);
                }
            }
            TreeSet<String> measures = new TreeSet<>();
            for (List<Object> r : pg.query("restrictions", in.get(0), in.get(1))) {
                measures.add(r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3) + " " + path(r.get(4)));
            }
            return "blacklisted=" + blacklisted + " active=" + active + (measures.isEmpty() ? "" : "\n" + lines(measures));
        }

        public String credlink(CredLinkApi api, List<Object> in) {
            JsonNode r = api.get("/api/v1/entities/" + CredLinkApi.encode((String) in.get(0)) + "/restrictions?asOf=" + in.get(1));
            TreeSet<String> active = new TreeSet<>();
            r.get("activeSanctions").forEach(s -> active.add(s.get("sanctionId").asString()));
            TreeSet<String> measures = new TreeSet<>();
            r.get("restrictions").forEach(m -> measures.add(m.get("sanctionId").asString() + " " + m.get("rule").asString()
                    + " " + m.get("measure").asString() + " " + m.get("hops").asInt() + " " + path(m.get("path"))));
            return "blacklisted=" + r.get("blacklisted").asBoolean() + " active=" + active
                    + (measures.isEmpty() ? "" : "\n" + lines(measures));
        }
    }

    /** GET /sanctions/{id}/propagation?asOf=: every party reached, with rule, measure, hops, path. */
    static final class Propagation implements Question {
        public String name() {
            return "propagation";
        }

        public List<List<Object>> sample(SqlClient pg, int n) throws SQLException {
            // blacklisting sanctions first (the others propagate nothing), on the reference day
            // when in force then, else on their first day, and every third on a boundary day
            List<List<Object>> sanctions = rows(pg, """
                    SELECT id, effective_from, (effective_from <= ? AND (effective_to IS NULL OR ? <= effective_to)) AS now
                    FROM sanctions ORDER BY NOT blacklist, md5(id) LIMIT ?
                    """, REFERENCE_DAY, REFERENCE_DAY, n);
            List<LocalDate> days = boundaryDays(pg, n);
            List<List<Object>> inputs = new ArrayList<>();
            for (int i = 0; i < sanctions.size(); i++) {
                List<Object> s = sanctions.get(i);
                LocalDate day = i % 3 == 2 && !days.isEmpty() ? days.get(i % days.size())
                        : (Boolean) s.get(2) ? REFERENCE_DAY : ((java.sql.Date) s.get(1)).toLocalDate();
                inputs.add(List.of(s.get(0), day));
            }
            return inputs;
        }

        public String sql(SqlClient pg, List<Object> in) throws SQLException {
            TreeSet<String> affected = new TreeSet<>();
            for (List<Object> r : pg.query("propagation", in.get(0), in.get(1))) {
                affected.add(r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3) + " " + path(r.get(4)));
            }
            return lines(affected);
        }

        public String credlink(CredLinkApi api, List<Object> in) {
            JsonNode r = api.get("/api/v1/sanctions/" + CredLinkApi.encode((String) in.get(0)) + "/propagation?asOf=" + in.get(1));
            TreeSet<String> affected = new TreeSet<>();
            r.get("affected").forEach(a -> affected.add(a.get("entityId").asString() + " " + a.get("rule").asString() + " "
                    + a.get("measure").asString() + " " + a.get("hops").asInt() + " " + path(a.get("path"))));
            return lines(affected);
        }
    }

    /** GET /entities/{id}/network?depth=2&asOf=: the node ids in breadth-first order. */
    static final class Network implements Question {
        public String name() {
            return "network_2_hops";
        }

        public List<List<Object>> sample(SqlClient pg, int n) throws SQLException {
            List<List<Object>> inputs = new ArrayList<>();
            for (String id : ids(pg, "SELECT id FROM party ORDER BY md5(id || 'n') LIMIT ?", n)) {
                inputs.add(List.of(id, REFERENCE_DAY));
            }
            return inputs;
        }

        public String sql(SqlClient pg, List<Object> in) throws SQLException {
            return pg.query("network", in.get(0), in.get(1)).stream().map(r -> r.get(1) + " " + r.get(0))
                    .collect(Collectors.joining("\n"));
        }

        public String credlink(CredLinkApi api, List<Object> in) {
            JsonNode r = api.get("/api/v1/entities/" + CredLinkApi.encode((String) in.get(0)) + "/network?depth=2&asOf=" + in.get(1));
            // levels are not in the answer: the node order is root, level 1 by id, level 2 by id
            Map<String, Integer> level = new LinkedHashMap<>();
            level.put((String) in.get(0), 0);
            List<String> ids = new ArrayList<>();
            r.get("nodes").forEach(node -> ids.add(node.get("id").asString()));
            Map<String, List<String>> adjacent = new LinkedHashMap<>();
            r.get("edges").forEach(e -> {
                adjacent.computeIfAbsent(e.get("source").asString(), k -> new ArrayList<>()).add(e.get("target").asString());
                adjacent.computeIfAbsent(e.get("target").asString(), k -> new ArrayList<>()).add(e.get("source").asString());
            });
            for (String next : adjacent.getOrDefault((String) in.get(0), List.of())) {
                level.putIfAbsent(next, 1);
            }
            return ids.stream().map(id -> level.getOrDefault(id, 2) + " " + id).collect(Collectors.joining("\n"));
        }
    }

    /**
     * Network exposure within 3 hops, the credit model's walk: the NETWORK_EXPOSURE factor of the
     * stored score (GET /credit/scores/{id}), computed by the last recomputation for its day. The
     * factor's detail prints the exposure and the three strongest sources' masses to 4 decimals;
     * compared are the exposure, and per strongest source its id, reason, mass and the number of
     * hops of its path (paths of equal mass and length tie, and which one the walk keeps depends on
     * its iteration order, so the nodes on the way are not compared).
     */
    static final class Exposure implements Question {
        private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile(
                "(\\S+) \\((\\w+), ([0-9.]+)\\) via (.+)");
        static final int STRONGEST = 3;

        public String name() {
            return "network_exposure_3_hops";
        }

        public List<List<Object>> sample(SqlClient pg, int n) {
            throw new UnsupportedOperationException("the day of the stored scores comes from CredLink");
        }

        public List<List<Object>> sample(SqlClient pg, CredLinkApi api, int n) throws SQLException {
            LocalDate day = scoresDay(pg, api);
            // half parties the walk reaches from a risk source of the day, as many whose nearest
            // source is 1, 2 and 3 hops away (walked forwards with the sources' masses), half any party
            List<String> near = new ArrayList<>();
            for (int hops = 1; hops <= 3; hops++) {
                near.addAll(ids(pg, """
                        WITH RECURSIVE q AS (SELECT ?::date AS d),
                        seed AS (
                          SELECT id, max(mass) AS mass FROM (
                            SELECT s.subject_id AS id, CASE WHEN s.blacklist THEN 1.0::float8
                                   ELSE 0.6 * greatest(1, least(5, s.severity)) / 5.0::float8 END AS mass
                            FROM sanctions s, q WHERE s.effective_from <= q.d AND (s.effective_to IS NULL OR q.d <= s.effective_to)
                            UNION ALL
                            SELECT f.id, 0.8 * power(0.5::float8, greatest(0, q.d - f.incident_date) / 730.485::float8)
                            FROM (SELECT claimant_id AS id, incident_date FROM claims WHERE status = 'FRAUD'
                                  UNION ALL SELECT cp.party_id, c.incident_date FROM claim_parties cp
                                  JOIN claims c ON c.id = cp.claim_id WHERE c.status = 'FRAUD') f, q
                            WHERE f.incident_date <= q.d
                          ) x GROUP BY id
                        ),
                        reach (id, hops, mass) AS (
                          SELECT id, 0, mass FROM seed
                          UNION
                          SELECT w.b, r.hops + 1, r.mass * 0.5 / d.degree
                          FROM reach r JOIN walk_degree d ON d.id = r.id JOIN walk_edge w ON w.a = r.id
                          WHERE r.hops < ? AND r.mass * 0.5 / d.degree >= 0.0001
                        )
                        SELECT DISTINCT r.id FROM reach r JOIN party p ON p.id = r.id
                        WHERE r.hops = ? AND NOT EXISTS (SELECT 1 FROM reach n WHERE n.id = r.id AND n.hops < r.hops)
                        ORDER BY 1
                        """, day, hops, hops).stream()
                        .filter(id -> !near.contains(id))
                        .sorted(java.util.Comparator.comparing(id -> md5(id + "e")))
                        .limit((n - n / 2) / 3 + (hops == 3 ? (n - n / 2) % 3 : 0)).toList());
            }
            List<String> any = ids(pg, "SELECT id FROM party ORDER BY md5(id || 'x') LIMIT ?", n - near.size());
            List<List<Object>> inputs = new ArrayList<>();
            java.util.stream.Stream.concat(near.stream(), any.stream()).distinct().forEach(id -> inputs.add(List.of(id, day)));
            return inputs;
        }

        /** A fixed order of ids that is not the id order. */
        private static String md5(String s) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                        .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * The day of the stored scores, once a recomputation has scored the parties (after an import
         * it runs in the background) and none is queued or running.
         */
        static LocalDate scoresDay(SqlClient pg, CredLinkApi api) throws SQLException {
            String party = CredLinkApi.encode(ids(pg, "SELECT id FROM party ORDER BY id LIMIT 1").get(0));
            for (int i = 0; i < 1800; i++) {
                JsonNode queue = api.get("/api/v1/credit/recomputations?limit=1");
                if (queue.get("pending").asInt() == 0 && queue.get("running").asInt() == 0) {
                    JsonNode score = api.get("/api/v1/credit/scores/" + party);
                    if (!score.path("computedAt").isNull() && !score.path("computedAt").isMissingNode()) {
                        return LocalDate.parse(score.get("asOf").asString());
                    }
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            throw new IllegalStateException("no recomputation scored the parties within 15 minutes");
        }

        public String sql(SqlClient pg, List<Object> in) throws SQLException {
            List<List<Object>> rows = pg.query("exposure", in.get(0), in.get(1));
            if (rows.isEmpty()) {
                return "exposure=none";
            }
            List<String> lines = new ArrayList<>();
            lines.add(String.format(java.util.Locale.ROOT, "exposure=%.4f", (Double) rows.get(0).get(5)));
            for (List<Object> r : rows.subList(0, Math.min(STRONGEST, rows.size()))) {
                lines.add(String.format(java.util.Locale.ROOT, "%s %s %.4f hops=%d", r.get(0), r.get(1), (Double) r.get(2),
                        ((Number) r.get(3)).intValue()));
            }
            return lines(lines);
        }

        public String credlink(CredLinkApi api, List<Object> in) {
            JsonNode r = api.get("/api/v1/credit/scores/" + CredLinkApi.encode((String) in.get(0)));
            if (!in.get(1).toString().equals(r.get("asOf").asString())) {
                return "scores of " + r.get("asOf").asString() + ", not " + in.get(1);
            }
            for (JsonNode f : r.get("factors")) {
                if (!f.get("name").asString().equals("NETWORK_EXPOSURE")) {
                    continue;
                }
                // "exposure 0.1250; strongest sources: P2 (BLACKLISTED, 0.1250) via P2 -> AG2 -> INS2; ..."
                String[] parts = f.get("detail").asString().split("; (strongest sources: )?");
                List<String> lines = new ArrayList<>();
                lines.add("exposure=" + parts[0].substring("exposure ".length()));
                for (int i = 1; i < parts.length; i++) {
                    java.util.regex.Matcher m = SOURCE.matcher(parts[i]);
                    if (!m.matches()) {
                        return "unreadable source: " + parts[i];
                    }
                    lines.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " hops=" + (m.group(4).split(" -> ").length - 1));
                }
                return lines(lines);
            }
            return "exposure=none";
        }
    }

    /** GET /paths?from=&to=&maxHops=4&asOf=: the shortest path's length, or none. */
    static final class ShortestPath implements Question {
        public String name() {
            return "shortest_path_4";
        }

        public List<List<Object>> sample(SqlClient pg, int n) throws SQLException {
            List<String> a = ids(pg, "SELECT id FROM party ORDER BY md5(id || 'a') LIMIT ?", n);
            List<String> b = ids(pg, "SELECT id FROM party ORDER BY md5(id || 'b') LIMIT ?", n);
            List<List<Object>> inputs = new ArrayList<>();
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    inputs.add(List.of(a.get(i), b.get(i), REFERENCE_DAY));
                }
            }
            return inputs;
        }

        public String sql(SqlClient pg, List<Object> in) throws SQLException {
            List<List<Object>> rows = pg.query("path", in.get(0), in.get(1), in.get(2));
            return rows.isEmpty() ? "length=none" : "length=" + rows.get(0).get(0);
        }

        public String credlink(CredLinkApi api, List<Object> in) {
            JsonNode r = api.get("/api/v1/paths?from=" + CredLinkApi.encode((String) in.get(0)) + "&to="
                    + CredLinkApi.encode((String) in.get(1)) + "&maxHops=4&asOf=" + in.get(2));
            JsonNode length = r.get("length");
            return "length=" + (length == null || length.isNull() ? "none" : length.asInt())
                    + (r.path("searchLimitReached").asBoolean(false) ? " searchLimitReached" : "");
        }
    }

    /** GET /lists/black?asOf= (every page): party and the sanction listed for it. */
    static final class BlackList implements Question {
        public String name() {
            return "black_list";
        }

        public List<List<Object>> sample(SqlClient pg, int n) throws SQLException {
            List<LocalDate> days = boundaryDays(pg, Math.max(1, n - 1));
            List<List<Object>> inputs = new ArrayList<>();
            inputs.add(List.of(REFERENCE_DAY));
            days.stream().limit(n - 1L).forEach(d -> inputs.add(List.of(d)));
            return inputs;
        }

        public String sql(SqlClient pg, List<Object> in) throws SQLException {
            return pg.query("black_list", in.get(0)).stream().map(r -> r.get(0) + " " + r.get(1))
                    .collect(Collectors.joining("\n"));
        }

        public String credlink(CredLinkApi api, List<Object> in) {
            List<String> rows = new ArrayList<>();
            for (int page = 0; ; page++) {
                JsonNode r = api.get("/api/v1/lists/black?asOf=" + in.get(0) + "&page=" + page + "&size=1000");
                r.get("items").forEach(i -> rows.add(i.get("partyId").asString() + " " + i.get("sanctionId").asString()));
                if (r.get("items").isEmpty() || rows.size() >= r.get("total").asLong()) {
                    return String.join("\n", rows);
                }
            }
        }
    }

    /** POST /counterparty-checks with 1,000 ids: per id found, blacklisted, sanctions in force. */
    static final class CounterpartyCheck implements Question {
        static final int IDS = 1000;

        public String name() {
            return "counterparty_check_1000";
        }

        public List<List<Object>> sample(SqlClient pg, int n) throws SQLException {
            int batches = Math.max(1, n / 10);
            List<String> parties = ids(pg, "SELECT id FROM party ORDER BY md5(id || 'c')");
            List<String> sanctioned = ids(pg, "SELECT DISTINCT subject_id FROM sanctions ORDER BY 1");
            List<List<Object>> inputs = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                List<String> ids = new ArrayList<>(IDS);
                // every batch: some sanctioned parties, two unknown ids, the rest any party
                for (int i = 0; i < 50 && !sanctioned.isEmpty(); i++) {
                    ids.add(sanctioned.get((b * 50 + i) % sanctioned.size()));
                }
                ids.add("UNKNOWN-" + b + "-1");
                ids.add("UNKNOWN-" + b + "-2");
                for (int i = 0; ids.size() < IDS && !parties.isEmpty(); i++) {
                    ids.add(parties.get((b * IDS + i) % parties.size()));
                }
                LocalDate day = b % 2 == 0 ? REFERENCE_DAY : boundaryDays(pg, batches).get(b % batches);
                inputs.add(List.of(ids.toArray(String[]::new), day));
            }
            return inputs;
        }

        public String sql(SqlClient pg, List<Object> in) throws SQLException {
            return pg.query("counterparty_check", in.get(0), in.get(1)).stream()
                    .map(r -> r.get(1) + " found=" + r.get(2) + " blacklisted=" + r.get(3) + " active=" + r.get(4))
                    .collect(Collectors.joining("\n"));
        }

        public String credlink(CredLinkApi api, List<Object> in) {
            JsonNode r = api.post("/api/v1/counterparty-checks", Map.of("ids", List.of((String[]) in.get(0)), "asOf", in.get(1).toString()));
            List<String> rows = new ArrayList<>();
            r.get("results").forEach(c -> {
                List<String> active = new ArrayList<>();
                c.path("activeSanctions").forEach(s -> active.add(s.get("sanctionId").asString()));
                active.sort(null);
                rows.add(c.get("entityId").asString() + " found=" + c.get("found").asBoolean() + " blacklisted="
                        + c.path("blacklisted").asBoolean(false) + " active=" + active);
            });
            return String.join("\n", rows);
        }
    }

    /**
     * Repeat-claim pairs of the whole book: SQL's one query against GET /fraud/repeat-claims, every
     * page (REPEAT_CLAIM's pairs read live, no scan; each page reads the whole book once, so the
     * pages are 1,000 pairs each, the most a page holds).
     */
    static final class RepeatClaims implements Question {
        public String name() {
            return "repeat_claim_pairs";
        }

        public List<List<Object>> sample(SqlClient pg, int n) {
            return List.of(List.of(3));
        }

        public boolean concurrent() {
            return false;
        }

        public String sql(SqlClient pg, List<Object> in) throws SQLException {
            return lines(pg.query("repeat_claims", in.get(0)).stream().map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2))
                    .collect(Collectors.toCollection(TreeSet::new)));
        }

        public String credlink(CredLinkApi api, List<Object> in) {
            TreeSet<String> pairs = new TreeSet<>();
            for (int page = 0; ; page++) {
                JsonNode r = api.get("/api/v1/fraud/repeat-claims?page=" + page + "&size=1000");
                r.get("items").forEach(m -> pairs.add(
                        m.get("claimIds").get(0).asString() + " " + m.get("claimIds").get(1).asString() + " " + m.get("rule").asString()));
                if ((long) (page + 1) * 1000 >= r.get("total").asLong()) {
                    return lines(pairs);
                }
            }
        }
    }

    /**
     * Ring candidate groups of the whole book: the RING alerts of a fraud scan (POST /fraud/scans,
     * then GET /fraud/rings, every page) against the connected groups of the linkage in SQL
     * ({@code ring_groups.sql}). SQL does not score groups, so the comparison is per ring CredLink
     * found: its linked members (the ring's members but the professionals its evidence says joined
     * by concentration) must be exactly one SQL candidate group (but those professionals), or, for a group above the
     * detector's max-group-size (40), which CredLink splits into Louvain communities, lie within
     * one (Louvain itself is not reproduced: both sides agree on the links that feed it). The
     * input is the rings of a scan made while sampling, so the SQL side knows which groups to
     * show; CredLink's answer comes from its own scan on every call.
     */
    static final class RingCandidates implements Question {
        static final int MAX_GROUP_SIZE = 40;

        /**
         * A ring as CredLink lists it: its members but the professionals that joined by
         * concentration, sorted, and those professionals (one of them may also be linked).
         */
        record Ring(List<String> linked, java.util.Set<String> attached) {
        }

        public String name() {
            return "ring_candidate_groups";
        }

        public boolean concurrent() {
            return false;
        }

        public List<List<Object>> sample(SqlClient pg, int n) {
            throw new UnsupportedOperationException("the rings to look for come from CredLink");
        }

        public List<List<Object>> sample(SqlClient pg, CredLinkApi api, int n) {
            return List.of(List.of(rings(api, false)));
        }

        /** The rings of the latest scan (of a new one when {@code scan}, or when there is none). */
        static List<Ring> rings(CredLinkApi api, boolean scan) {
            if (scan || api.get("/api/v1/fraud/scans?size=1").get("total").asLong() == 0) {
                api.post("/api/v1/fraud/scans", "");
            }
            List<Ring> rings = new ArrayList<>();
            for (int page = 0; ; page++) {
                JsonNode r = api.get("/api/v1/fraud/rings?page=" + page + "&size=1000");
                r.get("items").forEach(ring -> {
                    TreeSet<String> attached = new TreeSet<>();
                    ring.path("evidence").path("concentrations").forEach(c -> attached.add(c.get("professionalId").asString()));
                    TreeSet<String> linked = new TreeSet<>();
                    ring.get("memberIds").forEach(m -> linked.add(m.asString()));
                    linked.removeAll(attached);
                    rings.add(new Ring(List.copyOf(linked), attached));
                });
                if (r.get("items").size() < 1000) {
                    return rings;
                }
            }
        }

        public String sql(SqlClient pg, List<Object> in) throws SQLException {
            @SuppressWarnings("unchecked")
            List<Ring> rings = (List<Ring>) in.get(0);
            Map<String, String> groupOf = new java.util.HashMap<>();
            Map<String, List<String>> members = new java.util.HashMap<>();
            for (List<Object> r : pg.query("ring_groups")) {
                groupOf.put((String) r.get(0), (String) r.get(1));
                members.computeIfAbsent((String) r.get(1), k -> new ArrayList<>()).add((String) r.get(0));
            }
            TreeSet<String> lines = new TreeSet<>();
            for (Ring ring : rings) {
                String anchor = ring.linked().get(0);
                List<String> group = members.get(groupOf.get(anchor));
                if (group == null) {
                    lines.add("no candidate group holds " + anchor);
                } else if (group.size() <= MAX_GROUP_SIZE) {
                    TreeSet<String> linked = new TreeSet<>(group);
                    linked.removeAll(ring.attached());
                    lines.add(String.join(",", linked));
                } else if (group.containsAll(ring.linked())) {
                    lines.add(String.join(",", ring.linked()));
                } else {
                    lines.add("a Louvain community of " + anchor + "'s group of " + group.size() + " reaches outside it");
                }
            }
            return lines(lines);
        }

        public String credlink(CredLinkApi api, List<Object> in) {
            TreeSet<String> lines = new TreeSet<>();
            rings(api, true).forEach(r -> lines.add(String.join(",", r.linked())));
            return lines(lines);
        }
    }
}

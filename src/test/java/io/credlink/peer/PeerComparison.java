package io.credlink.peer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Asks both sides every input of a question and compares the canonical answers. */
public final class PeerComparison {

    private PeerComparison() {
    }

    /** One input on which the two sides answered differently. */
    public record Disagreement(List<Object> input, String sql, String credlink) {
        @Override
        public String toString() {
            return "input " + describe(input) + "\n  postgres: " + indent(sql) + "\n  credlink: " + indent(credlink);
        }
    }

    /** How many inputs both sides answered alike, and the inputs they did not. */
    public record Result(String question, int inputs, int agreed, List<Disagreement> disagreements) {
        public boolean allAgree() {
            return agreed == inputs;
        }
    }

    public static Result compare(PeerQuestions.Question q, SqlClient pg, CredLinkApi api, List<List<Object>> inputs)
            throws SQLException {
        int agreed = 0;
        List<Disagreement> disagreements = new ArrayList<>();
        for (List<Object> input : inputs) {
            String sql = q.sql(pg, input);
            String credlink = q.credlink(api, input);
            if (sql.equals(credlink)) {
                agreed++;
            } else {
                disagreements.add(new Disagreement(input, sql, credlink));
            }
        }
        return new Result(q.name(), inputs.size(), agreed, disagreements);
    }

    static String describe(List<Object> input) {
        List<String> parts = new ArrayList<>();
        for (Object o : input) {
            parts.add(o instanceof String[] a ? a.length + " ids " + String.join(",", List.of(a).subList(0, Math.min(3, a.length))) + ",…"
                    : o instanceof List<?> l ? l.size() + " items" : String.valueOf(o));
        }
        return String.join(" ", parts);
    }

    private static String indent(String answer) {
        String shown = answer.length() > 2000 ? answer.substring(0, 2000) + "…" : answer;
        return shown.isEmpty() ? "(nothing)" : shown.replace("\n", "\n            ");
    }
}

package io.credlink.credit.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.credlink.graph.SentenceValues;
import io.credlink.credit.CreditProperties;
import io.credlink.credit.ScoreView.Factor;
import io.credlink.credit.internal.PartyFacts.BusinessFacts;
import io.credlink.credit.internal.PartyFacts.ClaimFact;
import io.credlink.credit.internal.PartyFacts.LedFirmSanction;
import io.credlink.credit.internal.PartyFacts.RecordFact;
import io.credlink.credit.internal.PartyFacts.SanctionFact;

/**
 * The indicator system of docs/credit-model.md as pure functions: facts of one party, the day
 * and its network part in, the score with its factors out. {@code base + Σ contributions = score}
 * holds exactly (contributions are whole points; the blacklist cap and the clamp to 0..1000 are
 * factors of their own). Each factor says why twice: in English ({@code detail}) and as a code with
 * the values it is made of ({@code detailCode}, {@code detailArgs}), which clients word in their
 * reader's language; both are made here from the same values.
 */
final class ScoringModel {

    static final String NETWORK = "NETWORK_EXPOSURE";
    static final String BLACKLIST_CAP = "BLACKLIST_CAP";
    static final String CLAMP = "CLAMP";

    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    private final CreditProperties p;

    ScoringModel(CreditProperties properties) {
        this.p = properties;
    }

    /** A computed score. */
    record Result(String entityId, String type, int score, String grade, int base, List<Factor> factors,
            boolean blacklisted, boolean hasRecords, int network) {
    }

    Result score(PartyFacts f, LocalDate asOf, Network network) {
        List<Factor> factors = new ArrayList<>();
        licence(f, factors);
        boolean blacklisted = false;
        for (SanctionFact s : f.sanctions()) {
            if (s.withdrawn() || s.decidedOn().isAfter(asOf)) {
                continue;
            }
            blacklisted |= s.blacklist() && s.inForceOn(asOf);
            double decay = s.inForceOn(asOf) || s.effectiveFrom().isAfter(asOf) ? 1 : decay(s.effectiveTo(), asOf);
            double points = -p.sanctionWeights().of(s.kind()) * p.severityFactor(s.severity()) * decay * disputed(s.disputed());
            factors.add(new Factor("SANCTION", round(points), sanctionDetail(s, asOf, decay), s.disputed() ? Boolean.TRUE : null,
                    f.subjectOf(s.id()), sanctionCode(s, asOf), SentenceValues.of("sanctionId", s.id(), "sanctionKind", s.kind(),
                            "severity", s.severity(), "blacklisting", s.blacklist(), "decidedOn", s.decidedOn(),
                            "effectiveFrom", s.effectiveFrom(), "effectiveTo", s.effectiveTo(), "ageWeight", share(decay),
                            "disputed", s.disputed())));
        }
        for (RecordFact r : f.records()) {
            if (r.date().isAfter(asOf)) {
                continue;
            }
            double decay = decay(r.date(), asOf);
            double points = p.recordWeights().of(r.kind()) * p.severityFactor(r.severity()) * decay * disputed(r.disputed());
            factors.add(new Factor(r.kind() == null ? "OTHER" : r.kind(), round(points), "record " + r.id() + " of "
                    + r.date() + ", severity " + r.severity() + ", age weight " + pct(decay)
                    + (r.disputed() ? "; disputed" : ""), r.disputed() ? Boolean.TRUE : null, f.subjectOf(r.id()),
                    "credit.factor.record", SentenceValues.of("recordId", r.id(), "recordKind", r.kind(), "date", r.date(),
                            "severity", r.severity(), "ageWeight", share(decay), "disputed", r.disputed())));
        }
        claims(f.claims(), asOf, factors);
        business(f, factors);
        for (LedFirmSanction l : f.ledFirms()) {
            SanctionFact s = l.sanction();
            if (s.withdrawn() || s.decidedOn().isAfter(asOf)) {
                continue;
            }
            double decay = s.inForceOn(asOf) || s.effectiveFrom().isAfter(asOf) ? 1 : decay(s.effectiveTo(), asOf);
            double points = -p.sanctionWeights().of(s.kind()) * p.severityFactor(s.severity()) * p.ledFirmShare() * decay
                    * disputed(s.disputed());
            factors.add(new Factor("LED_FIRM_SANCTION", round(points), "sanction " + s.id() + " (" + s.kind() + ", severity "
                    + s.severity() + ") against " + l.firmId() + ", led as " + l.role() + " when it was decided on "
                    + s.decidedOn() + "; share " + pct(p.ledFirmShare()) + ", age weight " + pct(decay)
                    + (s.disputed() ? "; disputed" : ""), s.disputed() ? Boolean.TRUE : null, f.subjectOf(s.id()),
                    "credit.factor.ledFirmSanction", SentenceValues.of("sanctionId", s.id(), "sanctionKind", s.kind(),
                            "severity", s.severity(), "firmId", l.firmId(), "role", l.role(), "decidedOn", s.decidedOn(),
                            "share", share(p.ledFirmShare()), "ageWeight", share(decay), "disputed", s.disputed())));
        }
        int networkPoints = 0;
        if (network.exposure() > 0) {
            networkPoints = round(p.network().maxPenalty() * (1 - Math.exp(-network.exposure() / p.network().exposureScale())));
            factors.add(new Factor(NETWORK, networkPoints, networkDetail(network), null, null,
                    network.strongest().isEmpty() ? "credit.factor.networkExposure" : "credit.factor.networkExposureFrom",
                    SentenceValues.of("exposure", round4(network.exposure()), "sources", network.strongest().stream()
                            .map(x -> SentenceValues.of("sourceId", x.id(), "reason", x.reason(), "mass", round4(x.mass()), "path", x.path()))
                            .toList())));
        }
        factors.removeIf(x -> x.contribution() == 0 && !x.name().equals(NETWORK));
        factors.sort(Comparator.comparingInt((Factor x) -> -Math.abs(x.contribution())).thenComparing(Factor::name)
                .thenComparing(Factor::detail));
        int base = p.baseScore();
        int total = base + factors.stream().mapToInt(Factor::contribution).sum();
        if (blacklisted && total > p.blacklistCap()) {
            factors.add(new Factor(BLACKLIST_CAP, p.blacklistCap() - total, "a blacklisting sanction is in force on " + asOf
                    + ": the score is capped at " + p.blacklistCap() + " and the grade is D", null, null,
                    "credit.factor.blacklistCap", SentenceValues.of("asOf", asOf, "cap", p.blacklistCap())));
            total = p.blacklistCap();
        }
        if (total < 0 || total > 1000) {
            int clamped = Math.max(0, Math.min(1000, total));
            factors.add(new Factor(CLAMP, clamped - total, "scores are kept within 0..1000 (" + total + " before)", null, null,
                    "credit.factor.clamp", SentenceValues.of("before", total)));
            total = clamped;
        }
        boolean hasRecords = !f.sanctions().isEmpty() || !f.records().isEmpty();
        return new Result(f.id(), f.type(), total, blacklisted ? "D" : grade(total), base, List.copyOf(factors),
                blacklisted, hasRecords, networkPoints);
    }

    String grade(int score) {
        if (score >= p.grades().a()) {
            return "A";
        }
        if (score >= p.grades().b()) {
            return "B";
        }
        return score >= p.grades().c() ? "C" : "D";
    }

    /** 0.5^(age / half-life): 1 on the day itself and for future dates. */
    double decay(LocalDate from, LocalDate asOf) {
        if (from == null || !from.isBefore(asOf)) {
            return 1;
        }
        double halfLifeDays = p.halfLife().toTotalMonths() * DAYS_PER_MONTH + p.halfLife().getDays();
        if (halfLifeDays <= 0) {
            return 1;
        }
        return Math.pow(0.5, ChronoUnit.DAYS.between(from, asOf) / halfLifeDays);
    }

    private double disputed(boolean disputed) {
        return disputed ? p.disputedWeight() : 1;
    }

    private void licence(PartyFacts f, List<Factor> factors) {
        if (f.status() == null || !(f.type().equals("Insurer") || f.type().equals("Intermediary")
                || f.type().equals("Practitioner"))) {
            return;
        }
        int points = switch (f.status()) {
            case "ACTIVE" -> p.licence().active();
            case "SUSPENDED" -> p.licence().suspended();
            case "REVOKED" -> p.licence().revoked();
            case "EXITED" -> p.licence().exited();
            default -> 0;
        };
        factors.add(new Factor("LICENCE_STATUS", points, "licence status " + f.status(), null, null,
                "credit.factor.licenceStatus", SentenceValues.of("licenceStatus", f.status())));
    }

    private void claims(List<ClaimFact> claims, LocalDate asOf, List<Factor> factors) {
        if (claims.isEmpty()) {
            return;
        }
        CreditProperties.Claims c = p.claims();
        LocalDate windowStart = asOf.minus(c.window());
        List<ClaimFact> filed = claims.stream().filter(ClaimFact::claimant)
                .filter(x -> x.incidentDate() != null && !x.incidentDate().isAfter(asOf)).toList();
        List<ClaimFact> recent = filed.stream().filter(x -> !x.incidentDate().isBefore(windowStart)).toList();
        int extra = recent.size() - c.freeClaims();
        if (extra > 0) {
            factors.add(new Factor("CLAIM_FREQUENCY", Math.max(c.frequencyCap(), extra * c.perExtraClaim()),
                    recent.size() + " claims filed since " + windowStart + " (" + c.freeClaims() + " free)", null, null,
                    "credit.factor.claimFrequency", SentenceValues.of("count", recent.size(), "since", windowStart, "free", c.freeClaims())));
        }
        double amount = recent.stream().mapToDouble(ClaimFact::amount).sum();
        if (amount > c.amountThreshold() && c.amountThreshold() > 0) {
            int steps = (int) Math.floor(amount / c.amountThreshold());
            factors.add(new Factor("CLAIM_AMOUNTS", Math.max(c.amountCap(), steps * c.perAmountStep()),
                    String.format(Locale.ROOT, "%.2f claimed since %s (%.0f free)", amount, windowStart, c.amountThreshold()),
                    null, null, "credit.factor.claimAmounts", SentenceValues.of("amount", Math.round(amount * 100) / 100.0, "since", windowStart,
                            "free", c.amountThreshold())));
        }
        decayedCount(filed.stream().filter(x -> "DENIED".equals(x.status())).toList(), asOf, c.denied(), "DENIED_CLAIMS",
                "denied claims filed", "credit.factor.deniedClaims", factors);
        decayedCount(filed.stream().filter(x -> "FRAUD".equals(x.status())).toList(), asOf, c.fraud(), "FRAUD_CLAIMS",
                "claims filed and confirmed fraudulent", "credit.factor.fraudClaims", factors);
        decayedCount(claims.stream().filter(x -> !x.claimant() && "FRAUD".equals(x.status()))
                .filter(x -> x.incidentDate() != null && !x.incidentDate().isAfter(asOf)).toList(), asOf, c.fraudParty(),
                "FRAUD_CLAIM_PARTY", "confirmed fraudulent claims naming the party", "credit.factor.fraudClaimParty", factors);
    }

    private void decayedCount(List<ClaimFact> list, LocalDate asOf, int per, String name, String what, String code,
            List<Factor> factors) {
        if (list.isEmpty()) {
            return;
        }
        double weight = list.stream().mapToDouble(x -> decay(x.incidentDate(), asOf)).sum();
        List<String> shown = list.stream().map(ClaimFact::id).sorted().limit(10).toList();
        factors.add(new Factor(name, round(per * weight), list.size() + " " + what + " (" + String.join(", ", shown)
                + (list.size() > 10 ? ", …" : "") + "), age-weighted count " + String.format(Locale.ROOT, "%.2f", weight), null,
                null, code, SentenceValues.of("count", list.size(), "claimIds", shown, "more", list.size() > 10,
                        "weightedCount", Math.round(weight * 100) / 100.0)));
    }

    private void business(PartyFacts f, List<Factor> factors) {
        BusinessFacts b = f.business();
        if (b == null) {
            return;
        }
        CreditProperties.Business c = p.business();
        if (f.type().equals("Insurer")) {
            rate("DENIAL_RATE", b.denied(), b.decided(), c.deniedTolerance(), c.deniedPoints(), "claims denied of decided",
                    "credit.factor.denialRate", Map.of(), factors);
            rate("SETTLEMENT_DELAYS", b.delayed(), b.claims(), c.delayTolerance(), c.delayPoints(),
                    "claims still open more than " + c.delayAfter().toDays() + " days after reporting",
                    "credit.factor.settlementDelays", Map.of("days", c.delayAfter().toDays()), factors);
        }
        if (f.type().equals("Insurer") || f.type().equals("Intermediary")) {
            rate("CANCELLATION_RATE", b.cancelled(), b.policies(), c.cancelTolerance(), c.cancelPoints(),
                    "policies cancelled of started", "credit.factor.cancellationRate", Map.of(), factors);
        }
        if (f.type().equals("Intermediary") || f.type().equals("Provider")) {
            boolean provider = f.type().equals("Provider");
            rate("FRAUD_SHARE", b.fraud(), b.claims(), 0, c.fraudPoints(),
                    provider ? "serviced claims confirmed fraudulent" : "claims on its policies confirmed fraudulent",
                    provider ? "credit.factor.fraudShareServiced" : "credit.factor.fraudShare", Map.of(), factors);
        }
    }

    private void rate(String name, long part, long whole, double tolerance, int pointsPerUnit, String what, String code,
            Map<String, Object> more, List<Factor> factors) {
        if (whole < p.business().minSample() || part == 0) {
            return;
        }
        double rate = (double) part / whole;
        if (rate <= tolerance) {
            return;
        }
        int points = Math.max(p.business().rateCap(), round((rate - tolerance) * pointsPerUnit));
        Map<String, Object> values = SentenceValues.of("part", part, "whole", whole, "rate", Math.round(rate * 1000) / 1000.0,
                "tolerance", tolerance);
        values.putAll(more);
        factors.add(new Factor(name, points, String.format(Locale.ROOT, "%d of %d %s (%.1f%%, %.1f%% tolerated)", part, whole,
                what, rate * 100, tolerance * 100), null, null, code, values));
    }

    /** Which of the three sentences {@link #sanctionDetail} says. */
    private static String sanctionCode(SanctionFact s, LocalDate asOf) {
        return s.inForceOn(asOf) ? "credit.factor.sanction.inForce"
                : s.effectiveFrom().isAfter(asOf) ? "credit.factor.sanction.notYetEffective" : "credit.factor.sanction.ended";
    }

    /** A weight as the fraction it is, to the percent the English detail shows. */
    private static double share(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static double round4(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    private static String sanctionDetail(SanctionFact s, LocalDate asOf, double decay) {
        String state = s.inForceOn(asOf) ? "in force" : s.effectiveFrom().isAfter(asOf) ? "decided, effective from " + s.effectiveFrom()
                : "ended " + s.effectiveTo();
        return "sanction " + s.id() + " (" + s.kind() + ", severity " + s.severity() + (s.blacklist() ? ", blacklisting" : "")
                + ") decided " + s.decidedOn() + ", " + state + ", age weight " + pct(decay) + (s.disputed() ? "; disputed" : "");
    }

    private static String networkDetail(Network n) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "exposure %.4f", n.exposure()));
        if (!n.strongest().isEmpty()) {
            b.append("; strongest sources: ");
            b.append(n.strongest().stream().map(s -> String.format(Locale.ROOT, "%s (%s, %.4f) via %s", s.id(), s.reason(), s.mass(),
                    String.join(" -> ", s.path()))).collect(Collectors.joining("; ")));
        }
        return b.toString();
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.0f%%", x * 100);
    }

    private static int round(double x) {
        return (int) Math.round(x);
    }
}

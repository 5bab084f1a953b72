package io.credlink.resolution.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.credlink.resolution.LinkDecision;

/**
 * The in-memory core of a run: blocking, comparison, estimation, scoring and clustering over
 * standardised parties. No database here: the service streams parties in and writes back what
 * changed.
 */
public final class Resolver {

    /** Settings of a run (from {@code credlink.resolution.*}). */
    public record Settings(double matchThreshold, double reviewThreshold, int maxBlockSize, int emIterations,
            int uSamples, long seed) {
    }

    /** A scored pair worth keeping (at or above the review threshold, deterministic, or decided). */
    public record Link(int a, int b, double score, LinkDecision decision, Level[] levels, double[] weights,
            double priorWeight) {
    }

    /** What a run found. */
    public record Result(long pairsScored, List<Link> links, String[] resolvedIds, FellegiSunter persons,
            FellegiSunter firms) {
    }

    private final StandardParty[] parties;
    private final Settings settings;
    private final TermFrequencies tf;

    public Resolver(StandardParty[] parties, Settings settings) {
        this(parties, settings, true);
    }

    /** @param termFrequencies false to score a pair on its own (a decision outside a run): no term frequencies */
    public Resolver(StandardParty[] parties, Settings settings, boolean termFrequencies) {
        this(parties, settings, termFrequencies ? new TermFrequencies(parties) : null);
    }

    /** With the term frequencies of all parties when {@code parties} are only some (an incremental run). */
    Resolver(StandardParty[] parties, Settings settings, TermFrequencies tf) {
        this.parties = parties;
        this.settings = settings;
        this.tf = tf;
    }

    TermFrequencies termFrequencies() {
        return tf;
    }

    /**
     * @param decisions the latest person decision of each pair, by {@link #pairKey} of party indexes
     *                  (true = SAME, false = DIFFERENT)
     */
    public Result run(Map<Long, Boolean> decisions) {
        long[] pairs = Blocking.candidatePairs(parties, settings.maxBlockSize());
        // decided pairs are scored even when no blocking rule finds them
        if (!decisions.isEmpty()) {
            long[] more = Arrays.copyOf(pairs, pairs.length + decisions.size());
            int k = pairs.length;
            for (long key : decisions.keySet()) {
                more[k++] = key;
            }
            Arrays.sort(more);
            pairs = Blocking.unique(more);
        }
        FellegiSunter persons = estimate(pairs, false);
        FellegiSunter firms = estimate(pairs, true);
        List<Link> links = links(pairs, decisions, persons, firms);
        return new Result(pairs.length, links, cluster(links), persons, firms);
    }

    /** The links worth keeping among these pairs, scored in parallel with the given models. */
    List<Link> links(long[] pairs, Map<Long, Boolean> decisions, FellegiSunter persons, FellegiSunter firms) {
        return Arrays.stream(pairs).parallel().mapToObj(pair -> {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            return score(a, b, parties[a].firm() ? firms : persons, decisions.get(pair));
        }).filter(link -> link.decision() != null).toList();
    }

    /** Scores one pair with a model; the link's decision is null below the review threshold. */
    public Link score(int a, int b, FellegiSunter model, Boolean decided) {
        StandardParty pa = parties[a];
        StandardParty pb = parties[b];
        Level[] levels = Comparator.compare(pa, pb);
        double[] weights = new double[levels.length];
        double prior = model.priorWeight();
        double logit = prior;
        for (Field f : Field.ALL) {
            Level l = levels[f.ordinal()];
            double w;
            double freq = l == Level.EXACT && tf != null ? tf.of(f, pa, pb) : -1;
            w = freq > 0 ? model.exactWeight(f, freq) : model.weight(f, l);
            weights[f.ordinal()] = w;
            logit += w;
        }
        double score = FellegiSunter.probability(logit);
        LinkDecision decision;
        // the same valid number decides, unless the names disagree outright (a number reused by
        // mistake, or a data error): then the score does
        boolean deterministic = levels[Field.IDENTITY.ordinal()] == Level.EXACT && pa.identityValid()
                && pb.identityValid() && levels[Field.NAME.ordinal()] != Level.DIFFERENT;
        if (decided != null) {
            decision = decided ? LinkDecision.CONFIRMED : LinkDecision.REJECTED;
        } else if (deterministic || score >= settings.matchThreshold() && corroborated(levels) && !vetoed(levels, pa, pb)) {
            decision = LinkDecision.MATCH;
        } else if (score >= settings.reviewThreshold() && reviewable(levels, pa.firm())) {
            decision = LinkDecision.POSSIBLE;
        } else {
            decision = null;
        }
        return new Link(a, b, score, decision, levels, weights, prior);
    }

    /**
     * An automatic MATCH, and a place in the review queue, need agreement on something that
     * identifies (id number or credit code exact or within a typo, licence, phone, e-mail or bank
     * account): a name and an address alone never link records, however rare the name (at scale
     * 100 the generator's providers repeat names across cities: 61k such pairs would flood the queue).
     */
    static boolean corroborated(Level[] levels) {
        Level identity = levels[Field.IDENTITY.ordinal()];
        return identity == Level.EXACT || identity == Level.CLOSE || levels[Field.LICENCE.ordinal()] == Level.EXACT
                || levels[Field.PHONE.ordinal()] == Level.EXACT || levels[Field.EMAIL.ordinal()] == Level.EXACT
                || levels[Field.BANK_ACCOUNT.ordinal()] == Level.EXACT;
    }

    /**
     * A pair worth a person's look: corroborated, or two firms with the same or nearly the same name
     * at the same address (an agency reported without its licence and under another phone). Firms' full names
     * carry their city and trade name, so they rarely repeat by chance, unlike persons' names.
     */
    static boolean reviewable(Level[] levels, boolean firm) {
        Level name = levels[Field.NAME.ordinal()];
        return corroborated(levels) || firm && (name == Level.EXACT || name == Level.CLOSE)
                && levels[Field.ADDRESS.ordinal()] == Level.EXACT;
    }

    /**
     * Two valid different id numbers or credit codes, or two different licence numbers, or a
     * garbled number under another name, never merge automatically (a family member with the same name, phone and address; sister firms):
     * however high the score, the pair waits for a person.
     */
    static boolean vetoed(Level[] levels, StandardParty a, StandardParty b) {
        Level identity = levels[Field.IDENTITY.ordinal()];
        return identity == Level.DIFFERENT && a.identityValid() && b.identityValid()
                || levels[Field.LICENCE.ordinal()] == Level.DIFFERENT
                // the same number under names that have nothing in common: a number reused by mistake
                || identity == Level.EXACT && levels[Field.NAME.ordinal()] == Level.DIFFERENT
                // a garbled number says too little to stand in for the name: a household member
                // with the typist's version of someone's number shares the phone and the address
                || identity == Level.GARBLED && levels[Field.NAME.ordinal()] != Level.EXACT;
    }

    private FellegiSunter estimate(long[] pairs, boolean firm) {
        int[] members = java.util.stream.IntStream.range(0, parties.length).filter(i -> parties[i].firm() == firm)
                .toArray();
        double[][] u = FellegiSunter.estimateU(parties, members, settings.uSamples(), settings.seed());
        Map<Integer, Long> patterns = new HashMap<>();
        for (long pair : pairs) {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            if (parties[a].firm() == firm) {
                Level[] levels = Comparator.compare(parties[a], parties[b]);
                if (FellegiSunter.informative(levels)) {
                    patterns.merge(FellegiSunter.code(levels), 1L, Long::sum);
                }
            }
        }
        return FellegiSunter.estimate(patterns, u, FellegiSunter.defaults(), settings.emIterations());
    }

    /**
     * Union–find over CONFIRMED then MATCH links by descending score, refusing REJECTED pairs and
     * automatic unions of two valid different numbers.
     */
    private String[] cluster(List<Link> links) {
        Clustering clustering = new Clustering(parties.length);
        clustering.identities(validIdentities(parties));
        for (Link l : links) {
            if (l.decision() == LinkDecision.REJECTED) {
                clustering.cannotLink(l.a(), l.b());
            }
        }
        List<Link> joining = new ArrayList<>(links.stream()
                .filter(l -> l.decision() == LinkDecision.CONFIRMED || l.decision() == LinkDecision.MATCH).toList());
        joining.sort(java.util.Comparator.comparing((Link l) -> l.decision() != LinkDecision.CONFIRMED)
                .thenComparing(Link::score, java.util.Comparator.reverseOrder()));
        for (Link l : joining) {
            clustering.union(l.a(), l.b(), l.decision() == LinkDecision.CONFIRMED);
        }
        String[] ids = new String[parties.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = parties[i].id();
        }
        return clustering.resolvedIds(ids);
    }

    /** Each party's valid id number (its 15-digit core) or credit code, class-scoped; null when it has none. */
    static String[] validIdentities(StandardParty[] parties) {
        String[] out = new String[parties.length];
        for (int i = 0; i < parties.length; i++) {
            StandardParty p = parties[i];
            // persons by the 15-digit core: a legacy number converted with another century is the same number
            String core = p.firm() ? p.identity() : Comparator.legacyCore(p.identity());
            out[i] = p.identityValid() && core != null ? (p.firm() ? "F" : "P") + core : null;
        }
        return out;
    }

    /** The key of an unordered pair of indexes. */
    public static long pairKey(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | hi;
    }
}

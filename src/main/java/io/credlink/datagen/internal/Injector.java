package io.credlink.datagen.internal;

import static io.credlink.datagen.internal.Engine.ACCIDENT;
import static io.credlink.datagen.internal.Engine.AGENCY;
import static io.credlink.datagen.internal.Engine.AUTO;
import static io.credlink.datagen.internal.Engine.BROKER;
import static io.credlink.datagen.internal.Engine.GARAGE;
import static io.credlink.datagen.internal.Engine.HEALTH;
import static io.credlink.datagen.internal.Engine.HOSPITAL;
import static io.credlink.datagen.internal.Engine.LIABILITY;
import static io.credlink.datagen.internal.Engine.LINES;
import static io.credlink.datagen.internal.Engine.POLICY_FROM;
import static io.credlink.datagen.internal.Engine.PROPERTY;
import static io.credlink.datagen.internal.Engine.REFERENCE_DATE;
import static io.credlink.datagen.internal.Engine.consId;
import static io.credlink.datagen.internal.Engine.imdId;
import static io.credlink.datagen.internal.Engine.insId;
import static io.credlink.datagen.internal.Engine.pracId;
import static io.credlink.datagen.internal.Engine.provId;
import static io.credlink.datagen.internal.Fmt.OPEN;
import static io.credlink.datagen.internal.Fmt.date;
import static io.credlink.datagen.internal.Fmt.day;

import java.time.LocalDate;
import java.util.SplittableRandom;

import io.credlink.datagen.internal.Sinks.File;

/**
 * Injects the fraud cases of every DESIGN.md detector kind and the joint-sanction chains, and
 * writes their ground truth. Each case triggers exactly its own detector: its other facts are
 * clean (policies bought well before the loss, sellers affiliated, intermediaries contracted,
 * claims of one claimant far apart), so precision can be measured per kind.
 *
 * <p>Labels name what an alert of that kind would name (datasets/README.md "Ground truth").
 */
final class Injector {

    private final Engine e;
    private final SplittableRandom r;
    private final Sinks out;
    private int groupSeq;

    Injector(Engine e, SplittableRandom r) {
        this.e = e;
        this.r = r;
        this.out = e.out;
    }

    void injectAll() {
        for (int i = e.count(4, 1); i > 0; i--) {
            repeatSameSubject();
        }
        for (int i = e.count(4, 1); i > 0; i--) {
            repeatSameCause();
        }
        for (int i = e.count(4, 1); i > 0; i--) {
            repeatSameInvoice();
        }
        for (int i = e.count(10, 2); i > 0; i--) {
            insureAfterLoss();
        }
        for (int i = e.count(4, 1); i > 0; i--) {
            fakeUnconfirmed();
        }
        for (int i = e.count(4, 1); i > 0; i--) {
            fakeUnaffiliatedAgent();
        }
        for (int i = e.count(4, 1); i > 0; i--) {
            fakeUncontractedIntermediary();
        }
        for (int i = e.count(2, 1); i > 0; i--) {
            fictitiousAgent();
        }
        for (int i = e.count(2, 1); i > 0; i--) {
            fictitiousIntermediary();
        }
        int rings = e.count(3, 2);
        for (int i = 0; i < rings; i++) {
            ring(i);
        }
        for (int i = e.count(2, 1); i > 0; i--) {
            chainBlacklistedFirm();
        }
        for (int i = e.count(2, 1); i > 0; i--) {
            chainBlacklistedPractitioner();
        }
        for (int i = e.count(2, 1); i > 0; i--) {
            chainBlacklistedConsumer();
        }
        // last, so that the cases above stay as they were for a seed
        for (int i = e.count(2, 1); i > 0; i--) {
            repeatAcrossIds();
        }
        for (int i = e.count(2, 1); i > 0; i--) {
            priorLossAcrossIds();
        }
    }

    private String group(String prefix) {
        return prefix + "-" + Fmt.digits(++groupSeq, 5);
    }

    private void label(String kind, String group, String entityId) {
        out.row(File.LABELS, kind, group, entityId);
    }

    // ---------------------------------------------------------------- building blocks

    private int between(int from, int to) {
        return from + r.nextInt(Math.max(1, to - from));
    }

    private static int yearEnd(int start) {
        return (int) LocalDate.ofEpochDay(start).plusYears(1).toEpochDay() - 1;
    }

    private String policy(int ins, int holder, int line, int start, int agent, int imd, boolean confirmed, int cancel,
                          String subjectRef) {
        int end = yearEnd(start);
        String status = cancel != OPEN ? "CANCELLED" : end < REFERENCE_DATE ? "EXPIRED" : "ACTIVE";
        String id = e.nextPolicyId();
        out.row(File.POLICIES, id, insId(ins), consId(holder), consId(holder), LINES[line], date(start), date(end),
            Fmt.money(e.premium(line, false, r)), agent >= 0 ? pracId(agent) : null, imd >= 0 ? imdId(imd) : null,
            confirmed ? "true" : "false", status, date(cancel), subjectRef);
        return id;
    }

    /** A policy sold by an honest, affiliated seller on {@code start}; returns its id, insurer in e.saleIns. */
    private String honestPolicy(int holder, int line, int start, String subjectRef, int avoidInsurer) {
        for (int attempt = 0; attempt < 30; attempt++) {
            e.sell(start, line, r);
            if (e.saleIns != avoidInsurer) {
                break;
            }
        }
        return policy(e.saleIns, holder, line, start, e.saleAgent, e.saleImd, true, OPEN, subjectRef);
    }

    private String claim(String policyId, int claimant, int incident, int line, String cause, long amount, String status,
                         int adjuster, int provider, String subjectRef, String invoice) {
        String id = e.nextClaimId();
        int reported = Math.min(REFERENCE_DATE, incident + 1 + r.nextInt(6));
        out.row(File.CLAIMS, id, policyId, consId(claimant), date(incident), date(reported), Fmt.money(amount), cause,
            status, adjuster >= 0 ? pracId(adjuster) : null, provider >= 0 ? provId(provider) : null, subjectRef,
            invoice);
        return id;
    }

    private int honestAdjuster() {
        return e.adjusters[r.nextInt(e.adjusters.length)];
    }

    private String settledStatus() {
        int roll = r.nextInt(100);
        return roll < 55 ? "PAID" : roll < 75 ? "DENIED" : roll < 90 ? "FRAUD" : "OPEN";
    }

    private void phone(int consumer) {
        e.identifier(consId(consumer), "PHONE", Fmt.phoneWritten(Fmt.phone(e.phoneCounter++), r.nextInt(4)));
    }

    private int consumer() {
        int c = e.newConsumer(false, r);
        phone(c);
        return c;
    }

    private int insurerFor(int line) {
        int ins;
        do {
            ins = r.nextInt(e.nIns);
        } while (!e.supports(ins, line));
        return ins;
    }

    private void affiliation(int person, int org, String role, int from, int to) {
        out.row(File.AFFILIATIONS, pracId(person), Engine.orgId(org), role, date(from), date(to));
    }

    // ---------------------------------------------------------------- REPEAT_CLAIM

    /** One vehicle insured at two or three insurers, the same accident claimed on each within 0-2 days. */
    private void repeatSameSubject() {
        String g = group("RC");
        int c = consumer();
        String plate = e.plate(r);
        int incident = between(POLICY_FROM + 400, REFERENCE_DATE - 30);
        int n = r.nextInt(4) == 0 ? 3 : 2;
        int lastIns = -1;
        String cause = r.nextBoolean() ? "COLLISION" : "SCRATCH";
        for (int k = 0; k < n; k++) {
            int start = incident - 40 - r.nextInt(250);
            String pol = honestPolicy(c, AUTO, start, plate, lastIns);
            lastIns = e.saleIns;
            int day = incident + (k == 0 ? 0 : r.nextInt(3));
            int garage = e.pickProvider(GARAGE, r);
            String claim = claim(pol, c, day, AUTO, k == 0 ? cause : r.nextBoolean() ? cause : "COLLISION",
                e.claimAmount(AUTO, cause, r), k == 0 ? "PAID" : settledStatus(), honestAdjuster(), garage, plate,
                e.invoice(day));
            label("REPEAT_CLAIM", g, claim);
        }
    }

    /** The same hospital stay claimed from two health/accident policies at different insurers. */
    private void repeatSameCause() {
        String g = group("RC");
        int c = consumer();
        int line = r.nextInt(3) == 0 ? ACCIDENT : HEALTH;
        String cause = line == HEALTH ? "HOSPITALISATION" : "INJURY";
        int incident = between(POLICY_FROM + 400, REFERENCE_DATE - 30);
        int lastIns = -1;
        for (int k = 0; k < 2; k++) {
            String pol = honestPolicy(c, line, incident - 40 - r.nextInt(250), null, lastIns);
            lastIns = e.saleIns;
            int day = incident + (k == 0 ? 0 : r.nextInt(3));
            String claim = claim(pol, c, day, line, cause, e.claimAmount(line, cause, r),
                k == 0 ? "PAID" : settledStatus(), honestAdjuster(), e.pickProvider(HOSPITAL, r), null, e.invoice(day));
            label("REPEAT_CLAIM", g, claim);
        }
    }

    /** One hospital invoice submitted twice, weeks apart, under different causes and policies. */
    private void repeatSameInvoice() {
        String g = group("RC");
        int c = consumer();
        int incident = between(POLICY_FROM + 400, REFERENCE_DATE - 120);
        int second = incident + 20 + r.nextInt(70);
        String pol1 = honestPolicy(c, HEALTH, incident - 40 - r.nextInt(200), null, -1);
        String pol2 = honestPolicy(c, ACCIDENT, incident - 40 - r.nextInt(200), null, e.saleIns);
        int hospital = e.pickProvider(HOSPITAL, r);
        String invoice = e.invoice(incident);
        label("REPEAT_CLAIM", g, claim(pol1, c, incident, HEALTH, "SURGERY", e.claimAmount(HEALTH, "SURGERY", r), "PAID",
            honestAdjuster(), hospital, null, invoice));
        label("REPEAT_CLAIM", g, claim(pol2, c, second, ACCIDENT, "INJURY", e.claimAmount(ACCIDENT, "INJURY", r),
            settledStatus(), honestAdjuster(), hospital, null, invoice));
    }

    // ---------------------------------------------------------------- one claimant under two insurers' ids

    private Variants variants;

    /**
     * A person as two insurers report them: a new consumer and a copy under another id with the same valid id
     * number (or its 15-digit legacy form), the name in the same, traditional characters or pinyin, and the phone
     * written another way, in {@code truth/duplicates.csv}. Resolution joins the two; only a detector that sees
     * the resolved entity sees one claimant. Returns {original, copy}.
     */
    private int[] personUnderTwoIds() {
        if (variants == null) {
            variants = new Variants();
        }
        int c = e.consCount++;
        String[] name = Vocab.personName(r);
        String idNumber = e.personIdNumber(r);
        out.row(File.CONSUMERS, consId(c), name[0], idNumber, "PERSON");
        String phone = Fmt.phone(e.phoneCounter++);
        e.identifier(consId(c), "PHONE", Fmt.phoneWritten(phone, 0));
        e.identifier(consId(c), "ADDRESS", e.newAddress(r));
        int copy = e.consCount++;
        int roll = r.nextInt(3);
        String traditional = variants.traditional(name[0]);
        String copyName = roll == 0 && traditional != null ? traditional : roll == 1 ? variants.pinyin(name[0]) : name[0];
        out.row(File.CONSUMERS, consId(copy), copyName, r.nextBoolean() ? Codes.legacyId(idNumber) : idNumber, "PERSON");
        e.identifier(consId(copy), "PHONE", Fmt.phoneWritten(phone, 1 + r.nextInt(2)));
        out.row(File.DUPLICATES, consId(copy), consId(c));
        return new int[] {c, copy};
    }

    /** The same hospital stay claimed at two insurers, under each insurer's id of the person. */
    private void repeatAcrossIds() {
        String g = group("RC");
        int[] ids = personUnderTwoIds();
        int line = r.nextInt(3) == 0 ? ACCIDENT : HEALTH;
        String cause = line == HEALTH ? "HOSPITALISATION" : "INJURY";
        int incident = between(POLICY_FROM + 400, REFERENCE_DATE - 30);
        int lastIns = -1;
        for (int k = 0; k < 2; k++) {
            String pol = honestPolicy(ids[k], line, incident - 40 - r.nextInt(250), null, lastIns);
            lastIns = e.saleIns;
            int day = incident + (k == 0 ? 0 : r.nextInt(3));
            String claim = claim(pol, ids[k], day, line, cause, e.claimAmount(line, cause, r),
                k == 0 ? "PAID" : settledStatus(), honestAdjuster(), e.pickProvider(HOSPITAL, r), null, e.invoice(day));
            label("REPEAT_CLAIM", g, claim);
        }
    }

    /**
     * A loss claimed at one insurer under one id; days later cover of the same line bought at another insurer
     * under the other id, and the loss claimed again on it with the incident moved past the start.
     */
    private void priorLossAcrossIds() {
        String g = group("IAL");
        int[] ids = personUnderTwoIds();
        int line = r.nextInt(3) == 0 ? ACCIDENT : HEALTH;
        String cause = line == HEALTH ? "HOSPITALISATION" : "INJURY";
        int loss = between(POLICY_FROM + 400, REFERENCE_DATE - 60);
        String first = honestPolicy(ids[0], line, loss - 40 - r.nextInt(250), null, -1);
        claim(first, ids[0], loss, line, cause, e.claimAmount(line, cause, r), "PAID", honestAdjuster(),
            e.pickProvider(HOSPITAL, r), null, e.invoice(loss));
        int start = loss + 1 + r.nextInt(10);
        String cover = honestPolicy(ids[1], line, start, null, e.saleIns);
        // beyond the near-start window (7 days), within a month of the loss
        int claimed = start + 8 + r.nextInt(loss + 28 - start - 8 + 1);
        String again = claim(cover, ids[1], claimed, line, cause, e.claimAmount(line, cause, r), settledStatus(),
            honestAdjuster(), e.pickProvider(HOSPITAL, r), null, e.invoice(claimed));
        label("INSURE_AFTER_LOSS", g, again);
        label("INSURE_AFTER_LOSS", g, cover);
    }

    // ---------------------------------------------------------------- INSURE_AFTER_LOSS

    /** Cover bought after the loss: incident up to 45 days before start or 0-6 days after it. */
    private void insureAfterLoss() {
        String g = group("IAL");
        int c = consumer();
        int[] lines = {AUTO, HEALTH, PROPERTY, ACCIDENT};
        int line = lines[r.nextInt(lines.length)];
        int start = between(POLICY_FROM + 100, REFERENCE_DATE - 60);
        int incident = r.nextBoolean() ? start - 1 - r.nextInt(45) : start + r.nextInt(7);
        String ref = line == AUTO ? e.plate(r) : line == PROPERTY ? e.propertyRef() : null;
        String pol = honestPolicy(c, line, start, ref, -1);
        String cause = Engine.CAUSES[line][r.nextInt(Engine.CAUSES[line].length)];
        int provider = line == AUTO ? e.pickProvider(GARAGE, r) : line == PROPERTY ? -1 : e.pickProvider(HOSPITAL, r);
        String id = e.nextClaimId();
        int reported = Math.min(REFERENCE_DATE, Math.max(incident, start) + 1 + r.nextInt(5));
        out.row(File.CLAIMS, id, pol, consId(c), date(incident), date(reported), Fmt.money(e.claimAmount(line, cause, r)),
            cause, settledStatus(), pracId(honestAdjuster()), provider >= 0 ? provId(provider) : null, ref,
            provider >= 0 ? e.invoice(incident) : null);
        label("INSURE_AFTER_LOSS", g, id);
        label("INSURE_AFTER_LOSS", g, pol);
    }

    // ---------------------------------------------------------------- FAKE_POLICY

    private static final int[] SHORT_LINES = {AUTO, HEALTH, PROPERTY, ACCIDENT, LIABILITY};

    /** Policy paper the insurer cannot find in its books. */
    private void fakeUnconfirmed() {
        String g = group("FP");
        int c = consumer();
        int line = SHORT_LINES[r.nextInt(SHORT_LINES.length)];
        int start = between(POLICY_FROM, REFERENCE_DATE - 20);
        e.sell(start, line, r);
        String ref = line == AUTO ? e.plate(r) : null;
        label("FAKE_POLICY", g, policy(e.saleIns, c, line, start, e.saleAgent, e.saleImd, false, OPEN, ref));
    }

    /** A former agent still selling on an insurer's paper after the affiliation ended. */
    private void fakeUnaffiliatedAgent() {
        String g = group("FP");
        int line = SHORT_LINES[r.nextInt(SHORT_LINES.length)];
        int ins = insurerFor(line);
        boolean movedOn = r.nextBoolean();
        int rogue = e.newPractitioner("AGENT", movedOn ? "ACTIVE" : "EXITED", r);
        int left = between(day(2019, 6, 30), day(2022, 12, 31));
        affiliation(rogue, -(ins + 1), "AGENT", between(Engine.WINDOW_START, left - 400), left);
        if (movedOn) {
            int other = ins == 0 ? 1 : 0;
            affiliation(rogue, -(other + 1), "AGENT", left + 1, OPEN);
        }
        int start = Math.min(REFERENCE_DATE - 10, left + 60 + r.nextInt(900));
        int c = consumer();
        label("FAKE_POLICY", g, policy(ins, c, line, start, rogue, -1, true, OPEN, line == AUTO ? e.plate(r) : null));
    }

    /** An agency selling for an insurer after their contract ended. */
    private void fakeUncontractedIntermediary() {
        String g = group("FP");
        int line = SHORT_LINES[r.nextInt(SHORT_LINES.length)];
        int ins = insurerFor(line);
        int agency = e.newIntermediary(AGENCY, "ACTIVE", r);
        int ended = between(day(2019, 6, 30), day(2023, 6, 30));
        e.contract(agency, ins, between(Engine.WINDOW_START, ended - 500), ended);
        e.contract(agency, (ins + 1) % e.nIns, between(Engine.WINDOW_START, day(2018, 12, 31)), OPEN);
        int agent = e.newPractitioner("AGENT", "ACTIVE", r);
        affiliation(agent, agency, "AGENT", between(Engine.WINDOW_START, day(2018, 12, 31)), OPEN);
        int start = Math.min(REFERENCE_DATE - 10, ended + 30 + r.nextInt(700));
        int c = consumer();
        label("FAKE_POLICY", g, policy(ins, c, line, start, agent, agency, true, OPEN, line == AUTO ? e.plate(r) : null));
    }

    // ---------------------------------------------------------------- FICTITIOUS_BUSINESS

    /** Writes n policies in a burst, 45-70% cancelled 2-25 days after start; labels the early-cancelled ones. */
    private void commissionHarvest(String g, int ins, int[] agents, int imd) {
        int line = e.insLife[ins] ? (r.nextBoolean() ? HEALTH : ACCIDENT) : (r.nextBoolean() ? ACCIDENT : AUTO);
        int n = 12 + r.nextInt(9);
        int cancelled = (int) Math.ceil(n * (0.45 + 0.25 * r.nextDouble()));
        int burst = between(POLICY_FROM + 100, REFERENCE_DATE - 400);
        int holder = -1;
        for (int k = 0; k < n; k++) {
            if (holder < 0 || r.nextInt(3) > 0) {
                holder = consumer();
            }
            int start = burst + r.nextInt(180);
            boolean cancel = k % n < cancelled;
            int cancelOn = cancel ? start + 2 + r.nextInt(24) : OPEN;
            String pol = policy(ins, holder, line, start, agents[k % agents.length], imd, true, cancelOn,
                line == AUTO ? e.plate(r) : null);
            if (cancel) {
                label("FICTITIOUS_BUSINESS", g, pol);
            }
        }
    }

    private void fictitiousAgent() {
        String g = group("FB");
        int ins = r.nextInt(e.nIns);
        int agent = e.newPractitioner("AGENT", "ACTIVE", r);
        affiliation(agent, -(ins + 1), "AGENT", between(Engine.WINDOW_START, POLICY_FROM), OPEN);
        label("FICTITIOUS_BUSINESS", g, pracId(agent));
        commissionHarvest(g, ins, new int[] {agent}, -1);
    }

    private void fictitiousIntermediary() {
        String g = group("FB");
        int ins = r.nextInt(e.nIns);
        int agency = e.newIntermediary(AGENCY, "ACTIVE", r);
        e.contract(agency, ins, between(Engine.WINDOW_START, POLICY_FROM), OPEN);
        // three agents, none with ten policies: only the intermediary crosses the threshold
        int[] agents = new int[3];
        for (int k = 0; k < agents.length; k++) {
            agents[k] = e.newPractitioner("AGENT", "ACTIVE", r);
            affiliation(agents[k], agency, "AGENT", between(Engine.WINDOW_START, POLICY_FROM), OPEN);
        }
        label("FICTITIOUS_BUSINESS", g, imdId(agency));
        commissionHarvest(g, ins, agents, agency);
    }

    // ---------------------------------------------------------------- RING

    /**
     * Claimants who witness, drive and ride in each other's accidents, one garage (or hospital), one
     * adjuster and one agent, sharing phones, a bank account and a device; 3-4 claims per member in
     * about half a year, against a few tenths of a claim per honest consumer.
     */
    private void ring(int index) {
        String g = group("RING");
        boolean hospital = r.nextInt(4) == 0;
        int line = hospital ? ACCIDENT : AUTO;
        int ins = insurerFor(line);
        int provider = e.newProvider(hospital ? HOSPITAL : GARAGE, r);
        int adjuster = e.newPractitioner("ADJUSTER", "ACTIVE", r);
        affiliation(adjuster, -(ins + 1), "ADJUSTER", between(Engine.WINDOW_START, POLICY_FROM), OPEN);
        int agent = e.newPractitioner("AGENT", "ACTIVE", r);
        affiliation(agent, -(ins + 1), "AGENT", between(Engine.WINDOW_START, POLICY_FROM), OPEN);
        int k = 4 + r.nextInt(6);
        int[] members = new int[k];
        for (int m = 0; m < k; m++) {
            members[m] = e.newConsumer(false, r);
        }
        String phone1 = Fmt.phone(e.phoneCounter++);
        String phone2 = Fmt.phone(e.phoneCounter++);
        String bank = Fmt.bankAccount(e.bankCounter++);
        String device = Fmt.device(e.deviceCounter++);
        for (int m = 0; m < k; m++) {
            String id = consId(members[m]);
            String phone = m < 2 ? phone1 : m < 4 ? phone2 : Fmt.phone(e.phoneCounter++);
            e.identifier(id, "PHONE", Fmt.phoneWritten(phone, r.nextInt(4)));
            if (m % 2 == 0) {
                e.identifier(id, "BANK_ACCOUNT", Fmt.bankWritten(bank, r.nextInt(2)));
            }
            if (m >= 1 && m <= 3) {
                e.identifier(id, "DEVICE", device);
            }
        }
        // the garage is paid into the same account, the agent registered policies from the members' phone
        e.identifier(provId(provider), "BANK_ACCOUNT", Fmt.bankWritten(bank, r.nextInt(2)));
        e.identifier(pracId(agent), "PHONE", Fmt.phoneWritten(phone1, r.nextInt(4)));
        for (int m : members) {
            label("RING", g, consId(m));
        }
        label("RING", g, provId(provider));
        label("RING", g, pracId(adjuster));
        label("RING", g, pracId(agent));

        int w0 = between(POLICY_FROM + 300, REFERENCE_DATE - 420);
        String[] roles = hospital ? new String[] {"INJURED", "WITNESS"}
            : new String[] {"DRIVER", "WITNESS", "PASSENGER", "THIRD_PARTY"};
        int known = index % 3 == 0 ? r.nextInt(k) : -1;
        for (int m = 0; m < k; m++) {
            int start = w0 - 60 - r.nextInt(140);
            String plate = hospital ? null : e.plate(r);
            String pol = policy(ins, members[m], line, start, agent, -1, true, OPEN, plate);
            int windowEnd = yearEnd(start) - 1;
            int claims = 3 + r.nextInt(2);
            int gap = (windowEnd - w0) / claims;
            for (int j = 0; j < claims; j++) {
                // at least 25 days between one member's claims: no REPEAT_CLAIM pattern
                int incident = w0 + j * gap + r.nextInt(Math.max(1, gap - 25));
                String cause = hospital ? (r.nextBoolean() ? "INJURY" : "FRACTURE") : (r.nextInt(3) == 0 ? "SCRATCH" : "COLLISION");
                long amount = e.claimAmount(line, cause, r) * 2 + 1_000_000;
                String status = m == known && j == 0 ? "FRAUD" : incident > REFERENCE_DATE - 60 ? "OPEN" : "PAID";
                String claim = claim(pol, members[m], incident, line, cause, amount, status, adjuster, provider, plate,
                    e.invoice(incident));
                label("RING", g, claim);
                int others = 1 + r.nextInt(2);
                for (int o = 1; o <= others; o++) {
                    // offsets 1..k-1 never name the claimant; two offsets name two different members
                    e.party(claim, members[(m + 1 + (j + o) % (k - 1)) % k], roles[(j + o) % roles.length]);
                }
            }
        }
    }

    // ---------------------------------------------------------------- SANCTION_CHAIN

    private int decisionDay() {
        return between(day(2023, 1, 1), day(2025, 3, 31));
    }

    /** R1 + R3: a revoked agency, its executive and legal representative, who hold office elsewhere. */
    private void chainBlacklistedFirm() {
        String g = group("SC");
        int decided = decisionDay();
        int firm = e.newIntermediary(r.nextBoolean() ? AGENCY : BROKER, "REVOKED", r);
        e.contract(firm, r.nextInt(e.nIns), between(Engine.WINDOW_START, day(2018, 12, 31)), decided);
        int exec = e.newPractitioner("EXECUTIVE", "ACTIVE", r);
        int legal = e.newPractitioner("EXECUTIVE", "ACTIVE", r);
        int former = e.newPractitioner("EXECUTIVE", "ACTIVE", r);
        // in office on the decision date (the firm is wound up a few weeks later)
        affiliation(exec, firm, "EXECUTIVE", between(Engine.WINDOW_START, day(2020, 12, 31)), decided + 30 + r.nextInt(60));
        affiliation(legal, firm, "LEGAL_REPRESENTATIVE", between(Engine.WINDOW_START, day(2020, 12, 31)), decided + 30 + r.nextInt(60));
        // left a year before the decision: not reached by R1
        affiliation(former, firm, "EXECUTIVE", between(Engine.WINDOW_START, day(2019, 12, 31)), decided - 365 - r.nextInt(300));
        int otherA = e.newIntermediary(BROKER, "ACTIVE", r);
        int otherB = e.newIntermediary(AGENCY, "ACTIVE", r);
        int otherC = e.newIntermediary(AGENCY, "ACTIVE", r);
        for (int o : new int[] {otherA, otherB, otherC}) {
            e.contract(o, r.nextInt(e.nIns), between(Engine.WINDOW_START, day(2019, 12, 31)), OPEN);
        }
        affiliation(exec, otherA, "EXECUTIVE", decided - 200 - r.nextInt(600), OPEN);
        affiliation(legal, otherB, "LEGAL_REPRESENTATIVE", decided - 200 - r.nextInt(600), OPEN);
        affiliation(former, otherC, "EXECUTIVE", decided - 200 - r.nextInt(600), OPEN);
        String sanction = e.nextSanctionId();
        e.sanction(sanction, imdId(firm), "LICENSE_REVOKED", 5, true, decided, decided,
            r.nextBoolean() ? OPEN : decided + 5 * 365, "编制虚假材料骗取保险金、挪用保险费，情节严重", r);
        label("SANCTION_CHAIN", g, sanction);
        label("SANCTION_CHAIN", g, imdId(firm));
        label("SANCTION_CHAIN", g, pracId(exec));
        label("SANCTION_CHAIN", g, pracId(legal));
        label("SANCTION_CHAIN", g, imdId(otherA));
        label("SANCTION_CHAIN", g, imdId(otherB));
        out.row(File.CONTROLS, "FORMER_EXECUTIVE", pracId(former));
        out.row(File.CONTROLS, "FORMER_EXECUTIVE_ORG", imdId(otherC));
    }

    /** R2: a practitioner banned from the industry, still affiliated with an agency and an insurer. */
    private void chainBlacklistedPractitioner() {
        String g = group("SC");
        int decided = decisionDay();
        int person = e.newPractitioner("AGENT", "REVOKED", r);
        int agency = e.newIntermediary(AGENCY, "ACTIVE", r);
        int ins = r.nextInt(e.nIns);
        e.contract(agency, ins, between(Engine.WINDOW_START, day(2019, 12, 31)), OPEN);
        int pastIns = (ins + 1) % e.nIns;
        int past = between(day(2015, 6, 1), day(2018, 12, 31));
        affiliation(person, -(pastIns + 1), "AGENT", between(Engine.WINDOW_START - 900, past - 200), past);
        affiliation(person, agency, "AGENT", past + 1 + r.nextInt(60), OPEN);
        affiliation(person, -(ins + 1), "EMPLOYEE", decided - 300 - r.nextInt(300), OPEN);
        String sanction = e.nextSanctionId();
        e.sanction(sanction, pracId(person), "BAN_FROM_INDUSTRY", 4, true, decided, decided,
            r.nextBoolean() ? OPEN : decided + 10 * 365, "伪造投保单、冒领保险金", r);
        label("SANCTION_CHAIN", g, sanction);
        label("SANCTION_CHAIN", g, pracId(person));
        label("SANCTION_CHAIN", g, imdId(agency));
        label("SANCTION_CHAIN", g, insId(ins));
    }

    /** R4: a blacklisted consumer whose phone and bank account other consumers use too. */
    private void chainBlacklistedConsumer() {
        String g = group("SC");
        int decided = decisionDay();
        int subject = e.newConsumer(false, r);
        String phone = Fmt.phone(e.phoneCounter++);
        String bank = Fmt.bankAccount(e.bankCounter++);
        e.identifier(consId(subject), "PHONE", Fmt.phoneWritten(phone, r.nextInt(4)));
        e.identifier(consId(subject), "BANK_ACCOUNT", Fmt.bankWritten(bank, r.nextInt(2)));
        int byPhone = e.newConsumer(false, r);
        e.identifier(consId(byPhone), "PHONE", Fmt.phoneWritten(phone, r.nextInt(4)));
        int n = 1 + r.nextInt(2);
        String sanction = e.nextSanctionId();
        e.sanction(sanction, consId(subject), "CRIMINAL_REFERRAL", 5, true, decided, decided,
            decided + 5 * 365, "故意制造保险事故骗取保险金，移送公安机关", r);
        label("SANCTION_CHAIN", g, sanction);
        label("SANCTION_CHAIN", g, consId(subject));
        label("SANCTION_CHAIN", g, consId(byPhone));
        for (int i = 0; i < n; i++) {
            int byBank = e.newConsumer(r.nextInt(4) == 0, r);
            phone(byBank);
            e.identifier(consId(byBank), "BANK_ACCOUNT", Fmt.bankWritten(bank, r.nextInt(2)));
            label("SANCTION_CHAIN", g, consId(byBank));
        }
    }
}

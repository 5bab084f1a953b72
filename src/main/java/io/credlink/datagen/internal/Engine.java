package io.credlink.datagen.internal;

import static io.credlink.datagen.internal.Fmt.OPEN;
import static io.credlink.datagen.internal.Fmt.date;
import static io.credlink.datagen.internal.Fmt.day;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Map;
import java.util.SplittableRandom;

import io.credlink.datagen.internal.Sinks.File;

/**
 * The generator. Single-threaded and driven by one {@link SplittableRandom} per phase, so the
 * output is byte-identical for a seed. Rows go straight to disk; only compact per-entity arrays
 * (careers, contracts, counters) stay in memory, so heap grows with parties, not with rows.
 *
 * <p>Honest data is built so that no DESIGN.md detector fires on it (see datasets/README.md
 * "Honest data"); the fraud cases and sanction chains are injected afterwards by {@link Injector},
 * and {@link Planter} writes honest parties again as other insurers report them, and look-alikes.
 */
public final class Engine {

    /** Careers and contracts start here; policies from {@link #POLICY_FROM}; the dataset's "today". */
    static final int WINDOW_START = day(2015, 1, 1);
    static final int POLICY_FROM = day(2019, 1, 1);
    public static final int REFERENCE_DATE = day(2025, 6, 30);

    static final String[] LINES = {"AUTO", "HEALTH", "LIFE", "PROPERTY", "ACCIDENT", "LIABILITY", "OTHER"};
    static final int AUTO = 0;
    static final int HEALTH = 1;
    static final int LIFE = 2;
    static final int PROPERTY = 3;
    static final int ACCIDENT = 4;
    static final int LIABILITY = 5;
    static final int OTHER = 6;

    static final int GARAGE = 0;
    static final int HOSPITAL = 1;
    static final int PHARMACY = 2;
    static final int OTHER_PROVIDER = 3;
    static final String[] PROVIDER_KINDS = {"GARAGE", "HOSPITAL", "PHARMACY", "OTHER"};

    static final int AGENCY = 0;
    static final int BROKER = 1;
    static final int ADJUSTER_FIRM = 2;
    static final String[] IMD_KINDS = {"AGENCY", "BROKER", "ADJUSTER"};

    static final String[][] CAUSES = {
        {"COLLISION", "COLLISION", "COLLISION", "COLLISION", "SCRATCH", "SCRATCH", "GLASS", "FLOOD", "THEFT", "FIRE"},
        {"HOSPITALISATION", "HOSPITALISATION", "OUTPATIENT", "OUTPATIENT", "OUTPATIENT", "SURGERY"},
        {"DEATH", "CRITICAL_ILLNESS", "CRITICAL_ILLNESS"},
        {"WATER_DAMAGE", "WATER_DAMAGE", "FIRE", "THEFT", "STORM"},
        {"INJURY", "INJURY", "FRACTURE"},
        {"THIRD_PARTY_INJURY", "PROPERTY_DAMAGE", "PROPERTY_DAMAGE"},
        {"CARGO_DAMAGE", "BUSINESS_INTERRUPTION"}};
    /** Claims per policy-year by line. */
    private static final double[] CLAIM_RATE = {0.16, 0.2, 0.004, 0.05, 0.06, 0.08, 0.05};
    private static final double[] RENEW = {0.7, 0.55, 0, 0.65, 0.35, 0.7, 0.3};

    final Sinks out;
    final double scale;
    final long seed;

    // ---- insurers ----
    int nIns;
    boolean[] insLife;
    int[] houseAgent;

    // ---- intermediaries (honest ones are [0, nImdHonest); injected ones appended) ----
    int nImdHonest;
    int imdCount;
    byte[] imdKind;
    int[] imdExit;
    int[] conFirst;
    final IntList conIns = new IntList(1024);
    final IntList conFrom = new IntList(1024);
    final IntList conTo = new IntList(1024);
    int[] largeBrokers;

    // ---- practitioners ----
    int nPracHonest;
    int pracCount;
    int[] segFirst;
    byte[] segN;
    /** org &lt; 0: insurer -(org+1); org &ge; 0: intermediary. */
    final IntList segOrg = new IntList(4096);
    final IntList segFrom = new IntList(4096);
    final IntList segTo = new IntList(4096);
    int[] sellers;
    int[] adjusters;
    int[] lawyers;
    int[] agentPol;
    int[] agentEarly;
    int[] imdPol;
    int[] imdEarly;

    // ---- providers ----
    int provCount;
    int[][] providersByKind;
    int[] busyByKind;

    // ---- consumers ----
    int nConsHonest;
    int consCount;
    BitSet companies = new BitSet();

    // ---- counters for ids and unique identifier values ----
    long policyCount;
    long claimCount;
    long sanctionCount;
    long recordCount;
    long phoneCounter;
    long bankCounter;
    long emailCounter;
    long deviceCounter;
    long addressCounter;
    long vehicleCounter;
    long propertyCounter;
    long invoiceCounter;
    long licenseCounter;

    /** Remembers parties to copy while they are written; plants the copies and look-alikes at the end. */
    final Planter planter;
    /** The party being written whose identifiers the planter keeps, or null. */
    private Planter.Party capture;
    /** While planting: insurers a copy must not buy from (its original's), else null. */
    private BitSet avoidIns;

    Engine(Sinks out, double scale, long seed) {
        this.out = out;
        this.scale = scale;
        this.seed = seed;
        this.planter = new Planter(this, rng(10));
    }

    /** Writes a complete dataset into {@code dir} and returns the rows per file. */
    public static Map<String, Long> generate(Path dir, double scale, long seed) {
        try (Sinks sinks = new Sinks(dir)) {
            Engine e = new Engine(sinks, scale, seed);
            e.insurers(e.rng(1));
            e.intermediaries(e.rng(2));
            e.practitioners(e.rng(3));
            e.executives(e.rng(4));
            e.providers(e.rng(5));
            e.consumers(e.rng(6));
            new Injector(e, e.rng(7)).injectAll();
            e.background(e.rng(8));
            e.planter.plantAll(e.rng(9));
            sinks.close();
            return sinks.counts();
        }
    }

    SplittableRandom rng(int stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L);
    }

    int count(double perScaleUnit, int min) {
        return (int) Math.max(min, Math.round(perScaleUnit * scale));
    }

    // ---------------------------------------------------------------- ids

    static String insId(int i) {
        return Fmt.id("INS", i + 1, 4);
    }

    static String imdId(int i) {
        return Fmt.id("IMD", i + 1, 7);
    }

    static String pracId(int i) {
        return Fmt.id("PRC", i + 1, 8);
    }

    static String consId(int i) {
        return Fmt.id("CON", i + 1, 9);
    }

    static String provId(int i) {
        return Fmt.id("PRV", i + 1, 7);
    }

    String nextPolicyId() {
        return Fmt.id("POL", ++policyCount, 10);
    }

    String nextClaimId() {
        return Fmt.id("CLM", ++claimCount, 10);
    }

    String nextSanctionId() {
        return Fmt.id("SAN", ++sanctionCount, 8);
    }

    String nextRecordId() {
        return Fmt.id("REC", ++recordCount, 9);
    }

    static String orgId(int org) {
        return org < 0 ? insId(-org - 1) : imdId(org);
    }

    String license(String prefix, SplittableRandom r) {
        return prefix + Fmt.digits(Fmt.scatter(++licenseCounter, 1_000_000_000L), 9) + Fmt.digits(r.nextInt(100), 2);
    }

    // ---------------------------------------------------------------- insurers

    private void insurers(SplittableRandom r) {
        nIns = (int) Math.max(4, Math.round(20 * Math.pow(scale, 0.25)));
        insLife = new boolean[nIns];
        String[] types = {"财产保险股份有限公司", "人寿保险股份有限公司", "财产保险有限公司", "健康保险股份有限公司"};
        for (int i = 0; i < nIns; i++) {
            // insurer 0 writes property & casualty, insurer 1 life: every line has a carrier
            insLife[i] = i == 1 || (i > 1 && r.nextInt(100) < 30);
            String[] brand = Vocab.BRANDS[i % Vocab.BRANDS.length];
            String type = insLife[i] ? (r.nextInt(4) == 0 ? types[3] : types[1]) : (r.nextInt(4) == 0 ? types[2] : types[0]);
            String prefix = i < Vocab.BRANDS.length ? "" : Vocab.PLACES[(i / Vocab.BRANDS.length) % Vocab.PLACES.length][2];
            String name = r.nextInt(100) < 10
                ? brand[1] + (insLife[i] ? " Life Insurance Co., Ltd." : " Property & Casualty Insurance Co., Ltd.")
                : prefix + brand[0] + type;
            out.row(File.INSURERS, insId(i), name, license("0000", r), i > 3 && r.nextInt(100) < 5 ? "SUSPENDED" : "ACTIVE");
            identifier(insId(i), "PHONE", Fmt.phoneWritten(Fmt.phone(phoneCounter++), r.nextInt(3)));
            identifier(insId(i), "ADDRESS", newAddress(r));
        }
    }

    boolean supports(int ins, int line) {
        return insLife[ins] ? line == LIFE || line == HEALTH || line == ACCIDENT : line != LIFE;
    }

    // ---------------------------------------------------------------- intermediaries

    private void intermediaries(SplittableRandom r) {
        nImdHonest = count(200, 12);
        int cap = nImdHonest + count(40, 40);
        imdKind = new byte[cap];
        imdExit = new int[cap];
        conFirst = new int[cap + 1];
        IntList large = new IntList(16);
        for (int i = 0; i < nImdHonest; i++) {
            int roll = r.nextInt(100);
            // the first three cover every kind even in a tiny dataset
            int kind = i < 3 ? i : roll < 60 ? AGENCY : roll < 85 ? BROKER : ADJUSTER_FIRM;
            imdKind[i] = (byte) kind;
            boolean isLarge = kind == BROKER && (large.size() == 0 || r.nextInt(100) < 3);
            if (isLarge) {
                large.add(i);
            }
            int exit = !isLarge && r.nextInt(100) < 8 ? day(2019, 1, 1) + r.nextInt(day(2024, 12, 31) - day(2019, 1, 1)) : OPEN;
            imdExit[i] = exit;
            int place = Vocab.placeIndex(r);
            String[] brand = Vocab.BRANDS[r.nextInt(Vocab.BRANDS.length)];
            String suffix = kind == AGENCY ? "保险代理有限公司" : kind == BROKER ? "保险经纪有限公司" : "保险公估有限公司";
            String name = r.nextInt(100) < 7
                ? Vocab.PLACE_PINYIN[place] + " " + brand[1] + (kind == AGENCY ? " Insurance Agency" : kind == BROKER
                    ? " Insurance Brokers" : " Loss Adjusters") + " Co., Ltd."
                : Vocab.PLACES[place][2] + brand[0] + (isLarge ? "保险经纪股份有限公司" : suffix);
            String status = exit != OPEN ? "EXITED" : r.nextInt(100) < 4 ? "SUSPENDED" : "ACTIVE";
            String licenseNo = license("2" + kind, r);
            out.row(File.INTERMEDIARIES, imdId(i), name, IMD_KINDS[kind], licenseNo, status);
            capture = planter.intermediary(i, name, kind, licenseNo, status);
            identifier(imdId(i), "PHONE", Fmt.phoneWritten(Fmt.phone(phoneCounter++), r.nextInt(4)));
            identifier(imdId(i), "ADDRESS", newAddress(r));
            if (r.nextInt(100) < 50) {
                identifier(imdId(i), "BANK_ACCOUNT", Fmt.bankWritten(Fmt.bankAccount(bankCounter++), r.nextInt(2)));
            }
            capture = null;
            // contracts: one primary for the whole life of the firm, a few more (some ended)
            conFirst[i] = conIns.size();
            int n = isLarge ? 5 + r.nextInt(4) : 1 + (r.nextInt(100) < 60 ? r.nextInt(3) : 0);
            int primary = r.nextInt(nIns);
            contract(i, primary, WINDOW_START - 30 - r.nextInt(1500), exit);
            for (int k = 1; k < n; k++) {
                int ins = r.nextInt(nIns);
                if (ins == primary) {
                    continue;
                }
                int from = WINDOW_START + r.nextInt(REFERENCE_DATE - 400 - WINDOW_START);
                int to = r.nextInt(100) < 50 ? OPEN : from + 365 + r.nextInt(1500);
                to = Math.min(to, exit);
                if (to != OPEN && to < from + 30) {
                    continue;
                }
                contract(i, ins, from, to);
            }
        }
        imdCount = nImdHonest;
        conFirst[nImdHonest] = conIns.size();
        largeBrokers = new int[large.size()];
        for (int i = 0; i < large.size(); i++) {
            largeBrokers[i] = large.get(i);
        }
    }

    void contract(int imd, int ins, int from, int to) {
        conIns.add(ins);
        conFrom.add(from);
        conTo.add(to);
        out.row(File.CONTRACTS, imdId(imd), insId(ins), date(from), date(to));
    }

    int newIntermediary(int kind, String status, SplittableRandom r) {
        int i = nextIntermediary(kind, OPEN);
        int place = Vocab.placeIndex(r);
        String[] brand = Vocab.BRANDS[r.nextInt(Vocab.BRANDS.length)];
        String suffix = kind == AGENCY ? "保险代理有限公司" : kind == BROKER ? "保险经纪有限公司" : "保险公估有限公司";
        out.row(File.INTERMEDIARIES, imdId(i), Vocab.PLACES[place][2] + Vocab.PLACES[place][3 + r.nextInt(4)]
            + brand[0] + suffix, IMD_KINDS[kind], license("2" + kind, r), status);
        identifier(imdId(i), "PHONE", Fmt.phoneWritten(Fmt.phone(phoneCounter++), r.nextInt(4)));
        identifier(imdId(i), "ADDRESS", newAddress(r));
        return i;
    }

    /** The index of a new intermediary of that kind and exit day; the caller writes its row. */
    int nextIntermediary(int kind, int exit) {
        int i = imdCount++;
        if (i >= imdKind.length) {
            imdKind = java.util.Arrays.copyOf(imdKind, imdKind.length * 2);
            imdExit = java.util.Arrays.copyOf(imdExit, imdExit.length * 2);
        }
        imdKind[i] = (byte) kind;
        imdExit[i] = exit;
        return i;
    }

    // ---------------------------------------------------------------- practitioners

    private void practitioners(SplittableRandom r) {
        nPracHonest = count(1500, 60) + nIns;
        segFirst = new int[nPracHonest];
        segN = new byte[nPracHonest];
        agentPol = new int[nPracHonest];
        agentEarly = new int[nPracHonest];
        imdPol = new int[imdKind.length];
        imdEarly = new int[imdKind.length];
        IntList sell = new IntList(nPracHonest);
        IntList adj = new IntList(nPracHonest / 8);
        IntList law = new IntList(64);
        IntList execs = new IntList(nPracHonest / 5);
        houseAgent = new int[nIns];
        for (int p = 0; p < nPracHonest; p++) {
            int kind;
            segFirst[p] = segOrg.size();
            String status;
            if (p < nIns) {
                // one house agent per insurer, in force for the whole window: every line always has a seller
                kind = 0;
                houseAgent[p] = p;
                segment(p, -(p + 1), WINDOW_START - 100, OPEN);
                status = "ACTIVE";
            } else {
                int roll = r.nextInt(100);
                kind = roll < 55 ? 0 : roll < 63 ? 1 : roll < 73 ? 2 : roll < 90 ? 3 : 4;
                status = kind <= 2 ? career(p, kind, r) : "ACTIVE";
            }
            if (kind <= 1) {
                sell.add(p);
            } else if (kind == 2) {
                adj.add(p);
            } else if (kind == 3) {
                execs.add(p);
            }
            String[] name = Vocab.personName(r);
            String[] kinds = {"AGENT", "BROKER", "ADJUSTER", "EXECUTIVE", "OTHER"};
            boolean lawyer = kind == 4 && r.nextInt(2) == 0;
            if (lawyer) {
                law.add(p);
            }
            String written = Vocab.displayName(r, name);
            String idNumber = personIdNumber(r);
            String licenseNo = kind == 4 ? null : license("0" + kind, r);
            out.row(File.PRACTITIONERS, pracId(p), written, idNumber, kinds[kind], licenseNo, status);
            if (p >= nIns) {
                capture = planter.practitioner(p, name[0], written, idNumber, kind, licenseNo, status);
            }
            for (int s = segFirst[p]; s < segFirst[p] + segN[p]; s++) {
                int org = segOrg.get(s);
                planter.affiliation(p, org);
                String role = kind == 2 ? "ADJUSTER" : kind == 1 ? "EMPLOYEE" : org < 0 && r.nextInt(5) == 0 ? "EMPLOYEE" : "AGENT";
                out.row(File.AFFILIATIONS, pracId(p), orgId(org), role, date(segFrom.get(s)), date(segTo.get(s)));
            }
            if (kind == 4 && !lawyer) {
                int org = r.nextInt(3) == 0 ? -(r.nextInt(nIns) + 1) : r.nextInt(nImdHonest);
                int from = WINDOW_START + r.nextInt(1500);
                int to = org >= 0 ? imdExit[org] : OPEN;
                if (to == OPEN || to > from) {
                    out.row(File.AFFILIATIONS, pracId(p), orgId(org), "EMPLOYEE", date(from), date(to));
                    planter.affiliation(p, org);
                }
            }
            personIdentifiers(pracId(p), name, r);
            capture = null;
        }
        pracCount = nPracHonest;
        sellers = toArray(sell);
        adjusters = toArray(adj);
        lawyers = toArray(law);
        execPool = toArray(execs);
    }

    int[] execPool;

    private void segment(int p, int org, int from, int to) {
        segOrg.add(org);
        segFrom.add(from);
        segTo.add(to);
        segN[p]++;
    }

    /** A career of consecutive affiliations (job changes, sometimes gaps); returns the status. */
    private String career(int p, int kind, SplittableRandom r) {
        int t = r.nextInt(100) < 65 ? WINDOW_START - r.nextInt(2000) : WINDOW_START + r.nextInt(REFERENCE_DATE - 400 - WINDOW_START);
        while (segN[p] < 5) {
            int org = pickOrg(kind, t, r);
            int end = t + 365 + r.nextInt(365 * 5);
            if (org >= 0 && imdExit[org] != OPEN) {
                end = Math.min(end, imdExit[org]);
            }
            boolean leaves = r.nextInt(100) < 12;
            if (end >= REFERENCE_DATE && !(org >= 0 && imdExit[org] != OPEN)) {
                end = leaves ? REFERENCE_DATE - 1 - r.nextInt(Math.max(1, REFERENCE_DATE - t - 1)) : OPEN;
                if (end != OPEN && end <= t) {
                    end = OPEN;
                }
            }
            segment(p, org, t, end);
            if (end == OPEN) {
                return r.nextInt(100) < 3 ? "SUSPENDED" : "ACTIVE";
            }
            if (leaves || end >= REFERENCE_DATE) {
                return "EXITED";
            }
            t = end + 1 + (r.nextInt(100) < 12 ? 30 + r.nextInt(200) : 0);
            if (t >= REFERENCE_DATE) {
                return "EXITED";
            }
        }
        return "EXITED";
    }

    private int pickOrg(int kind, int t, SplittableRandom r) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int org;
            if (kind == 0) {
                org = r.nextInt(100) < 45 ? -(r.nextInt(nIns) + 1) : r.nextInt(nImdHonest);
                if (org >= 0 && imdKind[org] != AGENCY) {
                    continue;
                }
            } else if (kind == 1) {
                org = r.nextInt(100) < 30 ? largeBrokers[r.nextInt(largeBrokers.length)] : r.nextInt(nImdHonest);
                if (imdKind[org] != BROKER) {
                    continue;
                }
            } else {
                org = r.nextInt(100) < 50 ? -(r.nextInt(nIns) + 1) : r.nextInt(nImdHonest);
                if (org >= 0 && imdKind[org] != ADJUSTER_FIRM) {
                    continue;
                }
            }
            if (org >= 0 && imdExit[org] <= t + 30) {
                continue;
            }
            return org;
        }
        return -(r.nextInt(nIns) + 1);
    }

    int newPractitioner(String kind, String status, SplittableRandom r) {
        int p = pracCount++;
        String[] name = Vocab.personName(r);
        out.row(File.PRACTITIONERS, pracId(p), Vocab.displayName(r, name), personIdNumber(r), kind,
            license("09", r), status);
        personIdentifiers(pracId(p), name, r);
        return p;
    }

    // ---------------------------------------------------------------- executives

    private void executives(SplittableRandom r) {
        for (int org = -nIns; org < nImdHonest; org++) {
            int exit = org >= 0 ? imdExit[org] : OPEN;
            office(org, "LEGAL_REPRESENTATIVE", exit, r);
            int n = org < 0 ? 3 + r.nextInt(3) : 1 + r.nextInt(2);
            for (int k = 0; k < n; k++) {
                office(org, "EXECUTIVE", exit, r);
            }
            if (org >= 0 && r.nextInt(100) < 20) {
                office(org, "SHAREHOLDER", exit, r);
            }
        }
    }

    private void office(int org, String role, int exit, SplittableRandom r) {
        int holder = execPool[r.nextInt(execPool.length)];
        int from = WINDOW_START - r.nextInt(2500);
        int to = exit;
        if (r.nextInt(100) < 30) {
            int change = WINDOW_START + r.nextInt(REFERENCE_DATE - 200 - WINDOW_START);
            if (change < exit) {
                out.row(File.AFFILIATIONS, pracId(holder), orgId(org), role, date(from), date(change));
                planter.affiliation(holder, org);
                holder = execPool[r.nextInt(execPool.length)];
                from = change + 1;
            }
        }
        out.row(File.AFFILIATIONS, pracId(holder), orgId(org), role, date(from), date(to));
        planter.affiliation(holder, org);
    }

    // ---------------------------------------------------------------- providers

    private void providers(SplittableRandom r) {
        int n = count(200, 24);
        IntList[] byKind = {new IntList(n), new IntList(n), new IntList(n), new IntList(n)};
        for (int i = 0; i < n; i++) {
            int roll = i < 4 ? i * 30 : r.nextInt(100);
            int kind = roll < 45 ? GARAGE : roll < 70 ? HOSPITAL : roll < 90 ? PHARMACY : OTHER_PROVIDER;
            byKind[kind].add(i);
            writeProvider(i, kind, r);
        }
        provCount = n;
        providersByKind = new int[4][];
        busyByKind = new int[4];
        for (int k = 0; k < 4; k++) {
            providersByKind[k] = toArray(byKind[k]);
            busyByKind[k] = Math.max(1, providersByKind[k].length * 3 / 100);
            for (int b = 0; b < busyByKind[k] && k != OTHER_PROVIDER; b++) {
                out.row(File.CONTROLS, "BUSY_PROVIDER", provId(providersByKind[k][b]));
            }
        }
    }

    private void writeProvider(int i, int kind, SplittableRandom r) {
        int place = Vocab.placeIndex(r);
        String[] p = Vocab.PLACES[place];
        String[] brand = Vocab.BRANDS[r.nextInt(Vocab.BRANDS.length)];
        String name;
        switch (kind) {
            case GARAGE:
                name = r.nextInt(100) < 8 ? Vocab.PLACE_PINYIN[place] + " " + brand[1] + " Auto Repair, Ltd."
                    : p[2] + brand[0] + (r.nextInt(2) == 0 ? "汽车维修服务有限公司" : "汽车销售服务有限公司");
                break;
            case HOSPITAL:
                name = r.nextInt(3) == 0 ? p[2] + "第" + "一二三四五六七八九".charAt(r.nextInt(9)) + "人民医院"
                    : p[2] + p[3 + r.nextInt(4)] + (r.nextInt(2) == 0 ? "中医院" : brand[0] + "医院");
                break;
            case PHARMACY:
                name = p[2] + brand[0] + "大药房" + (r.nextInt(2) == 0 ? "连锁有限公司" : p[3 + r.nextInt(4)] + "店");
                break;
            default:
                name = p[2] + brand[0] + (r.nextInt(2) == 0 ? "物业维修服务中心" : "家政服务有限公司");
        }
        out.row(File.PROVIDERS, provId(i), name, PROVIDER_KINDS[kind]);
        identifier(provId(i), "PHONE", Fmt.phoneWritten(Fmt.phone(phoneCounter++), r.nextInt(4)));
        identifier(provId(i), "ADDRESS", newAddress(r));
    }

    int newProvider(int kind, SplittableRandom r) {
        int i = provCount++;
        writeProvider(i, kind, r);
        return i;
    }

    int pickProvider(int kind, SplittableRandom r) {
        int[] list = providersByKind[kind];
        if (list.length == 0) {
            return -1;
        }
        return r.nextInt(100) < 35 ? list[r.nextInt(busyByKind[kind])] : list[r.nextInt(list.length)];
    }

    // ---------------------------------------------------------------- selling

    /** The result of {@link #sell}: agent, insurer, intermediary (-1 for none). */
    int saleAgent;
    int saleIns;
    int saleImd;

    /**
     * Picks an honest seller affiliated in force on {@code date} and an insurer that writes the line:
     * directly (the agent's insurer) or through the agent's intermediary's contract in force.
     */
    void sell(int date, int line, SplittableRandom r) {
        for (int attempt = 0; attempt < 40; attempt++) {
            int a = sellers[r.nextInt(sellers.length)];
            int org = Integer.MIN_VALUE;
            for (int s = segFirst[a]; s < segFirst[a] + segN[a]; s++) {
                if (segFrom.get(s) <= date && date <= segTo.get(s)) {
                    org = segOrg.get(s);
                    break;
                }
            }
            if (org == Integer.MIN_VALUE) {
                continue;
            }
            if (org < 0) {
                if (!supports(-org - 1, line)) {
                    continue;
                }
                saleAgent = a;
                saleIns = -org - 1;
                saleImd = -1;
                return;
            }
            int candidates = 0;
            int chosen = -1;
            for (int c = conFirst[org]; c < conFirst[org + 1]; c++) {
                if (conFrom.get(c) <= date && date <= conTo.get(c) && supports(conIns.get(c), line)) {
                    // reservoir pick among the contracts in force
                    if (r.nextInt(++candidates) == 0) {
                        chosen = conIns.get(c);
                    }
                }
            }
            if (chosen < 0) {
                continue;
            }
            saleAgent = a;
            saleIns = chosen;
            saleImd = org;
            return;
        }
        int ins;
        do {
            ins = r.nextInt(nIns);
        } while (!supports(ins, line));
        saleAgent = houseAgent[ins];
        saleIns = ins;
        saleImd = -1;
    }

    /** {@link #sell}, then again while the insurer is one a planted copy must avoid; an insurer's house agent at last. */
    private void sellAvoiding(int date, int line, SplittableRandom r) {
        sell(date, line, r);
        if (avoidIns == null) {
            return;
        }
        for (int attempt = 0; attempt < 30 && avoidIns.get(saleIns); attempt++) {
            sell(date, line, r);
        }
        for (int k = 1; k <= nIns && avoidIns.get(saleIns); k++) {
            int ins = (saleIns + k) % nIns;
            if (!avoidIns.get(ins) && supports(ins, line)) {
                saleAgent = houseAgent[ins];
                saleIns = ins;
                saleImd = -1;
            }
        }
    }

    /**
     * A policy chain (with renewals and claims) for a consumer planted after the honest population,
     * as a household of one. {@code avoid}: insurers it must not buy from; {@code priorDays}: the
     * incidents of the same person under another id, from which its own keep their distance. Both may be null.
     */
    void plantedPolicies(int consumer, int line, String subjectRef, BitSet avoid, IntList priorDays, SplittableRandom r) {
        family[0] = consumer;
        claimDays[0].clear();
        for (int i = 0; priorDays != null && i < priorDays.size(); i++) {
            claimDays[0].add(priorDays.get(i));
        }
        avoidIns = avoid;
        try {
            chain(line, consumer, consumer, subjectRef, 0, 1, r);
        } finally {
            avoidIns = null;
        }
    }

    // ---------------------------------------------------------------- consumers, policies, claims

    private int[] family = new int[8];
    private final IntList[] claimDays = {new IntList(8), new IntList(8), new IntList(8), new IntList(8), new IntList(8)};

    private void consumers(SplittableRandom r) {
        nConsHonest = count(8000, 300);
        while (consCount < nConsHonest) {
            household(r);
        }
        for (int p = 0; p < nPracHonest; p++) {
            if (agentPol[p] >= 10 && agentEarly[p] > 0) {
                out.row(File.CONTROLS, "BUSY_AGENT", pracId(p));
            }
        }
        for (int b : largeBrokers) {
            out.row(File.CONTROLS, "LARGE_BROKER", imdId(b));
        }
    }

    private void household(SplittableRandom r) {
        boolean company = r.nextInt(100) < 12;
        int roll = r.nextInt(100);
        int size = company ? 1 : roll < 30 ? 1 : roll < 60 ? 2 : roll < 85 ? 3 : roll < 95 ? 4 : 5;
        int placeIdx = Vocab.placeIndex(r);
        String address = newAddress(r, placeIdx);
        String headPhone = null;
        String[] surname = Vocab.SURNAMES[Vocab.skewed(r, Vocab.SURNAMES.length)];
        for (int m = 0; m < size; m++) {
            int c = consCount++;
            family[m] = c;
            claimDays[m].clear();
            String id = consId(c);
            if (company) {
                companies.set(c);
                String name = Vocab.companyName(r, placeIdx);
                String code = companyCode(r);
                out.row(File.CONSUMERS, id, name, code, "COMPANY");
                capture = planter.company(c, name, code, placeIdx);
            } else {
                // the head and the children carry the family surname, the spouse (member 1) their own
                String[] name = m == 1 ? Vocab.personName(r) : Vocab.personName(r, surname);
                String written = Vocab.displayName(r, name);
                String idNumber = personIdNumber(r);
                out.row(File.CONSUMERS, id, written, idNumber, "PERSON");
                capture = planter.person(c, name[0], written, idNumber);
                if (r.nextInt(100) < 60) {
                    identifier(id, "EMAIL", Fmt.emailWritten(Fmt.email(name[2], emailCounter++, r.nextInt(6)), r.nextInt(3)));
                }
                if (r.nextInt(100) < 40) {
                    identifier(id, "DEVICE", Fmt.device(deviceCounter++));
                }
            }
            identifier(id, "ADDRESS", Fmt.addressWritten(address, r.nextInt(3)));
            if (size > 1) {
                out.row(File.CONTROLS, "FAMILY_ADDRESS", id);
            }
            String phone;
            if (m > 0 && r.nextInt(100) < 15) {
                phone = headPhone;
                out.row(File.CONTROLS, "SHARED_FAMILY_PHONE", id);
                if (m >= 2) {
                    planter.household(family[0], c);
                }
            } else {
                phone = Fmt.phone(phoneCounter++);
            }
            if (m == 0) {
                headPhone = phone;
            }
            identifier(id, "PHONE", Fmt.phoneWritten(phone, r.nextInt(4)));
            if (r.nextInt(100) < (company ? 90 : 65)) {
                identifier(id, "BANK_ACCOUNT", Fmt.bankWritten(Fmt.bankAccount(bankCounter++), r.nextInt(2)));
            }
            if (company) {
                identifier(id, "EMAIL", Fmt.emailWritten(Fmt.email("service", emailCounter++, r.nextInt(6)), r.nextInt(3)));
            }
            capture = null;
        }
        for (int m = 0; m < size; m++) {
            int c = family[m];
            if (company) {
                if (r.nextInt(100) < 70) {
                    chain(PROPERTY, c, c, propertyRef(), m, size, r);
                }
                if (r.nextInt(100) < 45) {
                    chain(LIABILITY, c, c, null, m, size, r);
                }
                if (r.nextInt(100) < 35) {
                    int vehicles = 2 + r.nextInt(5);
                    for (int v = 0; v < vehicles; v++) {
                        chain(AUTO, c, c, plate(r), m, size, r);
                    }
                }
                if (r.nextInt(100) < 15) {
                    chain(OTHER, c, c, null, m, size, r);
                }
                continue;
            }
            boolean adult = m < 2;
            int holder = adult ? c : family[0];
            if (adult && r.nextInt(100) < 62) {
                chain(AUTO, c, c, plate(r), m, size, r);
                if (r.nextInt(100) < 12) {
                    chain(AUTO, c, c, plate(r), m, size, r);
                }
            }
            if (r.nextInt(100) < 35) {
                chain(HEALTH, holder, c, null, m, size, r);
            }
            if (r.nextInt(100) < 25) {
                chain(ACCIDENT, holder, c, null, m, size, r);
            }
            if (adult && r.nextInt(100) < 15) {
                chain(LIFE, c, c, null, m, size, r);
            }
            if (m == 0 && r.nextInt(100) < 22) {
                chain(PROPERTY, c, c, propertyRef(), m, size, r);
            }
        }
    }

    /** A policy and its renewals for one subject; claims on each. */
    private void chain(int line, int holder, int insured, String subjectRef, int member, int size, SplittableRandom r) {
        int start = POLICY_FROM + r.nextInt(REFERENCE_DATE - 40 - POLICY_FROM);
        while (true) {
            sellAvoiding(start, line, r);
            planter.policy(holder, insured, saleIns);
            int agent = saleAgent;
            int imd = saleImd;
            int end = line == LIFE ? start + 7304 : (int) LocalDate.ofEpochDay(start).plusYears(1).toEpochDay() - 1;
            int cancel = OPEN;
            agentPol[agent]++;
            if (imd >= 0) {
                imdPol[imd]++;
            }
            int roll = r.nextInt(1000);
            if (roll < 25) {
                // early cancellation (cooling-off): only while the seller stays well below the FICTITIOUS_BUSINESS ratio
                int cand = start + 3 + r.nextInt(26);
                if (cand < REFERENCE_DATE && (agentEarly[agent] + 1) * 5 <= agentPol[agent]
                    && (imd < 0 || (imdEarly[imd] + 1) * 5 <= imdPol[imd])) {
                    cancel = cand;
                    agentEarly[agent]++;
                    if (imd >= 0) {
                        imdEarly[imd]++;
                    }
                }
            } else if (roll < 65) {
                int cand = start + 60 + r.nextInt(Math.max(1, Math.min(end, start + 365) - start - 60));
                if (cand < REFERENCE_DATE) {
                    cancel = cand;
                }
            }
            String status;
            if (cancel != OPEN) {
                status = "CANCELLED";
            } else if (line == LIFE) {
                status = r.nextInt(100) < 8 ? "LAPSED" : "ACTIVE";
            } else if (end < REFERENCE_DATE) {
                status = line == HEALTH && r.nextInt(100) < 15 ? "LAPSED" : "EXPIRED";
            } else {
                status = "ACTIVE";
            }
            String policyId = nextPolicyId();
            out.row(File.POLICIES, policyId, insId(saleIns), consId(holder), consId(insured), LINES[line], date(start),
                date(end), Fmt.money(premium(line, companies.get(holder), r)), pracId(agent),
                imd >= 0 ? imdId(imd) : null, "true", status, date(cancel), subjectRef);
            honestClaims(policyId, line, insured, subjectRef, start, Math.min(end, cancel - 1), member, size, r);
            if (cancel != OPEN || line == LIFE || "LAPSED".equals(status) || end + 1 > REFERENCE_DATE - 40
                || r.nextDouble() >= RENEW[line]) {
                return;
            }
            start = end + 1;
        }
    }

    private void honestClaims(String policyId, int line, int claimant, String subjectRef, int start, int end,
                              int member, int size, SplittableRandom r) {
        // incidents from 15 days after start: far from the INSURE_AFTER_LOSS window
        int from = start + 15;
        int to = Math.min(end, REFERENCE_DATE - 1);
        if (to <= from) {
            return;
        }
        double lambda = CLAIM_RATE[line] * (to - from) / 365.0;
        int k = 0;
        double p = Math.exp(-lambda);
        double u = r.nextDouble();
        double cum = p;
        while (u > cum && k < 6) {
            k++;
            p *= lambda / k;
            cum += p;
        }
        IntList days = claimDays[member];
        for (int i = 0; i < k; i++) {
            int incident = -1;
            for (int attempt = 0; attempt < 4 && incident < 0; attempt++) {
                int d = from + r.nextInt(to - from);
                boolean clear = true;
                // one claimant never has two incidents within 5 days: no REPEAT_CLAIM by accident
                for (int j = 0; j < days.size() && clear; j++) {
                    clear = Math.abs(days.get(j) - d) > 5;
                }
                if (clear) {
                    incident = d;
                }
            }
            if (incident < 0) {
                continue;
            }
            days.add(incident);
            planter.claim(claimant, incident);
            honestClaim(policyId, line, claimant, subjectRef, incident, member, size, r);
        }
    }

    private void honestClaim(String policyId, int line, int claimant, String subjectRef, int incident, int member,
                             int size, SplittableRandom r) {
        String cause = CAUSES[line][r.nextInt(CAUSES[line].length)];
        int reported = Math.min(REFERENCE_DATE, incident + r.nextInt(12));
        String status;
        int roll = r.nextInt(100);
        if (incident > REFERENCE_DATE - 60 && roll < 70) {
            status = "OPEN";
        } else {
            status = roll < 84 ? "PAID" : roll < 94 ? "DENIED" : "WITHDRAWN";
        }
        int provider = -1;
        switch (line) {
            case AUTO:
                provider = r.nextInt(100) < 90 ? pickProvider(GARAGE, r) : -1;
                break;
            case HEALTH:
                provider = pickProvider(r.nextInt(100) < 75 ? HOSPITAL : PHARMACY, r);
                break;
            case ACCIDENT:
                provider = pickProvider(HOSPITAL, r);
                break;
            case LIFE:
            case LIABILITY:
                provider = r.nextInt(100) < 45 ? pickProvider(HOSPITAL, r) : -1;
                break;
            case PROPERTY:
                provider = r.nextInt(100) < 30 ? pickProvider(OTHER_PROVIDER, r) : -1;
                break;
            default:
                break;
        }
        String claimId = nextClaimId();
        out.row(File.CLAIMS, claimId, policyId, consId(claimant), date(incident), date(reported),
            Fmt.money(claimAmount(line, cause, r)), cause, status,
            r.nextInt(100) < 85 ? pracId(adjusters[r.nextInt(adjusters.length)]) : null,
            provider >= 0 ? provId(provider) : null, subjectRef, provider >= 0 ? invoice(incident) : null);
        int roll2 = r.nextInt(100);
        switch (line) {
            case AUTO:
                if (size > 1 && roll2 < 8) {
                    party(claimId, family[(member + 1) % size], "DRIVER");
                }
                if (r.nextInt(100) < 10) {
                    party(claimId, size > 1 && r.nextInt(2) == 0 ? family[(member + 1) % size] : stranger(r), "PASSENGER");
                }
                if (("COLLISION".equals(cause) || "SCRATCH".equals(cause)) && r.nextInt(100) < 35) {
                    party(claimId, stranger(r), "THIRD_PARTY");
                }
                if (r.nextInt(100) < 8) {
                    party(claimId, stranger(r), "WITNESS");
                }
                break;
            case LIFE:
                party(claimId, size > 1 ? family[(member + 1) % size] : stranger(r), "BENEFICIARY");
                break;
            case LIABILITY:
                if (roll2 < 70) {
                    party(claimId, stranger(r), "INJURED");
                }
                break;
            case PROPERTY:
                if (roll2 < 10) {
                    party(claimId, stranger(r), "THIRD_PARTY");
                }
                break;
            default:
                break;
        }
        if (r.nextInt(100) < (line == LIABILITY ? 12 : 2) && lawyers.length > 0) {
            out.row(File.CLAIM_PARTIES, claimId, pracId(lawyers[r.nextInt(lawyers.length)]), "LAWYER");
        }
    }

    private int stranger(SplittableRandom r) {
        // any honest consumer outside the current household (members are consecutive)
        int first = family[0];
        while (true) {
            int c = r.nextInt(nConsHonest);
            if (c < first || c > first + 4) {
                return c;
            }
        }
    }

    void party(String claimId, int consumer, String role) {
        out.row(File.CLAIM_PARTIES, claimId, consId(consumer), role);
    }

    long premium(int line, boolean company, SplittableRandom r) {
        double lo;
        double hi;
        switch (line) {
            case AUTO: lo = 1800; hi = 9000; break;
            case HEALTH: lo = 300; hi = 4500; break;
            case LIFE: lo = 3000; hi = 30000; break;
            case PROPERTY: lo = company ? 5000 : 200; hi = company ? 90000 : 1600; break;
            case ACCIDENT: lo = 100; hi = 600; break;
            case LIABILITY: lo = 2000; hi = 50000; break;
            default: lo = 1000; hi = 20000;
        }
        return Math.round(100 * lo * Math.pow(hi / lo, r.nextDouble()));
    }

    long claimAmount(int line, String cause, SplittableRandom r) {
        double lo;
        double hi;
        switch (line) {
            case AUTO:
                lo = "THEFT".equals(cause) ? 50000 : 800;
                hi = "THEFT".equals(cause) ? 250000 : 30000;
                break;
            case HEALTH: lo = 300; hi = 60000; break;
            case LIFE: lo = 100000; hi = 1000000; break;
            case PROPERTY: lo = 2000; hi = 100000; break;
            case ACCIDENT: lo = 1000; hi = 30000; break;
            case LIABILITY: lo = 5000; hi = 200000; break;
            default: lo = 1000; hi = 50000;
        }
        return Math.round(100 * lo * Math.pow(hi / lo, r.nextDouble()));
    }

    /** Unique invoice number (fraud cases reuse one on purpose). */
    String invoice(int incident) {
        return "FP" + Fmt.year(incident) + Fmt.digits(Fmt.scatter(invoiceCounter++, 1_000_000_000_000L), 12);
    }

    String plate(SplittableRandom r) {
        long p = Fmt.scatter(vehicleCounter++, 1_000_000_000L);
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String alnum = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder sb = new StringBuilder(Vocab.PLACES[r.nextInt(Vocab.PLACES.length)][0]);
        sb.append(letters.charAt((int) (p / 45_435_424L) % letters.length()));
        long rest = p % 45_435_424L;
        char[] tail = new char[5];
        for (int i = 4; i >= 0; i--) {
            tail[i] = alnum.charAt((int) (rest % 34));
            rest /= 34;
        }
        return sb.append(tail).toString();
    }

    String propertyRef() {
        return "不动产权第" + Fmt.digits(Fmt.scatter(propertyCounter++, 10_000_000L), 7) + "号";
    }

    // ---------------------------------------------------------------- parties' attributes

    static final String[] REGIONS = {"110105", "310115", "440305", "440106", "330106", "320106", "320508",
        "510104", "420103", "370202", "410105", "430104", "350203", "610113", "500103", "120101"};

    String personIdNumber(SplittableRandom r) {
        LocalDate birth = LocalDate.ofEpochDay(day(1950, 1, 1) + r.nextInt(20000));
        String body = REGIONS[r.nextInt(REGIONS.length)] + birth.toString().replace("-", "") + Fmt.digits(r.nextInt(1000), 3);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A valid unified social credit code (GB 32100) registered in one of the regions. */
    String companyCode(SplittableRandom r) {
        String region = REGIONS[r.nextInt(REGIONS.length)];
        StringBuilder draws = new StringBuilder(10);
        // ten draws as in earlier versions, so the rest of a dataset stays as it was; the last two
        // positions are check characters now
        for (int i = 0; i < 10; i++) {
            draws.append(Codes.CREDIT_CHARS.charAt(r.nextInt(Codes.CREDIT_CHARS.length())));
        }
        return Codes.creditCode(region, draws);
    }

    void personIdentifiers(String id, String[] name, SplittableRandom r) {
        identifier(id, "PHONE", Fmt.phoneWritten(Fmt.phone(phoneCounter++), r.nextInt(4)));
        if (r.nextInt(100) < 50) {
            identifier(id, "EMAIL", Fmt.emailWritten(Fmt.email(name[2], emailCounter++, r.nextInt(6)), r.nextInt(3)));
        }
        if (r.nextInt(100) < 40) {
            identifier(id, "ADDRESS", newAddress(r));
        }
    }

    void identifier(String entityId, String kind, String value) {
        out.row(File.IDENTIFIERS, entityId, kind, value);
        if (capture != null) {
            capture.identifier(entityId, kind, value);
        }
    }

    String newAddress(SplittableRandom r) {
        return Fmt.addressWritten(newAddress(r, Vocab.placeIndex(r)), r.nextInt(3));
    }

    String newAddress(SplittableRandom r, int placeIdx) {
        return Fmt.address(addressCounter++, Vocab.PLACES[placeIdx], r.nextInt(4), Vocab.ROADS[r.nextInt(Vocab.ROADS.length)]);
    }

    /** A new consumer (not in any household) with its own phone and address; returns its index. */
    int newConsumer(boolean company, SplittableRandom r) {
        int c = consCount++;
        int place = Vocab.placeIndex(r);
        if (company) {
            companies.set(c);
            out.row(File.CONSUMERS, consId(c), Vocab.companyName(r, place), companyCode(r), "COMPANY");
        } else {
            String[] name = Vocab.personName(r);
            out.row(File.CONSUMERS, consId(c), Vocab.displayName(r, name), personIdNumber(r), "PERSON");
            if (r.nextInt(100) < 50) {
                identifier(consId(c), "EMAIL", Fmt.emailWritten(Fmt.email(name[2], emailCounter++, r.nextInt(6)), r.nextInt(3)));
            }
        }
        identifier(consId(c), "ADDRESS", Fmt.addressWritten(newAddress(r, place), r.nextInt(3)));
        return c;
    }

    // ---------------------------------------------------------------- background sanctions and records

    private static final String[] AUTHORITIES = {"国家金融监督管理总局", "国家金融监督管理总局广东监管局",
        "国家金融监督管理总局上海监管局", "国家金融监督管理总局北京监管局", "国家金融监督管理总局浙江监管局",
        "国家金融监督管理总局四川监管局"};

    String authority(int decided, SplittableRandom r) {
        String a = AUTHORITIES[r.nextInt(AUTHORITIES.length)];
        // the regulator was the CBIRC until May 2023
        return decided < day(2023, 5, 18) ? a.replace("国家金融监督管理总局", "中国银行保险监督管理委员会") : a;
    }

    void sanction(String id, String subject, String kind, int severity, boolean blacklist, int decided, int from, int to,
                  String reason, SplittableRandom r) {
        out.row(File.SANCTIONS, id, subject, authority(decided, r), kind, severity, blacklist ? "true" : "false",
            date(decided), date(from), date(to), reason);
    }

    private void background(SplittableRandom r) {
        String[] reasons = {"虚假宣传、误导销费者", "未按规定使用经批准的保险条款和费率", "给予投保人合同约定以外的利益",
            "编制虚假的报告、报表、文件和资料", "未按规定管理业务档案", "拖延理赔、无理拒赔", "挪用、截留、侵占保险费",
            "Misleading sales, failure to disclose exclusions"};
        int window = REFERENCE_DATE - day(2018, 1, 1);
        // warnings, fines, suspensions: never blacklisting
        int n = count(120, 6);
        for (int i = 0; i < n; i++) {
            String subject = randomOrgOrPractitioner(r);
            int decided = day(2018, 1, 1) + r.nextInt(window);
            int roll = r.nextInt(100);
            String kind = roll < 40 ? "WARNING" : roll < 85 ? "FINE" : "LICENSE_SUSPENDED";
            int sev = roll < 40 ? 1 : roll < 85 ? 2 + r.nextInt(2) : 3;
            int to = "LICENSE_SUSPENDED".equals(kind) ? decided + 90 + r.nextInt(270) : "FINE".equals(kind) ? decided : OPEN;
            sanction(nextSanctionId(), subject, kind, sev, false, decided, decided, to,
                reasons[r.nextInt(reasons.length)], r);
        }
        // blacklisting sanctions that ended before the reference date: in force only in the past
        int m = count(10, 1);
        for (int i = 0; i < m; i++) {
            String subject = r.nextInt(3) == 0 ? imdId(r.nextInt(nImdHonest)) : pracId(nIns + r.nextInt(nPracHonest - nIns));
            int decided = day(2018, 1, 1) + r.nextInt(day(2021, 12, 31) - day(2018, 1, 1));
            String id = nextSanctionId();
            sanction(id, subject, subject.startsWith("IMD") ? "LICENSE_SUSPENDED" : "BAN_FROM_INDUSTRY", 4, true, decided,
                decided, decided + 365 + r.nextInt(700), reasons[r.nextInt(reasons.length)], r);
            out.row(File.CONTROLS, "EXPIRED_BLACKLIST", id);
        }
        String[][] recordKinds = {
            {"COMPLAINT", "客户投诉理赔时效"}, {"COMPLAINT", "投诉销售误导"}, {"COMPLAINT", "Complaint about claim handling"},
            {"LITIGATION", "保险合同纠纷诉讼"}, {"VIOLATION", "违规代理未取得资格的业务"}, {"VIOLATION", "未按规定报送数据"},
            {"TAX_ARREARS", "欠缴增值税"}, {"AWARD", "年度诚信经营示范单位"}, {"RED_LIST", "保险业诚信红名单"},
            {"OTHER", "行政许可变更"}};
        int records = count(700, 30);
        for (int i = 0; i < records; i++) {
            String[] k = recordKinds[r.nextInt(recordKinds.length)];
            String subject;
            switch (k[0]) {
                case "TAX_ARREARS":
                case "LITIGATION":
                    subject = r.nextInt(2) == 0 ? companyConsumer(r) : randomOrgOrPractitioner(r);
                    break;
                case "COMPLAINT":
                    subject = r.nextInt(100) < 50 ? insId(r.nextInt(nIns)) : randomOrgOrPractitioner(r);
                    break;
                default:
                    subject = r.nextInt(20) == 0 ? provId(r.nextInt(provCount)) : randomOrgOrPractitioner(r);
            }
            int date = day(2018, 1, 1) + r.nextInt(window);
            int sev = "COMPLAINT".equals(k[0]) ? 1 + r.nextInt(2) : 1 + r.nextInt(5);
            out.row(File.RECORDS, nextRecordId(), subject, k[0], date(date), sev, k[1]);
        }
    }

    private String randomOrgOrPractitioner(SplittableRandom r) {
        int roll = r.nextInt(100);
        if (roll < 15) {
            return insId(r.nextInt(nIns));
        }
        if (roll < 45) {
            return imdId(r.nextInt(nImdHonest));
        }
        return pracId(nIns + r.nextInt(nPracHonest - nIns));
    }

    private String companyConsumer(SplittableRandom r) {
        for (int i = 0; i < 50; i++) {
            int c = r.nextInt(nConsHonest);
            if (companies.get(c)) {
                return consId(c);
            }
        }
        return consId(r.nextInt(nConsHonest));
    }

    static int[] toArray(IntList l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }
}

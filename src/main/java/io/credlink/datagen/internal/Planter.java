package io.credlink.datagen.internal;

import static io.credlink.datagen.internal.Engine.REFERENCE_DATE;
import static io.credlink.datagen.internal.Engine.WINDOW_START;
import static io.credlink.datagen.internal.Engine.consId;
import static io.credlink.datagen.internal.Engine.imdId;
import static io.credlink.datagen.internal.Engine.pracId;
import static io.credlink.datagen.internal.Fmt.OPEN;
import static io.credlink.datagen.internal.Fmt.date;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import io.credlink.datagen.internal.Sinks.File;

/**
 * Entity-resolution ground truth. While the honest population is written, the planter remembers a
 * fixed share of its parties (names, id numbers, identifiers, insurers, claim days); afterwards it
 * writes each chosen one again as another insurer reports it (a new id, the name, id number and
 * contact details written differently, policies at another insurer or an affiliation elsewhere)
 * and the look-alikes that must stay apart. Truth goes to {@code truth/duplicates.csv} and
 * {@code truth/lookalikes.csv} (datasets/README.md "Duplicates and look-alikes").
 *
 * <p>Only honest parties are copied: a copy of a fraud-case party or a sanctioned one would change
 * what the fraud labels and sanction chains promise. A copy's claims keep more than five days from
 * the original's, so a detector that sees both ids as one claimant finds no repeat claim.
 */
final class Planter {

    static final int PERSON = 0;
    static final int COMPANY = 1;
    static final int PRACTITIONER = 2;
    static final int INTERMEDIARY = 3;

    /** Share of each population written again under another id. */
    static final double PERSON_DUPLICATES = 0.05;
    static final double FIRM_DUPLICATES = 0.02;
    static final double PRACTITIONER_DUPLICATES = 0.02;
    /** Look-alikes: a namesake born the same day elsewhere, a sister firm. */
    static final double NAMESAKES = 0.005;
    static final double SISTER_FIRMS = 0.03;

    /** Names shared by hundreds of thousands of people: pairs of them are look-alikes. */
    static final String[] COMMON_NAMES = {"王伟", "张伟", "李伟", "刘伟", "陈伟", "王芳", "李娜", "张敏", "王静", "李静",
        "张静", "王敏", "李敏", "王磊", "李强", "刘洋", "王勇", "张丽", "王丽", "陈静"};

    private static final String[] IDENTIFIER_KINDS = {"PHONE", "EMAIL", "ADDRESS", "BANK_ACCOUNT"};
    private static final String[] PRACTITIONER_KINDS = {"AGENT", "BROKER", "ADJUSTER", "EXECUTIVE", "OTHER"};

    /** What the planter remembers of a party it copies or imitates. */
    static final class Party {
        final int type;
        final int index;
        final String id;
        boolean duplicate;
        boolean namesake;
        boolean sister;
        /** As written. */
        String name;
        /** Persons: the name in Chinese characters. */
        String chineseName;
        /** Persons: id number; company consumers: unified social credit code. */
        String idNumber;
        String license;
        String status;
        int kind;
        int place;
        /** First value written per kind of {@link #IDENTIFIER_KINDS}. */
        final String[] written = new String[IDENTIFIER_KINDS.length];
        final BitSet insurers = new BitSet();
        final IntList orgs = new IntList(4);
        final IntList claimDays = new IntList(4);

        Party(int type, int index, String id) {
            this.type = type;
            this.index = index;
            this.id = id;
        }

        void identifier(String entityId, String kind, String value) {
            if (!id.equals(entityId)) {
                return;
            }
            for (int k = 0; k < IDENTIFIER_KINDS.length; k++) {
                if (IDENTIFIER_KINDS[k].equals(kind) && written[k] == null) {
                    written[k] = value;
                }
            }
        }
    }

    /** One item picked at a random place in each block of {@code 1/rate} items seen: the rate is exact, the picks irregular. */
    private static final class Stride {
        private final int block;
        private final SplittableRandom r;
        private long seen;
        private long pick;

        Stride(double rate, SplittableRandom r) {
            this.block = (int) Math.round(1 / rate);
            this.r = r;
            this.pick = r.nextInt(block);
        }

        boolean next() {
            long i = seen++;
            if (seen % block == 0) {
                pick = seen + r.nextInt(block);
            }
            return i == pick;
        }
    }

    private final Engine e;
    private final Stride personDuplicates;
    private final Stride companyDuplicates;
    private final Stride practitionerDuplicates;
    private final Stride intermediaryDuplicates;
    private final Stride namesakes;
    private final Stride sisters;
    private final List<Party> captured = new ArrayList<>();
    private final Map<Integer, Party> consumers = new HashMap<>();
    private final Map<Integer, Party> practitioners = new HashMap<>();
    /** Per common name: honest consumers written with it, as {id, id number}. */
    private final Map<String, List<String[]>> commonNames = new HashMap<>();
    private Variants variants;

    Planter(Engine e, SplittableRandom r) {
        this.e = e;
        personDuplicates = new Stride(PERSON_DUPLICATES, r.split());
        companyDuplicates = new Stride(FIRM_DUPLICATES, r.split());
        practitionerDuplicates = new Stride(PRACTITIONER_DUPLICATES, r.split());
        intermediaryDuplicates = new Stride(FIRM_DUPLICATES, r.split());
        namesakes = new Stride(NAMESAKES, r.split());
        sisters = new Stride(SISTER_FIRMS, r.split());
        for (String n : COMMON_NAMES) {
            commonNames.put(n, new ArrayList<>());
        }
    }

    // ---------------------------------------------------------------- capture, while the honest parties are written

    /** An honest person consumer was written; returns what to remember of it, or null. */
    Party person(int c, String chineseName, String written, String idNumber) {
        List<String[]> common = commonNames.get(written);
        if (common != null) {
            common.add(new String[] {consId(c), idNumber});
        }
        boolean duplicate = personDuplicates.next();
        boolean namesake = namesakes.next();
        if (!duplicate && !namesake) {
            return null;
        }
        Party p = new Party(PERSON, c, consId(c));
        p.duplicate = duplicate;
        p.namesake = namesake;
        p.name = written;
        p.chineseName = chineseName;
        p.idNumber = idNumber;
        return remember(p, consumers);
    }

    /** An honest company consumer was written. */
    Party company(int c, String name, String code, int place) {
        boolean duplicate = companyDuplicates.next();
        boolean sister = sisters.next();
        if (!duplicate && !sister) {
            return null;
        }
        Party p = new Party(COMPANY, c, consId(c));
        p.duplicate = duplicate;
        p.sister = sister;
        p.name = name;
        p.idNumber = code;
        p.place = place;
        return remember(p, consumers);
    }

    /** An honest practitioner (not an insurer's house agent) was written. */
    Party practitioner(int index, String chineseName, String written, String idNumber, int kind, String license,
                       String status) {
        if (!practitionerDuplicates.next()) {
            return null;
        }
        Party p = new Party(PRACTITIONER, index, pracId(index));
        p.duplicate = true;
        p.name = written;
        p.chineseName = chineseName;
        p.idNumber = idNumber;
        p.kind = kind;
        p.license = license;
        p.status = status;
        return remember(p, practitioners);
    }

    /** An honest intermediary was written. */
    Party intermediary(int index, String name, int kind, String license, String status) {
        if (!intermediaryDuplicates.next()) {
            return null;
        }
        Party p = new Party(INTERMEDIARY, index, imdId(index));
        p.duplicate = true;
        p.name = name;
        p.kind = kind;
        p.license = license;
        p.status = status;
        captured.add(p);
        return p;
    }

    private Party remember(Party p, Map<Integer, Party> byIndex) {
        captured.add(p);
        byIndex.put(p.index, p);
        return p;
    }

    /** A policy was sold: its holder and insured deal with that insurer. */
    void policy(int holder, int insured, int insurer) {
        Party h = consumers.get(holder);
        if (h != null) {
            h.insurers.set(insurer);
        }
        Party i = holder == insured ? null : consumers.get(insured);
        if (i != null) {
            i.insurers.set(insurer);
        }
    }

    void claim(int claimant, int incident) {
        Party p = consumers.get(claimant);
        if (p != null) {
            p.claimDays.add(incident);
        }
    }

    /** A practitioner is or was affiliated with an org (&lt; 0: insurer -(org+1)). */
    void affiliation(int practitioner, int org) {
        Party p = practitioners.get(practitioner);
        if (p != null) {
            p.orgs.add(org);
        }
    }

    /** Two members of one household share the head's phone and the address and carry the same surname. */
    void household(int head, int member) {
        e.out.row(File.LOOKALIKES, consId(member), consId(head), "HOUSEHOLD");
    }

    // ---------------------------------------------------------------- planting, after the honest population

    void plantAll(SplittableRandom r) {
        variants = new Variants();
        for (Party p : captured) {
            switch (p.type) {
                case PERSON:
                    if (p.duplicate) {
                        duplicatePerson(p, r);
                    }
                    if (p.namesake) {
                        namesake(p, r);
                    }
                    break;
                case COMPANY:
                    if (p.duplicate) {
                        duplicateCompany(p, r);
                    }
                    if (p.sister) {
                        sisterFirm(p, r);
                    }
                    break;
                case PRACTITIONER:
                    duplicatePractitioner(p, r);
                    break;
                default:
                    duplicateIntermediary(p, r);
            }
        }
        for (String name : COMMON_NAMES) {
            List<String[]> people = commonNames.get(name);
            for (int i = 0; i + 1 < people.size(); i += 2) {
                if (!people.get(i)[1].equals(people.get(i + 1)[1])) {
                    e.out.row(File.LOOKALIKES, people.get(i + 1)[0], people.get(i)[0], "COMMON_NAME");
                }
            }
        }
    }

    private void duplicate(String copy, Party original) {
        e.out.row(File.DUPLICATES, copy, original.id);
    }

    /** The id number as another insurer wrote it, and whether it is still valid. */
    private String[] idNumberVariant(String id, SplittableRandom r) {
        if (id.endsWith("X") && r.nextInt(2) == 0) {
            return new String[] {id.substring(0, 17) + "x", "valid"};
        }
        int roll = r.nextInt(100);
        if (roll < 22) {
            return new String[] {Codes.legacyId(id), "valid"};
        }
        if (roll < 30) {
            return new String[] {Variants.idDigitChanged(id, r), "typo"};
        }
        if (roll < 38) {
            String swapped = Variants.idDigitsSwapped(id, r);
            return new String[] {swapped != null ? swapped : Variants.idDigitChanged(id, r), "typo"};
        }
        return new String[] {id, "valid"};
    }

    /** The person's name as another insurer wrote it; a typo'd id number keeps the name readable as Chinese. */
    private String personNameVariant(Party o, boolean typo, boolean mustDiffer, SplittableRandom r) {
        if (!Variants.isChinese(o.name)) {
            // a romanised original: the other insurer wrote the characters, or pinyin without the comma
            return r.nextBoolean() || typo ? o.chineseName : variants.pinyin(o.chineseName);
        }
        int roll = r.nextInt(100);
        if (mustDiffer) {
            roll = typo ? 0 : r.nextInt(45);
        }
        String traditional = variants.traditional(o.chineseName);
        if (roll < 25 && traditional != null) {
            return traditional;
        }
        if (roll < 45 && !typo) {
            return variants.pinyin(o.chineseName);
        }
        return o.name;
    }

    /**
     * Writes the copy's identifiers: most share some of the original's values, written in another
     * form that normalises to the same; the rest get values of their own. Returns how many are shared.
     */
    private int identifiers(String copy, Party o, boolean share, int[] sharePercent, String localPart,
                            SplittableRandom r) {
        int shared = 0;
        boolean[] take = new boolean[IDENTIFIER_KINDS.length];
        for (int k = 0; k < take.length; k++) {
            take[k] = share && o.written[k] != null && r.nextInt(100) < sharePercent[k];
        }
        boolean any = take[0] || take[1] || take[2] || take[3];
        for (int k = 0; share && !any && k < take.length; k++) {
            // sharing at all means sharing one value at least
            take[k] = o.written[k] != null;
            any = take[k];
        }
        if (take[0]) {
            e.identifier(copy, "PHONE", otherPhoneForm(o.written[0], r));
            shared++;
        } else {
            e.identifier(copy, "PHONE", Fmt.phoneWritten(Fmt.phone(e.phoneCounter++), r.nextInt(4)));
        }
        if (take[1]) {
            e.identifier(copy, "EMAIL", otherEmailForm(o.written[1]));
            shared++;
        } else if (o.written[1] != null && r.nextInt(100) < 40) {
            e.identifier(copy, "EMAIL", Fmt.emailWritten(Fmt.email(localPart, e.emailCounter++, r.nextInt(6)),
                r.nextInt(3)));
        }
        if (take[2]) {
            e.identifier(copy, "ADDRESS", otherAddressForm(o.written[2], r));
            shared++;
        } else if (r.nextInt(100) < 50) {
            e.identifier(copy, "ADDRESS", e.newAddress(r));
        }
        if (take[3]) {
            String norm = o.written[3].replace(" ", "");
            e.identifier(copy, "BANK_ACCOUNT", Fmt.bankWritten(norm, o.written[3].contains(" ") ? 0 : 1));
            shared++;
        }
        return shared;
    }

    /** {@code +86 138-1234-5678} or {@code 138 1234 5678}, whichever the original did not write. */
    private static String otherPhoneForm(String written, SplittableRandom r) {
        String digits = written.replaceAll("[^0-9]", "");
        String norm = digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
        String first = Fmt.phoneWritten(norm, 1 + r.nextInt(2));
        return first.equals(written) ? Fmt.phoneWritten(norm, first.startsWith("+") ? 2 : 1) : first;
    }

    private static String otherEmailForm(String written) {
        String norm = written.trim().toLowerCase(Locale.ROOT);
        String upper = Fmt.emailWritten(norm, 1);
        return upper.equals(written) ? Fmt.emailWritten(norm, 2) : upper;
    }

    /** The address with other spacing (padded, doubled inner spaces): the same once normalised. */
    private static String otherAddressForm(String written, SplittableRandom r) {
        String norm = written.trim().replaceAll("\\s+", " ");
        int first = 1 + r.nextInt(2);
        for (int k = 0; k < 3; k++) {
            String form = Fmt.addressWritten(norm, (first + k) % 3);
            if (!form.equals(written)) {
                return form;
            }
        }
        return norm;
    }

    private void duplicatePerson(Party o, SplittableRandom r) {
        int c = e.consCount++;
        String id = consId(c);
        String[] idn = idNumberVariant(o.idNumber, r);
        boolean typo = "typo".equals(idn[1]);
        boolean share = typo || r.nextInt(100) < 85;
        String name = personNameVariant(o, typo, !share && idn[0].equals(o.idNumber), r);
        e.out.row(File.CONSUMERS, id, name, idn[0], "PERSON");
        identifiers(id, o, share, new int[] {75, 60, 65, 35}, localPart(o), r);
        duplicate(id, o);
        int roll = r.nextInt(100);
        policies(c, roll < 50 ? Engine.AUTO : roll < 80 ? Engine.HEALTH : Engine.ACCIDENT, o, r);
    }

    /**
     * The copy's policies, at insurers its original never used: the preferred line, or another line
     * when every insurer writing it already insures the original (a fleet owner may use them all).
     */
    private void policies(int copy, int preferred, Party o, SplittableRandom r) {
        for (int line : new int[] {preferred, Engine.ACCIDENT, Engine.HEALTH, Engine.PROPERTY, Engine.AUTO}) {
            for (int ins = 0; ins < e.nIns; ins++) {
                if (!o.insurers.get(ins) && e.supports(ins, line)) {
                    String ref = line == Engine.AUTO ? e.plate(r) : line == Engine.PROPERTY ? e.propertyRef() : null;
                    e.plantedPolicies(copy, line, ref, o.insurers, o.claimDays, r);
                    return;
                }
            }
        }
    }

    private String localPart(Party o) {
        return variants.pinyin(o.chineseName).toLowerCase(Locale.ROOT).replace(' ', '.');
    }

    /** The firm's name as another insurer wrote it: other widths, another suffix, a branch, traditional characters. */
    private String firmNameVariant(String name, SplittableRandom r) {
        if (r.nextInt(100) < 20) {
            return name;
        }
        int first = r.nextInt(4);
        for (int k = 0; k < 4; k++) {
            String v;
            switch ((first + k) % 4) {
                case 0:
                    v = Variants.otherWidths(name);
                    break;
                case 1:
                    v = Variants.otherSuffix(name);
                    break;
                case 2:
                    v = Variants.branch(name, r);
                    break;
                default:
                    v = Variants.isChinese(name) ? variants.traditional(name) : null;
            }
            if (v != null) {
                return v;
            }
        }
        return name;
    }

    private void duplicateCompany(Party o, SplittableRandom r) {
        int c = e.consCount++;
        e.companies.set(c);
        String id = consId(c);
        String code = r.nextInt(100) < 75 ? o.idNumber : Variants.creditCodeTypo(o.idNumber, r);
        String name = firmNameVariant(o.name, r);
        e.out.row(File.CONSUMERS, id, name, code, "COMPANY");
        identifiers(id, o, true, new int[] {70, 50, 70, 40}, "service", r);
        duplicate(id, o);
        policies(c, r.nextInt(100) < 70 ? Engine.PROPERTY : Engine.LIABILITY, o, r);
    }

    private void duplicatePractitioner(Party o, SplittableRandom r) {
        int p = e.pracCount++;
        String id = pracId(p);
        String[] idn = idNumberVariant(o.idNumber, r);
        boolean typo = "typo".equals(idn[1]);
        boolean share = typo || r.nextInt(100) < 85;
        String name = personNameVariant(o, typo, !share && idn[0].equals(o.idNumber), r);
        String license = o.license != null && r.nextInt(100) < 70 ? o.license : null;
        e.out.row(File.PRACTITIONERS, id, name, idn[0], PRACTITIONER_KINDS[o.kind], license, o.status);
        // with an org the original never worked for, in a role its kind holds
        int org = otherOrg(o, r);
        String role = o.kind == 0 ? "AGENT" : o.kind == 2 ? "ADJUSTER" : "EMPLOYEE";
        int from = WINDOW_START + r.nextInt(REFERENCE_DATE - 400 - WINDOW_START);
        boolean current = "ACTIVE".equals(o.status) || "SUSPENDED".equals(o.status);
        int to = current ? OPEN : from + 100 + r.nextInt(REFERENCE_DATE - 1 - from - 100);
        e.out.row(File.AFFILIATIONS, id, Engine.orgId(org), role, date(from), date(to));
        identifiers(id, o, share, new int[] {80, 60, 65, 35}, localPart(o), r);
        duplicate(id, o);
    }

    /** An insurer (a broker firm for brokers) the original was never affiliated with. */
    private int otherOrg(Party o, SplittableRandom r) {
        for (int attempt = 0; attempt < 40; attempt++) {
            int org = o.kind == 1 && attempt < 30 ? r.nextInt(e.nImdHonest) : -(r.nextInt(e.nIns) + 1);
            if (org >= 0 && (e.imdKind[org] != Engine.BROKER || e.imdExit[org] != OPEN)) {
                continue;
            }
            boolean known = false;
            for (int k = 0; k < o.orgs.size() && !known; k++) {
                known = o.orgs.get(k) == org;
            }
            if (!known) {
                return org;
            }
        }
        return -(r.nextInt(e.nIns) + 1);
    }

    private void duplicateIntermediary(Party o, SplittableRandom r) {
        int exit = e.imdExit[o.index];
        int i = e.nextIntermediary(o.kind, exit);
        String id = imdId(i);
        String license = r.nextInt(100) < 70 ? o.license : null;
        e.out.row(File.INTERMEDIARIES, id, firmNameVariant(o.name, r), Engine.IMD_KINDS[o.kind], license, o.status);
        // contracted with an insurer the original has no contract with, while the firm exists
        BitSet known = new BitSet();
        for (int c = e.conFirst[o.index]; c < e.conFirst[o.index + 1]; c++) {
            known.set(e.conIns.get(c));
        }
        int ins = r.nextInt(e.nIns);
        for (int k = 0; k < e.nIns && known.get(ins); k++) {
            ins = (ins + 1) % e.nIns;
        }
        int to = exit;
        int from = to == OPEN ? WINDOW_START + r.nextInt(REFERENCE_DATE - 400 - WINDOW_START)
            : Math.max(WINDOW_START - 1500, to - 200 - r.nextInt(1500));
        e.contract(i, ins, from, to);
        identifiers(id, o, true, new int[] {80, 50, 70, 50}, "service", r);
        duplicate(id, o);
    }

    /** Another person of the same name born the same day elsewhere: another region, another id number. */
    private void namesake(Party o, SplittableRandom r) {
        int c = e.consCount++;
        String id = consId(c);
        String region;
        int regionIdx;
        do {
            regionIdx = r.nextInt(Engine.REGIONS.length);
            region = Engine.REGIONS[regionIdx];
        } while (o.idNumber.startsWith(region));
        int seq = r.nextInt(1000);
        // same sex as the original (odd sequence: male)
        if (seq % 2 != (o.idNumber.charAt(16) - '0') % 2) {
            seq ^= 1;
        }
        String body = region + o.idNumber.substring(6, 14) + Fmt.digits(seq, 3);
        e.out.row(File.CONSUMERS, id, o.name, body + Codes.idCheck(body), "PERSON");
        e.identifier(id, "PHONE", Fmt.phoneWritten(Fmt.phone(e.phoneCounter++), r.nextInt(4)));
        e.identifier(id, "ADDRESS", Fmt.addressWritten(e.newAddress(r, regionIdx), r.nextInt(3)));
        e.out.row(File.LOOKALIKES, id, o.id, "SAME_NAME_BIRTHDAY");
        e.plantedPolicies(c, r.nextBoolean() ? Engine.HEALTH : Engine.AUTO, null, null, null, r);
    }

    /** A firm of the same trade name and place in another trade, with its own credit code; now and then at the same address. */
    private void sisterFirm(Party o, SplittableRandom r) {
        String name = Variants.sisterName(o.name, r);
        if (name == null) {
            return;
        }
        int c = e.consCount++;
        e.companies.set(c);
        String id = consId(c);
        String code;
        do {
            code = e.companyCode(r);
        } while (code.equals(o.idNumber));
        e.out.row(File.CONSUMERS, id, name, code, "COMPANY");
        e.identifier(id, "PHONE", Fmt.phoneWritten(Fmt.phone(e.phoneCounter++), r.nextInt(4)));
        if (o.written[2] != null && r.nextInt(100) < 40) {
            e.identifier(id, "ADDRESS", otherAddressForm(o.written[2], r));
        } else {
            e.identifier(id, "ADDRESS", Fmt.addressWritten(e.newAddress(r, o.place), r.nextInt(3)));
        }
        e.identifier(id, "EMAIL", Fmt.emailWritten(Fmt.email("service", e.emailCounter++, r.nextInt(6)), r.nextInt(3)));
        e.out.row(File.LOOKALIKES, id, o.id, "SISTER_FIRM");
        e.plantedPolicies(c, Engine.PROPERTY, e.propertyRef(), null, null, r);
    }
}

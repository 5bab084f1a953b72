package io.credlink.resolution.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.credlink.ingest.IdentifierNormaliser;

/**
 * A party's identifying fields in standard form, ready for blocking and comparison.
 *
 * @param firm       a firm (company consumer, intermediary, insurer, provider) rather than a person
 * @param nameKey    a person's simplified name without spaces and punctuation; a firm's full name
 * @param nameCore   a firm's name without legal forms (a person's: its name key)
 * @param pinyinKey  sorted pinyin syllables of the name (persons), null for firms
 * @param branch     a firm's name says 分公司
 * @param identity   the id number (persons: GB 11643 canonical; firms: the credit code), null when absent
 * @param identityValid whether {@code identity} passed its check
 * @param birthDate  from the id number, null when it has none
 * @param region     the id number's 6-digit division code
 * @param licence    licence number, upper case without spaces
 */
public record StandardParty(String id, String type, boolean firm, String nameKey, String nameCore, String pinyinKey,
        boolean branch, String identity, boolean identityValid, LocalDate birthDate, String region, String licence,
        String[] phones, String[] emails, String[] banks, String[] addresses, String[] districts) {

    /** The standard form of a stored party (ingest's rules for identifier values, ours for the rest). */
    public static StandardParty of(PartyRecord p) {
        boolean firm = !"Practitioner".equals(p.type()) && !("Consumer".equals(p.type()) && !"COMPANY".equals(p.kind()));
        String nameKey;
        String nameCore;
        String pinyin = null;
        boolean branch = false;
        if (firm) {
            Names.FirmName f = Names.firm(p.name());
            nameKey = f == null ? null : f.full();
            nameCore = f == null ? null : f.core();
            branch = f != null && f.branch();
        } else {
            nameKey = Names.personKey(p.name());
            nameCore = nameKey;
            pinyin = Names.pinyinKey(p.name());
        }
        String identity = null;
        boolean valid = false;
        LocalDate birth = null;
        String region = null;
        if (firm) {
            CreditCode code = CreditCode.parse(p.idNumber());
            if (code != null) {
                identity = code.cleaned();
                valid = code.valid();
            }
        } else {
            IdNumber number = IdNumber.parse(p.idNumber());
            if (number != null) {
                identity = number.canonical();
                valid = number.valid();
                birth = number.birthDate();
                region = number.region();
            }
        }
        String licence = p.licenseNo() == null ? null : p.licenseNo().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        List<String> phones = new ArrayList<>(2);
        List<String> emails = new ArrayList<>(1);
        List<String> banks = new ArrayList<>(1);
        List<String> addresses = new ArrayList<>(1);
        List<String> districts = new ArrayList<>(1);
        for (String identifierId : p.identifiers()) {
            int colon = identifierId.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String value = identifierId.substring(colon + 1);
            switch (identifierId.substring(0, colon)) {
                case "PHONE" -> phones.add(value);
                case "EMAIL" -> emails.add(value);
                case "BANK_ACCOUNT" -> banks.add(value);
                case "ADDRESS" -> {
                    addresses.add(value);
                    String district = Addresses.parse(value).districtKey();
                    if (district != null) {
                        districts.add(district);
                    }
                }
                default -> {
                    // devices are shared by households and shops alike: not evidence of identity
                }
            }
        }
        return new StandardParty(p.id(), p.type(), firm, nameKey, nameCore, pinyin, branch, identity, valid, birth, region,
                licence == null || licence.isEmpty() ? null : licence, phones.toArray(String[]::new),
                emails.toArray(String[]::new), banks.toArray(String[]::new), addresses.toArray(String[]::new),
                districts.toArray(String[]::new));
    }

    /** A written phone, e-mail, bank account or address in the import's normal form. */
    static String normalise(IdentifierNormaliser.Kind kind, String raw) {
        return IdentifierNormaliser.normalise(kind, raw);
    }
}

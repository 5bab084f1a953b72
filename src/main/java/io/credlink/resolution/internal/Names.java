package io.credlink.resolution.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Names in comparable forms, with ICU4J: NFKC (full- and half-width brackets, letters, digits and
 * spaces agree), traditional → simplified characters (ICU's {@code Traditional-Simplified}), and
 * pinyin (ICU's {@code Han-Latin} then {@code Latin-ASCII}, so 王平 and "Wang Ping" compare).
 * ICU rather than pinyin4j: one maintained library already does NFKC and the conversion of
 * characters, and its Han-Latin data is current Unicode (pinyin4j's last release is from 2012).
 * Both transliterations are cached per character: names share few distinct characters, and a
 * million names then cost a map look-up per character instead of a transliterator pass.
 */
public final class Names {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED = ThreadLocal
            .withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final ThreadLocal<Transliterator> TO_PINYIN = ThreadLocal
            .withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));
    private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();
    private static final Map<Integer, String> PINYIN = new ConcurrentHashMap<>();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s·•]+");

    /**
     * Company suffixes, longest first: legal forms (removed from the core name) and the branch
     * marker (kept as a flag: a branch is not its head office).
     */
    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "集团公司", "(集团)", "集团",
            "公司", "CO LTD", "CO., LTD.", "CO.,LTD.", "CO., LTD", "COMPANY LIMITED", "LIMITED", "LTD.", "LTD", "INC.",
            "INC", "CORP.", "CORPORATION", "CO.");
    private static final String BRANCH = "分公司";

    /** Surnames whose reading differs from the character's common one (ICU reads the common one). */
    private static final Map<Integer, String> SURNAMES = Map.ofEntries(Map.entry((int) '曾', "zeng"),
            Map.entry((int) '单', "shan"), Map.entry((int) '仇', "qiu"), Map.entry((int) '解', "xie"),
            Map.entry((int) '朴', "piao"), Map.entry((int) '区', "ou"), Map.entry((int) '查', "zha"),
            Map.entry((int) '乐', "yue"), Map.entry((int) '覃', "qin"), Map.entry((int) '翟', "zhai"),
            Map.entry((int) '召', "shao"), Map.entry((int) '缪', "miao"), Map.entry((int) '盖', "ge"),
            Map.entry((int) '尉', "yu"), Map.entry((int) '万', "wan"), Map.entry((int) '柏', "bai"),
            Map.entry((int) '秘', "bi"), Map.entry((int) '繁', "po"), Map.entry((int) '员', "yun"));

    private Names() {
    }

    /** NFKC, whitespace collapsed and trimmed; null for blank. */
    public static String nfkc(String raw) {
        if (raw == null) {
            return null;
        }
        String s = SPACES.matcher(NFKC.normalize(raw)).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }

    /** NFKC then simplified characters. */
    public static String simplified(String raw) {
        String s = nfkc(raw);
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (isHan(cp)) {
                b.append(SIMPLIFIED.computeIfAbsent(cp,
                        c -> TO_SIMPLIFIED.get().transliterate(new String(Character.toChars(c)))));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /**
     * The exact-comparison key of a person's name: simplified, upper case, without spaces or
     * punctuation ("Liu, Hui" → LIUHUI, 劉慧 → 刘慧).
     */
    public static String personKey(String raw) {
        String s = simplified(raw);
        if (s == null) {
            return null;
        }
        String k = PUNCTUATION.matcher(s).replaceAll("").toUpperCase(Locale.ROOT);
        return k.isEmpty() ? null : k;
    }

    /**
     * The pinyin of a name as its letters in sorted order: 王平, "Wang Ping", "PING Wang" and
     * "Wangping" all give {@code agginnpw}. Order- and break-free because Latin-written names come
     * in either order and split syllables as they like; tones dropped because nobody writes them.
     * A key for CLOSE only (homophones and anagrams share it), never for EXACT.
     */
    public static String pinyinKey(String raw) {
        String s = simplified(raw);
        if (s == null) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        StringBuilder latin = new StringBuilder();
        int first = s.codePointAt(0);
        String surname = SURNAMES.get(first);
        if (surname != null) {
            // a surname's reading, where it differs from the character's usual one (曾 zeng, not ceng)
            tokens.add(surname);
            s = s.substring(Character.charCount(first));
        }
        s.codePoints().forEach(cp -> {
            if (isHan(cp)) {
                flush(latin, tokens);
                tokens.add(PINYIN.computeIfAbsent(cp, c -> TO_PINYIN.get().transliterate(new String(Character.toChars(c)))
                        .replaceAll("[^a-z]", "")));
            } else if (Character.isLetter(cp) && cp < 0x250) {
                latin.appendCodePoint(Character.toLowerCase(cp));
            } else {
                flush(latin, tokens);
            }
        });
        flush(latin, tokens);
        tokens.removeIf(String::isEmpty);
        if (tokens.isEmpty()) {
            return null;
        }
        // the letters in sorted order: word order and word breaks fall away, so 司马平思 (si ma ping
        // si), "Sima Pingsi" and "Pingsi SIMA" agree; Latin-ASCII leaves accents off
        char[] letters = String.join("", tokens).replaceAll("[^a-z]", "").toCharArray();
        Arrays.sort(letters);
        return letters.length == 0 ? null : new String(letters);
    }

    /** A firm's name split into its core (legal forms removed) and whether it is a branch. */
    public record FirmName(String full, String core, boolean branch) {
    }

    /**
     * A firm's name: simplified and upper case, spaces and punctuation other than brackets
     * removed; the core without legal forms (有限公司, 股份有限公司, 有限责任公司, (集团), Co., Ltd.…) and
     * without the branch marker 分公司, which is kept as a flag.
     */
    public static FirmName firm(String raw) {
        String s = simplified(raw);
        if (s == null) {
            return null;
        }
        String upper = s.toUpperCase(Locale.ROOT);
        boolean branch = upper.contains(BRANCH);
        String core = upper.replace(BRANCH, "");
        boolean changed = true;
        while (changed) {
            changed = false;
            String trimmed = core.strip();
            for (String form : LEGAL_FORMS) {
                if (trimmed.endsWith(form) && trimmed.length() > form.length()) {
                    core = trimmed.substring(0, trimmed.length() - form.length());
                    changed = true;
                    break;
                }
            }
        }
        // "(集团)" inside the name, as in 某某(集团)股份有限公司, says nothing about identity either
        core = core.replace("(集团)", "");
        String full = PUNCTUATION.matcher(upper).replaceAll("");
        String coreKey = PUNCTUATION.matcher(core).replaceAll("");
        return new FirmName(full, coreKey.isEmpty() ? full : coreKey, branch);
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static void flush(StringBuilder latin, List<String> tokens) {
        if (latin.length() > 0) {
            tokens.add(latin.toString());
            latin.setLength(0);
        }
    }
}

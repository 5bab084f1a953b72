package io.credlink.datagen.internal;

import java.util.SplittableRandom;

import com.ibm.icu.text.Transliterator;

/**
 * How another insurer writes the same person or firm: the name in traditional characters or in
 * pinyin, the id number in its 15-digit legacy form, with a lower-case {@code x} or a typing error,
 * company names with the other bracket and space widths, another company suffix or a branch.
 * Not thread-safe (ICU transliterators keep state): one instance per generation.
 */
final class Variants {

    private final Transliterator traditional = Transliterator.getInstance("Simplified-Traditional");
    // surnames have their own readings (曾 is Zeng, 单 is Shan as a surname); tones dropped as on a form
    private final Transliterator surnamePinyin = Transliterator.getInstance("Han-Latin/Names; Latin-ASCII");
    private final Transliterator pinyin = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    /** The name in traditional characters, or null when it reads the same. */
    String traditional(String name) {
        String t = traditional.transliterate(name);
        return t.equals(name) ? null : t;
    }

    /** A Chinese person's name as a form in Latin letters writes it: "王志强" gives "Wang Zhiqiang". */
    String pinyin(String chineseName) {
        int split = isCompoundSurname(chineseName) ? 2 : 1;
        String surname = surnamePinyin.transliterate(chineseName.substring(0, split)).replace(" ", "");
        String given = pinyin.transliterate(chineseName.substring(split)).replace(" ", "");
        return capitalise(surname) + " " + capitalise(given);
    }

    private static boolean isCompoundSurname(String name) {
        if (name.length() < 3) {
            return false;
        }
        String two = name.substring(0, 2);
        for (String[] s : Vocab.SURNAMES) {
            if (s[0].equals(two)) {
                return true;
            }
        }
        return false;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static boolean isChinese(String name) {
        return name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    // ---------------------------------------------------------------- id numbers

    /** Positions a typing error changes: region and sequence digits (the birth date and sex stay readable). */
    private static final int[] TYPO_POSITIONS = {1, 2, 3, 4, 5, 14, 15};

    /**
     * One digit of an 18-digit id number changed: every weight of MOD 11-2 is prime to 11, so the
     * check character no longer fits.
     */
    static String idDigitChanged(String id, SplittableRandom r) {
        int pos = TYPO_POSITIONS[r.nextInt(TYPO_POSITIONS.length)];
        char old = id.charAt(pos);
        char c = (char) ('0' + (old - '0' + 1 + r.nextInt(9)) % 10);
        return id.substring(0, pos) + c + id.substring(pos + 1);
    }

    /**
     * Two neighbouring, different digits swapped (neighbouring weights differ, so the check fails);
     * null when the region and sequence digits offer no such pair.
     */
    static String idDigitsSwapped(String id, SplittableRandom r) {
        int[] starts = {0, 1, 2, 3, 4, 14};
        int first = r.nextInt(starts.length);
        for (int k = 0; k < starts.length; k++) {
            int i = starts[(first + k) % starts.length];
            if (id.charAt(i) != id.charAt(i + 1)) {
                return id.substring(0, i) + id.charAt(i + 1) + id.charAt(i) + id.substring(i + 2);
            }
        }
        return null;
    }

    /** One character of the organisation code body replaced: the MOD 31 check no longer fits. */
    static String creditCodeTypo(String code, SplittableRandom r) {
        int pos = 8 + r.nextInt(8);
        int old = Codes.CREDIT_CHARS.indexOf(code.charAt(pos));
        char c = Codes.CREDIT_CHARS.charAt((old + 1 + r.nextInt(30)) % 31);
        return code.substring(0, pos) + c + code.substring(pos + 1);
    }

    // ---------------------------------------------------------------- company names

    /**
     * The name with the other widths: half-width brackets and spaces become full-width and the
     * other way round; a romanised name gets full-width spaces, comma and full stop. Null when the
     * name has none of them.
     */
    static String otherWidths(String name) {
        if (!isChinese(name)) {
            return name.replace(' ', '\u3000').replace(',', '\uFF0C').replace('.', '\uFF0E');
        }
        if (name.indexOf('\uFF08') >= 0 || name.indexOf('\u3000') >= 0) {
            return name.replace('\uFF08', '(').replace('\uFF09', ')').replace('\u3000', ' ');
        }
        if (name.indexOf('(') >= 0 || name.indexOf(' ') >= 0) {
            return name.replace('(', '\uFF08').replace(')', '\uFF09').replace(' ', '\u3000');
        }
        return null;
    }

    /** 有限公司 written 有限责任公司 (both are limited liability companies); null for a company limited by shares. */
    static String otherSuffix(String name) {
        if (name.endsWith("有限公司") && !name.endsWith("股份有限公司")) {
            return name.substring(0, name.length() - 4) + "有限责任公司";
        }
        if (name.endsWith(" Co., Ltd.")) {
            return name.substring(0, name.length() - 10) + " Company Limited";
        }
        return null;
    }

    /** The name of one of the firm's branches: "…有限公司南山分公司", also in brackets of either width. */
    static String branch(String name, SplittableRandom r) {
        if (!isChinese(name)) {
            return name + " " + Vocab.PLACE_PINYIN[r.nextInt(Vocab.PLACE_PINYIN.length)] + " Branch";
        }
        String[] place = Vocab.PLACES[r.nextInt(Vocab.PLACES.length)];
        for (String[] p : Vocab.PLACES) {
            if (name.startsWith(p[2]) || name.contains("\uFF08" + Vocab.cityShort(p) + "\uFF09")) {
                place = p;
                break;
            }
        }
        String branch = place[3 + r.nextInt(4)] + "分公司";
        int style = r.nextInt(3);
        return style == 0 ? name + branch : style == 1 ? name + "\uFF08" + branch + "\uFF09" : name + "(" + branch + ")";
    }

    /** A sister firm's name: the same trade name and place, another trade; null when no trade is found. */
    static String sisterName(String name, SplittableRandom r) {
        String[] trades = isChinese(name) ? Vocab.TRADES : Vocab.TRADES_EN;
        int found = -1;
        for (int i = 0; i < trades.length; i++) {
            if (name.contains(trades[i]) && (found < 0 || trades[i].length() > trades[found].length())) {
                found = i;
            }
        }
        if (found < 0) {
            return null;
        }
        while (true) {
            String other = trades[r.nextInt(trades.length)];
            if (!name.contains(other) && !other.contains(trades[found])) {
                return name.replace(trades[found], other);
            }
        }
    }
}

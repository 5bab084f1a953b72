package io.credlink.resolution.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Chinese address that say where it is: province (省, 自治区 or one of the four
 * municipalities), city (市, 自治州, 地区, 盟) and district (区, 县, 旗, 市), where the text starts
 * with them. The value itself is normalised as the import does (ingest's IdentifierNormaliser).
 */
public final class Addresses {

    private static final Pattern PARTS = Pattern.compile(
            "^(?<province>[^省市]{2,7}?(?:省|自治区)|北京市|天津市|上海市|重庆市)?"
                    + "(?<city>[^市州盟区县]{2,9}?(?:市|自治州|地区|盟))?"
                    + "(?<district>[^区县旗]{1,9}?(?:区|县|旗|市))?");

    private Addresses() {
    }

    /** Where an address is; absent parts are null. */
    public record Place(String province, String city, String district) {

        /** province|city|district, null when no district was found. */
        public String districtKey() {
            return district == null ? null : province + "|" + city + "|" + district;
        }
    }

    public static Place parse(String normalised) {
        if (normalised == null || normalised.isBlank()) {
            return new Place(null, null, null);
        }
        String s = normalised.replace(" ", "");
        Matcher m = PARTS.matcher(s);
        if (!m.lookingAt()) {
            return new Place(null, null, null);
        }
        String province = m.group("province");
        String city = m.group("city");
        String district = m.group("district");
        if (province != null && province.length() == 3 && province.endsWith("市") && city == null) {
            // a municipality is its own city
            city = province;
        }
        return new Place(province, city, district);
    }
}

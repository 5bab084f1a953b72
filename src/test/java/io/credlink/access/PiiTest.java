package io.credlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One value, one mask: the id, label, property and in-text forms of an Identifier show the same characters. */
class PiiTest {

    static final String ADDRESS = "天津市河西区青年路785号 33栋 107室";
    static final String MASKED_ADDRESS = "天津市河" + "*".repeat(ADDRESS.length() - 8) + "107室";

    @Test
    void anAddressIsMaskedWholeInEveryForm() {
        assertThat(Pii.mask(ADDRESS)).isEqualTo(MASKED_ADDRESS);
        assertThat(Pii.mask("ADDRESS:" + ADDRESS)).isEqualTo("ADDRESS:" + MASKED_ADDRESS);
        assertThat(Pii.maskLabel("ADDRESS " + ADDRESS)).isEqualTo("ADDRESS " + MASKED_ADDRESS);
        assertThat(Pii.maskEmbeddedIdentifiers("ADDRESS:" + ADDRESS, id -> false)).isEqualTo("ADDRESS:" + MASKED_ADDRESS);
        assertThat(Pii.maskEmbeddedIdentifiers("via CON1 -> ADDRESS:" + ADDRESS + " -> CON2", id -> false))
                .isEqualTo("via CON1 -> ADDRESS:" + MASKED_ADDRESS + " -> CON2");
        assertThat(Pii.maskEmbeddedIdentifiers("shares ADDRESS:" + ADDRESS + " with CON2; PHONE:13900000002", id -> false))
                .isEqualTo("shares ADDRESS:" + MASKED_ADDRESS + " with CON2; PHONE:139*****002");
        assertThat(Pii.maskEmbeddedIdentifiers("(ADDRESS:" + ADDRESS + ", 0.4)", id -> false))
                .isEqualTo("(ADDRESS:" + MASKED_ADDRESS + ", 0.4)");
    }

    @Test
    void theIdsOfATextAreTheOnesItMasks() {
        String text = "via CON1 -> ADDRESS:" + ADDRESS + " -> PHONE:13900000002 and EMAIL:x@y.cn";
        assertThat(Pii.embeddedIdentifiers(text)).containsExactly("ADDRESS:" + ADDRESS, "PHONE:13900000002",
                "EMAIL:x@y.cn");
        assertThat(Pii.maskEmbeddedIdentifiers(text, ("ADDRESS:" + ADDRESS)::equals))
                .isEqualTo("via CON1 -> ADDRESS:" + ADDRESS + " -> PHONE:139*****002 and EMAIL:x@**cn");
        assertThat(Pii.embeddedIdentifiers("ADDRESS:" + ADDRESS)).containsExactly("ADDRESS:" + ADDRESS);
    }

    @Test
    void aTextThatStartsWithAnIdIsNotOneId() {
        // a phone value has no space, so the rest is text; an id never swallows the next one
        assertThat(Pii.isIdentifierId("PHONE:13900000002 and EMAIL:x@y.cn")).isFalse();
        assertThat(Pii.isIdentifierId("ADDRESS:" + ADDRESS + " EMAIL:x@y.cn")).isFalse();
        assertThat(Pii.isIdentifierId("ADDRESS:" + ADDRESS)).isTrue();
        assertThat(Pii.maskEmbeddedIdentifiers("PHONE:13900000002 and EMAIL:x@y.cn", id -> false))
                .isEqualTo("PHONE:139*****002 and EMAIL:x@**cn");
    }

    @Test
    void otherValuesKeepTheirLengthAndAFewCharacters() {
        for (String value : List.of("13900000002", "6222243012339125325", "wang.pingzhi.a0@126.com", "860381966011300")) {
            String masked = Pii.mask(value);
            assertThat(masked).hasSameSizeAs(value).isNotEqualTo(value);
            assertThat(Pii.maskLabel("PHONE " + value)).isEqualTo("PHONE " + masked);
            assertThat(Pii.mask("DEVICE:" + value)).isEqualTo("DEVICE:" + masked);
        }
        assertThat(Pii.maskLabel("not a kind")).isEqualTo("not****ind");
    }
}

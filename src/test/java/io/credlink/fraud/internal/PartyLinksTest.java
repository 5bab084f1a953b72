package io.credlink.fraud.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PartyLinksTest {

    static List<List<String>> groups(PartyLinks links) {
        List<List<String>> out = new ArrayList<>();
        for (int[] g : links.groups()) {
            List<String> ids = new ArrayList<>();
            for (int m : g) {
                ids.add(links.ids.get(m));
            }
            out.add(ids);
        }
        return out;
    }

    static double weight(PartyLinks links, String a, String b) {
        int x = Math.min(links.indexOf(a), links.indexOf(b));
        int y = Math.max(links.indexOf(a), links.indexOf(b));
        for (int k = 0; k < links.links(); k++) {
            if (links.source(k) == x && links.target(k) == y) {
                return links.weight(k);
            }
        }
        return 0;
    }

    @Test
    void identifiersAndClaimsAddUpPerPairAndWeakLinksAreDropped() {
        PartyLinks links = new PartyLinks();
        links.addIdentifier(List.of("A", "B", "C"), 1.0 / 2); // a family address of three: 0.5 per pair
        links.addIdentifier(List.of("A", "B"), 1.0); // a shared phone
        links.addClaim(new int[] {links.party("C"), links.party("D"), links.party("E"), links.party("F")}); // 1/3 each
        links.addClaim(new int[] {links.party("E"), links.party("G")}); // 1
        links.addClaim(new int[] {links.party("H"), links.party("I"), links.party("J"), links.party("K"),
                links.party("L")}); // 0.25 each: below 0.3
        links.keepLinks(0.3);

        assertThat(weight(links, "A", "B")).isEqualTo(1.5);
        assertThat(weight(links, "B", "A")).isEqualTo(1.5);
        assertThat(weight(links, "A", "C")).isEqualTo(0.5);
        assertThat(weight(links, "C", "D")).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(weight(links, "E", "G")).isEqualTo(1.0);
        assertThat(weight(links, "H", "I")).isZero();
        assertThat(groups(links)).containsExactly(List.of("A", "B", "C", "D", "E", "F", "G"));
    }

    @Test
    void aRepeatedHolderIsNotLinkedToItselfAndSeparateGroupsStaySeparate() {
        PartyLinks links = new PartyLinks();
        links.addIdentifier(List.of("A", "A"), 1.0);
        links.addIdentifier(List.of("B", "C", "B"), 0.5);
        links.addIdentifier(List.of("D", "E"), 1.0);
        links.keepLinks(0.3);

        assertThat(weight(links, "B", "C")).isEqualTo(1.0);
        assertThat(links.links()).isEqualTo(2);
        assertThat(groups(links)).containsExactly(List.of("B", "C"), List.of("D", "E"));
    }

    @Test
    void theSumMapGrowsWithoutLosingPairs() {
        PartyLinks.LongDoubleMap map = new PartyLinks.LongDoubleMap(4);
        for (long k = 0; k < 10_000; k++) {
            map.add(k * 7919, 1);
            map.add(k * 7919, 0.5);
        }
        assertThat(map.size()).isEqualTo(10_000);
        assertThat(map.get(9_999L * 7919)).isEqualTo(1.5);
        assertThat(map.get(3)).isZero();
        assertThat(map.keysWithValueAtLeast(1.5)).hasSize(10_000);
    }
}

package io.credlink.resolution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** GB 11643 id numbers, GB 32100 credit codes, names and addresses in standard form. */
class StandardisationTest {

    @Test
    void aLegacyFifteenDigitNumberBecomesEighteenWithCentury19AndItsCheckCharacter() {
        IdNumber id = IdNumber.parse("110105491231002");
        assertThat(id.canonical()).isEqualTo("11010519491231002X");
        assertThat(id.valid()).isTrue();
        assertThat(id.legacy()).isTrue();
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.region()).isEqualTo("110105");
        assertThat(id.sex()).isEqualTo("F");
    }

    @Test
    void aLowerCaseXIsTheCheckCharacterX() {
        IdNumber id = IdNumber.parse("11010519491231002x");
        assertThat(id.canonical()).isEqualTo("11010519491231002X");
        assertThat(id.valid()).isTrue();
        assertThat(IdNumber.parse(" 110105 19491231 002X ").canonical()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.parse("１１０１０５１９４９１２３１００２ｘ").canonical()).isEqualTo("11010519491231002X");
    }

    @Test
    void theCheckCharacterFollowsIso7064Mod112() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
        IdNumber male = IdNumber.parse("440524188001010014");
        assertThat(male.valid()).isTrue();
        assertThat(male.sex()).isEqualTo("M");
        assertThat(male.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
    }

    @Test
    void aWrongCheckCharacterIsKeptAsWrittenAndFlagged() {
        IdNumber id = IdNumber.parse("110105194912310021");
        assertThat(id.valid()).isFalse();
        assertThat(id.problem()).isEqualTo("wrong check character");
        assertThat(id.canonical()).isEqualTo("110105194912310021");
        // the birth date and region are still read, so a typo can be blocked and compared
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.stem()).isEqualTo("11010519491231002");
    }

    @Test
    void impossibleDatesBadLengthsAndLettersAreInvalid() {
        assertThat(IdNumber.parse("110105194913310027").problem()).isEqualTo("no such birth date");
        assertThat(IdNumber.parse("1101051949123100").problem()).contains("16 characters");
        assertThat(IdNumber.parse("11010519491231A02X").problem()).contains("non-digit");
        assertThat(IdNumber.parse("110105491331002").valid()).isFalse();
        assertThat(IdNumber.parse("   ")).isNull();
        assertThat(IdNumber.parse(null)).isNull();
    }

    @Test
    void aSingleTypoOrASwapOfNeighboursIsAlwaysCaughtByTheCheckCharacter() {
        String valid = "11010519491231002X";
        for (int i = 0; i < 17; i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c != valid.charAt(i)) {
                    String typo = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertThat(IdNumber.parse(typo).valid()).as(typo).isFalse();
                }
            }
        }
        for (int i = 0; i < 16; i++) {
            if (valid.charAt(i) != valid.charAt(i + 1)) {
                String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
                assertThat(IdNumber.parse(swapped).valid()).as(swapped).isFalse();
            }
        }
    }

    @Test
    void searchKnowsEveryWrittenFormOfANumber() {
        assertThat(IdNumber.writtenForms("110105491231002")).contains("11010519491231002X", "11010519491231002x",
                "110105491231002");
        assertThat(IdNumber.writtenForms("11010519491231002x")).contains("11010519491231002X", "110105491231002");
        assertThat(IdNumber.writtenForms("91350100M000100Y43")).contains("91350100M000100Y43", "91350100m000100y43");
        assertThat(IdNumber.writtenForms("王平")).isEmpty();
    }

    @Test
    void creditCodesAreCheckedPerGb32100() {
        assertThat(CreditCode.parse("91350100M000100Y43").valid()).isTrue();
        assertThat(CreditCode.parse("91350100m000100y43").valid()).isTrue();
        assertThat(CreditCode.parse("91350100M000100Y44").problem()).isEqualTo("wrong check character");
        assertThat(CreditCode.parse("91350100M000100I43").problem()).contains("alphabet");
        assertThat(CreditCode.parse("9135010").problem()).contains("7 characters");
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void namesAreNfkcSimplifiedAndComparableInPinyin() {
        assertThat(Names.simplified("劉德華")).isEqualTo("刘德华");
        assertThat(Names.personKey("劉德華")).isEqualTo(Names.personKey("刘德华"));
        assertThat(Names.personKey("Liu, Hui")).isEqualTo("LIUHUI");
        assertThat(Names.pinyinKey("王平")).isEqualTo("agginnpw");
        assertThat(Names.pinyinKey("Wang Ping")).isEqualTo("agginnpw");
        assertThat(Names.pinyinKey("PING, Wang")).isEqualTo("agginnpw");
        assertThat(Names.pinyinKey("Wangping")).isEqualTo("agginnpw");
        assertThat(Names.pinyinKey("ｗａｎｇ　ｐｉｎｇ")).isEqualTo("agginnpw");
        assertThat(Names.pinyinKey("司马平思")).isEqualTo(Names.pinyinKey("Sima Pingsi"));
        assertThat(Names.pinyinKey("王平")).isNotEqualTo(Names.pinyinKey("李娜"));
        assertThat(Names.pinyinKey("劉慧")).isEqualTo(Names.pinyinKey("Liu Hui"));
        assertThat(Names.nfkc("  王　平 ")).isEqualTo("王 平");
    }

    @Test
    void firmNamesLoseTheirLegalFormsAndBracketsAgreeInEitherWidth() {
        Names.FirmName full = Names.firm("成都市恒泰保险代理（集团）股份有限公司");
        Names.FirmName half = Names.firm("成都市恒泰保险代理(集团)股份有限公司");
        assertThat(full).isEqualTo(half);
        assertThat(full.core()).isEqualTo("成都市恒泰保险代理");
        assertThat(Names.firm("成都市恒泰保险代理有限公司").core()).isEqualTo("成都市恒泰保险代理");
        assertThat(Names.firm("成都市恒泰保险代理有限责任公司").core()).isEqualTo("成都市恒泰保险代理");
        assertThat(Names.firm("成都市恒泰保险代理集团有限公司").core()).isEqualTo("成都市恒泰保险代理");
        assertThat(Names.firm("成都市恒泰保险代理有限公司").branch()).isFalse();
        Names.FirmName branch = Names.firm("成都市恒泰保险代理有限公司武侯分公司");
        assertThat(branch.branch()).isTrue();
        assertThat(Names.firm("Hengtai Property & Casualty Insurance Co., Ltd.").core())
                .isEqualTo(Names.firm("HENGTAI PROPERTY & CASUALTY INSURANCE COMPANY LIMITED").core());
        assertThat(Names.firm("鼎信財產保險股份有限公司").full()).isEqualTo(Names.firm("鼎信财产保险股份有限公司").full());
    }

    @Test
    void addressesNameTheirProvinceCityAndDistrict() {
        Addresses.Place place = Addresses.parse("山东省青岛市崂山区和平路382号 967栋 12室");
        assertThat(place).isEqualTo(new Addresses.Place("山东省", "青岛市", "崂山区"));
        assertThat(Addresses.parse("北京市朝阳区建国路1号")).isEqualTo(new Addresses.Place("北京市", "北京市", "朝阳区"));
        assertThat(Addresses.parse("广西壮族自治区南宁市青秀区民族大道1号").district()).isEqualTo("青秀区");
        assertThat(Addresses.parse("NO. 1 MAIN STREET")).isEqualTo(new Addresses.Place(null, null, null));
    }

    @Test
    void identifiersAreTakenAsTheImportNormalisedThem() {
        StandardParty p = StandardParty.of(new PartyRecord("C1", "Consumer", "PERSON", "王平", "110105491231002", null,
                List.of("PHONE:13812345678", "EMAIL:wp@example.cn", "BANK_ACCOUNT:6222000011112222",
                        "ADDRESS:山东省青岛市崂山区和平路382号", "DEVICE:abc")));
        assertThat(p.firm()).isFalse();
        assertThat(p.identity()).isEqualTo("11010519491231002X");
        assertThat(p.phones()).containsExactly("13812345678");
        assertThat(p.emails()).containsExactly("wp@example.cn");
        assertThat(p.banks()).containsExactly("6222000011112222");
        assertThat(p.districts()).containsExactly("山东省|青岛市|崂山区");
        assertThat(StandardParty.normalise(io.credlink.ingest.IdentifierNormaliser.Kind.PHONE, "+86 138-1234-5678"))
                .isEqualTo("13812345678");
        StandardParty firm = StandardParty.of(new PartyRecord("C2", "Consumer", "COMPANY", "恒泰有限公司",
                "91350100M000100Y43", null, List.of()));
        assertThat(firm.firm()).isTrue();
        assertThat(firm.identityValid()).isTrue();
    }
}

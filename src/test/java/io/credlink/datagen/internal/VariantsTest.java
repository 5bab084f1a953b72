package io.credlink.datagen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class VariantsTest {

    final Variants variants = new Variants();

    @Test
    void idNumberCheckCharacterAndLegacyFormFollowGb11643() {
        // the standard's own example
        assertThat(Codes.idCheck("11010519491231002")).isEqualTo('X');
        assertThat(Codes.legacyId("11010519491231002X")).isEqualTo("110105491231002");
    }

    @Test
    void creditCodesCarryBothCheckCharacters() {
        // a published example of a unified social credit code
        assertThat(Codes.creditCheck("91350100M000100Y4")).isEqualTo('3');
        assertThat(Codes.orgCheck("M000100Y")).isEqualTo('4');
        String code = Codes.creditCode("440305", "ABCD1234");
        assertThat(code).hasSize(18).startsWith("91440305ABCD1234");
        assertThat(code.charAt(16)).isEqualTo(Codes.orgCheck("ABCD1234"));
        assertThat(code.charAt(17)).isEqualTo(Codes.creditCheck(code.substring(0, 17)));
    }

    @Test
    void everyTypingErrorBreaksTheCheckCharacter() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 2_000; i++) {
            String body = Fmt.digits(r.nextLong(100_000_000_000_000_000L) / 10, 17);
            String id = body + Codes.idCheck(body);
            String changed = Variants.idDigitChanged(id, r);
            assertThat(changed).isNotEqualTo(id).hasSize(18);
            assertThat(Codes.idCheck(changed)).as(changed).isNotEqualTo(changed.charAt(17));
            assertThat(changed.substring(6, 14)).isEqualTo(id.substring(6, 14));
            String swapped = Variants.idDigitsSwapped(id, r);
            if (swapped != null) {
                assertThat(Codes.idCheck(swapped)).as(swapped).isNotEqualTo(swapped.charAt(17));
                assertThat(swapped.substring(6, 14)).isEqualTo(id.substring(6, 14));
            }
            String code = Codes.creditCode("110105", Fmt.digits(r.nextInt(100_000_000), 8));
            String typo = Variants.creditCodeTypo(code, r);
            assertThat(typo).isNotEqualTo(code);
            assertThat(Codes.creditCheck(typo.substring(0, 17))).as(typo).isNotEqualTo(typo.charAt(17));
        }
        assertThat(Variants.idDigitsSwapped("111111111111111111", r)).isNull();
    }

    @Test
    void namesInTraditionalCharactersAndPinyin() {
        assertThat(variants.traditional("王伟")).isEqualTo("王偉");
        assertThat(variants.traditional("深圳市华信贸易有限公司")).isEqualTo("深圳市華信貿易有限公司");
        assertThat(variants.traditional("王平")).isNull();
        assertThat(variants.pinyin("王平")).isEqualTo("Wang Ping");
        assertThat(variants.pinyin("张志强")).isEqualTo("Zhang Zhiqiang");
        assertThat(variants.pinyin("欧阳娜")).isEqualTo("Ouyang Na");
        // a surname's own reading
        assertThat(variants.pinyin("曾国")).isEqualTo("Zeng Guo");
    }

    @Test
    void companyNameVariants() {
        assertThat(Variants.otherWidths("华信科技（深圳）有限公司")).isEqualTo("华信科技(深圳)有限公司");
        assertThat(Variants.otherWidths("华信科技(深圳)有限公司")).isEqualTo("华信科技（深圳）有限公司");
        assertThat(Variants.otherWidths("深圳市华信科技有限公司")).isNull();
        assertThat(Variants.otherWidths("Shenzhen Huaxin Trading Co., Ltd."))
            .isEqualTo("Shenzhen\u3000Huaxin\u3000Trading\u3000Co\uFF0E\uFF0C\u3000Ltd\uFF0E");
        assertThat(Variants.otherSuffix("深圳市华信科技有限公司")).isEqualTo("深圳市华信科技有限责任公司");
        assertThat(Variants.otherSuffix("深圳市华信科技股份有限公司")).isNull();
        assertThat(Variants.otherSuffix("Shenzhen Huaxin Trading Co., Ltd.")).isEqualTo("Shenzhen Huaxin Trading Company Limited");
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 50; i++) {
            String branch = Variants.branch("深圳市华信科技有限公司", r);
            assertThat(branch).startsWith("深圳市华信科技有限公司").matches(".*(南山区|福田区|宝安区|龙岗区)分公司[)）]?");
            assertThat(Variants.branch("华信科技（深圳）有限公司", r)).matches(".*(南山区|福田区|宝安区|龙岗区)分公司[)）]?");
            String sister = Variants.sisterName("深圳市华信网络科技有限公司", r);
            assertThat(sister).startsWith("深圳市华信").endsWith("有限公司").isNotEqualTo("深圳市华信网络科技有限公司")
                .doesNotContain("网络科技");
        }
        assertThat(Variants.sisterName("深圳市第一人民医院", r)).isNull();
    }
}

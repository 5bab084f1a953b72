package io.credlink.ingest;

import static io.credlink.ingest.IdentifierNormaliser.Kind.ADDRESS;
import static io.credlink.ingest.IdentifierNormaliser.Kind.BANK_ACCOUNT;
import static io.credlink.ingest.IdentifierNormaliser.Kind.EMAIL;
import static io.credlink.ingest.IdentifierNormaliser.Kind.PHONE;
import static io.credlink.ingest.IdentifierNormaliser.normalise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierNormaliserTest {

    @ParameterizedTest(name = "phone \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "13800138000|13800138000",
            "+86 138-0013-8000|13800138000",
            "0086 138 0013 8000|13800138000",
            "8613800138000|13800138000",
            "(010) 6552-9988|01065529988",
            "86123456|86123456",
            " 138 0013 8000 |13800138000"})
    void phonesKeepDigitsOnlyWithoutCountryCode86(String raw, String expected) {
        assertThat(normalise(PHONE, raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "email \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {"  Zhang.Wei@Example.COM |zhang.wei@example.com"})
    void emailsAreTrimmedAndLowerCased(String raw, String expected) {
        assertThat(normalise(EMAIL, raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "account \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {"6222 0202-0011 2233 ab|622202020011 2233AB", "cn-0011 22|CN001122"})
    void bankAccountsKeepLettersAndDigitsUpperCased(String raw, String expected) {
        assertThat(normalise(BANK_ACCOUNT, raw)).isEqualTo(expected.replace(" ", ""));
    }

    @ParameterizedTest(name = "address \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {"  12 Renmin  Rd,\tApt 3 |12 RENMIN RD, APT 3", "北京市 朝阳区   建国路 1号|北京市 朝阳区 建国路 1号"})
    void addressesAreTrimmedCollapsedAndUpperCased(String raw, String expected) {
        assertThat(normalise(ADDRESS, raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "phone \"{0}\" is empty")
    @CsvSource(delimiter = '|', value = {"---", "'   '"})
    void aValueWithNothingLeftIsEmpty(String raw) {
        assertThat(normalise(PHONE, raw)).isEmpty();
    }
}

package io.credlink.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierQueryTest {

    @Test
    void aPhoneKeepsDigitsAndDropsTheCountryCode() {
        assertThat(IdentifierQuery.candidateIds("+86 138-0013-8000")).contains("PHONE:13800138000");
        assertThat(IdentifierQuery.candidateIds("008613800138000")).contains("PHONE:13800138000");
        assertThat(IdentifierQuery.candidateIds("138 0013 8000")).contains("PHONE:13800138000");
    }

    @Test
    void anEmailIsTrimmedAndLowerCased() {
        assertThat(IdentifierQuery.candidateIds("  Zhang.San@Example.COM ")).contains("EMAIL:zhang.san@example.com");
    }

    @Test
    void aBankAccountKeepsLettersAndDigitsUpperCased() {
        assertThat(IdentifierQuery.candidateIds("gb29 nwbk-6016")).contains("BANK_ACCOUNT:GB29NWBK6016");
    }

    @Test
    void anAddressIsCollapsedAndUpperCased() {
        assertThat(IdentifierQuery.candidateIds(" 1  Renmin  Road ")).contains("ADDRESS:1 RENMIN ROAD");
    }

    @Test
    void textWithoutDigitsIsNoPhone() {
        assertThat(IdentifierQuery.candidateIds("Zhang")).noneMatch(id -> id.startsWith("PHONE:"));
    }
}

package io.credlink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.credlink.access.Pii;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The masking rule of docs/security.md on JSON trees and CSV texts, with a fixed visible set. */
class ResponseMaskerTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final Set<String> asked = new HashSet<>();
    final ResponseMasker masker = new ResponseMasker(ids -> {
        asked.addAll(ids);
        Set<String> visible = new HashSet<>(ids);
        visible.retainAll(Set.of("CON-OWN", "PHONE:13800000001"));
        return visible;
    });

    @Test
    void maskKeepsAFewLeadingAndTrailingCharacters() {
        assertThat(Pii.mask("630102199001011234")).isEqualTo("6301**********1234");
        assertThat(Pii.mask("13900000002")).isEqualTo("139*****002");
        assertThat(Pii.mask("PHONE:13900000002")).isEqualTo("PHONE:139*****002");
        assertThat(Pii.mask("ab")).isEqualTo("**");
        assertThat(Pii.mask("a@b.cn")).isEqualTo("a@**cn");
    }

    @Test
    void idNumbersOfOtherPartiesAreMaskedTheirOwnersAreAskedOnce() {
        JsonNode out = masker.mask(JSON.readTree("""
                {"items": [
                  {"id": "CON-OWN", "properties": {"idNumber": "630102199001011234", "name": "Own"}},
                  {"id": "CON-OTHER", "properties": {"idNumber": "630102198502025678", "name": "Other"}},
                  {"entityId": "CON-OTHER", "details": {"id_number": "630102198502025678"}},
                  {"idNumber": "630102198502025678"}
                ]}"""));
        assertThat(out.at("/items/0/properties/idNumber").asString()).isEqualTo("630102199001011234");
        assertThat(out.at("/items/1/properties/idNumber").asString()).isEqualTo("6301**********5678");
        assertThat(out.at("/items/1/properties/name").asString()).isEqualTo("Other");
        assertThat(out.at("/items/2/details/id_number").asString()).isEqualTo("6301**********5678");
        assertThat(out.at("/items/3/idNumber").asString()).as("no owner: masked").isEqualTo("6301**********5678");
        assertThat(asked).containsExactlyInAnyOrder("CON-OWN", "CON-OTHER");
    }

    @Test
    void identifierIdsAreMaskedAnywhereUnlessVisible() {
        JsonNode out = masker.mask(JSON.readTree("""
                {"nodes": [{"id": "PHONE:13900000002", "type": "Identifier", "label": "PHONE 13900000002"},
                           {"id": "PHONE:13800000001", "type": "Identifier", "label": "PHONE 13800000001"}],
                 "edges": [{"source": "CON-OTHER", "target": "PHONE:13900000002", "type": "HAS_IDENTIFIER"}],
                 "paths": [["CON-OWN", "PHONE:13900000002", "CON-OTHER"]],
                 "byId": {"PHONE:13900000002": 1},
                 "evidence": "shares PHONE:13900000002 and EMAIL:x@y.cn with CON-OWN",
                 "entity": {"id": "EMAIL:x@y.cn", "type": "Identifier", "properties": {"kind": "EMAIL", "value": "x@y.cn"}}}"""));
        String text = out.toString();
        assertThat(text).doesNotContain("13900000002").doesNotContain("x@y.cn");
        assertThat(out.at("/nodes/0/id").asString()).isEqualTo("PHONE:139*****002");
        assertThat(out.at("/nodes/0/label").asString()).isEqualTo("PHONE 139*****002");
        assertThat(out.at("/nodes/1/label").asString()).isEqualTo("PHONE 13800000001");
        assertThat(out.at("/edges/0/target").asString()).isEqualTo("PHONE:139*****002");
        assertThat(out.at("/paths/0/1").asString()).isEqualTo("PHONE:139*****002");
        assertThat(out.at("/byId").has("PHONE:139*****002")).isTrue();
        assertThat(out.at("/evidence").asString()).isEqualTo("shares PHONE:139*****002 and EMAIL:x@**cn with CON-OWN");
        assertThat(out.at("/entity/properties/value").asString()).isEqualTo("x@**cn");
        assertThat(out.at("/entity/properties/kind").asString()).isEqualTo("EMAIL");
    }

    @Test
    void numbersBooleansAndOtherFieldsAreLeftAlone() {
        JsonNode out = masker.mask(JSON.readTree("""
                {"id": "CON-OTHER", "score": 0.25, "amount": 12000.5, "value": 3, "blacklisted": true, "name": "Other"}"""));
        assertThat(out.toString()).isEqualTo(
                "{\"id\":\"CON-OTHER\",\"score\":0.25,\"amount\":12000.5,\"value\":3,\"blacklisted\":true,\"name\":\"Other\"}");
    }

    @Test
    void csvColumnsAndCellsFollowTheSameRule() throws Exception {
        String out = masker.maskCsv("""
                party_id,name,id_number,phone,note\r
                CON-OWN,Own,630102199001011234,13800000001,ok\r
                CON-OTHER,"Other, Ltd",630102198502025678,13900000002,"via PHONE:13900000002"\r
                """);
        assertThat(out).contains("CON-OWN,Own,630102199001011234,13800000001,ok")
                .contains("CON-OTHER,\"Other, Ltd\",6301**********5678,139*****002,via PHONE:139*****002")
                .doesNotContain("13900000002");
    }
}

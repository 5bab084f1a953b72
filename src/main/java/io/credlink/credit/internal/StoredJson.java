package io.credlink.credit.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import io.credlink.credit.CounterpartyCheckView.Exposure;
import io.credlink.credit.ScoreView;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of stored score parts: factors, network part and exposures (one mapper, readers resolved once). */
@Component
class StoredJson {

    private static final TypeReference<List<ScoreView.Factor>> FACTORS = new TypeReference<>() {
    };
    private static final TypeReference<List<Exposure>> EXPOSURES = new TypeReference<>() {
    };

    private final JsonMapper json = JsonMapper.builder().build();
    private final ObjectReader factorsReader = json.readerFor(FACTORS);
    private final ObjectReader exposureReader = json.readerFor(EXPOSURES);

    List<ScoreView.Factor> factors(String text) {
        return factorsReader.readValue(text);
    }

    Network network(String text) {
        return text == null ? Network.NONE : json.readValue(text, Network.class);
    }

    /** Stored exposures; most parties have none ("[]" or null), which costs no parsing. */
    List<Exposure> exposures(String text) {
        return text == null || text.equals("[]") ? List.of() : exposureReader.readValue(text);
    }

    String exposuresJson(List<Exposure> exposures) {
        return write(exposures == null ? List.of() : exposures);
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }
}

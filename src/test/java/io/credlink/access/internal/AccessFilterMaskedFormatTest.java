package io.credlink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.credlink.access.internal.AccessFilter.MaskedFormat;

/** Which answers the masker reads; every other type is refused to a masked user, whichever converter wrote it. */
class AccessFilterMaskedFormatTest {

    @Test
    void jsonAndItsSuffixTypesAndCsvAreMaskedEverythingElseIsRefused() {
        assertThat(MaskedFormat.of("application/json")).isEqualTo(MaskedFormat.JSON);
        assertThat(MaskedFormat.of("application/problem+json")).isEqualTo(MaskedFormat.JSON);
        assertThat(MaskedFormat.of("Application/JSON;charset=UTF-8")).isEqualTo(MaskedFormat.JSON);
        assertThat(MaskedFormat.of("text/csv;charset=UTF-8")).isEqualTo(MaskedFormat.CSV);
        for (String other : new String[] {"application/yaml", "application/xml", "text/plain", "application/cbor",
                "application/x-jackson-smile", "application/octet-stream", "text/html", "application/x-yaml"}) {
            assertThat(MaskedFormat.of(other)).as(other).isEqualTo(MaskedFormat.NONE);
        }
        assertThat(MaskedFormat.of(null)).isEqualTo(MaskedFormat.NONE);
    }
}

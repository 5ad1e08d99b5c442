package org.annals.resolve.place;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceNamesTest {

    @Test
    void foldsCaseDiacriticsAndPunctuation() {
        assertThat(PlaceNames.key("  Île-de-France ")).isEqualTo("ile de france");
        assertThat(PlaceNames.key("Xi’an")).isEqualTo(PlaceNames.key("Xian"));
        assertThat(PlaceNames.key("Washington, D.C.")).isEqualTo("washington d c");
        assertThat(PlaceNames.key("Łódź")).isEqualTo("lodz");
        assertThat(PlaceNames.key("Straße")).isEqualTo("strasse");
    }

    @Test
    void blankOrOverlongNamesHaveNoKey() {
        assertThat(PlaceNames.key(null)).isEmpty();
        assertThat(PlaceNames.key(" - ")).isEmpty();
        assertThat(PlaceNames.key("x".repeat(PlaceNames.MAX_LENGTH + 1))).isEmpty();
    }

    @Test
    void otherScriptsAreKept() {
        assertThat(PlaceNames.key("中南海")).isEqualTo("中南海");
        assertThat(PlaceNames.key("Москва")).isEqualTo("москва");
    }
}

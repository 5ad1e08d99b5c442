package org.annals.resolve.place;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceContextTest {

    @Test
    void codesAreUpperCasedAndDeduplicatedInOrder() {
        assertThat(new PlaceContext(List.of("chn", "RUS", "CHN"), null).focusCountries())
                .containsExactly("CHN", "RUS");
    }

    @Test
    void datelineKeepsTheFocus() {
        PlaceContext context = PlaceContext.focus("USA").withDateline("Boston");
        assertThat(context).isEqualTo(new PlaceContext(List.of("USA"), "Boston"));
        assertThat(PlaceContext.none().focusCountries()).isEmpty();
    }
}

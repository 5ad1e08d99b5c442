package org.annals.resolve.place;

import org.annals.model.Place;
import org.annals.resolve.place.GazetteerEntry.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GazetteerEntryTest {

    @Test
    void becomesTheEventPlaceUnderTheMentionedName() {
        GazetteerEntry entry = new GazetteerEntry("Zhongnanhai", "CHN", "Beijing", 39.91, 116.38, 0, Kind.LANDMARK);
        assertThat(entry.toPlace("Zhongnanhai compound"))
                .isEqualTo(new Place("Zhongnanhai compound", "CHN", 39.91, 116.38));
    }

    @Test
    void rejectsPointsOffTheGlobe() {
        assertThatThrownBy(() -> new GazetteerEntry("X", "CHN", "", 91, 0, 0, Kind.CITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GazetteerEntry("X", "CHN", "", Double.NaN, 0, 0, Kind.CITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindsAreReadFromTheirFileNames() {
        assertThat(Kind.parse("district")).isEqualTo(Kind.DISTRICT);
    }
}

package org.annals.annotate.time;

import org.annals.model.TimePrecision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeReadingTest {
    @Test
    void namesADayOnlyForDayReadingsWithoutATime() {
        assertThat(TimeReading.absolute(2024, 5, 16).isDay()).isTrue();
        assertThat(TimeReading.absolute(2024, 5, 0).isDay()).isFalse();
        assertThat(TimeReading.weekday(3, 0).isDay()).isTrue();
        assertThat(TimeReading.relative(TimePrecision.DAY, -1).isDay()).isTrue();
        assertThat(TimeReading.relative(TimePrecision.WEEK, -1).isDay()).isFalse();
        assertThat(TimeReading.monthDay(5, 16).at(10, 30).isDay()).isFalse();
    }

    @Test
    void takesATimeOfDay() {
        TimeReading r = TimeReading.monthDay(5, 16).at(19, 30);
        assertThat(r.hour()).isEqualTo(19);
        assertThat(r.minute()).isEqualTo(30);
        assertThat(r.day()).isEqualTo(16);
    }
}

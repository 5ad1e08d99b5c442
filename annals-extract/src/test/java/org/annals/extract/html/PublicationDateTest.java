package org.annals.extract.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationDateTest {
    @Test
    void isoWithOffsetKeptAsStated() {
        assertThat(PublicationDate.normalize("2024-05-17T06:10:00+08:00")).isEqualTo("2024-05-17T06:10:00+08:00");
    }

    @Test
    void fractionalSecondsAndZulu() {
        assertThat(PublicationDate.normalize("2019-11-19T13:03:00.000Z")).isEqualTo("2019-11-19T13:03:00Z");
    }

    @Test
    void offsetWithoutColon() {
        assertThat(PublicationDate.normalize("2019-11-20T06:35:39+0000")).isEqualTo("2019-11-20T06:35:39+00:00");
    }

    @Test
    void dayOnly() {
        assertThat(PublicationDate.normalize("2024/5/7")).isEqualTo("2024-05-07");
    }

    @Test
    void spaceSeparatedTime() {
        assertThat(PublicationDate.normalize("2019-11-19 02:24")).isEqualTo("2019-11-19T02:24");
    }

    @Test
    void compactDigits() {
        assertThat(PublicationDate.normalize("20240302")).isEqualTo("2024-03-02");
    }

    @Test
    void rfc1123() {
        assertThat(PublicationDate.normalize("Fri, 17 May 2024 06:10:00 GMT")).isEqualTo("2024-05-17T06:10:00Z");
    }

    @Test
    void monthNameFirstWithPm() {
        assertThat(PublicationDate.normalize("Nov. 19, 2019 8:21 pm")).isEqualTo("2019-11-19T20:21");
    }

    @Test
    void impossibleMonthIsNull() {
        assertThat(PublicationDate.normalize("2024-13-01")).isNull();
    }

    @Test
    void wordsAreNull() {
        assertThat(PublicationDate.normalize("yesterday evening")).isNull();
    }
}

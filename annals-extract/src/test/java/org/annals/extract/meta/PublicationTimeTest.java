package org.annals.extract.meta;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationTimeTest {
    private static String iso(String text) {
        return PublicationTime.parse(text).map(ParsedTime::iso).orElse(null);
    }

    @Test
    void monthNameWithTwelveHourClock() {
        assertThat(iso("Mar 04, 2024 09:15 AM")).isEqualTo("2024-03-04T09:15");
    }

    @Test
    void afternoonHoursAddTwelve() {
        assertThat(iso("Nov 08, 2022 02:05 PM")).isEqualTo("2022-11-08T14:05");
    }

    @Test
    void midnightInTwelveHourClockIsZero() {
        assertThat(iso("March 5, 2024 12:10 a.m.")).isEqualTo("2024-03-05T00:10");
    }

    @Test
    void isoDate() {
        assertThat(iso(" 2022-09-14 ")).isEqualTo("2022-09-14");
    }

    @Test
    void isoDateTimeWithOffset() {
        assertThat(iso("2024-03-05T14:20:00+08:00")).isEqualTo("2024-03-05T14:20:00+08:00");
    }

    @Test
    void zeroOffsetIsZulu() {
        assertThat(iso("2024-03-05 14:20 GMT")).isEqualTo("2024-03-05T14:20Z");
    }

    @Test
    void numericDateIsDayFirst() {
        assertThat(iso("05/03/2024 14:20")).isEqualTo("2024-03-05T14:20");
    }

    @Test
    void numericDateWithDayAboveTwelveInSecondPlaceIsMonthFirst() {
        assertThat(iso("10/21/2024")).isEqualTo("2024-10-21");
    }

    @Test
    void dayFirstNumericDate() {
        assertThat(iso("22/11/2023")).isEqualTo("2023-11-22");
    }

    @Test
    void cutYearIsLeftOutAndTimeBeforeDateIsKept() {
        assertThat(iso("18:45: Feb-24, 20")).isEqualTo("--02-24T18:45");
    }

    @Test
    void printedTextIsTheExpressionAsPrinted() {
        assertThat(PublicationTime.parse("Release time:Mar 04, 2024 09:15 AM").map(ParsedTime::text))
                .contains("Mar 04, 2024 09:15 AM");
    }

    @Test
    void precisionFollowsWhatIsPrinted() {
        assertThat(PublicationTime.parse("March 5, 2024").map(ParsedTime::precision)).contains(TimePrecision.DAY);
    }

    @Test
    void chineseDate() {
        assertThat(iso("2024年3月5日 14:20")).isEqualTo("2024-03-05T14:20");
    }

    @Test
    void frenchDateWithHourMark() {
        assertThat(iso("28 août 2023 à 10h15")).isEqualTo("2023-08-28T10:15");
    }

    @Test
    void spanishDate() {
        assertThat(iso("5 de marzo de 2024")).isEqualTo("2024-03-05");
    }

    @Test
    void germanDate() {
        assertThat(iso("5. März 2024, 14:20 Uhr")).isEqualTo("2024-03-05T14:20");
    }

    @Test
    void weekdayBeforeMonthName() {
        assertThat(iso("Tuesday, March 5, 2024")).isEqualTo("2024-03-05");
    }

    @Test
    void monthAndYearOnly() {
        assertThat(PublicationTime.parse("March 2024").map(ParsedTime::precision)).contains(TimePrecision.MONTH);
    }

    @Test
    void impossibleDateIsNoDate() {
        assertThat(PublicationTime.parse("2024-02-30")).isEmpty();
    }

    @Test
    void wordThatIsNoMonthIsNoDate() {
        assertThat(PublicationTime.parse("Chapter 12, 2024 edition")).isEmpty();
    }

    @Test
    void findGivesOffsets() {
        assertThat(PublicationTime.find("SPORTS · 03/07/2023").map(TimeMatch::start)).contains(9);
    }

    @Test
    void hugeInputIsCheap() {
        assertThat(PublicationTime.parse("9".repeat(1_000_000))).isEmpty();
    }

    @Test
    void timeWithZoneBeforeTheDate() {
        assertThat(iso("14:20 GMT, March 5, 2024")).isEqualTo("2024-03-05T14:20Z");
    }

    @Test
    void japaneseClock() {
        assertThat(iso("2024年3月5日 14時20分")).isEqualTo("2024-03-05T14:20");
    }

    @Test
    void koreanClock() {
        assertThat(iso("2024년 3월 5일 14시 20분")).isEqualTo("2024-03-05T14:20");
    }

    @Test
    void indonesianDate() {
        assertThat(iso("Selasa, 5 Maret 2024 14:20")).isEqualTo("2024-03-05T14:20");
    }

    @Test
    void turkishDate() {
        assertThat(iso("5 Mart 2024")).isEqualTo("2024-03-05");
    }

    @Test
    void arabicMonthName() {
        assertThat(iso("5 مارس 2024")).isEqualTo("2024-03-05");
    }

    @Test
    void unambiguousZoneNameGivesTheOffset() {
        assertThat(iso("August 18, 2023 6:52 PM EDT")).isEqualTo("2023-08-18T18:52-04:00");
    }

    @Test
    void ambiguousZoneNameGivesNoOffset() {
        assertThat(iso("March 5, 2024 14:20 CST")).isEqualTo("2024-03-05T14:20");
    }

    // Values as meta tags and JSON-LD state them.
    @Test
    void metaTagIsoWithOffsetKeptAsStated() {
        assertThat(iso("2024-05-17T06:10:00+08:00")).isEqualTo("2024-05-17T06:10:00+08:00");
    }

    @Test
    void metaTagFractionalSecondsAndZulu() {
        assertThat(iso("2019-11-19T13:03:00.000Z")).isEqualTo("2019-11-19T13:03:00Z");
    }

    @Test
    void metaTagOffsetWithoutColon() {
        assertThat(iso("2019-11-20T06:35:39+0000")).isEqualTo("2019-11-20T06:35:39+00:00");
    }

    @Test
    void metaTagDayOnly() {
        assertThat(iso("2024/5/7")).isEqualTo("2024-05-07");
    }

    @Test
    void metaTagSpaceSeparatedTime() {
        assertThat(iso("2019-11-19 02:24")).isEqualTo("2019-11-19T02:24");
    }

    @Test
    void metaTagCompactDigits() {
        assertThat(iso("20240302")).isEqualTo("2024-03-02");
    }

    @Test
    void metaTagRfc1123() {
        assertThat(iso("Fri, 17 May 2024 06:10:00 GMT")).isEqualTo("2024-05-17T06:10:00Z");
    }

    @Test
    void metaTagMonthNameFirstWithPm() {
        assertThat(iso("Nov. 19, 2019 8:21 pm")).isEqualTo("2019-11-19T20:21");
    }

    @Test
    void metaTagImpossibleMonthIsNull() {
        assertThat(iso("2024-13-01")).isNull();
    }

    @Test
    void metaTagWordsAreNull() {
        assertThat(iso("yesterday evening")).isNull();
    }
}

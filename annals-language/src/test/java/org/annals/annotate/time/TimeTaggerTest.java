package org.annals.annotate.time;

import org.annals.model.Span;
import org.annals.model.TimeExpression;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TimeTaggerTest {
    private static final TimeTagger TAGGER = new TimeTagger();

    /** Every expression of the sentence as "text=value/precision", joined by "; ". */
    private static String tag(String published, String sentence) {
        return TAGGER.tag(sentence, TimeAnchor.of(published, null)).stream()
                .map(t -> t.text() + "=" + t.value() + "/" + (t.precision() == null ? null : t.precision().label()))
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-17 | They met on the evening of May 16.            | the evening of May 16=2024-05-16/day
            2023-05-29 | Data released on April 12 showed a fall.      | April 12=2023-04-12/day
            2024-01-03 | Crews arrived on December 30.                 | December 30=2023-12-30/day
            2024-06-01 | It opened on 16 May 2024.                     | 16 May 2024=2024-05-16/day
            2024-06-01 | It opened on May 16, 2024.                    | May 16, 2024=2024-05-16/day
            2024-06-01 | It opened on May 16th.                        | May 16th=2024-05-16/day
            2024-06-01 | It opened on the 16th of May.                 | 16th of May=2024-05-16/day
            2024-06-01 | The filing of 2024-05-16 said so.             | 2024-05-16=2024-05-16/day
            2024-06-01 | The report dated 16/05/2024 said so.          | 16/05/2024=2024-05-16/day
            2024-06-01 | The report dated 05/16/2024 said so.          | 05/16/2024=2024-05-16/day
            2024-06-01 | The report dated 05/06/2024 said so.          | ''
            2024-06-01 | The bank cut rates on Oct. 12, 2023.          | Oct. 12, 2023=2023-10-12/day
            2024-06-01 | They last met in October 2023.                | October 2023=2023-10/month
            2024-06-01 | Prices rose in February this year.            | February this year=2024-02/month
            2024-06-01 | Prices rose in February last year.            | February last year=2023-02/month
            2024-06-01 | Prices rose last February.                    | last February=2024-02/month
            2024-01-10 | Prices rose last February.                    | last February=2023-02/month
            2024-06-01 | Prices rose in April.                         | April=2024-04/month
            2024-06-01 | Sales grew in 2023.                           | 2023=2023/year
            2024-06-01 | Sales grew last year.                         | last year=2023/year
            2024-06-01 | Sales will grow next year.                    | next year=2025/year
            2024-06-01 | Sales grew this year.                         | this year=2024/year
            2024-06-01 | Sales had grown the year before.              | the year before=2023/year
            2024-06-01 | Sales fell in 2019 and the year before.       | 2019=2019/year; the year before=2018/year
            2024-04-30 | GDP grew in the first quarter of 2024 from the previous quarter. | the first quarter of 2024=2024-Q1/quarter; the previous quarter=2023-Q4/quarter
            2024-06-01 | Talks began on May 3 and ended two days later. | May 3=2024-05-03/day; two days later=2024-05-05/day
            2024-05-16 | The minister spoke on Wednesday.              | Wednesday=2024-05-15/day
            2024-05-16 | The minister will speak on Wednesday.         | Wednesday=2024-05-22/day
            2024-05-16 | The minister spoke on Thursday.               | Thursday=2024-05-16/day
            2024-05-16 | The minister will speak next Thursday.        | next Thursday=2024-05-23/day
            2024-05-16 | The minister spoke last Monday.               | last Monday=2024-05-13/day
            2024-05-16 | It rained today.                              | today=2024-05-16/day
            2024-05-16 | It rained yesterday.                          | yesterday=2024-05-15/day
            2024-05-16 | It will rain tomorrow.                        | tomorrow=2024-05-17/day
            2024-05-16 | It will rain tonight.                         | tonight=2024-05-16/day
            2024-05-16 | It rained this morning.                       | this morning=2024-05-16/day
            2024-05-16 | It rained last night.                         | last night=2024-05-15/day
            2024-05-16 | The strike began last week.                   | last week=2024-W19/week
            2024-05-16 | The strike ends next week.                    | next week=2024-W21/week
            2024-05-16 | Prices fell last month.                       | last month=2024-04/month
            2024-05-16 | Prices fell this month.                       | this month=2024-05/month
            2024-05-16 | Prices fell earlier this month.               | earlier this month=2024-05/month
            2024-05-16 | Growth slowed in the first quarter of 2024.   | the first quarter of 2024=2024-Q1/quarter
            2024-05-16 | Growth slowed in Q3 2023.                     | Q3 2023=2023-Q3/quarter
            2024-02-15 | Growth slowed in the fourth quarter.          | the fourth quarter=2023-Q4/quarter
            2024-05-16 | The talks began at 10:30.                     | 10:30=2024-05-16T10:30/minute
            2024-05-16 | The talks began at 10:30 a.m. local time.     | 10:30 a.m.=2024-05-16T10:30/minute
            2024-05-16 | The talks began at 3 pm.                      | 3 pm=2024-05-16T15/hour
            2024-05-20 | The talks began at 3pm on May 16.             | 3pm on May 16=2024-05-16T15/hour
            2024-05-20 | The talks began May 16 at 7:30 p.m.           | May 16 at 7:30 p.m.=2024-05-16T19:30/minute
            2024-05-20 | Polls closed at 8 p.m. local time on Sunday.  | 8 p.m. local time on Sunday=2024-05-19T20/hour
            2024-05-20 | The blast came at 0600 GMT.                   | 0600=2024-05-20T06:00/minute
            2024-05-20 | Output rose from 2019 to 2021.                | 2019=2019/year; 2021=2021/year
            2024-05-20 | Sales rose from January to March.             | January=2024-01/month; March=2024-03/month
            2024-05-20 | It was the summer of 2019.                    | 2019=2019/year
            2024-05-20 | The war lasted 1939-1945.                     | 1939=1939/year; 1945=1945/year
            2024-05-20 | The war lasted 1939–1945.                     | 1939=1939/year; 1945=1945/year
            2024-06-20 | He visited from June 7th to 8th.              | June 7th=2024-06-07/day; 8th=2024-06-08/day
            2024-05-20 | Talks were held on May 16 and 17, officials said. | May 16=2024-05-16/day; 17=2024-05-17/day
            2024-05-20 | On May 16 and 17 people died.                 | May 16=2024-05-16/day
            2024-05-20 | Turnout in the 2019 election was low.         | 2019=2019/year
            2024-05-20 | Fans recalled the 2022 World Cup.             | 2022=2022/year
            2024-05-20 | The region suffered 2023's worst floods.      | 2023=2023/year
            2024-05-20 | Revenue for fiscal 2023 rose.                 | 2023=2023/year
            2024-05-20 | A landing could come as early as 2026.        | 2026=2026/year
            2024-05-20 | Rain fell in the last week of April.          | April=2024-04/month
            2024-05-20 | VOTING ENDS TODAY                             | TODAY=2024-05-20/day
            2024-05-20 | The 2000 troops left.                         | '' 
            2024-05-20 | Output rose between 2019 and 2021.            | 2019=2019/year; 2021=2021/year
            2024-05-20 | They named 2020 and 2021 years of science.    | 2020=2020/year; 2021=2021/year
            2024-05-20 | Flights resume in the year 2030.              | 2030=2030/year
            2024-05-20 | Prices will rise in the coming weeks.         | ''
            2024-05-20 | Some 1500 and 1600 homes flooded.             | '' 
            2024-05-20 | The flood came three days ago.                | three days ago=2024-05-17/day
            2024-05-20 | The flood came two weeks ago.                 | two weeks ago=2024-W19/week
            2024-05-20 | The flood came 6 months ago.                  | 6 months ago=2023-11/month
            2024-05-20 | The flood came a year ago.                    | a year ago=2023/year
            2024-05-20 | Rain has fallen since late April.             | late April=2024-04/month
            2024-05-20 | Troops will stay until mid-January.           | mid-January=2025-01/month
            2024-05-20 | The ban takes effect in early 2025.           | early 2025=2025/year
            2024-05-20 | Rates fall by the end of the year.            | the end of the year=2024/year
            2024-05-20 | It landed on Saturday afternoon.              | Saturday afternoon=2024-05-18/day
            2024-05-20 | The summit opens on Thursday, May 23.         | Thursday, May 23=2024-05-23/day
            2024-05-20 | Tickets go on sale at 10 a.m. Friday, May 24.  | 10 a.m. Friday, May 24=2024-05-24T10/hour
            --11-26    | The show runs until February 20.              | February 20=--02-20/day
            --11-26    | The show opened on Saturday.                  | Saturday=null/null
            2024       | Results are due on June 30.                   | June 30=2024-06-30/day
            2024-05    | Rain fell last month.                         | last month=2024-04/month
            """)
    void normalisesAPhraseAgainstThePublicationDate(String published, String sentence, String expected) {
        assertThat(tag(published, sentence)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Theresa May told the committee the rules may change.
            Protesters march on parliament; March on, they said.
            The Sun reported that 2,000 people and 1500 troops took part.
            Call 020 7946 0018 for tickets.
            Version 2.10 of the app fixed the bug.
            Arsenal won 2-1 and the winner ran 2:06:26.
            Shares closed at 14.20 dollars, up 9.1 percent.
            The company employs 2000 workers in 40 countries.
            Some 1500 homes lost power.
            Talks, he said, may resume.
            Students To March On Parliament
            A crowd of 2000 people gathered.
            The crash happened in front of 1909 Elm Drive.
            Shops opened early for Black Friday.
            Prices doubled over the last year.
            Talks will continue over the next month.
            Experts told USA TODAY the risk was small.
            """)
    void leavesWordsAndNumbersThatAreNotTimesAlone(String sentence) {
        assertThat(tag("2024-05-16", sentence)).isEmpty();
    }

    @Test
    void readsRelativeExpressionsAgainstTheDatelineWhenItAgreesInYear() {
        List<TimeExpression> times = TAGGER.tag("Officials met on Tuesday.", TimeAnchor.of("2024-01-03", "2024-01-02"));
        assertThat(times.get(0).value()).isEqualTo("2024-01-02");
        assertThat(times.get(0).anchor()).isEqualTo("dateline");
    }

    @Test
    void marksAbsoluteExpressionsAsAnchoredToNothing() {
        assertThat(TAGGER.tag("It began in 2019.", TimeAnchor.of("2024-05-16", null)).get(0).anchor())
                .isEqualTo("none");
    }

    @Test
    void leavesRelativeExpressionsUnplacedWithoutAnAnchor() {
        TimeExpression t = TAGGER.tag("It rained yesterday.", TimeAnchor.none()).get(0);
        assertThat(t.value()).isNull();
        assertThat(t.precision()).isNull();
        assertThat(t.anchor()).isEqualTo("none");
    }

    @Test
    void givesSpansAsOffsetsIntoTheText() {
        String text = "Leaders met on Thursday.";
        assertThat(TAGGER.tag(text, TimeAnchor.of("2024-05-16", null)).get(0).span()).isEqualTo(new Span(15, 23));
    }

    @Test
    void datesABareTimeOfDayByTheDayNamedBeforeInItsParagraph() {
        assertThat(tag("2024-04-09", "The eclipse came on Monday. In Dallas, totality began at 1:40 p.m."))
                .isEqualTo("Monday=2024-04-08/day; 1:40 p.m.=2024-04-08T13:40/minute");
    }

    @Test
    void readsNoFutureCueAcrossASentence() {
        assertThat(tag("2024-05-16", "He will travel. Talks were held on Monday."))
                .isEqualTo("Monday=2024-05-13/day");
    }

    @Test
    void joinsNothingAcrossTheGivenSentences() {
        String text = "Talks ended at 3 pm Talks resume on Monday.";
        List<Span> sentences = List.of(new Span(0, 19), new Span(20, text.length()));
        List<TimeExpression> times = TAGGER.tag(text, TimeAnchor.of("2024-05-16", null), sentences);
        assertThat(times).extracting(TimeExpression::text).containsExactly("3 pm", "Monday");
    }

    @Test
    void tagsAWirePageWithItsDateline() throws IOException {
        String text = fixture("wire-story-with-dateline.txt");
        List<TimeExpression> times = TAGGER.tag(text, TimeAnchor.of("2024-05-17T06:10+08:00", "2024-05-16"));
        assertThat(times).extracting(t -> t.text() + "=" + t.value()).containsExactly(
                "Thursday=2024-05-16", "the evening of May 16=2024-05-16", "2:30 p.m.=2024-05-16T14:30",
                "2001=2001", "next year=2025");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void tagsTwoMegabytesQuickly() throws IOException {
        String paragraph = fixture("wire-story-with-dateline.txt");
        StringBuilder big = new StringBuilder();
        while (big.length() < 2_000_000) {
            big.append(paragraph).append("\n\n");
        }
        TimeAnchor anchor = TimeAnchor.of("2024-05-17", null);
        long best = Long.MAX_VALUE;
        // CPU time of this thread, best of three (the first warms the JIT), so a busy shared machine does not
        // count; about 0.15 s on one core
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < 3; run++) {
            long start = threads.getCurrentThreadCpuTime();
            assertThat(TAGGER.tag(big.toString(), anchor)).isNotEmpty();
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1_000_000);
        }
        assertThat(best).isLessThan(1000);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void survivesHostileRuns() {
        String digits = "1:2:".repeat(200_000) + " " + "9".repeat(500_000) + " " + "a.".repeat(300_000)
                + " " + "May ".repeat(100_000) + "\n".repeat(100_000);
        assertThat(TAGGER.tag(digits, TimeAnchor.of("2024-05-17", null))).isEmpty();
    }

    @Test
    void givesWellFormedValuesAndOrderedSpansOnTheSharedSeeds() throws IOException {
        String shared = System.getProperty("annals.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")), "no shared seeds");
        Pattern value = Pattern.compile("(\\d{4}|--)(-(\\d{2}|Q[1-4]|W\\d{2})(-\\d{2}(T\\d{2}(:\\d{2})?)?)?)?");
        try (Stream<Path> seeds = Files.list(Path.of(shared, "seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                String text = Files.readString(seed);
                int end = 0;
                for (TimeExpression t : TAGGER.tag(text, TimeAnchor.of("2024-06-25", null))) {
                    assertThat(t.span().start()).isGreaterThanOrEqualTo(end);
                    assertThat(t.span().of(text)).isEqualTo(t.text());
                    if (t.value() != null) {
                        assertThat(t.value()).matches(value);
                    }
                    end = t.span().end();
                }
            }
        }
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = TimeTaggerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

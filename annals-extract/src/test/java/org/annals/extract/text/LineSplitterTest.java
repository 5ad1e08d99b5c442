package org.annals.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineSplitterTest {
    private final LineSplitter splitter = new LineSplitter();

    @Test
    void blankLinesAreDropped() {
        assertThat(splitter.split("One\n\n\n  \nTwo\r\nThree")).extracting(PageLine::text).containsExactly("One", "Two", "Three");
    }

    @Test
    void noBreakSpacesAndRunsOfSpacesBecomeOneSpace() {
        assertThat(splitter.split("  The\u00A0 council   met.\u00A0 ").get(0).text()).isEqualTo("The council met.");
    }

    @Test
    void zeroWidthCharactersVanish() {
        assertThat(splitter.split("Port\u200B Ellis").get(0).text()).isEqualTo("Port Ellis");
    }

    @Test
    void itemsSeparatedByTabsAreCounted() {
        assertThat(splitter.split("World\tSports\tCulture").get(0).cells()).isEqualTo(3);
    }

    @Test
    void lineCountIsBounded() {
        assertThat(splitter.split("x\n".repeat(LineSplitter.MAX_LINES + 10))).hasSize(LineSplitter.MAX_LINES);
    }

    @Test
    void nullPageHasNoLines() {
        assertThat(splitter.split(null)).isEmpty();
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String wrapped = "Operators of the three dams on the upper river began raising water\n"
                + "levels on Wednesday to build reserves for the dry season, the board\n"
                + "said.\n\nThe board said the reservoirs would be filled to ninety percent\n"
                + "of their capacity by the end of the month, and asked the farmers to\n"
                + "plan their irrigation.\n\nFishermen said the lower flow would make the\n"
                + "winter catch harder for everyone on the river this year, they said.\n";
        assertThat(splitter.split(wrapped)).hasSize(3);
    }

    @Test
    void pageWithLongLinesIsNotJoined() {
        String line = "The council met on Tuesday and approved the budget after a long debate about the schools of the city.";
        assertThat(splitter.split((line + "\n").repeat(6))).hasSize(6);
    }
}

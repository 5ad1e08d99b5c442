package org.annals.annotate.quote;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class DirectQuoteFinderTest {
    private final DirectQuoteFinder finder = new DirectQuoteFinder();

    private List<String> quotes(String text) {
        return finder.find(text).stream().map(p -> p.content().of(text)).toList();
    }

    @Test
    void straightQuotes() {
        assertThat(quotes("\"We are ready,\" she said. He replied: \"So are we.\""))
                .containsExactly("We are ready,", "So are we.");
    }

    @Test
    void curlyLowNineAndGuillemetQuotes() {
        assertThat(quotes("“Yes,” he said. „Nein“, she said. «Non», they said. »Ja«, I said."))
                .containsExactly("Yes,", "Nein", "Non", "Ja");
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(quotes("The minister’s plan isn’t ready, and the players’ union won’t wait. It's the '90s again."))
                .isEmpty();
    }

    @Test
    void singleQuotesMayHoldApostrophes() {
        assertThat(quotes("She called it ‘the best it’s ever been’ on Sunday."))
                .containsExactly("the best it’s ever been");
    }

    @Test
    void inchMarksAreNotQuotes() {
        assertThat(quotes("The 6'2\" striker signed on Monday.")).isEmpty();
    }

    @Test
    void nestedSingleQuotesStayInsideTheDoubleQuote() {
        assertThat(quotes("\"When he says 'trust us', people laugh,\" she said."))
                .containsExactly("When he says 'trust us', people laugh,");
    }

    @Test
    void aQuoteRunsOverParagraphsThatReopenIt() {
        String text = "He spoke.\n\n“We heard you. Your voices matter.\n\n“We will act,” he said.";
        List<QuotedPassage> found = finder.find(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).paragraphs()).isEqualTo(2);
        assertThat(found.get(0).content().of(text)).isEqualTo("We heard you. Your voices matter.\n\n“We will act,");
    }

    @Test
    void straightQuotesRunOverParagraphsToo() {
        String text = "\"We heard you.\n\n\"We will act,\" he said.";
        assertThat(quotes(text)).containsExactly("We heard you.\n\n\"We will act,");
    }

    @Test
    void aParagraphLeftOpenAndNotReopenedIsNoQuote() {
        assertThat(quotes("“We are ready.\n\nThe minister left on Monday.")).isEmpty();
    }

    @Test
    void aQuoteLongerThanTheCapIsAnUnmatchedMark() {
        String text = "“" + "word ".repeat(DirectQuoteFinder.MAX_CHARS / 5 + 10) + "”";
        assertThat(quotes(text)).isEmpty();
    }

    @Test
    void hostileTextWithThousandsOfUnmatchedMarksIsFast() {
        StringBuilder text = new StringBuilder();
        String filler = "word ".repeat(40);
        while (text.length() < 2_000_000) {
            text.append("“").append(filler).append("\n\n“").append(filler).append("«").append(filler).append("‘");
        }
        List<QuotedPassage> found = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> finder.find(text.toString()));
        assertThat(found).isEmpty();
    }
}

package org.annals.extract.html;

import org.annals.model.RemovalReason;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BodyAssemblerTest {
    private static BlockWriter.Block p(String text) {
        return new BlockWriter.Block(text, 0, "p");
    }

    private static String text(List<BlockWriter.Block> blocks, String title, RemovalLog log) {
        return BodyAssembler.assemble(blocks, title, log).text();
    }

    private static final String LONG = "A long paragraph that a template printed twice on the page, once as a summary "
            + "above the story and once more at its start, which a reader would only want to read one time, even when "
            + "the template is proud of it.";

    @Test
    void joinsWithBlankLine() {
        assertThat(text(List.of(p("One."), p("Two.")), null, new RemovalLog())).isEqualTo("One.\n\nTwo.");
    }

    @Test
    void dropsLinkList() {
        BlockWriter.Block links = new BlockWriter.Block("Home News Sport", 15, "p");
        assertThat(text(List.of(p("Body."), links), null, new RemovalLog())).isEqualTo("Body.");
    }

    @Test
    void dropsRepeatedHeadline() {
        assertThat(text(List.of(p("The Headline"), p("Body.")), "The headline!", new RemovalLog()))
                .isEqualTo("Body.");
    }

    @Test
    void dropsEchoedLongParagraph() {
        assertThat(text(List.of(p(LONG), p("Middle."), p(LONG)), null, new RemovalLog()))
                .isEqualTo(LONG + "\n\nMiddle.");
    }

    @Test
    void keepsRecurringShortLine() {
        assertThat(text(List.of(p("Intro."), p("Ingredients"), p("Flour."), p("Ingredients"), p("Eggs.")),
                null, new RemovalLog())).isEqualTo("Intro.\n\nIngredients\n\nFlour.\n\nIngredients\n\nEggs.");
    }

    @Test
    void dropsHeadingWithNothingUnderIt() {
        BlockWriter.Block h = new BlockWriter.Block("Related stories", 0, "h3");
        assertThat(text(List.of(p("Body."), h), null, new RemovalLog())).isEqualTo("Body.");
    }

    @Test
    void dropsDateLineAboveBody() {
        assertThat(text(List.of(p("Monday, 22 January 2018 at 10:13"), p("Body.")), null,
                new RemovalLog())).isEqualTo("Body.");
    }

    @Test
    void recordsDuplicateRemoval() {
        RemovalLog log = new RemovalLog();
        text(List.of(p("Same."), p("Same.")), null, log);
        assertThat(log.removals()).extracting(r -> r.reason()).containsExactly(RemovalReason.DUPLICATE);
    }

    @Test
    void keepsPrintedWebAddress() {
        BlockWriter.Block url = new BlockWriter.Block("https://example.org/report.pdf", 30, "p");
        assertThat(text(List.of(p("The full report is online."), url), null, new RemovalLog()))
                .isEqualTo("The full report is online.\n\nhttps://example.org/report.pdf");
    }

    @Test
    void dropsAdSlotLabelAnywhere() {
        assertThat(text(List.of(p("One."), p("ADVERTISEMENT"), p("Two.")), null, new RemovalLog()))
                .isEqualTo("One.\n\nTwo.");
    }

    @Test
    void dropsLabelledMetadataLineAboveBody() {
        String line = "Release time:Mar 03, 2024 09:15 AM   Source:Harbour Daily   Font size:Big Medium Small";
        assertThat(text(List.of(p(line), p("Body.")), null, new RemovalLog())).isEqualTo("Body.");
    }

    @Test
    void metadataLineAboveBodyStatesItsTime() {
        String line = "Release time:Mar 03, 2024 09:15 AM   Source:Harbour Daily";
        assertThat(BodyAssembler.assemble(List.of(p(line), p("Body.")), null, new RemovalLog()).facts().published().iso())
                .isEqualTo("2024-03-03T09:15");
    }

    @Test
    void keepsProseThatMentionsADate() {
        String prose = "The ministers met on March 3, 2024, in Lisbon and agreed to meet again in the autumn.";
        assertThat(text(List.of(p(prose), p("Body.")), null, new RemovalLog())).startsWith(prose);
    }
}

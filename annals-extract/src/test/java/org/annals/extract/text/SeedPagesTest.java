package org.annals.extract.text;

import org.annals.extract.ExtractedPage;
import org.annals.model.Dateline;
import org.annals.model.RelatedArticle;
import org.annals.model.Removal;
import org.annals.model.RemovalReason;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What a reader expects from each of the five seed pages, read at run time from the shared folder. */
class SeedPagesTest {
    private final TextPageExtractor extractor = new TextPageExtractor();

    private ExtractedPage seed(String prefix) throws IOException {
        String shared = System.getProperty("annals.shared");
        assumeTrue(shared != null, "annals.shared not set");
        Path dir = Path.of(shared, "seeds");
        assumeTrue(Files.isDirectory(dir), "no seeds folder");
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        }
        assumeTrue(file != null, "seed " + prefix + " absent");
        return extractor.extract(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), file.toString());
    }

    @Test
    void seed000TitleIsTheFirstHeadline() throws IOException {
        assertThat(seed("000_").title()).startsWith("On behalf of the CPC Central Committee").endsWith("exploration mission.");
    }

    @Test
    void seed000PublishedFromReleaseTime() throws IOException {
        assertThat(seed("000_").published()).isEqualTo("2024-06-25T11:30");
    }

    @Test
    void seed000Dateline() throws IOException {
        assertThat(seed("000_").dateline()).isEqualTo(new Dateline("Beijing", "2024-06-25", "Xinhua"));
    }

    @Test
    void seed000PublisherIsTheWireAgency() throws IOException {
        assertThat(seed("000_").publisher()).isEqualTo("Xinhua");
    }

    @Test
    void seed000SummaryIsNotRepeatedInTheText() throws IOException {
        assertThat(seed("000_").text()).doesNotContain("On behalf of the CPC Central Committee, the State Council and the Central "
                + "Military Commission, Xi Jinping sent");
    }

    @Test
    void seed000BodyOpensWithSubtitleThenDateline() throws IOException {
        String[] paragraphs = seed("000_").text().split("\n\n");
        assertThat(paragraphs[1]).startsWith("Beijing, June 25 (Xinhua) --");
    }

    @Test
    void seed000TeasersGoToRelatedWithTags() throws IOException {
        assertThat(seed("000_").related()).hasSize(5).first().extracting(RelatedArticle::tags)
                .isEqualTo(java.util.List.of("Strategy", "Inner Mongolia"));
    }

    @Test
    void seed000TeasersAreNotInTheText() throws IOException {
        assertThat(seed("000_").text()).doesNotContain("Desertification is a major global ecological problem");
    }

    @Test
    void seed001PublishedFromDateLine() throws IOException {
        assertThat(seed("001_").published()).isEqualTo("2023-05-29");
    }

    @Test
    void seed001HasNoPrintedTitle() throws IOException {
        assertThat(seed("001_").title()).isNull();
    }

    @Test
    void seed001DatelineIsTheCapitalisedPlace() throws IOException {
        assertThat(seed("001_").dateline()).isEqualTo(new Dateline("Beijing", null, null));
    }

    @Test
    void seed001CaptionIsRemoved() throws IOException {
        assertThat(seed("001_").removed()).filteredOn(r -> r.reason() == RemovalReason.CAPTION)
                .singleElement().extracting(Removal::text).asString().contains("(left)");
    }

    @Test
    void seed001SectionHeadingsStayInTheText() throws IOException {
        assertThat(seed("001_").text()).contains("\n\nPromotion of basic research\n\n");
    }

    @Test
    void seed001TextEndsWithTheLastParagraph() throws IOException {
        assertThat(seed("001_").text()).endsWith("will reach 330,000.");
    }

    @Test
    void seed002TitleWithoutChannelPrefix() throws IOException {
        assertThat(seed("002_").title()).startsWith("Xi Jinping met with Russian President Vladimir Putin");
    }

    @Test
    void seed002Author() throws IOException {
        assertThat(seed("002_").authors()).containsExactly("Randy Hahn");
    }

    @Test
    void seed002Published() throws IOException {
        assertThat(seed("002_").published()).isEqualTo("2024-05-17T06:10");
    }

    @Test
    void seed002TextStartsWithTheFirstParagraph() throws IOException {
        assertThat(seed("002_").text()).startsWith("On the evening of May 16");
    }

    @Test
    void seed002TeasersGoToRelated() throws IOException {
        assertThat(seed("002_").related()).hasSize(4);
    }

    @Test
    void seed003SectionAndDate() throws IOException {
        ExtractedPage page = seed("003_");
        assertThat(page.section() + " " + page.published()).isEqualTo("News 2024-10-21");
    }

    @Test
    void seed003TitleAsPrinted() throws IOException {
        assertThat(seed("003_").title()).startsWith("-The Story of the Communist Party of China").endsWith("was held in Changchun");
    }

    @Test
    void seed003FooterIsRemoved() throws IOException {
        assertThat(seed("003_").text()).doesNotContain("NEWS |");
    }

    @Test
    void seed004CutTitle() throws IOException {
        assertThat(seed("004_").title()).isEqualTo("Xi Jinping, Putin send congratulatory letters for opening of");
    }

    @Test
    void seed004TimeWithoutYear() throws IOException {
        assertThat(seed("004_").published()).isEqualTo("--11-26T10:02");
    }

    @Test
    void seed004Section() throws IOException {
        assertThat(seed("004_").section()).isEqualTo("Culture");
    }

    @Test
    void seed004GarbageLineIsRemoved() throws IOException {
        assertThat(seed("004_").removed()).extracting(Removal::reason).contains(RemovalReason.GARBAGE);
    }

    @Test
    void seed004TextEndsBeforeTheLists() throws IOException {
        assertThat(seed("004_").text()).doesNotContain("Latest News").doesNotContain("Harvest Festival");
    }

    @Test
    void seed004ListsGoToRelated() throws IOException {
        assertThat(seed("004_").related()).hasSize(8);
    }
}

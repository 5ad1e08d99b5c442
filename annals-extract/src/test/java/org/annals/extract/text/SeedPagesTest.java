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
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a reader expects from each of the five seed pages, read at run time from the shared folder. Expected
 * text is taken from the page itself (its lines by position), so no seed text is copied here.
 */
class SeedPagesTest {
    private final TextPageExtractor extractor = new TextPageExtractor();

    /** A seed page: its non-blank lines, stripped, and what the extractor made of it. */
    private record Seed(List<String> lines, ExtractedPage page) {
        String line(int i) {
            return lines.get(i < 0 ? lines.size() + i : i);
        }
    }

    private Seed seed(String prefix) throws IOException {
        String shared = System.getProperty("annals.shared");
        assumeTrue(shared != null, "annals.shared not set");
        Path dir = Path.of(shared, "seeds");
        assumeTrue(Files.isDirectory(dir), "no seeds folder");
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        }
        assumeTrue(file != null, "seed " + prefix + " absent");
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<String> lines = text.lines().map(l -> l.replace('\u00A0', ' ').strip()).filter(l -> !l.isEmpty()).toList();
        return new Seed(lines, extractor.extract(text, file.toString()));
    }

    @Test
    void seed000TitleIsTheFirstLine() throws IOException {
        Seed seed = seed("000_");
        assertThat(seed.page().title()).isEqualTo(seed.line(0));
    }

    @Test
    void seed000PublishedFromReleaseTime() throws IOException {
        assertThat(seed("000_").page().published()).isEqualTo("2024-06-25T11:30");
    }

    @Test
    void seed000Dateline() throws IOException {
        assertThat(seed("000_").page().dateline()).isEqualTo(new Dateline("Beijing", "2024-06-25", "Xinhua"));
    }

    @Test
    void seed000PublisherIsTheWireAgency() throws IOException {
        assertThat(seed("000_").page().publisher()).isEqualTo("Xinhua");
    }

    @Test
    void seed000SummaryRepeatingTheTitleIsNotInTheText() throws IOException {
        Seed seed = seed("000_");
        assertThat(seed.page().text()).doesNotContain(seed.line(0));
    }

    @Test
    void seed000RepeatedSummaryIsRecordedAsDuplicate() throws IOException {
        Seed seed = seed("000_");
        assertThat(seed.page().removed()).contains(new Removal(RemovalReason.DUPLICATE, seed.line(3)));
    }

    @Test
    void seed000BodyOpensWithSubtitleThenDatelineParagraph() throws IOException {
        Seed seed = seed("000_");
        assertThat(seed.page().text()).startsWith(seed.line(2) + "\n\n" + seed.line(4));
    }

    @Test
    void seed000TeasersGoToRelatedWithTheirTags() throws IOException {
        assertThat(seed("000_").page().related()).hasSize(5).allSatisfy(r -> assertThat(r.tags()).hasSize(2));
    }

    @Test
    void seed000TeaserSnippetsAreNotInTheText() throws IOException {
        ExtractedPage page = seed("000_").page();
        assertThat(page.related()).extracting(RelatedArticle::text).allSatisfy(snippet -> assertThat(page.text()).doesNotContain(snippet));
    }

    @Test
    void seed001PublishedFromDateLine() throws IOException {
        assertThat(seed("001_").page().published()).isEqualTo("2023-05-29");
    }

    @Test
    void seed001HasNoPrintedTitle() throws IOException {
        assertThat(seed("001_").page().title()).isNull();
    }

    @Test
    void seed001DatelineIsTheCapitalisedPlace() throws IOException {
        assertThat(seed("001_").page().dateline()).isEqualTo(new Dateline("Beijing", null, null));
    }

    @Test
    void seed001OneCaptionIsRemoved() throws IOException {
        assertThat(seed("001_").page().removed()).filteredOn(r -> r.reason() == RemovalReason.CAPTION).hasSize(1);
    }

    @Test
    void seed001SectionHeadingsStayInTheTextAsParagraphs() throws IOException {
        Seed seed = seed("001_");
        List<String> headings = seed.lines().stream().skip(1)
                .filter(l -> l.split(" ").length <= 8 && !LineFeatures.endsLikeSentence(l)).toList();
        assertThat(headings).hasSize(3).allSatisfy(h -> assertThat(seed.page().text()).contains("\n\n" + h + "\n\n"));
    }

    @Test
    void seed001TextRunsFromTheDatelineToTheLastLine() throws IOException {
        Seed seed = seed("001_");
        assertThat(seed.page().text()).startsWith(seed.line(1)).endsWith(seed.line(-1));
    }

    @Test
    void seed002TitleWithoutChannelPrefix() throws IOException {
        Seed seed = seed("002_");
        assertThat(seed.line(0)).endsWith(seed.page().title()).isNotEqualTo(seed.page().title());
    }

    @Test
    void seed002Author() throws IOException {
        assertThat(seed("002_").page().authors()).containsExactly("Randy Hahn");
    }

    @Test
    void seed002Published() throws IOException {
        assertThat(seed("002_").page().published()).isEqualTo("2024-05-17T06:10");
    }

    @Test
    void seed002TextStartsWithTheFirstParagraph() throws IOException {
        Seed seed = seed("002_");
        assertThat(seed.page().text()).startsWith(seed.line(3));
    }

    @Test
    void seed002TeasersGoToRelated() throws IOException {
        assertThat(seed("002_").page().related()).hasSize(4);
    }

    @Test
    void seed003SectionAndDate() throws IOException {
        ExtractedPage page = seed("003_").page();
        assertThat(page.section() + " " + page.published()).isEqualTo("News 2024-10-21");
    }

    @Test
    void seed003TitleAsPrinted() throws IOException {
        Seed seed = seed("003_");
        assertThat(seed.page().title()).isEqualTo(seed.line(1));
    }

    @Test
    void seed003FooterIsRemoved() throws IOException {
        Seed seed = seed("003_");
        assertThat(seed.page().removed()).contains(new Removal(RemovalReason.FOOTER, seed.line(-1)));
    }

    @Test
    void seed004CutTitleAsPrinted() throws IOException {
        Seed seed = seed("004_");
        assertThat(seed.page().title()).isEqualTo(seed.line(1));
    }

    @Test
    void seed004TimeWithoutYear() throws IOException {
        assertThat(seed("004_").page().published()).isEqualTo("--11-26T10:02");
    }

    @Test
    void seed004Section() throws IOException {
        assertThat(seed("004_").page().section()).isEqualTo("Culture");
    }

    @Test
    void seed004GarbageLineIsRemoved() throws IOException {
        assertThat(seed("004_").page().removed()).extracting(Removal::reason).contains(RemovalReason.GARBAGE);
    }

    @Test
    void seed004NumberedListsGoToRelatedNotText() throws IOException {
        ExtractedPage page = seed("004_").page();
        assertThat(page.related()).hasSize(8).extracting(RelatedArticle::title)
                .allSatisfy(title -> assertThat(page.text()).doesNotContain(title));
    }
}

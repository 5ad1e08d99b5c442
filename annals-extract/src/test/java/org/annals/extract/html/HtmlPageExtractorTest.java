package org.annals.extract.html;

import org.annals.extract.ExtractedPage;
import org.annals.model.Removal;
import org.annals.model.RemovalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlPageExtractorTest {
    private final HtmlPageExtractor extractor = new HtmlPageExtractor();

    private ExtractedPage fixture(String name) {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return extractor.extract(new String(in.readAllBytes(), StandardCharsets.UTF_8), "https://example.org/story");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean removedAs(ExtractedPage page, RemovalReason reason, String text) {
        for (Removal r : page.removed()) {
            if (r.reason() == reason && r.text().contains(text)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void wireStoryKeepsEveryBodyParagraph() {
        assertThat(fixture("wire-story-with-json-ld.html").text())
                .startsWith("PORT SELDEN, May 17 (Northwind) - The harbour authority")
                .endsWith("published on Thursday.");
    }

    @Test
    void wireStorySeparatesParagraphsByBlankLine() {
        assertThat(fixture("wire-story-with-json-ld.html").text().split("\n\n")).hasSize(4);
    }

    @Test
    void wireStoryDropsCaptionIntoRemoved() {
        assertThat(removedAs(fixture("wire-story-with-json-ld.html"), RemovalReason.CAPTION, "The old pier at dawn"))
                .isTrue();
    }

    @Test
    void wireStoryLeavesOutHeadlineAndByline() {
        assertThat(fixture("wire-story-with-json-ld.html").text()).doesNotContain("approves new ferry terminal")
                .doesNotContain("By Mara");
    }

    @Test
    void wireStoryLeavesOutNavigationShareBarAndFooter() {
        assertThat(fixture("wire-story-with-json-ld.html").text()).doesNotContain("Business")
                .doesNotContain("Share on social").doesNotContain("All rights reserved");
    }

    @Test
    void wireStoryTitleFromOpenGraphOrJsonLd() {
        assertThat(fixture("wire-story-with-json-ld.html").title()).isEqualTo("Harbour authority approves new ferry terminal");
    }

    @Test
    void wireStoryPublishedKeepsOffset() {
        assertThat(fixture("wire-story-with-json-ld.html").published()).isEqualTo("2024-05-17T06:10:00+08:00");
    }

    @Test
    void wireStoryAuthorsFromJsonLd() {
        assertThat(fixture("wire-story-with-json-ld.html").authors()).containsExactly("Mara Ellison", "Tobias Renn");
    }

    @Test
    void wireStoryPublisherSectionTagsLanguage() {
        ExtractedPage page = fixture("wire-story-with-json-ld.html");
        assertThat(new Object[]{page.publisher(), page.section(), page.tags(), page.language()}).containsExactly(
                "Northwind Wire", "Regional", java.util.List.of("ferries", "Port Selden", "infrastructure"), "en");
    }

    @Test
    void blogKeepsSubheadingInsideBody() {
        assertThat(fixture("blog-post-with-comments-and-share-bar.html").text())
                .contains("\n\nWhat we would do differently\n\n");
    }

    @Test
    void blogLeavesOutComments() {
        assertThat(fixture("blog-post-with-comments-and-share-bar.html").text()).doesNotContain("Great write-up");
    }

    @Test
    void blogRecordsCommentsAsRemoved() {
        assertThat(removedAs(fixture("blog-post-with-comments-and-share-bar.html"), RemovalReason.COMMENTS,
                "Great write-up")).isTrue();
    }

    @Test
    void blogLeavesOutShareBar() {
        assertThat(fixture("blog-post-with-comments-and-share-bar.html").text()).doesNotContain("Facebook");
    }

    @Test
    void blogMetadataFromMetaTags() {
        ExtractedPage page = fixture("blog-post-with-comments-and-share-bar.html");
        assertThat(new Object[]{page.title(), page.published(), page.authors(), page.tags(), page.language()})
                .containsExactly("Three winters with a wood stove", "2023-11-02", java.util.List.of("Jonas Weber"),
                        java.util.List.of("heating", "wood"), "de");
    }

    @Test
    void portalKeepsOnlyTheStory() {
        assertThat(fixture("portal-with-nav-and-most-read.html").text())
                .startsWith("The city council voted").endsWith("the transport department said.");
    }

    @Test
    void portalListsMostReadAsRelated() {
        assertThat(fixture("portal-with-nav-and-most-read.html").related())
                .extracting(r -> r.title()).contains("Storm warning issued for the coast this weekend");
    }

    @Test
    void portalRecordsAdvertisementAsBoilerplate() {
        assertThat(removedAs(fixture("portal-with-nav-and-most-read.html"), RemovalReason.BOILERPLATE,
                "garden furniture")).isTrue();
    }

    @Test
    void portalCompactPubdate() {
        assertThat(fixture("portal-with-nav-and-most-read.html").published()).isEqualTo("2024-03-02T09:30");
    }

    @Test
    void tableLayoutKeepsTheCellOfProse() {
        assertThat(fixture("table-layout-page.html").text())
                .startsWith("The village assembly met").doesNotContain("Contact");
    }

    @Test
    void languageIsNullWithoutDeclaration() {
        assertThat(fixture("table-layout-page.html").language()).isNull();
    }

    @Test
    void jsonLdBodyRescuesAPageWithoutMarkup() {
        String body = "A long body published only as data. ".repeat(20);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + body + "\"}</script></head><body><div id=\"app\"></div></body></html>";
        assertThat(extractor.extract(html, null).text()).startsWith("A long body published only as data.");
    }

    @Test
    void emptyPageGivesEmptyText() {
        assertThat(extractor.extract("", null).text()).isEmpty();
    }

    @Test
    void pageWithoutBodyDoesNotFail() {
        assertThat(extractor.extract("<html><head><title>Only a head</title></head></html>", null).title())
                .isEqualTo("Only a head");
    }

    @Test
    void pageOfOnlyScriptsHasNoText() {
        assertThat(extractor.extract("<script>var a = 'text that is code';</script>".repeat(1000), null).text())
                .isEmpty();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hundredThousandNestedDivsDoNotOverflowTheStack() {
        String html = "<div>".repeat(100_000) + "<p>" + "Deep text, in a very deep tree. ".repeat(5) + "</p>"
                + "</div>".repeat(100_000);
        assertThat(extractor.extract(html, null).text()).startsWith("Deep text");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void sixteenMegabytePageFinishes() {
        String para = "<div class=\"item\"><p>Paragraph of filler prose, with commas, for the size test.</p></div>\n";
        String html = "<html><body>" + para.repeat(16 * 1024 * 1024 / para.length()) + "</body></html>";
        assertThat(extractor.extract(html, null).text()).contains("Paragraph of filler prose");
    }

    @Test
    void removedLogIsBounded() {
        String html = "<body>" + "<nav><a href=\"/x\">link</a></nav>".repeat(1000) + "</body>";
        assertThat(extractor.extract(html, null).removed()).hasSizeLessThanOrEqualTo(RemovalLog.MAX_ENTRIES);
    }

    @Test
    void shortPageKeepsItsOnlySentence() {
        assertThat(extractor.extract("<body><p>Polls close at eight.</p></body>", null).text())
                .isEqualTo("Polls close at eight.");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void deeplyNestedTablesFinish() {
        String html = "<table><tr><td>".repeat(20_000) + "Cell text, deep inside." + "</td></tr></table>".repeat(20_000);
        assertThat(extractor.extract(html, null).text()).isEqualTo("Cell text, deep inside.");
    }

    @Test
    void storyUnderTheHeadlineWinsOverTeaserArticles() {
        String prose = "<p>Teaser prose, with commas, long enough to look like a real paragraph of a story.</p>";
        String html = "<title>Valley road reopens...</title><body><article><h1>Valley road reopens…</h1>"
                + "<p>The valley road reopened on Monday, after crews cleared the last of the rockfall.</p></article>"
                + "<article>" + prose.repeat(2) + "</article><article>" + prose.replace("Teaser", "Other") + "</article></body>";
        assertThat(extractor.extract(html, null).text()).startsWith("The valley road reopened");
    }

    @Test
    void printedReleaseTimeRefinesADateOnlyMetaTag() {
        String page = "<html><head><meta name=\"pubdate\" content=\"2024-03-03\"></head><body><table><tr>"
                + "<td class=\"info\">Release time:Mar 03, 2024 09:15 AM&nbsp;&nbsp;&nbsp;Source:Harbour Daily</td></tr>"
                + "<tr><td><p>Harbour officials reopened the northern quay on Sunday after a month of repairs to the "
                + "sea wall, which had been damaged in the winter storms.</p><p>Ferries will use the quay again from "
                + "Monday, the port authority said in a statement on its website.</p></td></tr></table></body></html>";
        assertThat(new HtmlPageExtractor().extract(page, null).published()).isEqualTo("2024-03-03T09:15");
    }
}

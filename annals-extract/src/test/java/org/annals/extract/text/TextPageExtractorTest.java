package org.annals.extract.text;

import org.annals.extract.ExtractedPage;
import org.annals.model.Dateline;
import org.annals.model.RelatedArticle;
import org.annals.model.Removal;
import org.annals.model.RemovalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextPageExtractorTest {
    private final TextPageExtractor extractor = new TextPageExtractor();

    private ExtractedPage fixture(String name) {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return extractor.extract(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void duplicatedHeadlineIsTheTitleOnce() {
        assertThat(fixture("duplicated-headline.txt").text()).doesNotContain("Harbour city opens");
    }

    @Test
    void duplicatedHeadlineIsRecordedAsDuplicate() {
        assertThat(fixture("duplicated-headline.txt").removed()).contains(
                new Removal(RemovalReason.DUPLICATE, "Harbour city opens new ferry terminal to ease commuter traffic"));
    }

    @Test
    void teasersWithTagsGoToRelated() {
        assertThat(fixture("teaser-list-with-tags.txt").related()).extracting(RelatedArticle::tags)
                .containsExactly(java.util.List.of("Transport", "Infrastructure"), java.util.List.of("Culture", "Heritage"));
    }

    @Test
    void teaserSnippetsAreNotInTheText() {
        assertThat(fixture("teaser-list-with-tags.txt").text()).doesNotContain("eleven tunnels");
    }

    @Test
    void teaserSnippetIsTheRelatedText() {
        assertThat(fixture("teaser-list-with-tags.txt").related().get(1).text()).startsWith("The vessels, taken from the temple");
    }

    @Test
    void releaseTimeIsThePublicationTime() {
        assertThat(fixture("release-time-metadata.txt").published()).isEqualTo("2022-11-08T14:05");
    }

    @Test
    void authorLineNamesTheAuthor() {
        assertThat(fixture("release-time-metadata.txt").authors()).containsExactly("Mara Lindqvist");
    }

    @Test
    void truncatedDateKeepsNoYear() {
        assertThat(fixture("truncated-date.txt").published()).isEqualTo("--02-24T18:45");
    }

    @Test
    void truncatedDateIsPrintedAsOnThePage() {
        assertThat(fixture("truncated-date.txt").publishedText()).isEqualTo("18:45: Feb-24, 20");
    }

    @Test
    void sectionBesideTheTimeIsTitleCased() {
        assertThat(fixture("truncated-date.txt").section()).isEqualTo("Society");
    }

    @Test
    void skipLinksAreNavigation() {
        assertThat(fixture("truncated-date.txt").removed()).contains(new Removal(RemovalReason.NAVIGATION, "Go to Content Go to Menu"));
    }

    @Test
    void footerLinkRowIsFooter() {
        assertThat(fixture("footer-link-row.txt").removed()).contains(
                new Removal(RemovalReason.FOOTER, "CITY NEWS | TRAVEL NEWS | About Us | Contact"));
    }

    @Test
    void titleWrappedInDashesIsKeptAsPrinted() {
        assertThat(fixture("footer-link-row.txt").title()).isEqualTo("-Riverside Marathon- sets new course record in heavy rain");
    }

    @Test
    void photoCaptionIsRemoved() {
        assertThat(fixture("photo-caption.txt").removed()).extracting(Removal::reason).contains(RemovalReason.CAPTION);
    }

    @Test
    void sectionHeadingStaysInTheTextAsItsOwnParagraph() {
        assertThat(fixture("photo-caption.txt").text()).contains("\n\nBuilding through the winter\n\n");
    }

    @Test
    void capitalisedDatelineNamesThePlace() {
        assertThat(fixture("photo-caption.txt").dateline()).isEqualTo(new Dateline("Oslobridge", null, null));
    }

    @Test
    void pageWithoutHeadlineHasNoTitle() {
        assertThat(fixture("photo-caption.txt").title()).isNull();
    }

    @Test
    void wireDatelineIsResolvedWithThePublicationYear() {
        assertThat(fixture("wire-dateline.txt").dateline()).isEqualTo(new Dateline("Lindenburg", "2024-06-19", "Continental News"));
    }

    @Test
    void datelineStaysInTheText() {
        assertThat(fixture("wire-dateline.txt").text()).startsWith("Lindenburg, June 19 (Continental News) -- The central bank");
    }

    @Test
    void sourceLineNamesThePublisher() {
        assertThat(fixture("wire-dateline.txt").publisher()).isEqualTo("Continental News");
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() {
        assertThat(fixture("wire-dateline.txt").text().split("\n\n")).hasSize(3);
    }

    @Test
    void numberedListsOfHeadlinesAreRelated() {
        assertThat(fixture("latest-news-numbered-list.txt").related()).extracting(RelatedArticle::title)
                .containsExactly("Teachers Trial Outdoor Lessons in Spr", "New Library Opens in Eastern Distr",
                        "Students Plant Trees Along the Riv");
    }

    @Test
    void numberedListsAreNotInTheText() {
        assertThat(fixture("latest-news-numbered-list.txt").text()).endsWith("their coach said.");
    }

    @Test
    void byLineWithTwoAuthors() {
        assertThat(fixture("byline-and-breadcrumb.txt").authors()).containsExactly("Jane Holloway", "Peter Quist");
    }

    @Test
    void breadcrumbNamesTheSection() {
        assertThat(fixture("byline-and-breadcrumb.txt").section()).isEqualTo("Europe");
    }

    @Test
    void tagsLineGivesTags() {
        assertThat(fixture("byline-and-breadcrumb.txt").tags()).containsExactly("Climate", "Coast", "Flooding");
    }

    @Test
    void copyrightIsFooter() {
        assertThat(fixture("byline-and-breadcrumb.txt").removed()).contains(
                new Removal(RemovalReason.FOOTER, "Copyright © 2024 Coastal Herald. All rights reserved."));
    }

    @Test
    void frenchPublicationTime() {
        assertThat(fixture("french-wire-page.txt").published()).isEqualTo("2023-08-28T10:15");
    }

    @Test
    void frenchWireDateline() {
        assertThat(fixture("french-wire-page.txt").dateline()).isEqualTo(new Dateline("Montpellier", "2023-08-28", "Agence Continentale"));
    }

    @Test
    void frenchReadAlsoLinkIsRelated() {
        assertThat(fixture("french-wire-page.txt").related()).extracting(RelatedArticle::title)
                .containsExactly("Les prix du vin en hausse pour la troisième année");
    }

    @Test
    void spanishByline() {
        assertThat(fixture("spanish-wire-page.txt").authors()).containsExactly("Lucía Ferrer");
    }

    @Test
    void spanishMostReadListIsNotInTheText() {
        assertThat(fixture("spanish-wire-page.txt").text()).endsWith("durante la noche.");
    }

    @Test
    void spanishWireAgencyIsThePublisher() {
        assertThat(fixture("spanish-wire-page.txt").publisher()).isEqualTo("Agencia Continental");
    }

    @Test
    void chineseWireDateline() {
        assertThat(fixture("chinese-wire-page.txt").dateline()).isEqualTo(new Dateline("临江", "2024-03-05", "新华社"));
    }

    @Test
    void chinesePublicationTime() {
        assertThat(fixture("chinese-wire-page.txt").published()).isEqualTo("2024-03-05T14:20");
    }

    @Test
    void chineseEditorLineIsMetadata() {
        assertThat(fixture("chinese-wire-page.txt").removed()).contains(new Removal(RemovalReason.METADATA, "责任编辑：李华"));
    }

    @Test
    void channelPrefixIsNotPartOfTheTitle() {
        assertThat(extractor.extract("Video丨Council approves budget for school repairs\n\n"
                + "The council met on Tuesday and approved the budget after a long debate.", null).title())
                .isEqualTo("Council approves budget for school repairs");
    }

    @Test
    void emptyPageGivesEmptyText() {
        assertThat(extractor.extract("", null).text()).isEmpty();
    }

    @Test
    @Timeout(10)
    void hostilePageEndsQuickly() {
        String line = "Council | " + "approves budget ".repeat(20) + "(" + "x".repeat(500) + "\n";
        assertThat(extractor.extract(line.repeat(5_000), null).text()).isNotNull();
    }

    @Test
    @Timeout(10)
    void oneHugeLineEndsQuickly() {
        assertThat(extractor.extract("Council approves budget. ".repeat(80_000), null).text()).hasSizeGreaterThan(1_000_000);
    }

    @Test
    void hardWrappedPageKeepsItsParagraphs() {
        assertThat(fixture("hard-wrapped-wire.txt").text().split("\n\n")).hasSize(3);
    }

    @Test
    void hardWrappedPageDateline() {
        assertThat(fixture("hard-wrapped-wire.txt").dateline()).isEqualTo(new Dateline("Nordvik", "2024-10-02", "Continental News"));
    }

    @Test
    void germanBylineWithVon() {
        assertThat(fixture("german-wire-page.txt").authors()).containsExactly("Hans Becker");
    }

    @Test
    void germanAgencyDatelineWithoutDate() {
        assertThat(fixture("german-wire-page.txt").dateline()).isEqualTo(new Dateline("Lindenau", null, "dpa"));
    }

    @Test
    void germanMoreOnTheTopicListIsRelated() {
        assertThat(fixture("german-wire-page.txt").related()).hasSize(2);
    }

    @Test
    void updatedTimeServesWhenNoPublicationTimeIsPrinted() {
        assertThat(fixture("wire-page-with-desk-credits.txt").published()).isEqualTo("2024-03-05T14:20Z");
    }

    @Test
    void deskCreditIsMetadataNotText() {
        assertThat(fixture("wire-page-with-desk-credits.txt").text()).doesNotContain("Editing by");
    }

    @Test
    void advertisementLineIsNotText() {
        assertThat(fixture("wire-page-with-desk-credits.txt").text()).doesNotContain("Advertisement");
    }

    @Test
    void readMoreLinkInsideTheBodyDoesNotEndIt() {
        assertThat(fixture("wire-page-with-desk-credits.txt").text()).endsWith("six percent over two years.");
    }

    @Test
    void arabicNumericDate() {
        assertThat(fixture("arabic-page.txt").published()).isEqualTo("2024-03-05");
    }

    @Test
    void arabicCopyrightIsFooter() {
        assertThat(fixture("arabic-page.txt").removed()).extracting(Removal::reason).contains(RemovalReason.FOOTER);
    }

    @Test
    void arabicBodyHasThreeParagraphs() {
        assertThat(fixture("arabic-page.txt").text().split("\n\n")).hasSize(3);
    }
}

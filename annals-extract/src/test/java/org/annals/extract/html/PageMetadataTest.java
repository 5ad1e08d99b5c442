package org.annals.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageMetadataTest {
    private static PageMetadata read(String head, String body) {
        return PageMetadata.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
    }

    @Test
    void titleLosesSiteSuffix() {
        assertThat(read("<title>Dam opens to visitors | The River Times</title>"
                + "<meta property=og:site_name content=\"The River Times\">", "").title()).isEqualTo("Dam opens to visitors");
    }

    @Test
    void titleKeepsLowercaseTail() {
        assertThat(read("<title>Brexit - what happens next</title>", "").title()).isEqualTo("Brexit - what happens next");
    }

    @Test
    void authorsSplitAndByStripped() {
        assertThat(read("<meta name=author content=\"By Ana Lima and Joe Park\">", "").authors())
                .containsExactly("Ana Lima", "Joe Park");
    }

    @Test
    void authorUrlsAndRolesDropped() {
        assertThat(read("<meta name=author content=\"https://example.org/ana, Joe Park, Staff Writer\">", "").authors())
                .containsExactly("Joe Park");
    }

    @Test
    void bylineElementWhenNoMeta() {
        assertThat(read("", "<p class=byline>By Rui Costa</p>").authors()).containsExactly("Rui Costa");
    }

    @Test
    void publishedFromTimeElement() {
        assertThat(read("", "<time datetime=\"2021-02-03T10:00\">3 Feb</time>").published()).isEqualTo("2021-02-03T10:00");
    }

    @Test
    void publishedTextKeepsRawValue() {
        assertThat(read("<meta name=\"parsely-pub-date\" content=\"2021-02-03T10:00:00Z\">", "").publishedText())
                .isEqualTo("2021-02-03T10:00:00Z");
    }

    @Test
    void sectionAndKeywordsFromJsonLd() {
        PageMetadata m = read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleSection\":[\"Science\"],"
                + "\"keywords\":\"space, moon\"}</script>", "");
        assertThat(new Object[]{m.section(), m.tags()}).containsExactly("Science", java.util.List.of("space", "moon"));
    }

    @Test
    void brokenJsonLdIgnored() {
        assertThat(read("<script type=\"application/ld+json\">{not json</script><title>T</title>", "").title())
                .isEqualTo("T");
    }

    @Test
    void languageFromContentLanguage() {
        assertThat(read("<meta http-equiv=content-language content=\"pt_BR\">", "").language()).isEqualTo("pt");
    }

    @Test
    void domTextKeptWhenItHoldsTheBody() {
        PageMetadata m = read("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"articleBody\":\"short\"}</script>", "");
        assertThat(m.checkBody("The DOM text.")).isEqualTo("The DOM text.");
    }

    @Test
    void postedByStripped() {
        assertThat(read("", "<span class=byline>Posted by Lena Holm</span>").authors()).containsExactly("Lena Holm");
    }

    @Test
    void commentAuthorsAreNotBylines() {
        assertThat(read("", "<div class=comments><span class=comment-author>Reader Joe</span></div>").authors()).isEmpty();
    }

    @Test
    void credentialsAfterNameDropped() {
        assertThat(read("<meta name=author content=\"Ana Lima, RDN\">", "").authors()).containsExactly("Ana Lima");
    }

    @Test
    void agencyAloneIsAnAuthor() {
        assertThat(read("<meta name=author content=\"AFP\">", "").authors()).containsExactly("AFP");
    }

    @Test
    void malformedJsonLdDateFallsBackToMeta() {
        assertThat(read("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"soon\"}</script>"
                + "<meta property=\"article:published_time\" content=\"2022-07-01\">", "").published()).isEqualTo("2022-07-01");
    }

    @Test
    void siteSpecificDateMeta() {
        assertThat(read("<meta name=\"sn-post-date\" content=\"2019/11/19\">", "").published()).isEqualTo("2019-11-19");
    }

    @Test
    void sectionFromBreadcrumbTrail() {
        assertThat(read("<title>Rates rise again</title>", "<ol class=breadcrumb><li><a href=/>Home</a></li>"
                + "<li><a href=/economy>Economy</a></li><li><a href=/x>Rates rise again</a></li></ol>").section())
                .isEqualTo("Economy");
    }

    @Test
    void sectionFromJsonLdBreadcrumbList() {
        assertThat(read("<script type=\"application/ld+json\">{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
                + "{\"position\":1,\"name\":\"Home\"},{\"position\":2,\"name\":\"Sport\"}]}</script>", "").section())
                .isEqualTo("Sport");
    }

    @Test
    void siteNameInAnyScriptIsCutWhenTheHeadlineIsPrinted() {
        Document doc = Jsoup.parse("<html><head><title>港の北岸壁が再開 - みなとニュース</title></head><body>"
                + "<div class=\"hd\">港の北岸壁が再開</div><p>本文です。</p></body></html>");
        assertThat(PageMetadata.read(doc).title()).isEqualTo("港の北岸壁が再開");
    }

    @Test
    void titleWithADashIsKeptWhenNoPartIsPrintedAlone() {
        Document doc = Jsoup.parse("<html><head><title>Ferries return - and so do the crowds</title></head><body>"
                + "<p>Body text.</p></body></html>");
        assertThat(PageMetadata.read(doc).title()).isEqualTo("Ferries return - and so do the crowds");
    }
}

package org.annals.extract.html;

import org.annals.model.RemovalReason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateTest {
    private static Element first(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void commentsByClassWord() {
        assertThat(Boilerplate.byName(first("<div class=\"article-comments\"></div>"))).isEqualTo(RemovalReason.COMMENTS);
    }

    @Test
    void contentHeaderIsNotComments() {
        assertThat(Boilerplate.byName(first("<div class=\"content-header\"></div>"))).isNotEqualTo(RemovalReason.COMMENTS);
    }

    @Test
    void commentaryIsNotComments() {
        assertThat(Boilerplate.byName(first("<div class=\"commentary\"></div>"))).isNull();
    }

    @Test
    void relatedPostsGluedIntoOneWord() {
        assertThat(Boilerplate.byName(first("<div class=\"relatedposts\"></div>"))).isEqualTo(RemovalReason.TEASER);
    }

    @Test
    void camelCaseIdSplit() {
        assertThat(Boilerplate.byName(first("<div id=\"mostReadList\"></div>"))).isEqualTo(RemovalReason.TEASER);
    }

    @Test
    void layoutModifierIsNotChrome() {
        assertThat(Boilerplate.byName(first("<div class=\"content-with-sidebar\"></div>"))).isNull();
    }

    @Test
    void contentWordProtectsFromWeakChromeWord() {
        assertThat(Boilerplate.byName(first("<div class=\"article-body print-friendly\"></div>"))).isNull();
    }

    @Test
    void strongChromeWordBesideContentWord() {
        assertThat(Boilerplate.byName(first("<div class=\"post-share\"></div>"))).isEqualTo(RemovalReason.BOILERPLATE);
    }

    @Test
    void embeddedTweetIsNotShareButton() {
        assertThat(Boilerplate.byName(first("<div class=\"social-media-embed\"></div>"))).isNull();
    }

    @Test
    void navigationByRole() {
        assertThat(Boilerplate.byTagOrRole(first("<div role=\"navigation\"></div>"))).isEqualTo(RemovalReason.NAVIGATION);
    }

    @Test
    void footerByTag() {
        assertThat(Boilerplate.byTagOrRole(first("<footer></footer>"))).isEqualTo(RemovalReason.FOOTER);
    }

    @Test
    void hiddenByInlineStyle() {
        assertThat(Boilerplate.isHidden(first("<div style=\"display: none\"></div>"))).isTrue();
    }

    @Test
    void tokensSplitPunctuationAndHumps() {
        assertThat(Boilerplate.tokens("main-Content shareBar_top")).containsExactly("main", "content", "share", "bar", "top");
    }
}

package org.annals.extract.html;

import org.annals.model.RelatedArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TeaserReaderTest {
    private static List<RelatedArticle> read(String html) {
        Element c = Jsoup.parse(html).body().child(0);
        return TeaserReader.read(List.of(c));
    }

    @Test
    void headlineAndSnippet() {
        assertThat(read("<ul><li><a href=/a>Bridge reopens after two years of repairs</a><p>Traffic returns.</p></li></ul>"))
                .containsExactly(new RelatedArticle("Bridge reopens after two years of repairs", "Traffic returns.", List.of()));
    }

    @Test
    void shortLinksAreNotHeadlines() {
        assertThat(read("<div><a href=/more>More</a><a href=/next>Next page</a></div>")).isEmpty();
    }

    @Test
    void repeatedHeadlineListedOnce() {
        assertThat(read("<div><a href=/a>Bridge reopens after two years</a><a href=/a>Bridge reopens after two years</a></div>"))
                .hasSize(1);
    }

    @Test
    void shortLinksBesideHeadlineAreTags() {
        assertThat(read("<ul><li><a href=/a>Harvest festival draws record crowds</a> | <a href=/t/culture>Culture</a>"
                + " | <a href=/t/north>North</a></li><li><a href=/b>Second story with its own title</a></li></ul>").get(0).tags())
                .containsExactly("Culture", "North");
    }
}

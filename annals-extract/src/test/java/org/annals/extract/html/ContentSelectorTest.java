package org.annals.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSelectorTest {
    private static final String PROSE = "<p>This paragraph is prose, with commas, clauses and enough length to score well.</p>";

    private static List<String> ids(String html) {
        Element body = Jsoup.parse(html).body();
        return ContentSelector.select(body, NodeStats.measure(body), null).stream().map(Element::id).toList();
    }

    @Test
    void proseContainerBeatsLinkList() {
        assertThat(ids("<div id=links><p><a href=/a>A link that is long enough to count as text</a></p></div>"
                + "<div id=story>" + PROSE.repeat(3) + "</div>")).containsExactly("story");
    }

    @Test
    void siblingArticlesAreNotMerged() {
        assertThat(ids("<div><article id=one>" + PROSE.repeat(3) + "</article><article id=two>" + PROSE
                + "</article></div>")).containsExactly("one");
    }

    @Test
    void bodySplitBySectionsIsKeptWhole() {
        assertThat(ids("<div id=whole><div id=a>" + PROSE.repeat(4) + "</div><div id=b>" + PROSE.repeat(3)
                + "</div></div>")).containsExactly("whole");
    }

    @Test
    void emptyPageSelectsNothing() {
        assertThat(ids("<div><a href=/>x</a></div>")).isEmpty();
    }

    @Test
    void positiveClassWeight() {
        assertThat(ContentSelector.classWeight(Jsoup.parse("<div class=article-body></div>").body().child(0)))
                .isEqualTo(25);
    }

    @Test
    void articleUnderHeadlineBeatsRicherTeaserArticles() {
        Element body = Jsoup.parse("<article id=story><h1>Story</h1>" + PROSE + "</article>"
                + "<article id=t1>" + PROSE.repeat(2) + "</article>").body();
        Element story = body.getElementById("story");
        assertThat(ContentSelector.select(body, NodeStats.measure(body), story)).extracting(Element::id)
                .containsExactly("story");
    }
}

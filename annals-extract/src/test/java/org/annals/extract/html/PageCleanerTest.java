package org.annals.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageCleanerTest {
    private static final String PROSE = "<p>Prose of the story, with commas, long enough to count as a paragraph here.</p>";

    private static Element clean(String html, List<Element> teasers) {
        Element body = Jsoup.parse(html, "https://example.org/story").body();
        PageCleaner.clean(body, new RemovalLog(), teasers);
        return body;
    }

    @Test
    void removesScriptsAndNav() {
        assertThat(clean("<nav>Menu</nav><script>x()</script><p>Text</p>", new ArrayList<>()).text()).isEqualTo("Text");
    }

    @Test
    void wrapperNamedLikeChromeIsKept() {
        assertThat(clean("<div class=\"page has-sidebar-widget\">" + PROSE.repeat(3) + "</div>", new ArrayList<>()).text())
                .startsWith("Prose of the story");
    }

    @Test
    void teaserCardWithLinkedHeadlineRemoved() {
        List<Element> teasers = new ArrayList<>();
        clean(PROSE + "<div class=card><h3><a href=\"/other\">Another story</a></h3><p>Snippet</p></div>", teasers);
        assertThat(teasers).hasSize(1);
    }

    @Test
    void headlineLinkingToItselfIsNoTeaser() {
        assertThat(clean("<div><h2><a href=\"https://example.org/story\">This story</a></h2>" + PROSE + "</div>",
                new ArrayList<>()).text()).contains("This story");
    }

    @Test
    void inPageAnchorHeadingKept() {
        assertThat(clean("<h2><a href=\"#part2\">Part two</a></h2>" + PROSE, new ArrayList<>()).text())
                .contains("Part two");
    }

    @Test
    void pictureFigureWithCreditRemoved() {
        assertThat(clean("<figure><img src=a.jpg><span>Photo: Agency</span></figure>" + PROSE, new ArrayList<>()).text())
                .doesNotContain("Agency");
    }

    @Test
    void figureHoldingTableKept() {
        assertThat(clean("<figure><table><tr><td>Votes 31</td></tr></table></figure>" + PROSE, new ArrayList<>()).text())
                .contains("Votes 31");
    }
}

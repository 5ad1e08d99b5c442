package org.annals.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NodeStatsTest {
    private static final Element BODY = Jsoup.parse(
            "<div id=d><p>Plain text of a paragraph, long enough to count.</p><p><a href=/x>linked words</a> and more</p>"
                    + "<script>var ignored = 1;</script></div>").body();

    @Test
    void linkTextMeasured() {
        NodeStats s = NodeStats.measure(BODY);
        assertThat(s.of(BODY.getElementById("d")).linkText).isEqualTo(Texts.normalize("linked words").length() + 1);
    }

    @Test
    void scriptTextNotCounted() {
        NodeStats s = NodeStats.measure(BODY);
        assertThat(s.of(BODY.getElementById("d")).text).isLessThan(90);
    }

    @Test
    void paragraphsCounted() {
        assertThat(NodeStats.measure(BODY).of(BODY.getElementById("d")).paragraphs).isEqualTo(1);
    }

    @Test
    void ownTextIsDirectInlineText() {
        Element p = BODY.selectFirst("p");
        assertThat(NodeStats.measure(BODY).of(p).ownText).isEqualTo(p.text().length() + 1);
    }
}

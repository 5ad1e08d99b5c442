package org.annals.serve;

import org.annals.model.AnalyzedArticle;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleMarkupTest {
    private static Element render(AnalyzedArticle a, Map<String, String> canonical) {
        Element div = new Page("x", "").main().appendElement("div");
        ArticleMarkup.render(div, a, canonical);
        return div;
    }

    @Test
    void theTextIsKeptWhole() {
        AnalyzedArticle a = TestArchive.fixture(TestArchive.TALKS);
        Element div = render(a, Map.of());
        div.select(".qlabel").remove();
        assertThat(div.wholeText()).isEqualTo(a.article().text());
    }

    @Test
    void mentionsLinkToActorsAndCarryTheirType() {
        Element div = render(TestArchive.fixture(TestArchive.TALKS), Map.of("e1", "PERSON:MLT:maria vella"));
        Elements vella = div.select("a.ent-person[href='/entities/PERSON%3AMLT%3Amaria%20vella']");
        assertThat(vella.eachText()).containsExactly("Maria Vella", "Vella");
        assertThat(div.select("span.ent-organization").text()).isEqualTo("Chamber of Shipping");
    }

    @Test
    void evidencePiecesCarryTheirEventAndJoinToTheSentence() {
        AnalyzedArticle a = TestArchive.fixture(TestArchive.TALKS);
        Element div = render(a, Map.of());
        String v2 = String.join("", div.select("[data-ev~=v2]").stream().map(Element::wholeText).toList());
        assertThat(v2).isEqualTo(a.events().get(1).sentence().of(a.article().text()));
        assertThat(div.select(".trigger").eachText()).contains("received", "welcomed");
    }

    @Test
    void quotesShowTheirSpeaker() {
        Element div = render(TestArchive.fixture(TestArchive.TALKS), Map.of());
        assertThat(div.select(".qlabel").text()).isEqualTo("Jonas Berg ›");
        assertThat(div.select(".quote-direct[data-speaker='Jonas Berg']").text())
                .isEqualTo("We will build this harbour together,");
    }

    @Test
    void timeExpressionsCarryTheirValue() {
        Element div = render(TestArchive.fixture(TestArchive.TALKS), Map.of());
        assertThat(div.select(".timex[data-value=2026-03-02]").text()).isEqualTo("Monday");
    }

    @Test
    void markupInTheTextStaysText() {
        Element div = render(TestArchive.fixture(TestArchive.HOSTILE), Map.of("e1", "PERSON::mallory"));
        assertThat(div.select("script, img, svg, a[href^=javascript]")).isEmpty();
        assertThat(div.text()).contains("<script>window.__pwned = 1; alert(1)</script>");
    }
}

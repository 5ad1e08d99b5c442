package org.annals.serve;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {
    @Test
    void textAndAttributesAreEscaped() {
        Page p = new Page("<script>alert(1)</script>", "Search");
        p.main().appendElement("p").attr("title", "\"><script>x</script>").text("<img src=x onerror=alert(1)>");
        String html = p.html();
        assertThat(html).doesNotContain("<img").doesNotContain("<script>alert").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("<script src=\"/static/annals.js\" defer></script>");
        assertThat(html.split("<script", -1)).hasSize(2);
    }

    @Test
    void snippetMarksBecomeMarkAndTheRestStaysText() {
        Element div = new Page("x", "").main().appendElement("div");
        Page.snippet(div, "a <b>harbour</b> <script>x</script> <b>quay");
        assertThat(div.html()).isEqualTo("a <mark>harbour</mark> &lt;script&gt;x&lt;/script&gt; <mark>quay</mark>");
    }

    @Test
    void outsideLinksAreOnlyHttp() {
        Element div = new Page("x", "").main().appendElement("div");
        Page.externalLink(div, "javascript:alert(1)", "bad");
        Page.externalLink(div, "https://example.org/", "good");
        assertThat(div.select("a")).hasSize(1);
        assertThat(div.selectFirst("a").attr("rel")).contains("noopener", "noreferrer");
        assertThat(div.text()).contains("bad", "good");
    }
}

package org.annals.serve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinksTest {
    @Test
    void articleIdsAreHexWithAnOptionalPartNumber() {
        assertThat(Links.isArticleId("ab".repeat(32))).isTrue();
        assertThat(Links.isArticleId("ab".repeat(32) + "#12")).isTrue();
        assertThat(Links.isArticleId("../../etc/passwd")).isFalse();
        assertThat(Links.isArticleId("AB".repeat(32))).isFalse();
        assertThat(Links.isArticleId("ab".repeat(32) + "#x")).isFalse();
    }

    @Test
    void entityIdsAreBoundedAndHoldNoSlashOrControl() {
        assertThat(Links.isEntityId("PERSON:RUS:vladimir putin")).isTrue();
        assertThat(Links.isEntityId("a/b")).isFalse();
        assertThat(Links.isEntityId("a\nb")).isFalse();
        assertThat(Links.isEntityId("x".repeat(Links.MAX_ENTITY_ID + 1))).isFalse();
    }

    @Test
    void onlyHttpAndHttpsBecomeOutsideLinks() {
        assertThat(Links.external("https://news.example.org/a?b=1")).isEqualTo("https://news.example.org/a?b=1");
        assertThat(Links.external("javascript:alert(1)")).isNull();
        assertThat(Links.external(" JaVaScRiPt:alert(1)")).isNull();
        assertThat(Links.external("data:text/html,<script>")).isNull();
        assertThat(Links.external("file:///etc/passwd")).isNull();
        assertThat(Links.external("//evil.example/x")).isNull();
        assertThat(Links.external("-")).isNull();
    }

    @Test
    void idsAreEncodedIntoPaths() {
        assertThat(Links.article("ab#2")).isEqualTo("/articles/ab%232");
        assertThat(Links.entity("PERSON:RUS:vladimir putin")).isEqualTo("/entities/PERSON%3ARUS%3Avladimir%20putin");
        assertThat(Links.articleEvent("ab", "v1")).isEqualTo("/articles/ab#ev-v1");
    }
}

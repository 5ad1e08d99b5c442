package org.annals.archive;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IndexedArticleTest {
    @Test
    void carriesEveryLayerThatSearchFilters() {
        Document doc = IndexedArticle.of(Articles.meeting("8".repeat(64), "Quay", "2024-03-04T10:00"));
        assertThat(doc.get(IndexedArticle.ID)).isEqualTo("8".repeat(64));
        assertThat(doc.getFields(IndexedArticle.ENTITIES)).extracting(IndexableField::stringValue)
                .containsExactly("Ana Ruiz", "Tomas Vidal");
        assertThat(doc.getFields(IndexedArticle.ACTOR)).extracting(IndexableField::stringValue)
                .containsExactly("ana ruiz", "tomas vidal");
        assertThat(doc.getFields(IndexedArticle.CATEGORY)).extracting(IndexableField::stringValue)
                .containsExactly("CONSULT");
        assertThat(doc.getField(IndexedArticle.DAY).numericValue().intValue())
                .isEqualTo((int) LocalDate.of(2024, 3, 4).toEpochDay());
        assertThat(doc.get(IndexedArticle.OUTLET)).isEqualTo("Harbour Times");
    }

    @Test
    void anUndatedArticleHasNoDay() {
        assertThat(IndexedArticle.of(Articles.plain("9".repeat(64), "T", "Body.", "--03-04")).getField(IndexedArticle.DAY))
                .isNull();
    }
}

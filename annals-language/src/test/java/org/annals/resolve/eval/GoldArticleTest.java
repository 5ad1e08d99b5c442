package org.annals.resolve.eval;

import org.annals.model.EntityType;
import org.annals.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoldArticleTest {
    @TempDir
    Path dir;

    @Test
    void readsEntitiesMentionKindsAndCountries() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
                {"id":"a1","published":"2024-05-16","heldout":true,"text":"Ana Lobo left. She smiled.","entities":[{"name":"Ana Lobo","type":"PERSON","country":null,"mentions":[[0,8],[15,18,"pron"]]}]}
                """);
        GoldArticle a = GoldArticle.readAll(gold).get(0);
        assertThat(a).isEqualTo(new GoldArticle("a1", LocalDate.of(2024, 5, 16), "Ana Lobo left. She smiled.", true,
                List.of(new GoldEntity("Ana Lobo", EntityType.PERSON, null, List.of(
                        new GoldMention(new Span(0, 8), MentionKind.NAME), new GoldMention(new Span(15, 18), MentionKind.PRONOUN))))));
    }

    @Test
    void aSpanBeyondTheTextIsRejectedWithItsLine() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
                {"id":"a1","text":"Paris.","entities":[{"name":"Paris","type":"LOCATION","mentions":[[0,50]]}]}
                """);
        assertThatThrownBy(() -> GoldArticle.readAll(gold)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gold.jsonl:1");
    }
}

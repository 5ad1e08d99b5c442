package org.annals.annotate.corenlp;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.DependencyParse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CoreNlpParserTest {
    private static CoreNlpAnnotator annotator;
    private static CoreNlpParser parser;

    @BeforeAll
    static void load() {
        annotator = CoreNlpAnnotator.load();
        parser = CoreNlpParser.load();
    }

    private static DependencyParse parseFirst(String text) {
        AnnotatedText annotated = annotator.annotate(text);
        return parser.parse(annotated, annotated.sentences()).get(0).orElseThrow();
    }

    @Test
    void findsSubjectObjectAndLemmas() {
        DependencyParse p = parseFirst("The ministers met their counterparts in Geneva.");
        assertThat(p.lemma(2)).isEqualTo("meet");
        assertThat(p.tag(2)).startsWith("VB");
        assertThat(p.relation(2)).isEqualTo("root");
        assertThat(p.relation(1)).isEqualTo("nsubj");
        assertThat(p.head(1)).isEqualTo(2);
        assertThat(p.relation(4)).isEqualTo("obj");
        assertThat(p.children(2)).contains(1, 4);
    }

    @Test
    void parsesOnlyTheChosenSentencesAndKeepsTheirPlace() {
        AnnotatedText annotated = annotator.annotate("Rain fell. Troops were deployed near the border.");
        List<Optional<DependencyParse>> parses = parser.parse(annotated, List.of(annotated.sentences().get(1)));
        assertThat(parses).hasSize(1);
        DependencyParse p = parses.get(0).orElseThrow();
        assertThat(p.firstToken()).isEqualTo(annotated.sentences().get(1).firstToken());
        assertThat(p.relation(0)).isEqualTo("nsubj:pass");
    }

    @Test
    void leavesAThousandTokenSentenceUnparsedAndReturnsPromptly() {
        String text = "The envoys met " + "and talked ".repeat(500) + "in Oslo.";
        AnnotatedText annotated = annotator.annotate(text);
        long start = System.nanoTime();
        List<Optional<DependencyParse>> parses = parser.parse(annotated, annotated.sentences());
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        assertThat(parses).hasSize(annotated.sentences().size());
        assertThat(parses.get(0)).isEmpty();
    }
}

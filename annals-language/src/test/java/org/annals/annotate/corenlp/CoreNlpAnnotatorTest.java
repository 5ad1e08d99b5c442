package org.annals.annotate.corenlp;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.AnnotatorUnavailableException;
import org.annals.annotate.NamedMention;
import org.annals.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoreNlpAnnotatorTest {
    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = CoreNlpAnnotator.load();
    }

    private static String mentions(String text) {
        AnnotatedText annotated = annotator.annotate(text);
        StringBuilder out = new StringBuilder();
        for (NamedMention m : annotated.mentions()) {
            out.append(m.type()).append(':').append(m.span().of(text)).append(' ');
        }
        return out.toString().trim();
    }

    @Test
    void tagsPeopleOrganisationsAndPlaces() {
        assertThat(mentions("Chancellor Olaf Scholz met officials of the World Bank in Nairobi on Monday."))
                .isEqualTo("PERSON:Olaf Scholz ORGANIZATION:World Bank LOCATION:Nairobi");
    }

    @Test
    void splitsSentencesAtFullStopsAndBlankLines() {
        assertThat(annotator.annotate("Rain fell. Rivers rose\n\nRoads closed.").sentences()).hasSize(3);
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "“We are ready,” said Maria Lopes.";
        NamedMention person = annotator.annotate(text).mentions().get(0);
        assertThat(person.span().of(text)).isEqualTo("Maria Lopes");
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(annotator.annotate("").sentences()).isEmpty();
    }

    @Test
    void readsOnlyEnglish() {
        assertThat(annotator.reads("en") && !annotator.reads("zh")).isTrue();
    }

    @Test
    void typesComeFromTheThreeClassModel() {
        assertThat(annotator.annotate("Paris is large.").mentions().get(0).type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aNameDoesNotSpanALineBreak() {
        assertThat(mentions("By Maria Lopes\nPedro Alves reports from Porto."))
                .doesNotContain("Maria Lopes\nPedro");
    }

    @Test
    void missingModelsGiveOneClearError() {
        assertThatThrownBy(() -> CoreNlpAnnotator.load("edu/stanford/nlp/models/ner/missing.crf.ser.gz"))
                .isInstanceOf(AnnotatorUnavailableException.class)
                .hasMessageContaining("missing.crf.ser.gz");
    }
}

package org.annals.annotate.quote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annals.annotate.quote.SpeechCueLexicon.Frame.BARE;
import static org.annals.annotate.quote.SpeechCueLexicon.Frame.NP;
import static org.annals.annotate.quote.SpeechCueLexicon.Frame.SOURCE;
import static org.annals.annotate.quote.SpeechCueLexicon.Frame.THAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpeechCueLexiconTest {
    private final SpeechCueLexicon lexicon = SpeechCueLexicon.standard();

    @Test
    void takesTheLongestPhrase() {
        SpeechCueLexicon.Match m = lexicon.match(List.of("she", "pointed", "out", "that"), 1);
        assertThat(m.length()).isEqualTo(2);
        assertThat(m.frames()).contains(THAT);
    }

    @Test
    void knowsInflectionsAndBothSpellings() {
        assertThat(List.of("emphasised", "emphasized", "stressing", "says", "told"))
                .allMatch(w -> lexicon.match(List.of(w), 0) != null);
    }

    @Test
    void saidTakesAClauseWithOrWithoutThat() {
        assertThat(lexicon.match(List.of("said"), 0).frames()).contains(THAT, BARE);
    }

    @Test
    void stressTakesItsComplementAsContent() {
        assertThat(lexicon.match(List.of("stressed", "the", "need"), 0).frames()).contains(NP);
    }

    @Test
    void accordingToNamesItsSourceAfterIt() {
        SpeechCueLexicon.Match m = lexicon.match(List.of("according", "to", "the", "ministry"), 0);
        assertThat(m.length()).isEqualTo(2);
        assertThat(m.frames()).containsExactly(SOURCE);
    }

    @Test
    void otherWordsAreNoCue() {
        assertThat(lexicon.match(List.of("walked", "out"), 0)).isNull();
        assertThat(lexicon.match(List.of("according"), 0)).isNull();
    }

    @Test
    void readsItsOwnFormat() {
        SpeechCueLexicon custom = SpeechCueLexicon.of(List.of("# shouting", "shouted | shouts : that bare"));
        assertThat(custom.match(List.of("shouts"), 0).frames()).containsExactlyInAnyOrder(THAT, BARE);
    }

    @Test
    void rejectsALineWithoutFrames() {
        assertThatThrownBy(() -> SpeechCueLexicon.of(List.of("shouted | shouts")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.annals.code;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EventLexiconTest {
    private static final EventLexicon LEXICON = EventLexicon.standard();

    @Test
    void coversEveryPloverCategoryAndOccurrence() {
        Set<String> categories = LEXICON.entries().stream().map(LexiconEntry::category).collect(Collectors.toSet());
        assertThat(categories).contains("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
                "OCCURRENCE");
    }

    @Test
    void conditionedEntriesComeBeforeTheGeneralOne() {
        assertThat(LEXICON.verbs("release")).extracting(LexiconEntry::id).last().isEqualTo("v.release");
        assertThat(LEXICON.verbs("release").get(0).conditions()).isNotEmpty();
    }

    @Test
    void pluralNounLemmasFindTheirEntry() {
        assertThat(LEXICON.nouns("sanctions")).extracting(LexiconEntry::id).contains("n.sanction");
    }

    @Test
    void regularAndIrregularFormsOpenASentenceForParsing() {
        assertThat(LEXICON.worthParsing(List.of("They", "Met", "."), true)).isTrue();
        assertThat(LEXICON.worthParsing(List.of("visiting", "Oslo"), true)).isTrue();
        assertThat(LEXICON.worthParsing(List.of("new", "sanctions"), true)).isTrue();
        assertThat(LEXICON.worthParsing(List.of("the", "weather", "was", "fine"), true)).isFalse();
    }

    @Test
    void aWordWhoseEntryNeedsAnotherWordOpensTheSentenceOnlyWithIt() {
        assertThat(LEXICON.worthParsing(List.of("They", "held", "their", "breath"), true)).isFalse();
        assertThat(LEXICON.worthParsing(List.of("They", "held", "a", "forum"), true)).isTrue();
        assertThat(LEXICON.worthParsing(List.of("Russia", "said", "Kyiv", "must", "yield"), true)).isTrue();
    }

    @Test
    void withoutANamedParticipantOnlyAnOccurrenceIsWorthParsing() {
        assertThat(LEXICON.worthParsing(List.of("they", "met", "again"), false)).isFalse();
        assertThat(LEXICON.worthParsing(List.of("the", "probe", "landed", "on", "the", "moon"), false)).isTrue();
    }
}

package org.annals.code;

import org.junit.jupiter.api.Test;

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
        assertThat(LEXICON.mayTrigger("Met")).isTrue();
        assertThat(LEXICON.mayTrigger("visiting")).isTrue();
        assertThat(LEXICON.mayTrigger("sanctions")).isTrue();
        assertThat(LEXICON.mayTrigger("weather")).isFalse();
    }
}

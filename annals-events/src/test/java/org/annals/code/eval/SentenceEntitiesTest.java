package org.annals.code.eval;

import org.annals.annotate.corenlp.CoreNlpAnnotator;
import org.annals.code.Coding;
import org.annals.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceEntitiesTest {
    private static final CoreNlpAnnotator annotator = Coding.ANNOTATOR;

    private static List<String> entities(String text) {
        return SentenceEntities.build(annotator.annotate(text), ActorCountry.builtIn()).stream()
                .map(e -> e.name() + ":" + e.country()).toList();
    }

    @Test
    void demonymsBecomeEntitiesWithTheirCountry() {
        assertThat(entities("Senior Hungarian and Romanian officials met.")).contains("Hungarian:HUN", "Romanian:ROU");
    }

    @Test
    void aTitleBeforeANameGivesItsCountry() {
        assertThat(entities("British Defence Secretary Tom King left.")).contains("Tom King:GBR");
        assertThat(entities("U.S. Secretary of State Warren Christopher left.")).contains("Warren Christopher:USA");
    }

    @Test
    void aGroupOfOneCountryLivingInAnotherBelongsToWhereItLives() {
        assertThat(entities("Bosnian Serbs fled.")).contains("Bosnian Serbs:BIH");
        assertThat(entities("Ethnic Albanians in southern Serbia protested.")).contains("Albanians:SRB");
    }

    @Test
    void oneEntityPerDistinctMentionText() {
        List<Entity> built = SentenceEntities.build(annotator.annotate("Kenya won. Kenya lost."), ActorCountry.builtIn());
        assertThat(built).singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }
}

package org.annals.code;

import org.annals.annotate.AnnotatedText;
import org.annals.model.Dateline;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Event;
import org.annals.model.Place;
import org.annals.model.Span;
import org.annals.model.TimeExpression;
import org.annals.model.TimePrecision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The article-level work of the coder: entities given by the resolver, dates, places, merging, numbering. */
class PloverCoderTest {
    private static final String MEETING = "The two foreign ministers met in Geneva on Tuesday.";

    private static Entity entity(String id, String name, EntityType type, String text) {
        int start = text.indexOf(name);
        return new Entity(id, name, type, null, null, List.of(), List.of(), List.of(new Span(start, start + name.length())), null);
    }

    @Test
    void actorsAreTheResolversEntities() {
        AnnotatedText annotated = Coding.ANNOTATOR.annotate(MEETING);
        List<Entity> entities = List.of(entity("e1", "The two foreign ministers", EntityType.PERSON, MEETING),
                entity("e2", "Geneva", EntityType.LOCATION, MEETING));
        List<Event> events = Coding.CODER.code(new AnalyzedInput(annotated, entities, List.of(), null, null));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("v1");
            assertThat(e.category()).isEqualTo("CONSULT");
            assertThat(e.mode()).isEqualTo("meeting");
            assertThat(e.cameo()).isEqualTo("040");
            assertThat(e.actors()).containsExactly("e1");
            assertThat(e.place().name()).isEqualTo("Geneva");
            assertThat(e.trigger().of(MEETING)).isEqualTo("met");
            assertThat(e.sentence()).isEqualTo(new Span(0, MEETING.length()));
            assertThat(e.rule()).isEqualTo("v.meet");
        });
    }

    @Test
    void dateComesFromTheSentencesOwnTimeExpression() {
        AnalyzedInput plain = Coding.input(MEETING.replace("The two foreign ministers", "Antony Blinken"));
        int at = plain.text().text().indexOf("Tuesday");
        TimeExpression tuesday = new TimeExpression(new Span(at, at + 7), "Tuesday", "2024-05-14", TimePrecision.DAY, "published");
        AnalyzedInput in = new AnalyzedInput(plain.text(), plain.entities(), List.of(tuesday), "2024-05-16T10:00",
                new Dateline("Geneva", "2024-05-15", null));
        assertThat(Coding.CODER.code(in).get(0).date()).isEqualTo("2024-05-14");
    }

    @Test
    void withoutATimeExpressionTheDatelineThenThePublicationDateServeWithLessConfidence() {
        AnalyzedInput plain = Coding.input("Antony Blinken met Wang Yi in Geneva.");
        Event undated = Coding.CODER.code(plain).get(0);
        AnalyzedInput withDateline = new AnalyzedInput(plain.text(), plain.entities(), List.of(), "2024-05-16T10:00",
                new Dateline("Geneva", "--05-15", null));
        AnalyzedInput published = new AnalyzedInput(plain.text(), plain.entities(), List.of(), "2024-05-16T10:00", null);
        assertThat(undated.date()).isNull();
        assertThat(Coding.CODER.code(withDateline).get(0).date()).isEqualTo("2024-05-15");
        assertThat(Coding.CODER.code(published).get(0).date()).isEqualTo("2024-05-16");
        assertThat(Coding.CODER.code(published).get(0).confidence()).isLessThan(undated.confidence());
    }

    @Test
    void anUnresolvedTimeOfTheSentenceLeavesTheDateUnknown() {
        AnalyzedInput plain = Coding.input("Antony Blinken met Wang Yi in Geneva in June last year.");
        int at = plain.text().text().indexOf("June");
        TimeExpression june = new TimeExpression(new Span(at, at + 14), "June last year", null, TimePrecision.MONTH, null);
        AnalyzedInput in = new AnalyzedInput(plain.text(), plain.entities(), List.of(june), "2024-05-16", null);
        assertThat(Coding.CODER.code(in).get(0).date()).isNull();
    }

    @Test
    void aLaterMentionOfTheMessageIsTheSameEvent() {
        AnalyzedInput in = Coding.input("Emmanuel Macron sent a congratulatory message to the crew of Ariane 6. "
                + "In his congratulatory message, Emmanuel Macron praised the engineers.");
        assertThat(Coding.CODER.code(in)).singleElement().satisfies(e -> assertThat(e.evidence()).hasSize(2));
    }

    @Test
    void futureEventsGetNoFallbackDate() {
        AnalyzedInput plain = Coding.input("Antony Blinken will meet Wang Yi in Geneva.");
        AnalyzedInput in = new AnalyzedInput(plain.text(), plain.entities(), List.of(), "2024-05-16", null);
        assertThat(Coding.CODER.code(in).get(0).date()).isNull();
    }

    @Test
    void theSameEventInSeveralSentencesIsOneEventWithAllItsEvidence() {
        String text = "Antony Blinken met Wang Yi in Geneva. The weather was mild. Antony Blinken later said he met Wang Yi there.";
        AnalyzedInput in = Coding.input(text);
        List<Event> events = Coding.CODER.code(in);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).evidence()).hasSize(2);
        assertThat(events.get(0).evidence().get(1).of(text)).startsWith("Antony Blinken later said");
    }

    @Test
    void differentEventsAreNumberedInTextOrder() {
        List<Event> events = Coding.CODER.code(Coding.input("Germany praised Kenya. Japan condemned Russia."));
        assertThat(events).extracting(Event::id).containsExactly("v1", "v2");
        assertThat(events).extracting(Event::category).containsExactly("SUPPORT", "ACCUSE");
    }

    @Test
    void placesGoThroughTheResolver() {
        PlaceResolver gazetteer = (location, article) -> new Place(location.name(), "CHE", 46.2, 6.15);
        PloverCoder coder = new PloverCoder(Coding.PARSER, gazetteer);
        Event e = coder.code(Coding.input("Antony Blinken met Wang Yi in Geneva.")).get(0);
        assertThat(e.place()).isEqualTo(new Place("Geneva", "CHE", 46.2, 6.15));
    }

    @Test
    void textWithoutEventWordsIsNotParsedAndHasNoEvents() {
        assertThat(Coding.CODER.code(Coding.input("Rain fell on Oslo. The river rose."))).isEmpty();
    }

    @Test
    void aVeryLongSentenceIsBoundedAndCostsOnlyItself() {
        String text = "Kenya condemned Sudan. Ministers met " + "and talked ".repeat(500) + "in Oslo.";
        long start = System.nanoTime();
        List<Event> events = Coding.CODER.code(Coding.input(text));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
        assertThat(events).extracting(Event::category).containsExactly("ACCUSE");
    }
}

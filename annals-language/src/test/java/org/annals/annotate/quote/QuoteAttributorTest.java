package org.annals.annotate.quote;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.corenlp.CoreNlpAnnotator;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class QuoteAttributorTest {
    private static CoreNlpAnnotator annotator;
    private final QuoteAttributor attributor = new QuoteAttributor();

    @BeforeAll
    static void load() {
        annotator = CoreNlpAnnotator.load();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = QuoteAttributorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Entities given as "TYPE:Name:form|form" strings; the quotes as "kind | speaker | cue | text" lines. */
    private List<String> quotes(String text, String... entities) {
        List<Entity> list = new ArrayList<>();
        for (int i = 0; i < entities.length; i++) {
            String[] parts = entities[i].split(":");
            String[] forms = parts.length > 2 ? parts[2].split("\\|") : new String[0];
            list.add(Texts.entity("e" + i, EntityType.valueOf(parts[0]), text, parts[1], forms));
        }
        return render(attributor.attribute(annotator.annotate(text), list), list);
    }

    private static List<String> render(List<Quote> quotes, List<Entity> entities) {
        return quotes.stream().map(q -> q.kind().label() + " | "
                + entities.stream().filter(e -> e.id().equals(q.speaker())).map(Entity::name).findFirst().orElse("-")
                + " | " + (q.cue() == null ? "-" : q.cue()) + " | " + q.text().replace("\n", "⏎")).toList();
    }

    @Test
    void aBriefingWithPronouns() throws IOException {
        String text = fixture("briefing-with-pronouns.txt");
        assertThat(quotes(text, "ORGANIZATION:Foreign Ministry", "PERSON:Zhang Min:Zhang Min|Zhang",
                "PERSON:Karl Brandt", "LOCATION:Berlin")).containsExactly(
                "reported | Zhang Min | told | the country welcomed the ceasefire",
                "direct | Zhang Min | said | We hope all parties will seize this opportunity,",
                "direct | Zhang Min | - | Peace talks are the only way forward.",
                "reported | Zhang Min | said | the dates had not been fixed",
                "reported | Karl Brandt | said | his country would send engineers to help with reconstruction",
                "reported | Karl Brandt | stressed | the need to clear mines before the winter");
    }

    @Test
    void aQuoteOverParagraphsAndAQuotedFragmentInReportedSpeech() throws IOException {
        String text = fixture("multi-paragraph-quote.txt");
        assertThat(quotes(text, "PERSON:Elena Ruiz:Elena Ruiz|Ruiz", "PERSON:Marta Vidal")).containsExactly(
                "direct | Elena Ruiz | said | I am proud of this group. Nobody believed in us in August.⏎⏎"
                        + "“Tonight we showed what we are made of,",
                "reported | Marta Vidal | said | the title was “for the fans”",
                "direct | Marta Vidal | said | for the fans");
    }

    @Test
    void heResolvesToTheRightEarlierPerson() {
        String text = "Mrs Patel and Mr Osei signed the agreement in Accra. \"This is a historic day,\" he said.";
        assertThat(quotes(text, "PERSON:Patel", "PERSON:Osei", "LOCATION:Accra"))
                .containsExactly("direct | Osei | said | This is a historic day,");
    }

    @Test
    void reportedSpeechThatIsMostlyAQuotationIsDirect() {
        String text = "Liu said: \"Dialogue is the only way out.\"";
        assertThat(quotes(text, "PERSON:Liu")).containsExactly("direct | Liu | said | Dialogue is the only way out.");
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotes() {
        String text = "Lawmakers debated the so-called \"digital tax\" as the album “Northern Lights” topped the charts.";
        assertThat(quotes(text)).isEmpty();
    }

    @Test
    void aQuoteWithoutCueInANewParagraphHasNoSpeaker() {
        String text = "Anna Varga said the plan was fair.\n\n\"Nobody knows what will happen next week.\"";
        assertThat(quotes(text, "PERSON:Anna Varga")).containsExactly(
                "reported | Anna Varga | said | the plan was fair",
                "direct | - | - | Nobody knows what will happen next week.");
    }

    @Test
    void aCountryAndAnOrganisationSpeak() {
        String text = "China said on Friday it opposed the controls. Beijing will respond, the Commerce Ministry said.";
        assertThat(quotes(text, "LOCATION:China", "LOCATION:Beijing", "ORGANIZATION:Commerce Ministry")).containsExactly(
                "reported | China | said | it opposed the controls",
                "reported | Commerce Ministry | said | Beijing will respond");
    }

    @Test
    void hostileTextFinishesQuickly() {
        StringBuilder text = new StringBuilder();
        String sentence = "Officials said the plan, which nobody liked, would fail. ";
        while (text.length() < 2_000_000) {
            text.append("“").append(sentence.repeat(3)).append("\n\n“").append(sentence).append('"');
        }
        AnnotatedText annotated = Texts.tokenized(text.toString());
        List<Quote> found = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> attributor.attribute(annotated, List.of()));
        assertThat(found).allMatch(q -> q.span().length() <= DirectQuoteFinder.MAX_CHARS);
    }

    @Test
    void anEmptyTextHasNoQuotes() {
        assertThat(attributor.attribute(Texts.tokenized(""), List.of())).isEmpty();
    }

    @Test
    void aQuotedTitleIsNotSpeech() {
        String text = "The museum opened an exhibition titled \"Rivers of the North and the People Who Lived There\" on Friday.";
        assertThat(quotes(text, "ORGANIZATION:museum")).isEmpty();
    }

    @Test
    void aParticipleAfterAnUnnamedSpeakerStaysUnnamed() {
        String text = "Visitors from Norway praised the harbour. They said that the port had grown, noting that "
                + "the new cranes had doubled its trade.";
        assertThat(quotes(text, "LOCATION:Norway")).allMatch(q -> q.contains("| - |"));
    }
}

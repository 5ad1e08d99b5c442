package org.annals.annotate.quote;

import org.annals.annotate.AnnotatedText;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportedSpeechFinderTest {
    private final ReportedSpeechFinder finder = new ReportedSpeechFinder(SpeechCueLexicon.standard());
    private final DirectQuoteFinder quotes = new DirectQuoteFinder();

    /** Each attribution as "cue | subject | content", with "-" for none. */
    private List<String> read(String text, String... people) {
        AnnotatedText annotated = Texts.tokenized(text);
        List<Entity> entities = java.util.stream.IntStream.range(0, people.length)
                .mapToObj(i -> Texts.entity("e" + i, EntityType.PERSON, text, people[i])).toList();
        return finder.find(annotated, quotes.find(text), entities).stream()
                .map(a -> a.cue().of(text) + " | " + (a.subject() == null ? "-" : a.subject().of(text)) + " | "
                        + (a.content() == null ? "-" : a.content().of(text)))
                .toList();
    }

    @Test
    void speakerCueThatContent() {
        assertThat(read("Anna Varga said on Monday that the talks had failed.", "Anna Varga"))
                .containsExactly("said | Anna Varga | the talks had failed");
    }

    @Test
    void aClauseWithoutThat() {
        assertThat(read("Anna Varga said the talks had failed.", "Anna Varga"))
                .containsExactly("said | Anna Varga | the talks had failed");
    }

    @Test
    void contentThenSpeakerAndCue() {
        assertThat(read("The talks had failed, Anna Varga said in a statement.", "Anna Varga"))
                .containsExactly("said | Anna Varga | The talks had failed");
    }

    @Test
    void contentThenCueAndSpeaker() {
        assertThat(read("The talks had failed, said Foreign Minister Anna Varga after the meeting.", "Anna Varga"))
                .containsExactly("said | Foreign Minister Anna Varga | The talks had failed");
    }

    @Test
    void accordingToBeforeAndAfterTheContent() {
        assertThat(read("According to prosecutor Claire Dumas, the mayor took bribes.", "Claire Dumas"))
                .containsExactly("According to | prosecutor Claire Dumas | the mayor took bribes");
        assertThat(read("The ship carried grain, according to Nikos Pappas.", "Nikos Pappas"))
                .containsExactly("according to | Nikos Pappas | The ship carried grain");
    }

    @Test
    void anObjectBeforeTheThatClause() {
        assertThat(read("Liu Hong told a regular press briefing on Tuesday that sanctions would fail.", "Liu Hong"))
                .containsExactly("told | Liu Hong | sanctions would fail");
    }

    @Test
    void stressTakesItsComplement() {
        assertThat(read("He stressed the need to mobilise climate finance."))
                .containsExactly("stressed | He | the need to mobilise climate finance");
    }

    @Test
    void aQuotationAfterAColonIsTheContent() {
        assertThat(read("Liu said: \"Dialogue is the only way.\"", "Liu"))
                .containsExactly("said | Liu | \"Dialogue is the only way.\"");
    }

    @Test
    void theAttributionAfterAQuotationTakesTheQuotation() {
        assertThat(read("\"We are ready,\" Berg told reporters.", "Berg"))
                .containsExactly("told | Berg | We are ready,");
    }

    @Test
    void anAppositionBetweenSpeakerAndCue() {
        assertThat(read("Lena Holm, the foreign minister, said Sweden would double its aid.", "Lena Holm", "Sweden"))
                .containsExactly("said | Lena Holm, the foreign minister | Sweden would double its aid");
    }

    @Test
    void aParticipleCarriesOnWithItsOwnContent() {
        List<String> found = read("Li said the talks were useful, adding that more would follow.", "Li");
        assertThat(found).containsExactly("said | Li | the talks were useful",
                "adding | Li said the talks were useful | more would follow");
    }

    @Test
    void cuesInsideTheContentAreNotSeparateStatements() {
        assertThat(read("He said he hoped to visit Berlin soon.")).containsExactly("said | He | he hoped to visit Berlin soon");
    }

    @Test
    void passivesAreNoCue() {
        assertThat(read("The deal is said to be worth millions. He was told to leave.")).isEmpty();
    }

    @Test
    void aCueWithoutAClauseHasNoContent() {
        assertThat(read("Berg said on Saturday.", "Berg")).containsExactly("said | Berg | -");
    }

    @Test
    void cuesInsideQuotationsAreNotRead() {
        assertThat(read("\"The minister said that we must wait,\" Smith said.", "Smith"))
                .containsExactly("said | Smith | The minister said that we must wait,");
    }

    @Test
    void aDatelineIsNotPartOfTheContent() {
        assertThat(read("VIENNA — The house will become a police station, the ministry said."))
                .containsExactly("said | the ministry | The house will become a police station");
    }

    @Test
    void marketMovesAreNotSpeech() {
        assertThat(read("The index added 20.7 points to close at 8,570.")).containsExactly("added | The index | -");
    }

    @Test
    void nounsAndImperativesAreNoCue() {
        assertThat(read("Spain's hopes rose. Add the juice of one lemon.")).isEmpty();
    }

    @Test
    void aHugeSentenceWithThousandsOfCuesIsFast() {
        String text = "Officials said, he said, adding that ".repeat(40_000) + "it rained.";
        AnnotatedText annotated = Texts.tokenized(text);
        List<Attribution> found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> finder.find(annotated, List.of(), List.of()));
        assertThat(found).allMatch(a -> a.content() == null || a.content().length() <= ReportedSpeechFinder.MAX_CONTENT_CHARS);
    }

    @Test
    void aParticipleAfterAQuotationAttribution() {
        assertThat(read("\"The era is over,\" Karin Lindqvist said on Monday, warning households to prepare.",
                "Karin Lindqvist")).containsExactly("said | Karin Lindqvist | The era is over,",
                "warning | Karin Lindqvist said on Monday | households to prepare");
    }

    @Test
    void anAttributionAfterAQuestionThatEndsItsSentence() {
        assertThat(read("\"Is this the best we can do?\" asked Tomasz Wilk during the debate.", "Tomasz Wilk"))
                .containsExactly("asked | Tomasz Wilk | Is this the best we can do?");
    }
}

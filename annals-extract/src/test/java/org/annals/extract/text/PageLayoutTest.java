package org.annals.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageLayoutTest {
    private static List<LineRole> roles(String page) {
        LineClassifier classifier = new LineClassifier();
        List<LineClass> classified = new LineSplitter().split(page).stream().map(classifier::classify).toList();
        return new PageLayout().place(classified).lines().stream().map(PlacedLine::role).toList();
    }

    private static final String BODY_1 = "The council met on Tuesday and approved the budget after a long debate about schools.";
    private static final String BODY_2 = "Work on the first twelve schools is due to start during the winter holidays, officials said.";

    @Test
    void summaryPrintedTwiceIsTheTitleAndItsCopyADuplicate() {
        String summary = "The council approved a budget of forty million for school repairs on Tuesday, officials said.";
        assertThat(roles(summary + "\nRelease time:Nov 08, 2022 02:05 PM\nSchool roofs come first\n" + summary + "\n"
                + BODY_1 + "\n" + BODY_2))
                .containsExactly(LineRole.TITLE, LineRole.METADATA, LineRole.STANDFIRST, LineRole.DUPLICATE,
                        LineRole.BODY, LineRole.BODY);
    }

    @Test
    void shortLinesAboveTheTitleAreNavigation() {
        assertThat(roles("Coastal Herald\nCouncil approves budget for school repairs\nBy Jane Holloway\n" + BODY_1 + "\n" + BODY_2).get(0))
                .isEqualTo(LineRole.NAVIGATION);
    }

    @Test
    void shortLineBetweenParagraphsIsAHeading() {
        assertThat(roles("Council approves budget\n" + BODY_1 + "\nRoofs come first\n" + BODY_2).get(2)).isEqualTo(LineRole.HEADING);
    }

    @Test
    void headlinePrintedTwiceAfterTheBodyIsATeaserWithItsSnippet() {
        String teaser = "Harbour city opens new ferry terminal to ease commuter traffic";
        assertThat(roles("Council approves budget\n" + BODY_1 + "\n" + BODY_2 + "\n" + teaser + "\n" + teaser + "\n"
                + "The terminal can handle twelve thousand passengers a day, the port authority said on Monday.").subList(3, 6))
                .containsOnly(LineRole.TEASER);
    }

    @Test
    void listLabelStartsTheTrailer() {
        assertThat(roles("Council approves budget\n" + BODY_1 + "\n" + BODY_2 + "\nMost read\nFerry terminal opens in harbour city")
                .get(4)).isEqualTo(LineRole.TEASER);
    }

    @Test
    void menuAfterTheBodyIsFooter() {
        assertThat(roles("Council approves budget\n" + BODY_1 + "\n" + BODY_2 + "\nWorld | Sports | Culture").get(3))
                .isEqualTo(LineRole.FOOTER);
    }

    @Test
    void repeatedParagraphIsADuplicate() {
        assertThat(roles("Council approves budget\n" + BODY_1 + "\n" + BODY_2 + "\n" + BODY_1).get(3)).isEqualTo(LineRole.DUPLICATE);
    }

    @Test
    void pageWithoutProseHasATitleAndNothingElseInText() {
        assertThat(roles("Council approves budget\nShare\nPrint")).containsExactly(LineRole.TITLE, LineRole.NAVIGATION,
                LineRole.NAVIGATION);
    }

    @Test
    void commentsLabelEndsTheArticle() {
        assertThat(roles("Council approves budget\n" + BODY_1 + "\n12 Comments\n" + BODY_2).get(3)).isEqualTo(LineRole.COMMENTS);
    }

    @Test
    void commenterOverATimestampStartsTheComments() {
        assertThat(roles("Council approves budget\n" + BODY_1 + "\n" + BODY_2 + "\nriverfan says:\nNovember 19, 2019 at 6:34 am\n"
                + "I think the council should have spent more on the roofs of the older schools.").get(5))
                .isEqualTo(LineRole.COMMENTS);
    }

    @Test
    void longLineWithoutFullStopInTheBodyIsProseNotAHeading() {
        assertThat(roles("Council approves budget\n" + BODY_1 + "\nThe vote came after a debate that lasted most of the afternoon "
                + "and ended with a call from the mayor for more money next year\n" + BODY_2).get(2)).isEqualTo(LineRole.BODY);
    }

    @Test
    void lesserProseRunAfterTheArticleIsBoilerplate() {
        String disclaimer = "The information on this website is provided for general purposes and is not professional advice.";
        String page = "Council approves budget\nBy Jane Holloway\n" + BODY_1 + "\n" + BODY_2 + "\n" + BODY_1.replace("council", "board")
                + "\nRelated Articles\nShare\nPrint\nEmail\nHome\nMenu\n" + disclaimer;
        List<LineRole> roles = roles(page);
        assertThat(roles.get(roles.size() - 1)).isIn(LineRole.BOILERPLATE, LineRole.TEASER);
    }

    @Test
    void numbersBeforeListedHeadlinesAreDropped() {
        LineClassifier classifier = new LineClassifier();
        List<LineClass> classified = new LineSplitter().split("Council approves budget\n" + BODY_1 + "\n" + BODY_2
                + "\nMost read\n1. Ferry terminal opens in harbour city").stream().map(classifier::classify).toList();
        assertThat(new PageLayout().place(classified).related().get(0).title()).isEqualTo("Ferry terminal opens in harbour city");
    }

    @Test
    void articleOfShortSentencesKeepsItsParagraphs() {
        assertThat(roles("Will the council approve the budget?\nThe vote is on Tuesday evening.\nTwelve schools need new roofs.\n"
                + "Councillors expect a long debate.")).containsExactly(LineRole.TITLE, LineRole.BODY, LineRole.BODY, LineRole.BODY);
    }

    @Test
    void boxOfLinksInsideTheBodyEndsWhereProseResumes() {
        String more = "The mayor said the remaining schools would be repaired next year if the budget allowed it.";
        assertThat(roles("Council approves budget\n" + BODY_1 + "\n" + BODY_2 + "\nRelated news\nFerry terminal opens in harbour city\n"
                + more + "\n" + BODY_1.replace("council", "board") + "\n" + more.replace("mayor", "governor")))
                .containsExactly(LineRole.TITLE, LineRole.BODY, LineRole.BODY, LineRole.TEASER, LineRole.TEASER,
                        LineRole.BODY, LineRole.BODY, LineRole.BODY);
    }

    @Test
    void kickerAboveTheHeadlineIsNotTheTitle() {
        assertThat(roles("Schools and Budgets\nCouncil approves forty million for school repairs\n" + BODY_1 + "\n" + BODY_2).get(1))
                .isEqualTo(LineRole.TITLE);
    }

    @Test
    void paragraphPrintedTwiceInARowIsCollapsed() {
        assertThat(roles("Council approves budget\n" + BODY_1 + "\n" + BODY_2 + "\n" + BODY_2))
                .containsExactly(LineRole.TITLE, LineRole.BODY, LineRole.BODY, LineRole.DUPLICATE);
    }

    @Test
    void titlePrintedTwiceIsTheFirstCopy() {
        assertThat(roles("Council approves forty million for school repairs\nCouncil approves forty million for school repairs\n"
                + "By Jane Holloway\n" + BODY_1 + "\n" + BODY_2).subList(0, 2)).containsExactly(LineRole.TITLE, LineRole.DUPLICATE);
    }

    @Test
    void boxOfHeadlinesWithSnippetsAfterALabel() {
        LineClassifier classifier = new LineClassifier();
        String page = "Council approves budget\n" + BODY_1 + "\n" + BODY_2 + "\nSee also\nFerry terminal opens in harbour city\n"
                + "The terminal can handle twelve thousand passengers a day, the port authority said on Monday.\n"
                + "Lantern festival draws record crowds\n"
                + "Organisers said more than two hundred thousand visitors came to the old quarter on Saturday.";
        List<LineClass> classified = new LineSplitter().split(page).stream().map(classifier::classify).toList();
        assertThat(new PageLayout().place(classified).related()).extracting(r -> r.text() != null).containsExactly(true, true);
    }

    @Test
    void proseNoticeAboveTheTitleIsBoilerplate() {
        assertThat(roles("We use cookies to improve your experience on our site, and by continuing you accept their use.\n"
                + "Council approves forty million for school repairs\nBy Jane Holloway\n" + BODY_1 + "\n" + BODY_2).get(0))
                .isEqualTo(LineRole.BOILERPLATE);
    }
}

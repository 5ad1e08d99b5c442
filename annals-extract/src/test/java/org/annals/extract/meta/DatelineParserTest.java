package org.annals.extract.meta;

import org.annals.model.Dateline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineParserTest {
    private static Dateline dateline(String paragraph, String published) {
        return DatelineParser.parse(paragraph, published).map(DatelineMatch::dateline).orElse(null);
    }

    @Test
    void wireDatelineTakesTheYearOfThePublicationTime() {
        assertThat(dateline("Lindenburg, June 19 (Continental News) -- The bank kept rates.", "2024-06-19T10:20"))
                .isEqualTo(new Dateline("Lindenburg", "2024-06-19", "Continental News"));
    }

    @Test
    void withoutPublicationTimeTheYearStaysUnknown() {
        assertThat(dateline("Lindenburg, June 19 (Continental News) -- The bank kept rates.", null).date())
                .isEqualTo("--06-19");
    }

    @Test
    void decemberDatelineOnJanuaryPageIsLastYear() {
        assertThat(dateline("Lindenburg, Dec. 31 (Continental News) -- Fireworks lit the sky.", "2025-01-01").date())
                .isEqualTo("2024-12-31");
    }

    @Test
    void capitalisedPlaceWithEmDash() {
        assertThat(dateline("OSLOBRIDGE — Engineers finished the last span.", null))
                .isEqualTo(new Dateline("Oslobridge", null, null));
    }

    @Test
    void multiWordCapitalisedPlaceIsTitleCased() {
        assertThat(dateline("PORT ELLIS — The ferry left late.", null).place()).isEqualTo("Port Ellis");
    }

    @Test
    void placeWithRegionAndAgency() {
        assertThat(dateline("SPRINGVALE, Ore. (Continental News) — Crews contained the fire.", null))
                .isEqualTo(new Dateline("Springvale, Ore.", null, "Continental News"));
    }

    @Test
    void frenchWireDateline() {
        assertThat(dateline("MONTPELLIER, 28 août (Agence Continentale) - Les vendanges ont commencé.", "2023-08-28"))
                .isEqualTo(new Dateline("Montpellier", "2023-08-28", "Agence Continentale"));
    }

    @Test
    void spanishWireDatelineWithDotDash() {
        assertThat(dateline("Valmar, 5 mar (Agencia Continental).- La autoridad portuaria presentó el proyecto.", "2024-03-05"))
                .isEqualTo(new Dateline("Valmar", "2024-03-05", "Agencia Continental"));
    }

    @Test
    void slashedAgency() {
        assertThat(dateline("NORDHAVN, March 5. /Continental/. The talks ended.", "2024-03-06").agency())
                .isEqualTo("Continental");
    }

    @Test
    void chineseWireDateline() {
        assertThat(dateline("新华社临江3月5日电（记者 王明）临江县的一所小学建成了图书馆。", "2024-03-05"))
                .isEqualTo(new Dateline("临江", "2024-03-05", "新华社"));
    }

    @Test
    void endOffsetIsWhereTheStoryBegins() {
        String paragraph = "PORT ELLIS — The ferry left late.";
        int end = DatelineParser.parse(paragraph).orElseThrow().endOffset();
        assertThat(paragraph.substring(end)).isEqualTo("The ferry left late.");
    }

    @Test
    void mixedCaseOpeningWithDashIsNoDateline() {
        assertThat(DatelineParser.parse("However - the council disagreed.")).isEmpty();
    }

    @Test
    void ordinarySentenceIsNoDateline() {
        assertThat(DatelineParser.parse("The council met on Tuesday to approve the budget.")).isEmpty();
    }

    @Test
    void labelInCapitalsIsNoPlace() {
        assertThat(DatelineParser.parse("UPDATE — The road has reopened.")).isEmpty();
    }

    @Test
    void russianWireDateline() {
        assertThat(dateline("НОРДХАВН, 5 марта. /Континенталь/. Переговоры завершились.", "2024-03-06"))
                .isEqualTo(new Dateline("Нордхавн", "2024-03-05", "Континенталь"));
    }

    @Test
    void placeEqualsAgencyInBrackets() {
        assertThat(dateline("(한강=대륙통신) 김민수 기자 = 시의회는 예산안을 통과시켰다.", null))
                .isEqualTo(new Dateline("한강", null, "대륙통신"));
    }

    @Test
    void twoPlacesJoinedBySlash() {
        assertThat(dateline("BRUSSELS/LONDON (Continental) - Ministers met again.", null).place()).isEqualTo("Brussels/London");
    }

    @Test
    void capitalPlaceWithColon() {
        assertThat(dateline("NEW DELHI: The ministry said on Monday.", null).place()).isEqualTo("New Delhi");
    }

    @Test
    void shortCapitalWordWithColonIsNoPlace() {
        assertThat(DatelineParser.parse("EU: the ministers met on Monday.")).isEmpty();
    }
}

package org.annals.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineClassifierTest {
    private final LineClassifier classifier = new LineClassifier();

    private LineVerdict verdict(String text) {
        return classifier.classify(new PageLine(0, text, 1)).verdict();
    }

    @Test
    void skipLinks() {
        assertThat(verdict("Skip to main content Skip to navigation")).isEqualTo(LineVerdict.NAVIGATION);
    }

    @Test
    void shareButtons() {
        assertThat(verdict("Share Print Email")).isEqualTo(LineVerdict.NAVIGATION);
    }

    @Test
    void menuRowOfShortItems() {
        assertThat(verdict("CITY NEWS | TRAVEL NEWS | About Us | Contact")).isEqualTo(LineVerdict.NAVIGATION);
    }

    @Test
    void menuRowOfTabbedItems() {
        assertThat(classifier.classify(new PageLine(0, "World Sports Culture Business", 4)).verdict())
                .isEqualTo(LineVerdict.NAVIGATION);
    }

    @Test
    void breadcrumb() {
        assertThat(classifier.classify(new PageLine(0, "Home > World > Europe", 1)).reason()).isEqualTo("breadcrumb");
    }

    @Test
    void copyrightIsFooter() {
        assertThat(verdict("Copyright © 2024 Coastal Herald. All rights reserved.")).isEqualTo(LineVerdict.FOOTER);
    }

    @Test
    void listLabel() {
        assertThat(verdict("Latest News Education")).isEqualTo(LineVerdict.LIST_LABEL);
    }

    @Test
    void bulletNumber() {
        assertThat(verdict("• 2")).isEqualTo(LineVerdict.LIST_MARKER);
    }

    @Test
    void labelledTeaserLink() {
        assertThat(verdict("Read more: Harbour city opens new ferry terminal")).isEqualTo(LineVerdict.TEASER_LINK);
    }

    @Test
    void releaseTimeIsMetadata() {
        assertThat(verdict("Release time:Mar 04, 2024 09:15 AM")).isEqualTo(LineVerdict.METADATA);
    }

    @Test
    void captionEndingWithDateAndCredit() {
        assertThat(verdict("Workers fix the final cable clamp on the main span, Sept. 13, 2022. HarbourTVscreenshot"))
                .isEqualTo(LineVerdict.CAPTION);
    }

    @Test
    void captionEndingWithAgencyAndPhotographer() {
        assertThat(verdict("Visitors walk past lanterns in the old quarter on Saturday evening. Harbour Daily/Ole Bergan"))
                .isEqualTo(LineVerdict.CAPTION);
    }

    @Test
    void captionOpeningWithPhotoLabel() {
        assertThat(verdict("Photo: Pupils play chess in the village classroom")).isEqualTo(LineVerdict.CAPTION);
    }

    @Test
    void sentenceAboutPhotosIsNotACaption() {
        assertThat(verdict("Photos of the flooded roads were shared thousands of times on Monday, officials said."))
                .isEqualTo(LineVerdict.BODY);
    }

    @Test
    void prose() {
        assertThat(verdict("The city council on Tuesday approved a budget of forty million for repairs to public schools."))
                .isEqualTo(LineVerdict.BODY);
    }

    @Test
    void headline() {
        assertThat(verdict("City council approves budget for school repairs")).isEqualTo(LineVerdict.HEADLINE);
    }

    @Test
    void mixedScriptsAreGarbage() {
        assertThat(verdict("ξҢ岸ժȬοҡ籵ϥѾƍկΨшɣ鏮ѫթǂλξҢ岸ժȬοҡ籵ϥѾ")).isEqualTo(LineVerdict.GARBAGE);
    }

    @Test
    void shareLink() {
        assertThat(verdict("Click to share on Facebook (Opens in new window)")).isEqualTo(LineVerdict.NAVIGATION);
    }

    @Test
    void commentsLabel() {
        assertThat(verdict("34 Comments")).isEqualTo(LineVerdict.COMMENTS_LABEL);
    }

    @Test
    void bracketedPhotoCreditAlone() {
        assertThat(verdict("(Photo: Continental News)")).isEqualTo(LineVerdict.CAPTION);
    }

    @Test
    void chinesePhotographerCredit() {
        assertThat(verdict("图书馆里的学生们在读书。（记者 王明 摄）")).isEqualTo(LineVerdict.CAPTION);
    }

    @Test
    void longThaiParagraphWithoutFullStopIsProse() {
        assertThat(verdict("กรุงเทพมหานครเปิดสะพานใหม่ข้ามแม่น้ำเจ้าพระยาเมื่อวันอังคารที่ผ่านมา "
                .repeat(5) + "ผู้ว่าราชการกล่าวว่าสะพานนี้จะช่วยลดปัญหาการจราจรในเขตเมืองชั้นในได้อย่างมาก"))
                .isEqualTo(LineVerdict.BODY);
    }

    @Test
    void longRunOfTagWordsIsNoProse() {
        assertThat(verdict("river bridge council schools budget harbour ferry terminal weather storm coast flooding "
                + "roads trains buses farmers drought water orchards museum temple bronze village festival lanterns "
                + "chess pupils teachers library marathon runners record rain sea walls engineers cables")).isEqualTo(LineVerdict.HEADLINE);
    }

    @Test
    void listenToThisArticle() {
        assertThat(verdict("Listen to this article")).isEqualTo(LineVerdict.NAVIGATION);
    }

    @Test
    void fontSizeControls() {
        assertThat(verdict("Font size: A+ A-")).isEqualTo(LineVerdict.NAVIGATION);
    }

    @Test
    void koreanSkipLinks() {
        assertThat(verdict("본문 바로가기 주메뉴 바로가기")).isEqualTo(LineVerdict.NAVIGATION);
    }

    @Test
    void bracketedCreditWithAWebAddress() {
        assertThat(verdict("Visitors walk along the old city wall in Lindenburg, June 5, 2024. [Photo by Li Hua/harbourdaily.example]"))
                .isEqualTo(LineVerdict.CAPTION);
    }

    @Test
    void photoDescriptionWithAgencyInBrackets() {
        assertThat(verdict("This photo, provided by the port authority, shows the new ferry terminal (Continental)"))
                .isEqualTo(LineVerdict.CAPTION);
    }

    @Test
    void sentenceEndingWithAnAbbreviationInBracketsIsProse() {
        assertThat(verdict("The report was published on Monday by the international energy agency (IEA)."))
                .isEqualTo(LineVerdict.BODY);
    }

    @Test
    void skipLinksToOtherParts() {
        assertThat(verdict("Skip to content Skip to primary sidebar Skip to footer")).isEqualTo(LineVerdict.NAVIGATION);
    }

    @Test
    void capitalisedSectionNamesWithoutSeparators() {
        assertThat(verdict("Home World Business Opinion Video Subscribe")).isEqualTo(LineVerdict.NAVIGATION);
    }

    @Test
    void titleCaseHeadlineIsNotAMenu() {
        assertThat(verdict("Village School Wins National Chess Championship")).isEqualTo(LineVerdict.HEADLINE);
    }

    @Test
    void endOfStoryMark() {
        assertThat(verdict("(END)")).isEqualTo(LineVerdict.NAVIGATION);
    }

    @Test
    void decoratedListLabel() {
        assertThat(verdict("-- Read Next --")).isEqualTo(LineVerdict.LIST_LABEL);
    }

    @Test
    void metadataRowWithBarsIsNotAMenu() {
        assertThat(verdict("June 26, 2024 | By Jane Holloway | Politics, Coast")).isEqualTo(LineVerdict.METADATA);
    }
}

package org.annals.extract.meta;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BylineParserTest {
    @Test
    void labelledAuthorWithoutSpace() {
        assertThat(BylineParser.parse("Author:Mara Lindqvist").map(Byline::authors)).contains(List.of("Mara Lindqvist"));
    }

    @Test
    void byWithTwoAuthors() {
        assertThat(BylineParser.parse("By Jane Holloway and Peter Quist").map(Byline::authors))
                .contains(List.of("Jane Holloway", "Peter Quist"));
    }

    @Test
    void agencyAfterTheAuthorIsThePublisher() {
        assertThat(BylineParser.parse("By Jane Holloway, Reuters")).contains(new Byline(List.of("Jane Holloway"), "Reuters"));
    }

    @Test
    void placeAfterTheAuthorIsDropped() {
        assertThat(BylineParser.parse("By Jane Holloway in Westmere").map(Byline::authors)).contains(List.of("Jane Holloway"));
    }

    @Test
    void sourceLineNamesThePublisher() {
        assertThat(BylineParser.parse("Source: Xinhua")).contains(new Byline(List.of(), "Xinhua"));
    }

    @Test
    void frenchByline() {
        assertThat(BylineParser.parse("Par Claire Dumont").map(Byline::authors)).contains(List.of("Claire Dumont"));
    }

    @Test
    void chineseLabelledAuthor() {
        assertThat(BylineParser.parse("作者：王明").map(Byline::authors)).contains(List.of("王明"));
    }

    @Test
    void sentenceStartingWithByIsNoByline() {
        assertThat(BylineParser.parse("By the end of 2021, the number of firms grew.")).isEmpty();
    }

    @Test
    void longLineIsNoByline() {
        assertThat(BylineParser.parse("By " + "Jane Doe ".repeat(40))).isEmpty();
    }

    @Test
    void reportingCreditNamesTheReporterNotTheEditor() {
        assertThat(BylineParser.parse("(Reporting by Jane Holloway; Editing by Peter Quist)").map(Byline::authors))
                .contains(List.of("Jane Holloway"));
    }

    @Test
    void agencyNameAloneIsThePublisher() {
        assertThat(BylineParser.parse("Xinhua")).contains(new Byline(List.of(), "Xinhua"));
    }

    @Test
    void indonesianByline() {
        assertThat(BylineParser.parse("Oleh Siti Rahma").map(Byline::authors)).contains(List.of("Siti Rahma"));
    }
}

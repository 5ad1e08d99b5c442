package org.annals.extract.meta;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataLineTest {
    private static LineMetadata read(String line) {
        return MetadataLine.read(line).orElseThrow();
    }

    @Test
    void releaseTime() {
        assertThat(read("Release time:Nov 08, 2022 02:05 PM").published().iso()).isEqualTo("2022-11-08T14:05");
    }

    @Test
    void lowerCaseDateLabel() {
        assertThat(read("date 2022-09-14").published().iso()).isEqualTo("2022-09-14");
    }

    @Test
    void sectionBeforeDate() {
        assertThat(read("SPORTS · 03/07/2023").section()).isEqualTo("Sports");
    }

    @Test
    void sectionTimeAndCutYear() {
        assertThat(read("SOCIETY 18:45: Feb-24, 20").published().iso()).isEqualTo("--02-24T18:45");
    }

    @Test
    void cutYearStaysInThePrintedText() {
        assertThat(read("SOCIETY 18:45: Feb-24, 20").published().text()).isEqualTo("18:45: Feb-24, 20");
    }

    @Test
    void updateIsNotPublication() {
        assertThat(read("Updated: 2024-03-06 09:00").published()).isNull();
    }

    @Test
    void updateIsKeptApart() {
        assertThat(read("Updated: 2024-03-06 09:00").updated()).extracting(ParsedTime::iso).isEqualTo("2024-03-06T09:00");
    }

    @Test
    void bylineLine() {
        assertThat(read("By Jane Holloway").byline()).isEqualTo(new Byline(List.of("Jane Holloway"), null));
    }

    @Test
    void tagsLine() {
        assertThat(read("Tags: Climate, Coast, Flooding").tags()).containsExactly("Climate", "Coast", "Flooding");
    }

    @Test
    void fieldsSeparatedByBars() {
        assertThat(read("Source: Continental News | Editor: Li Hua | 2024-03-05 14:20").byline().publisher())
                .isEqualTo("Continental News");
    }

    @Test
    void timeFollowedByCredit() {
        assertThat(read("2024年3月5日 14:20 来源：新华社").byline().publisher()).isEqualTo("新华社");
    }

    @Test
    void proseWithADateIsNoMetadata() {
        assertThat(MetadataLine.read("On June 23, 2021, the crew docked with the station.")).isEmpty();
    }

    @Test
    void dateFollowedByProseIsNoMetadata() {
        assertThat(MetadataLine.read("Lindenburg, June 19 the talks began")).isEmpty();
    }

    @Test
    void relativeTimeIsMetadataWithoutATime() {
        assertThat(read("3 hours ago").published()).isNull();
    }

    @Test
    void bracketedEditorField() {
        assertThat(MetadataLine.read("【责任编辑：李华】")).isPresent();
    }

    @Test
    void outletNameBesideALabelledTime() {
        assertThat(read("Coastal Herald | Updated: 2024-03-06 09:00").updated().iso()).isEqualTo("2024-03-06T09:00");
    }

    @Test
    void rowOfNamesAloneIsNoMetadata() {
        assertThat(MetadataLine.read("World | Sports | Culture")).isEmpty();
    }

    @Test
    void outletAndDateAfterACommaHaveNoSection() {
        assertThat(read("Coastal Herald, March 5, 2024").section()).isNull();
    }

    @Test
    void clockWordAfterTheTime() {
        assertThat(read("05.03.2024, 14:20 Uhr").published().iso()).isEqualTo("2024-03-05T14:20");
    }

    @Test
    void labelledRelativeTime() {
        assertThat(read("Published 3 hours ago").published()).isNull();
    }

    @Test
    void labelledFieldsWithoutSeparator() {
        assertThat(read("Source: Continental News Editor: Li Hua").byline().publisher()).isEqualTo("Continental News");
    }

    @Test
    void chineseFieldsWithoutSeparator() {
        assertThat(read("作者：王明来源：新华社").byline()).isEqualTo(new Byline(List.of("王明"), "新华社"));
    }

    @Test
    void labelledSection() {
        assertThat(read("Category: Local News").section()).isEqualTo("Local News");
    }

    @Test
    void dutchPublishedLabel() {
        assertThat(read("Gepubliceerd: 5 maart 2024 14:20").published().iso()).isEqualTo("2024-03-05T14:20");
    }
}

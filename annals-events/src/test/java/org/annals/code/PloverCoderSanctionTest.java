package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SANCTION events from sentences written for these tests. */
class PloverCoderSanctionTest {
    @Test
    void sanctionsImposed() {
        assertThat(Coding.events("The European Union imposed sanctions on Belarus.")).contains("SANCTION/restrict asserted [European Union] -> [Belarus]");
    }

    @Test
    void diplomatsExpelled() {
        assertThat(Coding.events("Norway expelled two Russian diplomats.")).contains("SANCTION/expel asserted [Norway] -> [Russian diplomats]");
    }

    @Test
    void ambassadorRecalled() {
        assertThat(Coding.events("Turkey recalled its ambassador from Austria.")).contains("SANCTION/withdraw asserted [Turkey] -> [Austria]");
    }

    @Test
    void aidSuspended() {
        assertThat(Coding.events("Canada suspended aid to Haiti.")).contains("SANCTION/discontinue asserted [Canada] -> [Haiti]");
    }

    @Test
    void tiesSevered() {
        assertThat(Coding.events("Egypt severed diplomatic ties with Qatar.")).contains("SANCTION/withdraw asserted [Egypt] -> [Qatar]");
    }

    @Test
    void tradeBanIsASanction() {
        assertThat(Coding.events("Japan banned imports from North Korea after the test."))
                .contains("SANCTION/restrict asserted [Japan] -> [North Korea]");
    }

    @Test
    void brokeOffTalks() {
        assertThat(Coding.events("Syria broke off peace talks with Israel on Monday.")).contains("SANCTION/withdraw asserted [Syria] -> [Israel]");
    }

    @Test
    void closedTheBorder() {
        assertThat(Coding.events("Kenya closed its border with Somalia.")).contains("SANCTION/restrict asserted [Kenya] -> [Somalia]");
    }

    @Test
    void withheldAid() {
        assertThat(Coding.events("Sweden withheld aid to Zambia after the election."))
                .contains("SANCTION/discontinue asserted [Sweden] -> [Zambia]");
    }

    @Test
    void talksCalledOff() {
        assertThat(Coding.events("Ethiopia called off the talks with Egypt.")).contains("SANCTION/withdraw asserted [Ethiopia] -> [Egypt]");
    }

    @Test
    void walkedOutOfTalks() {
        assertThat(Coding.events("The Kenyan delegation walked out of the talks with Somalia.")).anyMatch(s -> s.startsWith("SANCTION/withdraw asserted [Kenyan delegation]"));
    }

    @Test
    void declaredPersonaNonGrata() {
        assertThat(Coding.events("Poland declared three Belarusian diplomats persona non grata on Monday.")).contains("SANCTION/expel asserted [Poland] -> [Belarusian diplomats]");
    }

    @Test
    void leavingTalksHaltsThem() {
        assertThat(Coding.events("Nigeria pulled out of the peace talks on Liberia.")).anyMatch(s -> s.startsWith("SANCTION/withdraw asserted [Nigeria]"));
    }

    @Test
    void observersWithdrawn() {
        assertThat(Coding.events("The United Nations withdrew its observers from Angola.")).contains("SANCTION/withdraw asserted [United Nations] -> [Angola]");
    }

    @Test
    void embassyStaffReduced() {
        assertThat(Coding.events("Bangladesh reduced the staff of its embassy in Pakistan.")).contains("SANCTION/withdraw asserted [Bangladesh] -> [Pakistan]");
    }

    @Test
    void lendingSuspended() {
        assertThat(Coding.events("The World Bank suspended lending to Chad on Friday."))
                .contains("SANCTION/discontinue asserted [World Bank] -> [Chad]");
    }

    @Test
    void aidGroupsOrderedOut() {
        assertThat(Coding.categories("Ethiopia ordered three foreign aid groups out of Tigray.")).containsExactly("SANCTION");
    }

    @Test
    void partOfAnAidProgramme() {
        assertThat(Coding.categories("Canada suspended part of its aid programme for Haiti.")).containsExactly("SANCTION");
    }

    @Test
    void hoursToLeaveIsAnExpulsion() {
        assertThat(Coding.categories("Bolivia gave the Peruvian ambassador 48 hours to leave.")).containsExactly("SANCTION");
    }

    @Test
    void daysToWithdrawIsAnUltimatum() {
        assertThat(Coding.categories("NATO gave the militias ten days to withdraw their artillery.")).contains("THREATEN");
    }

    @Test
    void phraseOfWhatWasSuspended() {
        assertThat(Coding.events("Spain announced a suspension of flights with Venezuela."))
                .anyMatch(e -> e.startsWith("SANCTION/") && e.endsWith("[Spain] -> [Venezuela]"));
    }

    @Test
    void bannedGoodsNameTheirOrigin() {
        assertThat(Coding.events("Ukraine banned imports of Russian grain."))
                .anyMatch(e -> e.startsWith("SANCTION/") && e.endsWith("[Ukraine] -> [Russian]"));
    }

    @Test
    void talksAbandoned() {
        assertThat(Coding.categories("Sudan abandoned the talks with the rebels.")).containsExactly("SANCTION");
    }
}

package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ASSAULT events from sentences written for these tests. */
class PloverCoderAssaultTest {
    @Test
    void attack() {
        assertThat(Coding.events("Russia attacked Ukraine on Thursday.")).contains("ASSAULT/null asserted [Russia] -> [Ukraine]");
    }

    @Test
    void shelling() {
        assertThat(Coding.events("Syrian forces shelled rebel positions near Aleppo.")).contains("ASSAULT/heavy-weapons asserted [Syrian forces] -> [Syrian forces]");
    }

    @Test
    void kidnapping() {
        assertThat(Coding.events("Gunmen kidnapped two Italian aid workers in Somalia.")).contains("ASSAULT/abduct asserted [] -> [Italian aid workers]");
    }

    @Test
    void airStrike() {
        assertThat(Coding.events("Israel carried out an air strike on Lebanon.")).contains("ASSAULT/aerial asserted [Israel] -> [Lebanon]");
    }

    @Test
    void unnamedTargetTakesTheForeignPlace() {
        assertThat(Coding.events("Turkish jets bombed rebel bases in northern Iraq, the military said."))
                .contains("ASSAULT/aerial asserted [Turkish jets] -> [Iraq]");
    }

    @Test
    void fightingAtHomeIsDomestic() {
        assertThat(Coding.events("Nigerian soldiers killed eight gunmen on Monday.")).contains("ASSAULT/null asserted [Nigerian soldiers] -> [Nigerian soldiers]");
    }

    @Test
    void anAttackWithNothingAttackedHasNoRecipient() {
        assertThat(Coding.events("Kenyan troops retaliated on Friday.")).contains("ASSAULT/null asserted [Kenyan troops] -> []");
    }

    @Test
    void passiveVictimsOfANamedRaid() {
        assertThat(Coding.events("Two Palestinians were killed in an Israeli air raid on Gaza City."))
                .containsExactly("ASSAULT/null asserted [Israeli] -> [Palestinians]");
    }

    @Test
    void bombWentOff() {
        assertThat(Coding.events("A bomb went off outside a police station in Peru.")).contains("ASSAULT/explosives asserted [Peru] -> [Peru]");
    }

    @Test
    void bothSidesOfAFight() {
        assertThat(Coding.events("Indian and Pakistani troops exchanged fire on Tuesday."))
                .contains("ASSAULT/firearms asserted [Indian] -> [Pakistani troops]");
    }

    @Test
    void possessiveInsideReportedSubjectIsTheSpeaker() {
        assertThat(Coding.events("Iraq said its planes had raided Iranian oil installations."))
                .contains("ASSAULT/null asserted [Iraq] -> [Iranian]");
    }

    @Test
    void theDeadAreTheVictims() {
        assertThat(Coding.events("Three Palestinians died in an Israeli air strike on Tuesday."))
                .containsExactly("ASSAULT/aerial asserted [Israeli] -> [Palestinians]");
    }

    @Test
    void villagesRazed() {
        assertThat(Coding.events("Sudanese militias razed villages in Darfur.")).anyMatch(s -> s.startsWith("ASSAULT/seize asserted [Sudanese militias]"));
    }

    @Test
    void routineBeatingsAreStillAssaults() {
        assertThat(Coding.events("Guards in Egypt routinely beat detainees, the lawyers said."))
                .contains("ASSAULT/beat asserted [Egypt] -> [Egypt]");
    }

    @Test
    void sexualAbuse() {
        assertThat(Coding.categories("Peruvian soldiers sexually abused villagers in Ayacucho.")).contains("ASSAULT");
    }

    @Test
    void droppedBombs() {
        assertThat(Coding.events("Syrian jets dropped bombs on Idlib on Monday."))
                .contains("ASSAULT/aerial asserted [Syrian jets] -> [Idlib]");
    }

    @Test
    void ceasefireBroken() {
        assertThat(Coding.categories("Azerbaijani forces broke the truce twice overnight.")).containsExactly("ASSAULT");
    }

    @Test
    void attackNamedAsSubjectIsTheKilling() {
        assertThat(Coding.events("A Taliban bombing killed two Dutch soldiers."))
                .containsExactly("ASSAULT/null asserted [Taliban] -> [Dutch soldiers]");
    }

    @Test
    void forcesLedByACountry() {
        assertThat(Coding.events("Saudi-led forces retook the port of Aden."))
                .anyMatch(e -> e.startsWith("ASSAULT/") && e.contains("[Saudi-led forces] ->"));
    }

    @Test
    void participleTellsHowTheAttackWasMade() {
        assertThat(Coding.events("Armenian forces broke the truce, firing on Azerbaijani villages."))
                .first().asString().endsWith("[Armenian forces] -> [Azerbaijani]");
    }

    @Test
    void placeOfAnAttackAbroadIsItsTarget() {
        assertThat(Coding.events("Two Syrian gunmen killed five people in Beirut."))
                .anyMatch(e -> e.startsWith("ASSAULT/") && e.endsWith("-> [Beirut]"));
    }

    @Test
    void earthquakeIsNoAttacker() {
        assertThat(Coding.categories("The earthquake in Nepal killed more than 8,000 people.")).doesNotContain("ASSAULT");
    }

    @Test
    void killedWhenOthersAttackedIsOneAttack() {
        assertThat(Coding.events("Two Kenyan soldiers were killed when Somali militants attacked their base."))
                .anyMatch(e -> e.startsWith("ASSAULT/") && e.contains("[Somali militants] -> [Kenyan soldiers]"));
    }
}

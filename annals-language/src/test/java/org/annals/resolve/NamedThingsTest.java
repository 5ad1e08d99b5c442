package org.annals.resolve;

import org.junit.jupiter.api.Test;

import static org.annals.resolve.ResolverStagesFixture.clusters;
import static org.assertj.core.api.Assertions.assertThat;

class NamedThingsTest {
    @Test
    void aCraftWithANumberIsMisc() {
        assertThat(clusters("The Shenzhou-21 spacecraft docked at the station.")).contains("MISC:Shenzhou-21");
    }

    @Test
    void anEventNamedByItsLastWordIsMisc() {
        assertThat(clusters("Fans gathered for the Harbour Cup final.")).contains("MISC:Harbour Cup");
    }

    @Test
    void aStormNamedByItsFirstWordReplacesThePersonTag() {
        assertThat(clusters("Schools closed as Typhoon Mirel approached the coast.")).contains("MISC:Typhoon Mirel");
    }

    @Test
    void aWeekdayEndsTheName() {
        assertThat(clusters("Riders set off in the Tour de France on Sunday.")).contains("MISC:Tour de France");
    }
}

package org.annals.resolve;

import org.junit.jupiter.api.Test;

import static org.annals.resolve.ResolverStagesFixture.clusters;
import static org.assertj.core.api.Assertions.assertThat;

class OrganizationBoundariesTest {
    @Test
    void headWordBeforeOfTheJoinsTheName() {
        assertThat(clusters("Ministers met at the Council of the European Union on Monday."))
                .contains("ORGANIZATION:Council of the European Union");
    }

    @Test
    void nameCutBeforeOnIsMended() {
        assertThat(clusters("Envoys from the Intergovernmental Authority on Development arrived in Nairobi."))
                .contains("ORGANIZATION:Intergovernmental Authority on Development");
    }
}

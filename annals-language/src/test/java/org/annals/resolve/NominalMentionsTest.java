package org.annals.resolve;

import org.junit.jupiter.api.Test;

import static org.annals.resolve.ResolverStagesFixture.clusters;
import static org.assertj.core.api.Assertions.assertThat;

class NominalMentionsTest {
    @Test
    void theCompanyRefersToTheLastOrganisation() {
        assertThat(clusters("Shares of Qorvex Industries rose. The company said profits doubled."))
                .contains("ORGANIZATION:Qorvex Industries|The company");
    }

    @Test
    void theBankNeedsABankByName() {
        assertThat(clusters("Delta Logistics hired staff. The bank said nothing.").get(0))
                .doesNotContain("The bank");
    }

    @Test
    void theTitleLinksToItsHolder() {
        String text = "French President Paul Renaud spoke. The French president then left.";
        assertThat(clusters(text)).contains("PERSON:Paul Renaud|The French president");
    }
}

package org.annals.resolve;

import org.junit.jupiter.api.Test;

import static org.annals.resolve.ResolverStagesFixture.clusters;
import static org.assertj.core.api.Assertions.assertThat;

class KnownNamesTest {
    @Test
    void anAcronymTheKnowledgeBaseKnowsIsAnEntity() {
        assertThat(clusters("Exporters asked the WTO for a ruling.")).contains("ORGANIZATION:WTO");
    }
}

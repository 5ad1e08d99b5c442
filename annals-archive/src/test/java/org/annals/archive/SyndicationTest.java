package org.annals.archive;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A wire story, its syndicated copy, another outlet's report of the same happening, and unrelated news. */
class SyndicationTest {
    private static final String WIRE = "LISBON, March 4 (Harbour Wire) -- Mayor Ana Ruiz reopened the Northern Quay on "
            + "Monday after eight months of repairs, the Lisbon Harbour Authority said. The quay, damaged by the "
            + "January storms, will again take ferries from the Tagus Estuary islands from next week, and the "
            + "Harbour Authority expects traffic to return to its usual level by the summer. Ruiz thanked the "
            + "engineers of Costa Marine, who rebuilt the pier heads, and said the city would invest in a second "
            + "phase of work on the Southern Quay next spring. Tomas Vidal, the harbour master, said the channel "
            + "had been dredged to take larger vessels.";
    private static final String COPY = WIRE + "\n\nDistributed by Harbour Wire. All rights reserved.";
    private static final String OTHER_OUTLET = "Ferries will soon dock again at the Northern Quay in Lisbon. Mayor Ana "
            + "Ruiz cut the ribbon on Monday, praising Costa Marine for months of work, while harbour master Tomas "
            + "Vidal told reporters the Harbour Authority had deepened the Tagus Estuary channel. Residents who had "
            + "taken buses around the bay for the whole winter welcomed the news.";
    private static final String UNRELATED = "Heavy rain flooded streets in Porto on Monday, and the Douro River rose "
            + "above its banks near Ribeira, where shopkeepers moved goods upstairs as the Civil Protection agency "
            + "warned of more storms over Tuesday and Wednesday in the north.";

    private static final String LATER = "A year after Mayor Ana Ruiz reopened the Northern Quay in Lisbon, ferries "
            + "to the Tagus Estuary islands run every hour, the Harbour Authority said, and Tomas Vidal, the harbour "
            + "master, plans to dredge the channel again after Costa Marine repairs the Southern Quay.";

    @TempDir
    static Path dir;
    private static final Map<String, String[]> ROWS = new HashMap<>();

    @BeforeAll
    static void archive() throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.commit(List.of(Articles.processed(Articles.plain("wire", "Lisbon reopens Northern Quay", WIRE,
                            "2024-03-04"), w.raw()),
                    Articles.processed(Articles.plain("copy", "Northern Quay back in service", COPY, "2024-03-05"), w.raw()),
                    Articles.processed(Articles.plain("other", "Ferries return to Lisbon's Northern Quay",
                            OTHER_OUTLET, "2024-03-05"), w.raw()),
                    Articles.processed(Articles.plain("rain", "Floods in Porto", UNRELATED, "2024-03-04"), w.raw()),
                    Articles.processed(Articles.plain("later", "Lisbon's Northern Quay a year on", LATER,
                            "2025-03-04"), w.raw())), List.of());
        }
        try (ArchiveReader r = ArchiveReader.open(dir); Statement st = r.database().createStatement();
             ResultSet rs = st.executeQuery("SELECT id, duplicate_of, story_id FROM articles")) {
            while (rs.next()) {
                ROWS.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3)});
            }
        }
    }

    @Test
    void theSyndicatedCopyIsFlaggedAndKept() {
        assertThat(ROWS.get("copy")[0]).isEqualTo("wire");
        assertThat(ROWS.get("wire")[0]).isNull();
        assertThat(ROWS.get("other")[0]).isNull();
    }

    @Test
    void reportsOfOneHappeningAreOneStory() {
        assertThat(ROWS.get("wire")[1]).isEqualTo("wire");
        assertThat(ROWS.get("copy")[1]).isEqualTo("wire");
        assertThat(ROWS.get("other")[1]).isEqualTo("wire");
    }

    @Test
    void unrelatedOrMuchLaterArticlesAreNotInTheStory() {
        assertThat(ROWS.get("rain")[1]).isNull();
        assertThat(ROWS.get("later")[0]).isNull();
        assertThat(ROWS.get("later")[1]).isNotEqualTo("wire");
    }
}

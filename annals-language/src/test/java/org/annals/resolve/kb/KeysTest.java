package org.annals.resolve.kb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeysTest {
    @Test
    void foldsCaseDiacriticsSpacingTheAndPossessive() {
        assertThat(Keys.of("  The   ÉLYSÉE ")).isEqualTo("elysee");
        assertThat(Keys.of("China’s")).isEqualTo("china");
        assertThat(Keys.of("the United States'")).isEqualTo("united states");
        assertThat(Keys.of("U.S.")).isEqualTo("us");
        assertThat(Keys.of("Guinea-Bissau")).isEqualTo("guinea bissau");
        assertThat(Keys.of("Binali Yıldırım")).isEqualTo("binali yildirim");
        assertThat(Keys.of("Schröder")).isEqualTo(Keys.of("Schroder"));
    }

    @Test
    void overlongTextHasNoKey() {
        assertThat(Keys.of("a".repeat(Keys.MAX_LENGTH + 1))).isEmpty();
        assertThat(Keys.of(null)).isEmpty();
    }
}

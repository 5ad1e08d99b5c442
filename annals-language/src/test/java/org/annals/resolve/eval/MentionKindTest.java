package org.annals.resolve.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MentionKindTest {
    @Test
    void textTellsPronounsNominalsAndNamesApart() {
        assertThat(List.of("He", "the French president", "The Kremlin", "the United Nations", "Li Qiang", "The company")
                .stream().map(MentionKind::of).toList()).containsExactly(MentionKind.PRONOUN, MentionKind.NOMINAL,
                MentionKind.NAME, MentionKind.NAME, MentionKind.NAME, MentionKind.NOMINAL);
    }
}

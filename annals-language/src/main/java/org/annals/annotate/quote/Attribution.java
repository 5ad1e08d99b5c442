package org.annals.annotate.quote;

import org.annals.model.Span;

/**
 * One use of a speech cue in a sentence: where the cue is, where the speaker is named and what was said.
 *
 * @param cue            where the cue is ("said", "pointed out", "according to")
 * @param subject        the words that name the speaker ("Foreign Minister Anna Varga", "he"), or null
 * @param subjectFollows whether the speaker is named after the cue ("said X", "according to X"), or
 *                       the first of a coordinated clause ("X met Y and said"), so the first name counts
 * @param content        what was said, or null when the cue attributes a quotation beside it or nothing
 * @param continues      whether a participle ("…, adding that") carries on the speaker of its sentence's cue;
 *                       its subject is then the clause it hangs on
 */
public record Attribution(Span cue, Span subject, boolean subjectFollows, Span content, boolean continues) {
}

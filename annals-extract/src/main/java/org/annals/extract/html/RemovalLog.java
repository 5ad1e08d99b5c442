package org.annals.extract.html;

import org.annals.model.Removal;
import org.annals.model.RemovalReason;

import java.util.ArrayList;
import java.util.List;

/** Collects what extraction left out, bounded in count and length so hostile pages stay small. */
final class RemovalLog {
    static final int MAX_ENTRIES = 200;
    static final int MAX_CHARS = 300;

    private final List<Removal> removals = new ArrayList<>();

    /** Records one removal unless the text is empty or the log is full. */
    void add(RemovalReason reason, String text) {
        if (text == null || text.isBlank() || removals.size() >= MAX_ENTRIES) {
            return;
        }
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS).strip() + "…" : text;
        removals.add(new Removal(reason, t));
    }

    /** True when the log takes no more entries. */
    boolean full() {
        return removals.size() >= MAX_ENTRIES;
    }

    List<Removal> removals() {
        return List.copyOf(removals);
    }
}

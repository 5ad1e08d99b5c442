package org.annals.resolve.kb;

import java.util.List;

/** A knowledge-base file could not be read; the message lists each problem as {@code file:line: problem}. */
public class KnowledgeBaseException extends Exception {
    private final List<String> problems;

    /** An exception listing {@code problems}, one per line of its message. */
    public KnowledgeBaseException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, as {@code file:line: problem}. */
    public List<String> problems() {
        return problems;
    }
}

package org.annals.cli;

import picocli.CommandLine.Parameters;

import java.util.List;

/** The inputs of the commands that read pages: files, directories or standard input. */
final class PageInputs {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files (text, HTML, WARC, feeds, JSON Lines; .gz too), directories, or - for standard input.")
    List<String> inputs;
}

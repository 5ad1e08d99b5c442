package org.annals.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code annals} program. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Not System.out: a PrintStream swallows write errors, so a closed pipe would go unnoticed.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out), 65536), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(AnnalsCli.run(args, System.in, out, err));
    }
}

package org.annals.archive;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A separate process that holds an archive open for reading until its input closes, as {@code annals serve} does. */
final class ReaderProcess {
    private ReaderProcess() {
    }

    /** Opens the archive named by the first argument, says "open", then waits for the end of input. */
    public static void main(String[] args) throws Exception {
        try (ArchiveReader reader = ArchiveReader.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Holds the archive until the parent closes our input or ends us.
            }
        }
    }

    /** Starts the process on {@code dir} and returns once it holds the archive. */
    static Process start(Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ReaderProcess.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (!"open".equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException("the reader process did not open the archive");
        }
        return p;
    }
}

package org.annals.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the {@code ./annals} script of this checkout as a separate process, as a user would. */
record AnnalsProcess(int status, String out, String err) {
    static final Path ROOT = Path.of(System.getProperty("annals.root", "..")).toAbsolutePath().normalize();

    static AnnalsProcess run(byte[] stdin, String... args) {
        return run(Map.of(), stdin, args);
    }

    /** Runs with extra environment variables, e.g. {@code ANNALS_JAVA_OPTS}. */
    static AnnalsProcess run(Map<String, String> env, byte[] stdin, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("annals").toString());
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("annals-out", ".txt");
            Path err = Files.createTempFile("annals-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().write(stdin);
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("annals did not finish within 5 minutes: " + command);
            }
            AnnalsProcess result = new AnnalsProcess(process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static AnnalsProcess run(String... args) {
        return run(new byte[0], args);
    }

    /** Standard output split into its JSON lines. */
    List<String> lines() {
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    /** Standard error split into lines. */
    List<String> errorLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }
}

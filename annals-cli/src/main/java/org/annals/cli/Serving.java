package org.annals.cli;

import org.annals.serve.AnnalsServer;
import org.annals.serve.ServerOptions;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;

/** What {@code serve} and {@code demo} share: starting the server, printing its URL, running until stopped. */
final class Serving {
    private Serving() {
    }

    /** Whether {@code host} is a loopback address (so nothing outside this machine can connect). */
    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Starts the server, prints its URL on {@code out}, and serves until the process is stopped
     * (Ctrl-C) or the calling thread is interrupted.
     */
    static int serveUntilStopped(ServerOptions options, PrintWriter out, PrintWriter err) throws Exception {
        if (!isLoopback(options.host())) {
            err.println("annals: warning: serving on " + options.host() + ", reachable from other machines; "
                    + "the archive's content is readable by anyone who can connect"
                    + (options.ingestEnabled() ? ", and the ingest token travels unencrypted over plain HTTP" : ""));
            err.flush();
        }
        AnnalsServer server = AnnalsServer.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "annals-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        err.println("annals: serving " + server.articles() + " articles from " + options.data()
                + (options.ingestEnabled() ? "; POST /api/ingest is open to the token" : "")
                + "; stop with Ctrl-C");
        err.flush();
        out.println(server.url());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
        }
        return ExitCode.OK;
    }
}

package dev.wtjs.cli.daemon;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The daemon's start after a first run (the Java client's side of what wtjs-client.c does): with no daemon
 * listening, a run goes in-process, as fast as {@code --no-daemon}, and a detached starter starts the daemon once that
 * run has ended, since the daemon's start would take half the machine from it. {@code d-BUILD.starting} says a
 * starter is at it: "waiting PID" while its client's run lasts (at most {@link #START_AFTER_MS}), "started" once
 * the daemon's JVM runs (a client that finds PID gone takes it as started); it goes when the daemon listens or has failed. A failure's reason waits in {@code
 * d-BUILD.failed.new} until the next client says it, once, and renames it to {@code d-BUILD.failed}.
 */
final class Starter {
    static final long START_AFTER_MS = 10_000;
    private static final long START_TIMEOUT_MS = Client.START_TIMEOUT_MS;
    /** How long after a failed start the next runs go in-process without trying again. */
    private static final long RETRY_AFTER_MS = 10 * 60 * 1000;

    enum State { NOT_STARTING, WAITING, STARTED }

    private final Path root;
    private final Path sock;
    private final Path log;
    private final Path starting;
    private final Path failed;

    Starter(Path root, Path dir, String build) {
        this.root = root;
        this.sock = Client.socket(dir, build);
        this.log = dir.resolve("d-" + build + ".log");
        this.starting = dir.resolve("d-" + build + ".starting");
        this.failed = dir.resolve("d-" + build + ".failed");
    }

    State state() {
        try {
            long age = System.currentTimeMillis() - Files.getLastModifiedTime(starting).toMillis();
            if (age > START_AFTER_MS + START_TIMEOUT_MS + 5000) {
                Files.deleteIfExists(starting); // a starter that was killed
                return State.NOT_STARTING;
            }
            String state = Files.readString(starting);
            if (state.startsWith("started")) return State.STARTED;
            // "waiting PID": once that run has ended, the daemon starts within the starter's next look
            if (!state.startsWith("waiting ")) return State.WAITING;
            long client = Long.parseLong(state.substring(8).strip());
            return ProcessHandle.of(client).map(ProcessHandle::isAlive).orElse(false) ? State.WAITING : State.STARTED;
        } catch (IOException | NumberFormatException e) {
            return State.NOT_STARTING;
        }
    }

    /** Whether the last start failed lately: runs go in-process without trying again. */
    boolean recentFailure() {
        try {
            return System.currentTimeMillis() - Files.getLastModifiedTime(failed).toMillis() < RETRY_AFTER_MS;
        } catch (IOException e) {
            return false;
        }
    }

    /** The reason a starter's daemon did not start, if no client has said it yet (this one says it now). */
    String unsaidFailure() {
        try {
            Files.move(failed.resolveSibling(failed.getFileName() + ".new"), failed,
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Files.readString(failed).strip();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Waits while another client's starter starts the daemon; its connection, or null when it did not come up. */
    SocketChannel waitForStart() {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            SocketChannel ch = Client.connect(sock);
            if (ch != null) return ch;
            if (state() == State.NOT_STARTING) return Client.connect(sock);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Starts the starter, unless another client's is at it: a JVM of the client's plain JDK classes, detached (its
     * own session, standard descriptors on /dev/null), that waits for this process to end.
     */
    void startAfterRun() {
        try {
            Files.writeString(Files.createFile(starting), "waiting " + ProcessHandle.current().pid());
        } catch (FileAlreadyExistsException e) {
            return;
        } catch (IOException e) {
            return; // no starter: the next run tries again
        }
        List<String> cmd = Client.inSessionOfItsOwn();
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:disable",
                "-Dwtjs.daemon.dir=" + sock.getParent(), "-Dwtjs.daemon.build=" + System.getProperty("wtjs.daemon.build"),
                "-Dwtjs.root=" + root, "-cp", System.getProperty("java.class.path"), Client.class.getName(),
                "__start-after", String.valueOf(ProcessHandle.current().pid())));
        java.io.File none = new java.io.File("/dev/null");
        try {
            new ProcessBuilder(cmd).redirectInput(none).redirectOutput(none).redirectError(none).start();
        } catch (IOException e) {
            try {
                Files.deleteIfExists(starting);
            } catch (IOException ignored) {
                // it goes stale
            }
        }
    }

    /** The starter's process: waits for the client {@code pid} to end, then starts the daemon. */
    int startAfter(long pid) {
        ProcessHandle.of(pid).ifPresent(h -> {
            try {
                h.onExit().get(START_AFTER_MS, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // its run goes on: the daemon starts beside it
            }
        });
        try {
            Files.writeString(starting, "started");
            String[] why = new String[1];
            SocketChannel ch = Client.start(root, sock, log, why);
            if (ch != null) {
                ch.close();
            } else {
                Path fresh = failed.resolveSibling(failed.getFileName() + ".new.tmp");
                Files.writeString(fresh, why[0] + "\n");
                Files.move(fresh, failed.resolveSibling(failed.getFileName() + ".new"),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            // the next client starts it
        } finally {
            try {
                Files.deleteIfExists(starting);
            } catch (IOException e) {
                // it goes stale
            }
        }
        return 0;
    }
}

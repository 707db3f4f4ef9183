package org.khumkha.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.ZipFile;

/**
 * Runs a main class in a child JVM: the same {@code java} binary and class path as this one (inside Khumkha's Spring
 * Boot jar, through its {@code PropertiesLauncher}). Output lines go to a log file and to a progress consumer; the
 * child's peak resident memory is read from {@code /proc/<pid>/status} (VmHWM) while it runs.
 */
final class ChildJvm {
    /** How often the child's peak memory is sampled. */
    static final long RSS_POLL_MILLIS = 100;

    private ChildJvm() {}

    /** A finished child: exit code, wall time, peak resident memory in KiB (-1 when unknown) and its output. */
    record Result(int exitCode, double seconds, long peakRssKib, List<String> lines) {}

    /** The command that runs {@code mainClass} with {@code args} in a JVM like this one. */
    static List<String> command(String mainClass, List<String> jvmOptions, List<String> args) {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmOptions);
        cmd.add("-Dfile.encoding=UTF-8");
        if (isBootJar(classPath)) {
            cmd.add("-Dloader.main=" + mainClass);
            cmd.add("-cp");
            cmd.add(classPath);
            cmd.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        } else {
            cmd.add("-cp");
            cmd.add(classPath);
            cmd.add(mainClass);
        }
        cmd.addAll(args);
        return cmd;
    }

    private static boolean isBootJar(String classPath) {
        if (classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (ZipFile zip = new ZipFile(classPath)) {
            return zip.getEntry("BOOT-INF/") != null || zip.stream().anyMatch(e -> e.getName().startsWith("BOOT-INF/"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs to the end. */
    static Result run(List<String> command, Path log, Consumer<String> progress) {
        Running r = start(command, log, progress, line -> false);
        return r.waitFor();
    }

    /** Starts a child and returns once {@code ready} accepts one of its lines (or it ends). */
    static Running start(List<String> command, Path log, Consumer<String> progress, Predicate<String> ready) {
        Objects.requireNonNull(progress, "progress");
        long start = System.nanoTime();
        Process p;
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        Running running = new Running(p, start, log);
        Thread reader = new Thread(() -> running.pump(progress, ready), "child-output-" + p.pid());
        reader.setDaemon(true);
        reader.start();
        running.reader = reader;
        Thread rss = new Thread(running::pollRss, "child-rss-" + p.pid());
        rss.setDaemon(true);
        rss.start();
        running.awaitReady();
        return running;
    }

    /** A child that is still running. */
    static final class Running {
        private final Process process;
        private final long start;
        private final Path log;
        private final List<String> lines = new ArrayList<>();
        private final AtomicLong peakRss = new AtomicLong(-1);
        private final Object readyLock = new Object();
        private volatile boolean ready;
        private volatile double readySeconds = Double.NaN;
        private Thread reader;

        Running(Process process, long start, Path log) {
            this.process = process;
            this.start = start;
            this.log = log;
        }

        long pid() {
            return process.pid();
        }

        double readySeconds() {
            return readySeconds;
        }

        synchronized List<String> lines() {
            return List.copyOf(lines);
        }

        long peakRssKib() {
            return peakRss.get();
        }

        private void pump(Consumer<String> progress, Predicate<String> readyTest) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.println(line);
                    out.flush();
                    synchronized (this) {
                        lines.add(line);
                    }
                    progress.accept(line);
                    if (!ready && readyTest.test(line)) {
                        readySeconds = (System.nanoTime() - start) / 1e9;
                        signalReady();
                    }
                }
            } catch (IOException e) {
                if (process.isAlive()) {
                    progress.accept("(lost the child's output: " + e.getMessage() + ")");
                }
            } finally {
                signalReady();
            }
        }

        private void signalReady() {
            synchronized (readyLock) {
                ready = true;
                readyLock.notifyAll();
            }
        }

        private void awaitReady() {
            synchronized (readyLock) {
                while (!ready) {
                    try {
                        readyLock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        private void pollRss() {
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            while (process.isAlive()) {
                try {
                    for (String l : Files.readAllLines(status)) {
                        if (l.startsWith("VmHWM:")) {
                            long kib = Long.parseLong(l.replaceAll("[^0-9]", ""));
                            peakRss.accumulateAndGet(kib, Math::max);
                        }
                    }
                    Thread.sleep(RSS_POLL_MILLIS);
                } catch (IOException | RuntimeException e) {
                    return; // not Linux, or the child has just ended
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /** Waits for the child to end by itself. */
        Result waitFor() {
            try {
                int code = process.waitFor();
                reader.join(TimeUnit.SECONDS.toMillis(10));
                return new Result(code, (System.nanoTime() - start) / 1e9, peakRss.get(), lines());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException("interrupted while waiting for a child process");
            }
        }

        /** Asks the child to stop (SIGTERM), then forces it after {@code graceSeconds}. */
        Result stop(long graceSeconds) {
            process.destroy();
            try {
                if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor();
                }
                reader.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            return new Result(process.exitValue(), (System.nanoTime() - start) / 1e9, peakRss.get(), lines());
        }
    }
}

package org.khumkha.graph;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long job: a line with the count so far and the throughput, every {@code everyItems} items or
 * {@code everyMillis} milliseconds, whichever comes first, and a closing line. Lines look like
 * {@code generate: 1,500,000 quads in 4.8 s (312,500 quads/s) — results}. Not thread-safe: one job, one meter.
 */
public final class ProgressMeter {
    /** Items between two lines when none is given. */
    public static final long EVERY_ITEMS_DEFAULT = 1_000_000;
    /** Milliseconds between two lines when none is given. */
    public static final long EVERY_MILLIS_DEFAULT = 10_000;

    private final String job;
    private final String unit;
    private final Consumer<String> out;
    private final long everyItems;
    private final long everyMillis;
    private final LongSupplier clock;
    private final long start;
    private long count;
    private long nextCount;
    private long nextTime;
    private String stage = "";

    public ProgressMeter(String job, String unit, Consumer<String> out) {
        this(job, unit, out, EVERY_ITEMS_DEFAULT, EVERY_MILLIS_DEFAULT, System::nanoTime);
    }

    /**
     * @param clock nanoseconds, as {@link System#nanoTime()}
     */
    public ProgressMeter(String job, String unit, Consumer<String> out, long everyItems, long everyMillis, LongSupplier clock) {
        this.job = Objects.requireNonNull(job, "job");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.out = Objects.requireNonNull(out, "out");
        if (everyItems < 1 || everyMillis < 1) {
            throw new IllegalArgumentException("progress intervals must be positive, got " + everyItems + " items, " + everyMillis + " ms");
        }
        this.everyItems = everyItems;
        this.everyMillis = everyMillis;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.start = clock.getAsLong();
        this.nextCount = everyItems;
        this.nextTime = start + everyMillis * 1_000_000L;
    }

    /** Names what is being worked on; shown at the end of the next lines. */
    public void stage(String name) {
        this.stage = name == null ? "" : name;
    }

    /** Counts {@code n} more items and prints a line when one is due. */
    public void add(long n) {
        count += n;
        if (count >= nextCount || ((count & 0x3FF) == 0 && clock.getAsLong() >= nextTime)) {
            line(false);
        }
    }

    public long count() {
        return count;
    }

    public double seconds() {
        return (clock.getAsLong() - start) / 1e9;
    }

    /** Items per second so far. */
    public double rate() {
        double s = seconds();
        return s <= 0 ? count : count / s;
    }

    /** Prints the closing line. */
    public void finish() {
        line(true);
    }

    private void line(boolean last) {
        long now = clock.getAsLong();
        out.accept(String.format(Locale.ROOT, "%s: %s%,d %s in %.1f s (%,.0f %s/s)%s", job, last ? "done, " : "", count, unit,
                seconds(), rate(), unit, stage.isEmpty() || last ? "" : " — " + stage));
        while (nextCount <= count) {
            nextCount += everyItems;
        }
        nextTime = now + everyMillis * 1_000_000L;
    }
}

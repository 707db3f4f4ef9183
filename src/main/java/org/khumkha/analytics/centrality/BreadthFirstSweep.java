package org.khumkha.analytics.centrality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Breadth-first searches from many sources of an {@link IndexedGraph}, split over threads, each thread with its own
 * arrays and its own running sums; the sums are added in thread order, so a run is repeatable on the same machine.
 * What is summed is up to the {@link Search} a thread gets. Used by the betweenness measures and by closeness.
 */
final class BreadthFirstSweep {
    /** Threads used when none are given: one per processor. */
    static final int THREADS_DEFAULT = Runtime.getRuntime().availableProcessors();

    /** One thread's search state: distances, path counts and the visiting order of the last search. */
    static final class Search {
        final IndexedGraph<?> graph;
        final int[] distance;
        final double[] sigma;
        final double[] delta;
        final int[] order;
        final double[] sums;
        int reached;

        Search(IndexedGraph<?> graph, int sumsLength) {
            this.graph = graph;
            int n = graph.size();
            distance = new int[n];
            sigma = new double[n];
            delta = new double[n];
            order = new int[n];
            sums = new double[sumsLength];
        }

        /** Hop distances and shortest-path counts from {@code s}; {@code order[0..reached)} in order of distance. */
        void run(int s) {
            Arrays.fill(distance, -1);
            Arrays.fill(sigma, 0);
            distance[s] = 0;
            sigma[s] = 1;
            int head = 0;
            reached = 0;
            order[reached++] = s;
            while (head < reached) {
                int v = order[head++];
                int next = distance[v] + 1;
                for (int arc = graph.firstArc(v); arc < graph.endArc(v); arc++) {
                    int w = graph.target(arc);
                    if (distance[w] < 0) {
                        distance[w] = next;
                        order[reached++] = w;
                    }
                    if (distance[w] == next) {
                        sigma[w] += sigma[v];
                    }
                }
            }
        }

        /**
         * Brandes' dependency accumulation after {@link #run}: visits the reached vertices farthest first, so every
         * successor one hop farther is final when a vertex is summed; adds each vertex's dependency (the source's
         * excluded) to {@code sums}.
         */
        void accumulateDependencies() {
            for (int i = reached - 1; i >= 0; i--) {
                int v = order[i];
                double d = 0;
                int next = distance[v] + 1;
                for (int arc = graph.firstArc(v); arc < graph.endArc(v); arc++) {
                    int w = graph.target(arc);
                    if (distance[w] == next) {
                        d += sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }
                delta[v] = d;
                if (i > 0) {
                    sums[v] += d;
                }
            }
        }
    }

    private BreadthFirstSweep() {
    }

    /**
     * Runs {@code perSource} for every source, spread over {@code threads}; returns the element-wise total of every
     * thread's {@code sums}.
     *
     * @param perSource given a thread's search and a source, does the work for that source
     * @param every     report progress every this many sources of the first thread (0: never)
     * @param progress  receives about how many sources are done
     */
    static double[] sweep(IndexedGraph<?> graph, int[] sources, int sumsLength, int threads, PerSource perSource,
                          int every, IntConsumer progress) {
        Objects.requireNonNull(perSource, "perSource");
        int p = Math.max(1, Math.min(threads, sources.length));
        double[] total = new double[sumsLength];
        if (sources.length == 0) {
            return total;
        }
        ExecutorService pool = Executors.newFixedThreadPool(p);
        try {
            List<Future<double[]>> parts = new ArrayList<>();
            for (int t = 0; t < p; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    Search search = new Search(graph, sumsLength);
                    for (int i = first; i < sources.length; i += p) {
                        perSource.accept(search, sources[i]);
                        if (first == 0 && every > 0 && (i / p + 1) % every == 0) {
                            progress.accept(Math.min(sources.length, (i / p + 1) * p));
                        }
                    }
                    return search.sums;
                }));
            }
            for (Future<double[]> f : parts) {
                double[] sums = f.get();
                for (int i = 0; i < sumsLength; i++) {
                    total[i] += sums[i];
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return total;
    }

    /** The work for one source. */
    @FunctionalInterface
    interface PerSource {
        void accept(Search search, int source);
    }

    /** 0, 1, …, n − 1. */
    static int[] allSources(int n) {
        int[] s = new int[n];
        Arrays.setAll(s, i -> i);
        return s;
    }
}

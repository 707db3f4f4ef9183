package org.khumkha.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The shape of a synthetic country, drawn from a seed: provinces, their districts and tambons with DOPA-style codes
 * (2 digits per level: province {@code 10}, district {@code 1001}, tambon {@code 100101}; wider when a level has more
 * than 99 children), how many community organizations each tambon has, which tambons have a welfare fund, and where
 * the extra municipalities stand. Counts are spread by {@link #allocate}: every parent gets at least its minimum and
 * the rest goes by random weights, so sizes vary the way real provinces do. Immutable; the same seed and counts give
 * the same layout.
 */
public final class SyntheticLayout {
    /** Central agencies in the ecosystem (a local-administration department and a social-development office). */
    public static final int CENTRAL_AGENCIES = 2;
    /** Weights of {@link #allocate} are drawn from [WEIGHT_MIN, WEIGHT_MIN + 1). */
    static final double WEIGHT_MIN = 0.5;
    /** The first province code, as in DOPA's numbering (10 = Bangkok). */
    static final int FIRST_PROVINCE_CODE = 10;

    /** A tambon: its code, its community organizations (numbered 1..n), whether it has a welfare fund. */
    public record Tambon(String code, int communityOrganizations, boolean welfareFund) {}

    /** A district: its code, its tambons, and how many municipalities it has besides its tambons' own local administrations. */
    public record District(String code, List<Tambon> tambons, int extraMunicipalities) {}

    public record Province(String code, List<District> districts) {
        public List<Tambon> tambons() {
            return districts.stream().flatMap(d -> d.tambons().stream()).toList();
        }
    }

    private final SyntheticCounts counts;
    private final List<Province> provinces;

    public SyntheticLayout(SyntheticCounts counts, long seed) {
        this.counts = Objects.requireNonNull(counts, "counts");
        SplittableRandom rng = new SplittableRandom(seed);
        int[] districtsPerProvince = allocate(counts.districts(), counts.provinces(), 1, rng.split());
        int[] tambonsPerDistrict = allocate(counts.tambons(), counts.districts(), 1, rng.split());
        int[] orgsPerTambon = allocate(counts.communityOrganizations(), counts.tambons(), 0, rng.split());
        int extra = counts.localAdministrations() - counts.tambons() - counts.provinces();
        int[] municipalitiesPerDistrict = allocate(extra, counts.districts(), 0, rng.split());
        boolean[] fund = choose(counts.welfareFunds(), counts.tambons(), rng.split());

        int provinceWidth = Math.max(2, digits(FIRST_PROVINCE_CODE + counts.provinces() - 1));
        int districtWidth = Math.max(2, digits(max(districtsPerProvince)));
        int tambonWidth = Math.max(2, digits(max(tambonsPerDistrict)));
        List<Province> list = new ArrayList<>();
        int d = 0;
        int t = 0;
        for (int p = 0; p < counts.provinces(); p++) {
            String pc = pad(FIRST_PROVINCE_CODE + p, provinceWidth);
            List<District> districts = new ArrayList<>();
            for (int i = 1; i <= districtsPerProvince[p]; i++, d++) {
                String dc = pc + pad(i, districtWidth);
                List<Tambon> tambons = new ArrayList<>();
                for (int j = 1; j <= tambonsPerDistrict[d]; j++, t++) {
                    tambons.add(new Tambon(dc + pad(j, tambonWidth), orgsPerTambon[t], fund[t]));
                }
                districts.add(new District(dc, List.copyOf(tambons), municipalitiesPerDistrict[d]));
            }
            list.add(new Province(pc, List.copyOf(districts)));
        }
        this.provinces = Collections.unmodifiableList(list);
    }

    public SyntheticCounts counts() {
        return counts;
    }

    public List<Province> provinces() {
        return provinces;
    }

    /**
     * Spreads {@code total} over {@code buckets}: each gets {@code min}, the remainder is shared in proportion to weights
     * drawn uniformly from [0.5, 1.5), rounded down, and the units lost to rounding go to the largest fractional parts
     * (the lower index first on a tie). The result sums to {@code total} exactly.
     */
    static int[] allocate(int total, int buckets, int min, SplittableRandom rng) {
        if (buckets < 1 || total < (long) buckets * min) {
            throw new IllegalArgumentException("cannot spread " + total + " over " + buckets + " with at least " + min + " each");
        }
        double[] w = new double[buckets];
        double sum = 0;
        for (int i = 0; i < buckets; i++) {
            w[i] = WEIGHT_MIN + rng.nextDouble();
            sum += w[i];
        }
        int rest = total - buckets * min;
        int[] out = new int[buckets];
        double[] fraction = new double[buckets];
        int given = 0;
        for (int i = 0; i < buckets; i++) {
            double share = rest * w[i] / sum;
            out[i] = min + (int) Math.floor(share);
            fraction[i] = share - Math.floor(share);
            given += out[i] - min;
        }
        Integer[] order = new Integer[buckets];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> fraction[a] != fraction[b] ? Double.compare(fraction[b], fraction[a]) : Integer.compare(a, b));
        for (int k = 0; given < rest; k++, given++) {
            out[order[k % buckets]]++;
        }
        return out;
    }

    /** {@code k} of {@code n} positions, drawn without replacement (a partial Fisher-Yates shuffle). */
    static boolean[] choose(int k, int n, SplittableRandom rng) {
        int[] idx = new int[n];
        Arrays.setAll(idx, i -> i);
        boolean[] chosen = new boolean[n];
        for (int i = 0; i < Math.min(k, n); i++) {
            int j = i + rng.nextInt(n - i);
            int tmp = idx[i];
            idx[i] = idx[j];
            idx[j] = tmp;
            chosen[idx[i]] = true;
        }
        return chosen;
    }

    private static int max(int[] a) {
        return Arrays.stream(a).max().orElse(0);
    }

    private static int digits(int n) {
        return Integer.toString(n).length();
    }

    private static String pad(int n, int width) {
        return String.format(Locale.ROOT, "%0" + width + "d", n);
    }
}

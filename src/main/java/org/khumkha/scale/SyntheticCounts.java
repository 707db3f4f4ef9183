package org.khumkha.scale;

/**
 * How many of each thing the generator makes at scale F. At F = 1.0 these are CODI's working numbers: 77 provinces,
 * 878 districts, 7,255 tambons, 7,852 local administrations and about 110,000 community organizations, councils and
 * welfare funds. Other scales multiply them, except that the country never has more than 77 provinces nor fewer than 2
 * (so that a roll-up by province always has something to compare), and every level has at least one area per parent.
 */
public record SyntheticCounts(double scale, int provinces, int districts, int tambons, int localAdministrations,
                              int welfareFunds, int communityOrganizations) {
    public static final int PROVINCES = 77;
    public static final int DISTRICTS = 878;
    public static final int TAMBONS = 7_255;
    public static final int LOCAL_ADMINISTRATIONS = 7_852;
    public static final int WELFARE_FUNDS = 5_900;
    /** Community organizations besides the tambon councils and welfare funds: 110,000 − 7,255 − 5,900. */
    public static final int COMMUNITY_ORGANIZATIONS = 96_845;
    /** The smallest and largest scale accepted. */
    public static final double SCALE_MIN = 0.0001;
    public static final double SCALE_MAX = 10.0;

    /** The counts at scale F; F must lie in [{@link #SCALE_MIN}, {@link #SCALE_MAX}]. */
    public static SyntheticCounts at(double f) {
        if (!(f >= SCALE_MIN && f <= SCALE_MAX)) {
            throw new IllegalArgumentException("--scale must be between " + SCALE_MIN + " and " + SCALE_MAX + " (1.0 = the whole country), got " + f);
        }
        int provinces = (int) Math.max(2, Math.min(PROVINCES, Math.round(PROVINCES * f)));
        int districts = (int) Math.max(provinces, Math.round(DISTRICTS * f));
        int tambons = (int) Math.max(districts, Math.round(TAMBONS * f));
        int laos = (int) Math.max(tambons + provinces, Math.round(LOCAL_ADMINISTRATIONS * f));
        int funds = (int) Math.min(tambons, Math.round(WELFARE_FUNDS * f));
        int orgs = (int) Math.max(tambons, Math.round(COMMUNITY_ORGANIZATIONS * f));
        return new SyntheticCounts(f, provinces, districts, tambons, laos, funds, orgs);
    }

    /** Tambon councils: one per tambon. */
    public int councils() {
        return tambons;
    }

    /** Actors of the evaluated organization's ecosystem: itself, provincial networks, councils, local administrations, 2 agencies. */
    public int ecosystemActors() {
        return 1 + provinces + tambons + localAdministrations + SyntheticLayout.CENTRAL_AGENCIES;
    }
}

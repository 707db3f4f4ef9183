package org.khumkha.scale;

import static org.khumkha.graph.Literals.bool;
import static org.khumkha.graph.Literals.en;
import static org.khumkha.graph.Literals.integer;
import static org.khumkha.graph.Literals.th;
import static org.khumkha.scale.QuadOut.decimal;
import static org.khumkha.scale.QuadOut.kk;
import static org.khumkha.scale.QuadOut.uri;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.khumkha.graph.ProgressMeter;
import org.khumkha.graph.Vocab;
import org.khumkha.scale.MatrixIndicatorSpec.Observed;
import org.khumkha.scale.SyntheticLayout.District;
import org.khumkha.scale.SyntheticLayout.Province;
import org.khumkha.scale.SyntheticLayout.Tambon;
import org.khumkha.scale.area.AreaTotals;

/**
 * Writes a synthetic national dataset: areas, the ecosystem of a synthetic evaluated organization ({@code id:synthetic},
 * short id {@code synthetic}), the national registry of community organizations, councils and welfare funds, tambon
 * community plans, area-level results of its 13 evaluation-matrix indicators for 2565-2568 with numerator and
 * denominator, and the national values scoring reads (each one the roll-up of the area results, by
 * {@link AreaTotals#value}). Every graph describes itself with {@code kk:provenance kk:Synthetic}; every IRI lies
 * under {@value #NS} (graphs under {@value #GRAPH_NS}), so nothing collides with real data.
 *
 * <p>Deterministic: the layout and each section draw from their own {@link SplittableRandom} split from the seed,
 * loops run over lists in code order, and the TriG is streamed in that order, so the same scale and seed give the
 * same bytes. Time and memory are linear in the scale (about 4.5 million quads at F = 1.0; memory holds the layout
 * only).
 */
public final class NationalGenerator {
    /** The synthetic namespace: {@code https://w3id.org/khumkha/id/synthetic/}. */
    public static final String NS = Vocab.ID + "synthetic/";
    /** Graphs: {@code https://w3id.org/khumkha/graph/synthetic/}. */
    public static final String GRAPH_NS = Vocab.GRAPH + "synthetic/";
    /** The synthetic evaluated organization's short id; its IRI is {@code id:synthetic}. */
    public static final String ORG_ID = "synthetic";
    /** The seed used when none is given. */
    public static final long SEED_DEFAULT = 20_250_101L;
    /** The files written, in load order. */
    public static final List<String> FILES = List.of("01-areas.trig", "02-ecosystem.trig", "03-registry.trig",
            "04-plans.trig", "05-results.trig", "06-organization.trig");

    private static final Node ORG = uri(Vocab.organizationIri(ORG_ID));
    private static final Node SYNTHETIC = kk("Synthetic");
    private static final Node PROVENANCE = kk("provenance");
    private static final Node ABOUT = kk("about");
    private static final Node IN_AREA = kk("inArea");
    private static final Node SECTOR = kk("sector");
    private static final Node SECTOR_COMMUNITY = uri(Vocab.REF + "sector-community");
    private static final Node SECTOR_LOCAL = uri(Vocab.REF + "sector-local-government");
    private static final Node SECTOR_CENTRAL = uri(Vocab.REF + "sector-central-government");
    private static final Node SECTOR_PUBLIC_ORG = uri(Vocab.REF + "sector-public-organization");

    private final SyntheticCounts counts;
    private final long seed;
    private final SyntheticLayout layout;
    private final Consumer<String> progress;
    /** Σ numerator, Σ denominator per "code/year", filled while results are written. */
    private final TreeMap<String, long[]> national = new TreeMap<>();
    private int relationCounter;

    public NationalGenerator(double scale, long seed, Consumer<String> progress) {
        this.counts = SyntheticCounts.at(scale);
        this.seed = seed;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.layout = new SyntheticLayout(counts, seed);
    }

    public SyntheticCounts counts() {
        return counts;
    }

    /** What was written. */
    public record Report(List<Path> files, long quads, double seconds) {}

    /**
     * Writes {@link #FILES} into {@code directory} (created if needed; files of the same names are replaced).
     */
    public Report write(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory + ": " + e.getMessage(), e);
        }
        ProgressMeter meter = new ProgressMeter("generate", "quads", progress);
        progress.accept(String.format(Locale.ROOT, "generate: scale %s, seed %d: %,d provinces, %,d districts, %,d tambons, "
                        + "%,d local administrations, %,d councils, %,d welfare funds, %,d community organizations",
                plain(counts.scale()), seed, counts.provinces(), counts.districts(), counts.tambons(), counts.localAdministrations(),
                counts.councils(), counts.welfareFunds(), counts.communityOrganizations()));
        List<Path> files = new ArrayList<>();
        SplittableRandom root = new SplittableRandom(seed ^ 0x5DEECE66DL);
        SplittableRandom ecosystemRng = root.split();
        SplittableRandom registryRng = root.split();
        SplittableRandom plansRng = root.split();
        SplittableRandom resultsRng = root.split();
        SplittableRandom organizationRng = root.split();
        for (String name : FILES) {
            Path file = directory.resolve(name);
            files.add(file);
            meter.stage(name);
            try (QuadOut out = new QuadOut(file, meter)) {
                switch (name) {
                    case "01-areas.trig" -> areas(out);
                    case "02-ecosystem.trig" -> ecosystem(out, ecosystemRng);
                    case "03-registry.trig" -> registry(out, registryRng);
                    case "04-plans.trig" -> plans(out, plansRng);
                    case "05-results.trig" -> results(out, resultsRng);
                    case "06-organization.trig" -> organization(out, organizationRng);
                    default -> throw new IllegalStateException(name);
                }
            }
        }
        meter.finish();
        return new Report(files, meter.count(), meter.seconds());
    }

    // ---------------------------------------------------------------- IRIs

    static String areaIri(String code) {
        return NS + "area/" + code;
    }

    static final String NATION_CODE = "TH";

    private static Node area(String code) {
        return uri(areaIri(code));
    }

    private static Node network(String provinceCode) {
        return uri(NS + "network/" + provinceCode);
    }

    private static Node council(String tambonCode) {
        return uri(NS + "council/" + tambonCode);
    }

    private static Node tambonLao(String tambonCode) {
        return uri(NS + "lao/" + tambonCode);
    }

    private static Node pao(String provinceCode) {
        return uri(NS + "lao/pao-" + provinceCode);
    }

    private static Node municipality(String districtCode, int k) {
        return uri(NS + "lao/m-" + districtCode + "-" + k);
    }

    private static Node fund(String tambonCode) {
        return uri(NS + "fund/" + tambonCode);
    }

    private static Node communityOrg(String tambonCode, int k) {
        return uri(NS + "co/" + tambonCode + "-" + String.format(Locale.ROOT, "%03d", k));
    }

    private static Node agency(int k) {
        return uri(NS + "agency-" + k);
    }

    private static Node indicator(String code) {
        return uri(NS + "ind-" + code);
    }

    private static Node graph(String path) {
        return uri(GRAPH_NS + path);
    }

    /** Every graph starts by describing itself. */
    private void header(QuadOut out, Node g, Node about, String th, String en) {
        out.graph(g);
        out.type(g, kk("SourceGraph"));
        out.add(g, PROVENANCE, SYNTHETIC);
        out.add(g, ABOUT, about);
        out.labels(g, th + " (ข้อมูลสังเคราะห์)", en + " (synthetic data)");
    }

    private void actor(QuadOut out, Node s, String cls, String th, String en, Node area, Node sector) {
        out.type(s, kk(cls));
        out.labels(s, th, en);
        out.add(s, IN_AREA, area);
        out.add(s, SECTOR, sector);
        out.add(s, PROVENANCE, SYNTHETIC);
    }

    /** A qualified relation with its direct triple beside it, as docs/MODELLING.md lays out. */
    private void relation(QuadOut out, Node from, String type, Node to, double weight) {
        Node r = uri(NS + "rel/" + (++relationCounter));
        out.type(r, kk("ActorRelation"));
        out.add(r, kk("relationFrom"), from);
        out.add(r, kk("relationTo"), to);
        out.add(r, kk("relationType"), kk(type));
        out.add(r, kk("relationWeight"), decimal(BigDecimal.valueOf(weight)));
        out.add(r, PROVENANCE, SYNTHETIC);
        out.add(from, kk(type), to);
    }

    // ---------------------------------------------------------------- 01 areas

    private void areas(QuadOut out) {
        header(out, graph("areas"), ORG, "พื้นที่ ประเทศ จังหวัด อำเภอ ตำบล", "Areas: nation, provinces, districts, tambons");
        Node nation = area(NATION_CODE);
        out.type(nation, kk("Nation"));
        out.labels(nation, "ประเทศ (ข้อมูลสังเคราะห์)", "Nation (synthetic data)");
        out.add(nation, kk("areaCode"), QuadOut.string(NATION_CODE));
        out.add(nation, PROVENANCE, SYNTHETIC);
        for (Province p : layout.provinces()) {
            areaNode(out, p.code(), "Province", "จังหวัดสังเคราะห์ ", "Synthetic province ", nation);
            for (District d : p.districts()) {
                areaNode(out, d.code(), "District", "อำเภอสังเคราะห์ ", "Synthetic district ", area(p.code()));
                for (Tambon t : d.tambons()) {
                    areaNode(out, t.code(), "Tambon", "ตำบลสังเคราะห์ ", "Synthetic tambon ", area(d.code()));
                }
            }
        }
    }

    private void areaNode(QuadOut out, String code, String cls, String th, String en, Node parent) {
        Node a = area(code);
        out.type(a, kk(cls));
        out.labels(a, th + code, en + code);
        out.add(a, kk("areaCode"), QuadOut.string(code));
        out.add(a, kk("parentArea"), parent);
        out.add(a, PROVENANCE, SYNTHETIC);
    }

    // ---------------------------------------------------------------- 02 ecosystem (the actor projection)

    private void ecosystem(QuadOut out, SplittableRandom rng) {
        relationCounter = 0;
        header(out, graph("ecosystem/national"), ORG, "ระบบนิเวศระดับประเทศ", "Ecosystem: national actors");
        actor(out, agency(1), "Department", "กรมส่งเสริมการปกครองท้องถิ่นสังเคราะห์", "Synthetic department of local administration",
                area(NATION_CODE), SECTOR_CENTRAL);
        actor(out, agency(2), "Department", "สำนักงานพัฒนาสังคมสังเคราะห์", "Synthetic social development office",
                area(NATION_CODE), SECTOR_CENTRAL);
        relation(out, ORG, "cooperatesWith", agency(1), 1.0);
        relation(out, ORG, "cooperatesWith", agency(2), 1.0);
        for (Province p : layout.provinces()) {
            relation(out, ORG, "supports", network(p.code()), 3.0);
            relation(out, agency(1), "supports", pao(p.code()), 1.0);
            relation(out, agency(2), "cooperatesWith", network(p.code()), 1.0);
        }
        for (Province p : layout.provinces()) {
            header(out, graph("ecosystem/" + p.code()), ORG, "ระบบนิเวศของจังหวัดสังเคราะห์ " + p.code(),
                    "Ecosystem of synthetic province " + p.code());
            Node net = network(p.code());
            Node pao = pao(p.code());
            actor(out, net, "Network", "เครือข่ายองค์กรชุมชนจังหวัดสังเคราะห์ " + p.code(),
                    "Community organization network of synthetic province " + p.code(), area(p.code()), SECTOR_COMMUNITY);
            actor(out, pao, "LocalAdministration", "องค์การบริหารส่วนจังหวัดสังเคราะห์ " + p.code(),
                    "Provincial administrative organization of synthetic province " + p.code(), area(p.code()), SECTOR_LOCAL);
            relation(out, pao, "cooperatesWith", net, 1.0);
            for (District d : p.districts()) {
                List<Tambon> tambons = d.tambons();
                for (int i = 0; i < tambons.size(); i++) {
                    Tambon t = tambons.get(i);
                    Node c = council(t.code());
                    Node lao = tambonLao(t.code());
                    actor(out, c, "CommunityCouncil", "สภาองค์กรชุมชนตำบลสังเคราะห์ " + t.code(),
                            "Community council of synthetic tambon " + t.code(), area(t.code()), SECTOR_COMMUNITY);
                    actor(out, lao, "LocalAdministration", "องค์การบริหารส่วนตำบลสังเคราะห์ " + t.code(),
                            "Tambon administrative organization of synthetic tambon " + t.code(), area(t.code()), SECTOR_LOCAL);
                    relation(out, net, "supports", c, 2.0);
                    relation(out, c, "cooperatesWith", lao, 2.0);
                    if (rng.nextDouble() < 0.35) {
                        relation(out, ORG, "funds", c, 1.0);
                    }
                    if (rng.nextDouble() < 0.5) {
                        relation(out, pao, "supports", lao, 1.0);
                    }
                    if (i + 1 < tambons.size() && rng.nextDouble() < 0.4) {
                        relation(out, c, "cooperatesWith", council(tambons.get(i + 1).code()), 1.0);
                    }
                }
                for (int k = 1; k <= d.extraMunicipalities(); k++) {
                    Node m = municipality(d.code(), k);
                    actor(out, m, "LocalAdministration", "เทศบาลสังเคราะห์ " + d.code() + "-" + k,
                            "Synthetic municipality " + d.code() + "-" + k, area(d.code()), SECTOR_LOCAL);
                    int links = 1 + rng.nextInt(3);
                    for (int j = 0; j < links; j++) {
                        relation(out, m, "cooperatesWith", council(tambons.get(rng.nextInt(tambons.size())).code()), 1.0);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- 03 registry (the rest of the full graph)

    private void registry(QuadOut out, SplittableRandom rng) {
        for (Province p : layout.provinces()) {
            header(out, graph("registry/" + p.code()), network(p.code()),
                    "ทะเบียนองค์กรชุมชนและกองทุนสวัสดิการชุมชน จังหวัดสังเคราะห์ " + p.code(),
                    "Registry of community organizations and welfare funds, synthetic province " + p.code());
            for (District d : p.districts()) {
                for (Tambon t : d.tambons()) {
                    Node c = council(t.code());
                    if (t.welfareFund()) {
                        Node f = fund(t.code());
                        actor(out, f, "CommunityWelfareFund", "กองทุนสวัสดิการชุมชนตำบลสังเคราะห์ " + t.code(),
                                "Community welfare fund of synthetic tambon " + t.code(), area(t.code()), SECTOR_COMMUNITY);
                        out.add(f, kk("memberCount"), integer(80 + rng.nextInt(1500)));
                        out.add(f, kk("registeredYear"), integer(2548 + rng.nextInt(18)));
                        out.add(f, kk("cooperatesWith"), c);
                    }
                    for (int k = 1; k <= t.communityOrganizations(); k++) {
                        Node o = communityOrg(t.code(), k);
                        String n = t.code() + "-" + String.format(Locale.ROOT, "%03d", k);
                        actor(out, o, "CommunityOrganization", "องค์กรชุมชนสังเคราะห์ " + n, "Synthetic community organization " + n,
                                area(t.code()), SECTOR_COMMUNITY);
                        out.add(o, kk("memberCount"), integer(7 + rng.nextInt(240)));
                        out.add(o, kk("registeredYear"), integer(2545 + rng.nextInt(24)));
                        out.add(o, kk("cooperatesWith"), c);
                        if (rng.nextDouble() < 0.15) {
                            out.add(o, kk("cooperatesWith"), tambonLao(t.code()));
                        }
                        if (k > 1 && rng.nextDouble() < 0.2) {
                            out.add(o, kk("cooperatesWith"), communityOrg(t.code(), k - 1));
                        }
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- 04 plans

    private void plans(QuadOut out, SplittableRandom rng) {
        for (Province p : layout.provinces()) {
            header(out, graph("plans/" + p.code()), network(p.code()), "แผนพัฒนาชุมชนระดับตำบล จังหวัดสังเคราะห์ " + p.code(),
                    "Tambon community plans, synthetic province " + p.code());
            for (District d : p.districts()) {
                for (Tambon t : d.tambons()) {
                    for (int y = 0; y < MatrixIndicatorSpec.YEARS.length; y++) {
                        int year = MatrixIndicatorSpec.YEARS[y];
                        if (rng.nextDouble() >= 0.6 + 0.05 * y) {
                            continue;
                        }
                        boolean good = rng.nextDouble() < 0.35 + 0.05 * y;
                        boolean inUse = rng.nextDouble() < (good ? 0.8 : 0.4);
                        Node plan = uri(NS + "plan/" + t.code() + "/" + year);
                        out.type(plan, kk("CommunityPlan"));
                        out.labels(plan, "แผนพัฒนาชุมชนตำบลสังเคราะห์ " + t.code() + " ปี " + year,
                                "Community plan of synthetic tambon " + t.code() + ", " + year);
                        out.add(plan, IN_AREA, area(t.code()));
                        out.add(plan, kk("fiscalYear"), integer(year));
                        out.add(plan, kk("preparedBy"), council(t.code()));
                        out.add(plan, kk("goodPlan"), bool(good));
                        out.add(plan, kk("planInUse"), bool(inUse));
                        out.add(plan, PROVENANCE, SYNTHETIC);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- 05 area-level results

    private void results(QuadOut out, SplittableRandom rng) {
        national.clear();
        for (Province p : layout.provinces()) {
            header(out, graph("results/" + p.code()), ORG, "ผลการดำเนินงานรายพื้นที่ จังหวัดสังเคราะห์ " + p.code(),
                    "Area-level results, synthetic province " + p.code());
            for (MatrixIndicatorSpec spec : MatrixIndicatorSpec.ALL) {
                for (int y = 0; y < MatrixIndicatorSpec.YEARS.length; y++) {
                    provinceResults(out, rng, p, spec, y);
                }
            }
        }
    }

    private void provinceResults(QuadOut out, SplittableRandom rng, Province p, MatrixIndicatorSpec spec, int y) {
        int year = MatrixIndicatorSpec.YEARS[y];
        double q = spec.byYear()[y];
        switch (spec.observed()) {
            case PROVINCE_SURVEY -> {
                int respondents = (int) Math.ceil(400.0 / counts.provinces()) + rng.nextInt(4);
                long sum = 0;
                for (int i = 0; i < respondents; i++) {
                    sum += Math.max(1, Math.min(5, Math.round(q + (rng.nextDouble() - 0.5) * 2.4)));
                }
                result(out, spec, year, p.code(), p.code(), 0, sum, 5L * respondents, null);
            }
            case PROVINCE_VALUE -> {
                long budget = (2_000L + rng.nextInt(10_000)) * 1_000L;
                long value = Math.round(budget * q * (0.85 + 0.3 * rng.nextDouble()));
                result(out, spec, year, p.code(), p.code(), 0, value, budget, null);
            }
            default -> {
                for (District d : p.districts()) {
                    for (Tambon t : d.tambons()) {
                        tambonResults(out, rng, spec, year, q, t);
                    }
                }
            }
        }
    }

    private void tambonResults(QuadOut out, SplittableRandom rng, MatrixIndicatorSpec spec, int year, double q, Tambon t) {
        switch (spec.observed()) {
            case TAMBON -> {
                if (rng.nextDouble() < spec.coverage()) {
                    result(out, spec, year, t.code(), t.code(), 0, rng.nextDouble() < q ? 1 : 0, 1L, null);
                }
            }
            case TAMBON_SAMPLE -> {
                if (rng.nextDouble() < spec.coverage()) {
                    int sample = 4 + rng.nextInt(17);
                    long met = 0;
                    for (int i = 0; i < sample; i++) {
                        met += rng.nextDouble() < q ? 1 : 0;
                    }
                    result(out, spec, year, t.code(), t.code(), 0, met, (long) sample, null);
                }
            }
            case ORGANIZATION -> {
                for (int k = 1; k <= t.communityOrganizations(); k++) {
                    if (rng.nextDouble() < spec.coverage()) {
                        result(out, spec, year, t.code(), t.code(), k, rng.nextDouble() < q ? 1 : 0, 1L, communityOrg(t.code(), k));
                    }
                }
            }
            case TAMBON_COUNT -> {
                if (rng.nextDouble() < q) {
                    result(out, spec, year, t.code(), t.code(), 0, 1, null, null);
                }
            }
            case FUND_COUNT -> {
                boolean certified = rng.nextDouble() < q; // drawn for every tambon so the stream does not depend on funds
                if (t.welfareFund() && certified) {
                    result(out, spec, year, t.code(), t.code(), 0, 1, null, null);
                }
            }
            default -> throw new IllegalStateException(spec.observed().toString());
        }
    }

    private void result(QuadOut out, MatrixIndicatorSpec spec, int year, String areaCode, String key, int k, long numerator,
                        Long denominator, Node observed) {
        Node r = uri(NS + "result/" + year + "/" + spec.code() + "/" + key + (k > 0 ? "-" + k : ""));
        out.type(r, kk("AreaResult"));
        out.add(r, kk("forOrganization"), ORG);
        out.add(r, kk("forIndicator"), indicator(spec.code()));
        out.add(r, kk("fiscalYear"), integer(year));
        out.add(r, IN_AREA, area(areaCode));
        out.add(r, kk("numeratorValue"), decimal(BigDecimal.valueOf(numerator)));
        if (denominator != null) {
            out.add(r, kk("denominatorValue"), decimal(BigDecimal.valueOf(denominator)));
        }
        if (observed != null) {
            out.add(r, kk("observedActor"), observed);
        }
        out.add(r, PROVENANCE, SYNTHETIC);
        long[] sums = national.computeIfAbsent(spec.code() + "/" + year, x -> new long[3]);
        sums[0] += numerator;
        if (denominator != null) {
            sums[1] += denominator;
            sums[2] = 1;
        }
    }

    // ---------------------------------------------------------------- 06 the organization, its MOU and national values

    private void organization(QuadOut out, SplittableRandom rng) {
        Node dataset = graph("dataset");
        header(out, dataset, ORG, "ชุดข้อมูลสังเคราะห์ระดับประเทศ", "National synthetic dataset");
        out.type(dataset, kk("SyntheticDataset"));
        out.add(dataset, kk("generatorScale"), decimal(BigDecimal.valueOf(counts.scale())));
        out.add(dataset, kk("generatorSeed"), integer(seed));
        out.add(dataset, QuadOut.COMMENT, th("ข้อมูลทั้งหมดในกราฟ " + GRAPH_NS + "… สร้างขึ้นด้วยโปรแกรม (generate --scale "
                + plain(counts.scale()) + " --seed " + seed + ") เพื่อทดสอบขนาดระดับประเทศ ไม่ใช่ข้อมูลจริงของหน่วยงานใด"));
        out.add(dataset, QuadOut.COMMENT, en(String.format(Locale.ROOT, "Every fact in the graphs under %s is made up by "
                        + "'generate --scale %s --seed %d' to test national scale; none is real. %,d provinces, %,d districts, %,d tambons, "
                        + "%,d local administrations, %,d councils, %,d welfare funds, %,d community organizations.", GRAPH_NS,
                plain(counts.scale()), seed, counts.provinces(), counts.districts(), counts.tambons(), counts.localAdministrations(),
                counts.councils(), counts.welfareFunds(), counts.communityOrganizations())));

        header(out, graph("mou"), ORG, "บันทึกข้อตกลงและห่วงโซ่ผลการดำเนินงานขององค์การสังเคราะห์",
                "MOU and result chain of the synthetic organization");
        out.type(ORG, kk("PublicOrganization"));
        out.labels(ORG, "สถาบันสังเคราะห์เพื่อการทดสอบระดับประเทศ (ข้อมูลสังเคราะห์)", "Synthetic national institute (synthetic data)");
        out.add(ORG, kk("shortId"), QuadOut.string(ORG_ID));
        out.add(ORG, SECTOR, SECTOR_PUBLIC_ORG);
        out.add(ORG, IN_AREA, area(NATION_CODE));
        out.add(ORG, PROVENANCE, SYNTHETIC);
        Node mou = uri(NS + "mou");
        out.type(mou, kk("EvaluationAgreement"));
        out.labels(mou, "บันทึกข้อตกลงการประเมินความคุ้มค่าขององค์การสังเคราะห์", "Value-for-money evaluation agreement of the synthetic organization");
        out.add(mou, kk("evaluatedOrganization"), ORG);
        out.add(mou, kk("evaluator"), uri(Vocab.ID + "opdc"));
        out.add(mou, kk("firstFiscalYear"), integer(2566));
        out.add(mou, kk("lastFiscalYear"), integer(2568));
        out.add(mou, kk("usesFramework"), uri(Vocab.FRAMEWORK + "framework"));
        out.add(mou, PROVENANCE, SYNTHETIC);
        chain(out);
        for (MatrixIndicatorSpec spec : MatrixIndicatorSpec.ALL) {
            matrixIndicator(out, spec);
        }

        header(out, graph("measurements"), ORG, "ผลการดำเนินงานระดับประเทศขององค์การสังเคราะห์",
                "National results of the synthetic organization");
        for (MatrixIndicatorSpec spec : MatrixIndicatorSpec.ALL) {
            for (int year : MatrixIndicatorSpec.YEARS) {
                long[] s = national.getOrDefault(spec.code() + "/" + year, new long[3]);
                BigDecimal value = AreaTotals.value(BigDecimal.valueOf(s[0]), s[2] == 1 ? BigDecimal.valueOf(s[1]) : null,
                        spec.multiplier() == null ? null : BigDecimal.valueOf(spec.multiplier()));
                if (value != null) {
                    measurement(out, spec.code(), indicator(spec.code()), year, value,
                            "ผลรวมจากผลรายพื้นที่: ตัวตั้ง " + s[0] + (s[2] == 1 ? " / ตัวหาร " + s[1] : "") + " (ข้อมูลสังเคราะห์)");
                }
            }
        }
        for (MatrixIndicatorSpec.LeafSpec leaf : MatrixIndicatorSpec.LEAVES) {
            for (int i = 0; i < leaf.byYear().length; i++) {
                BigDecimal v = BigDecimal.valueOf(leaf.byYear()[i] + (rng.nextDouble() - 0.5) * 0.2).setScale(1, RoundingMode.HALF_EVEN);
                measurement(out, leaf.code(), uri(Vocab.FRAMEWORK + "ind-" + leaf.code()), 2566 + i, v, "ข้อมูลสังเคราะห์");
            }
        }
    }

    private void measurement(QuadOut out, String code, Node indicator, int year, BigDecimal value, String evidence) {
        Node m = uri(NS + "measurement/" + code + "/" + year);
        out.type(m, kk("Measurement"));
        out.add(m, kk("forOrganization"), ORG);
        out.add(m, kk("forIndicator"), indicator);
        out.add(m, kk("fiscalYear"), integer(year));
        out.add(m, kk("value"), decimal(value));
        out.add(m, kk("evidence"), th(evidence));
        out.add(m, kk("sourceFile"), QuadOut.string("generate --scale " + plain(counts.scale()) + " --seed " + seed));
        out.add(m, PROVENANCE, SYNTHETIC);
    }

    /** A small mandate and result chain, so that coverage and coherence have something to measure. */
    private void chain(QuadOut out) {
        String[] objectives = {"ส่งเสริมอาชีพ รายได้ ที่อยู่อาศัย และคุณภาพชีวิตขององค์กรชุมชน", "สนับสนุนทางการเงินแก่องค์กรชุมชน",
                "พัฒนาองค์กรชุมชนและประสานการสนับสนุน", "ส่งเสริมความร่วมมือขององค์กรชุมชนทุกระดับ"};
        Node strategy = uri(NS + "strategy-1");
        out.type(strategy, kk("Strategy"));
        out.labels(strategy, "ยุทธศาสตร์การพัฒนาโดยใช้พื้นที่เป็นฐาน (สังเคราะห์)", "Area-based development strategy (synthetic)");
        out.add(strategy, kk("ordinal"), integer(1));
        out.add(strategy, kk("mandateOf"), ORG);
        out.add(strategy, kk("supportsNationalPlan"), uri(Vocab.REF + "ns-4"));
        out.add(strategy, PROVENANCE, SYNTHETIC);
        for (int i = 1; i <= 4; i++) {
            Node o = uri(NS + "objective-" + i);
            out.type(o, kk("EstablishmentObjective"));
            out.labels(o, objectives[i - 1] + " (สังเคราะห์)", "Synthetic establishment objective " + i);
            out.add(o, kk("ordinal"), integer(i));
            out.add(o, kk("mandateOf"), ORG);
            out.add(o, PROVENANCE, SYNTHETIC);
            Node plan = uri(NS + "programme-" + i);
            Node output = uri(NS + "output-" + i);
            out.type(plan, kk("Plan"));
            out.labels(plan, "แผนงานสังเคราะห์ที่ " + i, "Synthetic programme " + i);
            out.add(plan, kk("implementedBy"), ORG);
            out.add(plan, kk("serves"), o);
            out.add(plan, kk("implementsStrategy"), strategy);
            out.add(plan, kk("produces"), output);
            out.add(plan, PROVENANCE, SYNTHETIC);
            out.type(output, kk("Output"));
            out.labels(output, "ผลผลิตสังเคราะห์ที่ " + i, "Synthetic output " + i);
            out.add(output, kk("serves"), o);
            out.add(output, PROVENANCE, SYNTHETIC);
        }
        int i = 0;
        for (MatrixIndicatorSpec spec : MatrixIndicatorSpec.ALL) {
            Node element = uri(NS + (spec.outcome() ? "outcome-" : "impact-") + spec.code());
            out.type(element, kk(spec.outcome() ? "Outcome" : "Impact"));
            out.labels(element, spec.labelTh(), spec.labelEn());
            out.add(element, kk("measuredBy"), indicator(spec.code()));
            out.add(element, PROVENANCE, SYNTHETIC);
            if (spec.outcome()) {
                out.add(uri(NS + "output-" + (1 + i % 4)), kk("achieves"), element);
                out.add(element, kk("contributesToImpact"), uri(NS + "impact-I" + (1 + i % 4)));
                i++;
            }
        }
    }

    private void matrixIndicator(QuadOut out, MatrixIndicatorSpec spec) {
        Node ind = indicator(spec.code());
        out.type(ind, kk(spec.outcome() ? "OutcomeIndicator" : "ImpactIndicator"));
        out.add(ind, kk("code"), QuadOut.string(spec.code()));
        out.add(ind, kk("ordinal"), integer(spec.ordinal()));
        out.labels(ind, spec.labelTh() + " (สังเคราะห์)", spec.labelEn() + " (synthetic)");
        out.add(ind, PROVENANCE, SYNTHETIC);
        out.add(ind, kk("aggregatedInto"), uri(Vocab.FRAMEWORK + "ind-2.1.1"));
        out.add(ind, kk("frameworkOf"), ORG);
        out.add(ind, kk("targetYear"), integer(2568));
        out.add(ind, kk("unit"), kk(spec.unit()));
        out.add(ind, kk("sourceAndMethod"), th("ข้อมูลสังเคราะห์รายพื้นที่"));
        out.add(ind, kk("collectionPeriod"), th("รายปี 2565 - 2568 (สังเคราะห์)"));
        Node formula = uri(NS + "ind-" + spec.code() + "/formula");
        out.add(ind, kk("formula"), formula);
        out.type(formula, kk("Formula"));
        out.add(formula, kk("numerator"), th(spec.numeratorTh()));
        if (spec.denominatorTh() != null) {
            out.add(formula, kk("denominator"), th(spec.denominatorTh()));
        }
        if (spec.multiplier() != null) {
            out.add(formula, kk("multiplier"), decimal(BigDecimal.valueOf(spec.multiplier())));
        }
        out.add(formula, PROVENANCE, SYNTHETIC);
        Node target = uri(NS + "ind-" + spec.code() + "/target");
        out.add(ind, kk("target"), target);
        out.type(target, kk(spec.target().kind()));
        switch (spec.target().kind()) {
            case "AbsoluteTarget" -> out.add(target, kk("targetValue"), decimal(BigDecimal.valueOf(spec.target().value())));
            case "BasePlusPointsTarget" -> out.add(target, kk("points"), decimal(BigDecimal.valueOf(spec.target().value())));
            default -> out.add(target, kk("growthWindow"), integer(spec.target().value()));
        }
        if (spec.target().baseYear() != null) {
            out.add(target, kk("baseYear"), integer(spec.target().baseYear()));
        }
        out.add(target, kk("targetText"), th(spec.target().textTh()));
        out.add(target, PROVENANCE, SYNTHETIC);
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}

package org.khumkha.scale;

import java.util.List;

/**
 * One evaluation-matrix indicator of the synthetic organization, shaped like CODI's (attachment 4: outcomes O1-O9,
 * impacts I1-I4), and how the generator draws its area-level results. Probabilities and means are per fiscal year
 * 2565, 2566, 2567, 2568 and rise over the years, as a working programme's would.
 *
 * @param observed   where one result stands and what it counts
 * @param coverage   the chance that a unit (tambon or community organization) is in the denominator at all
 * @param byYear     per year: the chance of success of one unit, or for {@link Observed#PROVINCE_SURVEY} the mean
 *                   score (1-5), for {@link Observed#PROVINCE_VALUE} the value-for-budget ratio
 */
record MatrixIndicatorSpec(String code, boolean outcome, int ordinal, String unit, Integer multiplier, Observed observed,
                           double coverage, double[] byYear, Target target, String labelTh, String labelEn,
                           String numeratorTh, String denominatorTh) {

    /** The fiscal years results are generated for. */
    static final int[] YEARS = {2565, 2566, 2567, 2568};

    enum Observed {
        /** One result per covered tambon: numerator 0 or 1, denominator 1 (a percentage of tambons). */
        TAMBON,
        /** One result per covered tambon: a sample of 4-20 leaders, numerator the number meeting the standard. */
        TAMBON_SAMPLE,
        /** One result per sampled community organization: numerator 0 or 1, denominator 1. */
        ORGANIZATION,
        /** A count: one result per tambon that counts (numerator 1, no denominator). */
        TAMBON_COUNT,
        /** A count of certified welfare funds: one result per tambon whose fund is certified. */
        FUND_COUNT,
        /** One result per province: numerator the sum of the scores (1-5), denominator 5 × respondents. */
        PROVINCE_SURVEY,
        /** One result per province: numerator the economic and social value, denominator the budget (baht). */
        PROVINCE_VALUE
    }

    /** kind: Absolute (value), BasePlusPoints (value = points, baseYear), BaseGrowth (value = window). */
    record Target(String kind, int value, Integer baseYear, String textTh) {}

    private static Target plus10() {
        return new Target("BasePlusPointsTarget", 10, 2567, "ร้อยละ X + 10 (X หมายถึงผลการติดตามปี 2567)");
    }

    static final List<MatrixIndicatorSpec> ALL = List.of(
            new MatrixIndicatorSpec("O1", true, 1, "Percent", 100, Observed.TAMBON, 0.62, new double[] {.50, .55, .60, .71}, plus10(),
                    "ร้อยละของตำบลที่องค์กรชุมชนได้รับการสนับสนุนแล้วเกิดการขยายผลได้สำเร็จ",
                    "Percentage of supported tambons whose community organizations extended the results",
                    "จำนวนตำบลที่ขยายผลได้สำเร็จ", "จำนวนตำบลที่ได้รับการสนับสนุนในปี 2566 - 2567"),
            new MatrixIndicatorSpec("O2", true, 2, "Count", null, Observed.TAMBON_COUNT, 1.0,
                    new double[] {60.0 / 7255, 68.0 / 7255, 75.0 / 7255, 80.0 / 7255},
                    new Target("AbsoluteTarget", 77, null, "77 ตำบล (นับใหม่)"),
                    "ความสำเร็จของการขยายผลตำบลต้นแบบ", "Success in extending model tambons",
                    "จำนวนตำบลต้นแบบที่เพิ่มขึ้น (ไม่นับซ้ำ)", null),
            new MatrixIndicatorSpec("O3", true, 3, "Count", null, Observed.FUND_COUNT, 1.0, new double[] {.14, .17, .19, .215},
                    new Target("BaseGrowthTarget", 3, null, "X = ผลปี 2567 + อัตราการเติบโตเฉลี่ย 3 ปี"),
                    "จำนวนกองทุนสวัสดิการชุมชนที่ได้รับการรับรองมาตรฐาน", "Number of community welfare funds certified to the standard",
                    "จำนวนกองทุนสวัสดิการชุมชนที่ได้รับการรับรองมาตรฐาน", null),
            new MatrixIndicatorSpec("O4", true, 4, "Percent", 100, Observed.TAMBON, 0.62, new double[] {.58, .62, .66, .77}, plus10(),
                    "ร้อยละของตำบลที่องค์กรชุมชนยังคงดำเนินกิจกรรมร่วมกัน", "Percentage of tambons whose community organizations remain active together",
                    "จำนวนตำบลที่องค์กรชุมชนยังคงดำเนินกิจกรรม", "จำนวนตำบลที่ได้รับการสนับสนุนในปี 2566 - 2567"),
            new MatrixIndicatorSpec("O5", true, 5, "Percent", 100, Observed.TAMBON_SAMPLE, 0.85, new double[] {.55, .60, .64, .75}, plus10(),
                    "ร้อยละของผู้นำองค์กรชุมชนที่มีทักษะความรู้ตามมาตรฐาน", "Percentage of community leaders with skills to the standard",
                    "จำนวนผู้นำที่ผ่านมาตรฐาน", "จำนวนผู้นำที่ได้รับการพัฒนาที่สุ่มสำรวจ"),
            new MatrixIndicatorSpec("O6", true, 6, "Percent", 100, Observed.PROVINCE_SURVEY, 1.0, new double[] {3.70, 3.80, 3.90, 4.05},
                    new Target("AbsoluteTarget", 80, null, "ร้อยละ 80"),
                    "ระดับความเชื่อมั่นต่อผู้แทนองค์กรชุมชนในคณะกรรมการระดับจังหวัด", "Confidence in community representatives on provincial committees",
                    "ผลรวมคะแนนความเชื่อมั่นทุกมิติ", "5 × จำนวนผู้ตอบแบบสำรวจ"),
            new MatrixIndicatorSpec("O7", true, 7, "Ratio", null, Observed.PROVINCE_VALUE, 1.0, new double[] {1.80, 1.90, 2.00, 2.15},
                    new Target("AbsoluteTarget", 2, null, "2 เท่า"),
                    "ความคุ้มค่าของการสนับสนุนงบประมาณโครงการที่อยู่อาศัยผู้มีรายได้น้อย", "Value for money of support to low-income housing",
                    "มูลค่าทางเศรษฐกิจและสังคมที่เกิดขึ้น (บาท)", "งบประมาณที่ใช้ (บาท)"),
            new MatrixIndicatorSpec("O8", true, 8, "Percent", 100, Observed.TAMBON, 0.02, new double[] {.70, .74, .78, .83},
                    new Target("AbsoluteTarget", 80, null, "ร้อยละ 80"),
                    "ร้อยละของตำบลที่มีแผนพัฒนาชุมชนที่ดีและมีการนำไปใช้", "Percentage of tambons with a good community plan that is used",
                    "จำนวนตำบลที่มีแผนที่ดีและนำไปใช้", "จำนวนตำบลเป้าหมาย"),
            new MatrixIndicatorSpec("O9", true, 9, "Percent", 100, Observed.TAMBON, 0.30, new double[] {.45, .50, .55, .66}, plus10(),
                    "ร้อยละของตำบลที่องค์กรชุมชนมีระดับความเข้มแข็งของการมีส่วนร่วมสูงขึ้น", "Percentage of tambons whose participation strength rose",
                    "จำนวนตำบลที่ระดับความเข้มแข็งสูงขึ้น", "จำนวนตำบลที่สุ่มสำรวจ"),
            new MatrixIndicatorSpec("I1", false, 1, "Percent", 100, Observed.ORGANIZATION, 0.40, new double[] {.40, .44, .48, .59}, plus10(),
                    "ร้อยละขององค์กรชุมชนและเครือข่ายที่สามารถพึ่งตนเองได้", "Percentage of community organizations that became self-reliant",
                    "จำนวนองค์กรที่พึ่งตนเองได้", "จำนวนองค์กรเป้าหมายที่สุ่มสำรวจ"),
            new MatrixIndicatorSpec("I2", false, 2, "Percent", 100, Observed.ORGANIZATION, 0.40, new double[] {.50, .54, .58, .69}, plus10(),
                    "ความสำเร็จในการพัฒนาและแก้ไขปัญหาที่ยกระดับคุณภาพชีวิต", "Success in development and problem solving that raises quality of life",
                    "จำนวนองค์กรที่บรรลุเป้าหมาย", "จำนวนองค์กรที่สุ่มสำรวจ"),
            new MatrixIndicatorSpec("I3", false, 3, "Percent", 100, Observed.TAMBON, 0.05, new double[] {.35, .40, .45, .56}, plus10(),
                    "ร้อยละของตำบลเป้าหมายที่มีกลไกบูรณาการการพัฒนาพื้นที่", "Percentage of target tambons with an integration mechanism",
                    "จำนวนพื้นที่ที่มีกลไก", "จำนวนตำบลเป้าหมายที่มีแผนที่ดี"),
            new MatrixIndicatorSpec("I4", false, 4, "Percent", 100, Observed.TAMBON, 0.35, new double[] {.55, .60, .64, .75}, plus10(),
                    "ร้อยละของตำบลที่องค์กรชุมชนเข้าถึงทรัพยากรได้", "Percentage of tambons whose community organizations access resources",
                    "จำนวนตำบลที่เข้าถึงทรัพยากร", "จำนวนตำบลที่สุ่มสำรวจ"));

    /** Framework leaves that take a measured value (all but 2.1.1, fed by the matrix, and 1.1, 1.2, 3.1, computed from the graph). */
    record LeafSpec(String code, double[] byYear) {}

    /** National values of the other leaves for 2566, 2567, 2568. */
    static final List<LeafSpec> LEAVES = List.of(
            new LeafSpec("2.1.2", new double[] {3.6, 3.9, 4.2}),
            new LeafSpec("2.2.1.1", new double[] {52.0, 55.0, 57.5}),
            new LeafSpec("2.2.1.2", new double[] {88.4, 90.1, 92.6}),
            new LeafSpec("2.2.2", new double[] {68.0, 72.0, 76.0}),
            new LeafSpec("4.1", new double[] {3.5, 3.8, 4.0}),
            new LeafSpec("4.2.1", new double[] {3.0, 3.2, 3.5}),
            new LeafSpec("4.2.2", new double[] {2.5, 3.0, 3.4}),
            new LeafSpec("4.3", new double[] {3.0, 3.5, 4.0}),
            new LeafSpec("4.4", new double[] {3.2, 3.6, 3.9}));
}

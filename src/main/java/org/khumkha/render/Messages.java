package org.khumkha.render;

import java.util.Map;
import java.util.Objects;

/** The words of the pages, pictures and report, in Thai and English, by key. An unknown key is a programming error. */
public final class Messages {
    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("app", new String[] {"คุ้มค่า — ระบบประเมินความคุ้มค่าขององค์การมหาชน", "Khumkha — value-for-money evaluation"}),
            Map.entry("nav.scorecard", new String[] {"ผลการประเมิน", "Scorecard"}),
            Map.entry("nav.ecosystem", new String[] {"ระบบนิเวศ", "Ecosystem"}),
            Map.entry("nav.resultChain", new String[] {"ห่วงโซ่ผลการดำเนินงาน", "Result chain"}),
            Map.entry("nav.queries", new String[] {"คำถามข้อมูล", "Queries"}),
            Map.entry("nav.import", new String[] {"นำเข้าผลการดำเนินงาน", "Import"}),
            Map.entry("nav.byProvince", new String[] {"รายจังหวัด", "By province"}),
            Map.entry("lang.switch", new String[] {"English", "ภาษาไทย"}),
            Map.entry("organization", new String[] {"องค์การ", "Organization"}),
            Map.entry("fiscalYear", new String[] {"ปีงบประมาณ", "Fiscal year"}),
            Map.entry("show", new String[] {"แสดง", "Show"}),
            Map.entry("total", new String[] {"คะแนนรวม", "Total score"}),
            Map.entry("outOf5", new String[] {"จาก 5", "out of 5"}),
            Map.entry("provisional", new String[] {"ผลเบื้องต้น: ยังขาดข้อมูลบางรายการ คะแนนอาจสูงขึ้นเมื่อได้ข้อมูลครบ",
                    "Provisional: some values are missing; the total may rise once they are known"}),
            Map.entry("illustrative", new String[] {"ใช้ข้อมูลตัวอย่างเพื่อการสาธิต ไม่ใช่ผลการดำเนินงานจริง",
                    "Uses illustrative example data, not real results"}),
            Map.entry("synthetic", new String[] {"ข้อมูลสังเคราะห์ — ไม่ใช่ผลการดำเนินงานจริง (สร้างด้วยคำสั่ง generate เพื่อทดสอบระดับประเทศ)",
                    "Synthetic data, not a real result (made up by 'generate' to test national scale)"}),
            Map.entry("dimensions", new String[] {"มิติการประเมิน", "Dimensions"}),
            Map.entry("indicators", new String[] {"ตัวชี้วัด", "Indicators"}),
            Map.entry("code", new String[] {"รหัส", "Code"}),
            Map.entry("indicator", new String[] {"ตัวชี้วัด", "Indicator"}),
            Map.entry("weight", new String[] {"น้ำหนัก (ร้อยละ)", "Weight (%)"}),
            Map.entry("value", new String[] {"ผลการดำเนินงาน", "Value"}),
            Map.entry("source", new String[] {"ที่มา", "Source"}),
            Map.entry("target", new String[] {"เกณฑ์ระดับ 5", "Level-5 target"}),
            Map.entry("score", new String[] {"คะแนน (0-5)", "Score (0-5)"}),
            Map.entry("weighted", new String[] {"คะแนนถ่วงน้ำหนัก", "Weighted"}),
            Map.entry("trace", new String[] {"ที่มาของคะแนน", "How this was scored"}),
            Map.entry("criteria", new String[] {"เกณฑ์การให้คะแนน", "Scoring criteria"}),
            Map.entry("clickTrace", new String[] {"คลิกที่แถวเพื่อดูที่มาของคะแนน", "Click a row to see how it was scored"}),
            Map.entry("source.measured", new String[] {"ผลที่วัดได้", "measured"}),
            Map.entry("source.evaluator", new String[] {"ผู้ประเมิน", "evaluator"}),
            Map.entry("source.graph", new String[] {"วิเคราะห์จากกราฟ", "graph analysis"}),
            Map.entry("source.rubric", new String[] {"เกณฑ์ระดับ (rubric)", "rubric"}),
            Map.entry("source.missing", new String[] {"ไม่มีข้อมูล", "missing"}),
            Map.entry("matrix", new String[] {"ตัวชี้วัดผลลัพธ์และผลกระทบ (เอกสารประกอบ 4)", "Outcome and impact indicators (attachment 4)"}),
            Map.entry("targetRule", new String[] {"หลักการกำหนดค่าเป้าหมาย", "Target rule"}),
            Map.entry("base", new String[] {"ค่าฐาน", "Base"}),
            Map.entry("computedTarget", new String[] {"ค่าเป้าหมาย", "Target"}),
            Map.entry("result", new String[] {"ผล", "Result"}),
            Map.entry("met", new String[] {"บรรลุ", "Met"}),
            Map.entry("yes", new String[] {"ใช่", "yes"}),
            Map.entry("no", new String[] {"ไม่", "no"}),
            Map.entry("missing", new String[] {"รายการที่ยังไม่มีข้อมูล", "Missing values"}),
            Map.entry("rubric", new String[] {"เกณฑ์ระดับความสำเร็จของตัวชี้วัด 3.1 และหลักฐาน", "Rubric of indicator 3.1 and its evidence"}),
            Map.entry("rubric.modelled", new String[] {"เกณฑ์นี้สร้างแบบจำลองโดยคุ้มค่า ไม่ใช่เกณฑ์ทางการของ ก.พ.ร.",
                    "This rubric is Khumkha's model, not OPDC's official criteria"}),
            Map.entry("rubric.level", new String[] {"ระดับที่ได้", "Level reached"}),
            Map.entry("passed", new String[] {"ผ่าน", "holds"}),
            Map.entry("failed", new String[] {"ไม่ผ่าน", "fails"}),
            Map.entry("evidence", new String[] {"หลักฐาน", "Evidence"}),
            Map.entry("noEvidence", new String[] {"ไม่พบหลักฐาน", "no evidence found"}),
            Map.entry("level", new String[] {"ระดับ", "Level"}),
            Map.entry("download", new String[] {"ดาวน์โหลด", "Download"}),
            Map.entry("report.title", new String[] {"รายงานผลการประเมินความคุ้มค่าการดำเนินงานขององค์การมหาชน",
                    "Value-for-money evaluation report"}),
            Map.entry("report.generated", new String[] {"จัดทำโดยระบบคุ้มค่า เมื่อ", "Generated by Khumkha on"}),
            Map.entry("report.mandate", new String[] {"ภารกิจขององค์การ", "The organization's mandate"}),
            Map.entry("report.scorecard", new String[] {"ผลการประเมินตามกรอบการประเมินของ ก.พ.ร.", "Scorecard on OPDC's framework"}),
            Map.entry("report.ecosystem", new String[] {"ระบบนิเวศและบทบาทขององค์การ", "The ecosystem and the organization's role"}),
            Map.entry("report.resultChain", new String[] {"ห่วงโซ่ผลการดำเนินงาน", "The result chain"}),
            Map.entry("report.assumptions", new String[] {"ข้อสมมติที่สร้างแบบจำลอง", "Modelled assumptions"}),
            Map.entry("report.assumptionsNote", new String[] {
                    "ข้อมูลต่อไปนี้ไม่ได้ระบุในบันทึกข้อตกลง แต่สร้างแบบจำลองเพื่อให้วิเคราะห์ได้ ผู้ประเมินควรทบทวนก่อนใช้ผลที่คำนวณจากข้อมูลเหล่านี้",
                    "These are not stated in the MOU but modelled so the analysis can run; an evaluator should review them before trusting any number computed from them."}),
            Map.entry("report.statements", new String[] {"จำนวนข้อความ", "statements"}),
            Map.entry("report.derivedFrom", new String[] {"อนุมานจาก", "derived from"}),
            Map.entry("report.integrator", new String[] {"ค่าความเป็นศูนย์กลางระหว่างทาง (betweenness) ของ %s อยู่อันดับที่ %d ในระบบนิเวศ%s",
                    "%s ranks %d in betweenness in its ecosystem%s"}),
            Map.entry("report.integratorYes", new String[] {" สอดคล้องกับบทบาทผู้บูรณาการที่ระบุในบันทึกข้อตกลง",
                    ", consistent with the integrator role the MOU states"}),
            Map.entry("report.integratorNo", new String[] {" ไม่สอดคล้องกับบทบาทผู้บูรณาการที่ระบุในบันทึกข้อตกลง",
                    ", not what the integrator role the MOU states would lead one to expect"}),
            Map.entry("actor", new String[] {"ผู้มีส่วนร่วม", "Actor"}),
            Map.entry("sector", new String[] {"ภาคส่วน", "Sector"}),
            Map.entry("degree", new String[] {"จำนวนความสัมพันธ์", "Degree"}),
            Map.entry("betweenness", new String[] {"ความเป็นศูนย์กลางระหว่างทาง", "Betweenness"}),
            Map.entry("constraint", new String[] {"ข้อจำกัดเชิงโครงสร้าง (Burt)", "Burt's constraint"}),
            Map.entry("brokerage", new String[] {"บทบาทนายหน้า", "Brokerage"}));

    private Messages() {}

    public static String get(Language language, String key) {
        Objects.requireNonNull(language, "language");
        String[] t = TEXT.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no message '" + key + "'");
        }
        return t[language == Language.TH ? 0 : 1];
    }

    /** Every key (for tests: each has both languages). */
    public static java.util.Set<String> keys() {
        return TEXT.keySet();
    }
}

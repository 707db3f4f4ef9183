package org.khumkha.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.khumkha.render.Html;
import org.khumkha.render.Language;
import org.khumkha.render.Messages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /import}: upload a measurement file (CSV or XLSX) to {@code POST /api/measurements}, read its validation
 * report row by row (line, column, reason), then commit it; a file with any problem cannot be committed.
 */
@Controller
public class ImportPageController {

    @GetMapping(value = "/import", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(@RequestParam(name = "lang", required = false) String lang,
                                       @RequestParam(name = "org", required = false) String org,
                                       @CookieValue(name = Layout.LANGUAGE_COOKIE, required = false) String cookie) {
        return Layout.page(Page.IMPORT, lang, cookie, language -> {
            boolean th = language == Language.TH;
            Html h = new Html();
            h.open("p", "class", "intro").text(th
                    ? "ไฟล์ CSV หรือ XLSX มีคอลัมน์ organization, indicator, fiscal_year (พ.ศ.), value และ evidence ไฟล์จะถูกตรวจทั้งไฟล์ ไฟล์ที่มีปัญหาแม้แถวเดียวจะไม่ถูกบันทึก"
                    : "A CSV or XLSX file with columns organization, indicator, fiscal_year (B.E.), value and evidence. The file is checked whole; a file with any bad row is never written.")
                    .close("p");
            h.open("form", "id", "upload-form", "class", "upload-form", "enctype", "multipart/form-data")
                    .open("label").text(th ? "ไฟล์ผลการดำเนินงาน " : "Measurement file ")
                    .empty("input", "type", "file", "id", "file", "name", "file", "accept", ".csv,.xlsx,text/csv", "required", "").close("label")
                    .open("label").empty("input", "type", "checkbox", "id", "illustrative", "name", "illustrative")
                    .text(th ? " เป็นข้อมูลตัวอย่าง (ไม่ใช่ผลจริง)" : " illustrative data (not real results)").close("label")
                    .element("button", th ? "ตรวจสอบไฟล์" : "Validate", "type", "submit", "id", "validate")
                    .close("form");
            h.element("p", "", "id", "import-status", "class", "status", "aria-live", "polite");
            h.open("table", "id", "problems", "class", "problems", "hidden", "").open("thead").open("tr")
                    .element("th", th ? "บรรทัด" : "Line", "class", "num").element("th", th ? "คอลัมน์" : "Column")
                    .element("th", th ? "ปัญหา" : "Problem").close("tr").close("thead").open("tbody").close("tbody").close("table");
            h.element("button", th ? "บันทึกลงคลังข้อมูล" : "Commit to the store", "type", "button", "id", "commit", "hidden", "", "class", "primary");
            Map<String, String> context = new LinkedHashMap<>();
            if (org != null && !org.isBlank()) {
                context.put("org", org.strip());
            }
            return Layout.render(Page.IMPORT, language, Messages.get(language, "nav.import"), context, h);
        });
    }
}

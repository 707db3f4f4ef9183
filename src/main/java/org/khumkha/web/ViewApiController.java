package org.khumkha.web;

import java.util.List;

import org.khumkha.render.EcosystemView;
import org.khumkha.render.Language;
import org.khumkha.render.Pictures;
import org.khumkha.render.ResultChainView;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON and pictures behind the pages: {@code GET /api/views/organizations}, {@code /api/views/ecosystem?org=},
 * {@code /api/views/result-chain?org=}, {@code /api/views/by-province?org=&year=&indicator=}, and {@code /api/pictures/{ecosystem|result-chain}.{png|svg}?org=&lang=} (the
 * same pictures {@code render} writes). Bad input answers 400 with the reason.
 */
@RestController
public class ViewApiController {
    private final Workbench workbench;

    public ViewApiController(Workbench workbench) {
        this.workbench = workbench;
    }

    /** An organization and its agreement's fiscal years. */
    public record OrganizationEntry(String id, String label, String labelEn, List<Integer> years, int defaultYear) {}

    @GetMapping("/api/views/organizations")
    public List<OrganizationEntry> organizations() {
        return workbench.organizations().stream().map(o -> new OrganizationEntry(o.id(), o.labelTh(), o.labelEn(),
                Workbench.years(o), Workbench.defaultYear(o))).toList();
    }

    @GetMapping("/api/views/ecosystem")
    public EcosystemView ecosystem(@RequestParam(name = "org", defaultValue = "codi") String org) {
        return workbench.ecosystem(workbench.organization(org).id());
    }

    @GetMapping("/api/views/result-chain")
    public ResultChainView resultChain(@RequestParam(name = "org", defaultValue = "codi") String org) {
        return workbench.resultChain(workbench.organization(org).id());
    }

    /** An evaluation-matrix indicator by province: {@code GET /api/views/by-province?org=synthetic&year=2568&indicator=O1}. */
    @GetMapping("/api/views/by-province")
    public org.khumkha.scoring.IndicatorByProvince.View byProvince(@RequestParam(name = "org", defaultValue = "codi") String org,
                                                                   @RequestParam(name = "year", required = false) String year,
                                                                   @RequestParam(name = "indicator", required = false) String indicator) {
        var organization = workbench.organization(org);
        int fiscalYear = Workbench.fiscalYearOrDefault(organization, year);
        return workbench.byProvince(organization.id(), fiscalYear, indicator);
    }

    @GetMapping("/api/pictures/{kind}.{format}")
    public ResponseEntity<byte[]> picture(@PathVariable("kind") String kind, @PathVariable("format") String format,
                                          @RequestParam(name = "org", defaultValue = "codi") String org,
                                          @RequestParam(name = "lang", defaultValue = "th") String lang) {
        Pictures.Kind k = Pictures.Kind.parse(kind);
        Pictures.Format f = Pictures.Format.parse(format);
        String orgId = workbench.organization(org).id();
        byte[] bytes = workbench.picture(orgId, k, f, Language.parse(lang));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType()))
                .cacheControl(CacheControl.noCache())
                .header("Content-Disposition", "inline; filename=\"" + k.id() + "-" + orgId + "." + f.extension() + "\"")
                .body(bytes);
    }
}

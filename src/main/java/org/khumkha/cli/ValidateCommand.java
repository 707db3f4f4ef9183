package org.khumkha.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.ShaclValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", description = {
        "Check the store against ontology/shapes.ttl (SHACL) and print a readable report.",
        "Exit 0 when it conforms, 1 when there are violations, 2 on bad usage."})
public class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (KnowledgeStore store = storeOptions.openStore()) {
            long start = System.nanoTime();
            ShaclValidation.Result result = new ShaclValidation(store).validate();
            PrintWriter out = spec.commandLine().getOut();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (result.conforms()) {
                out.printf("conforms: ข้อมูลผ่านการตรวจสอบ SHACL ทุกข้อ (%,d quads, %.1f s)%n", store.size(), seconds);
                return ExitCodes.OK;
            }
            out.printf("%d violation(s) / พบข้อผิดพลาด %d รายการ:%n", result.findings().size(), result.findings().size());
            String lastFocus = null;
            for (ShaclValidation.Finding f : result.findings()) {
                if (!f.focusNode().equals(lastFocus)) {
                    out.printf("%n%s  (%s)%n", f.focusLabel(), f.focusNode());
                    lastFocus = f.focusNode();
                }
                out.printf("  - [%s] %s%s%s%n", f.severity(), f.message(),
                        f.path().isEmpty() ? "" : "  path: " + f.path(),
                        f.value().isEmpty() ? "" : "  value: " + f.value());
            }
            return ExitCodes.FINDINGS;
        }
    }
}

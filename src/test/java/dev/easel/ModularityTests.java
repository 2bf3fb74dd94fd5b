package dev.easel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** Published with the sources (docs/modules.md explains them), rewritten by every build so they stay current. */
    static final Path MODULE_DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(EaselApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicTypesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentationIntoDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(MODULE_DOCS.toString()))
                .writeDocumentation()
                .writeAggregatingDocument();
        try (Stream<Path> files = Files.list(MODULE_DOCS)) {
            for (Path file : files.toList()) {
                inStableOrder(file);
            }
        }

        assertThat(MODULE_DOCS.resolve("components.puml")).exists();
        modules.forEach(module -> {
            assertThat(MODULE_DOCS.resolve("module-" + module.getIdentifier() + ".puml"))
                    .exists();
            assertThat(MODULE_DOCS.resolve("module-" + module.getIdentifier() + ".adoc"))
                    .exists();
        });
        assertThat(MODULE_DOCS.resolve("all-docs.adoc")).exists();
    }

    /**
     * The Documenter lists relations and events in hash order, which changes from run to run; sorted, the files change
     * only when the modules do. Sorts each run of PlantUML relations and each run of AsciiDoc list items (the first
     * item of a table cell keeps its cell mark).
     */
    private static void inStableOrder(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> sorted = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); ) {
            String line = lines.get(i);
            boolean relation = line.startsWith("Rel(");
            boolean item = line.startsWith("* ") || line.startsWith("|* ");
            if (!relation && !item) {
                sorted.add(line);
                i++;
                continue;
            }
            String cellMark = line.startsWith("|") ? "|" : "";
            List<String> run = new ArrayList<>();
            run.add(line.substring(cellMark.length()));
            int j = i + 1;
            while (j < lines.size()
                    && (relation
                            ? lines.get(j).startsWith("Rel(")
                            : lines.get(j).startsWith("* "))) {
                run.add(lines.get(j));
                j++;
            }
            run.sort(null);
            run.set(0, cellMark + run.get(0));
            sorted.addAll(run);
            i = j;
        }
        Files.write(file, sorted, StandardCharsets.UTF_8);
    }
}

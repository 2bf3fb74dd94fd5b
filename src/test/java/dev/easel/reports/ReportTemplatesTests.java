package dev.easel.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTemplatesTests {

    private static final Path TEMPLATES = Path.of("reports");

    @Test
    void everyTemplateInTheFolderCompiles() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".jrxml"))
                    .map(name -> name.substring(0, name.length() - ".jrxml".length()))
                    .sorted()
                    .toList();
        }

        CompiledTemplates templates = new CompiledTemplates(new TemplateSource(TEMPLATES), names);

        assertThat(names).contains("decision-audit", "review-outcomes");
        names.forEach(name -> assertThat(templates.get(name).getName()).isEqualTo(name));
    }

    @Test
    void recompilesATemplateWhenItsFileChangesAndKeepsTheLastGoodOneWhenTheEditIsBroken(@TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("review-outcomes.jrxml");
        Files.copy(TEMPLATES.resolve("review-outcomes.jrxml"), file);
        CompiledTemplates templates = new CompiledTemplates(new TemplateSource(folder), List.of("review-outcomes"));
        JasperReport first = templates.get("review-outcomes");

        Files.writeString(
                file,
                Files.readString(file).replace("Review outcomes of flagged CLV spikes", "Review outcomes (edited)"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 2_000));
        JasperReport edited = templates.get("review-outcomes");
        Files.writeString(file, "<jasperReport name=\"broken\">");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 4_000));

        assertThat(edited).isNotSameAs(first);
        assertThat(templates.get("review-outcomes")).isSameAs(edited);
        assertThat(templates.get("review-outcomes")).isSameAs(templates.get("review-outcomes"));
    }

    @Test
    void servesThePackagedTemplateWhenTheFolderHasNone(@TempDir Path emptyFolder) {
        TemplateSource source = new TemplateSource(emptyFolder);

        assertThat(source.stampOf("decision-audit")).isEqualTo(TemplateSource.Stamp.PACKAGED);
        assertThatThrownBy(() -> source.read("no-such-report")).hasMessageContaining("no-such-report.jrxml");
    }
}

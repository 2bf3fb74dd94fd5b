package dev.easel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

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
    void writesTheModuleDocumentationIntoDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(MODULE_DOCS.toString()))
                .writeDocumentation()
                .writeAggregatingDocument();

        assertThat(MODULE_DOCS.resolve("components.puml")).exists();
        modules.forEach(module -> {
            assertThat(MODULE_DOCS.resolve("module-" + module.getIdentifier() + ".puml")).exists();
            assertThat(MODULE_DOCS.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
        });
        assertThat(MODULE_DOCS.resolve("all-docs.adoc")).exists();
        assertThat(Files.isDirectory(MODULE_DOCS)).isTrue();
    }
}

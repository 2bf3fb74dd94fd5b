package dev.easel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.rules.RuleCandidates;
import dev.easel.rules.RulesFolders;
import dev.easel.rules.RulesVersion;
import dev.easel.testing.PostgresIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staged mode on a folder of its own, with the service's store of kept versions on PostgreSQL: a change saved in the
 * folder becomes a candidate and the rules in service keep serving, with no reload announced.
 */
@PostgresIntegrationTest
class StagedModeIT {

    @TempDir
    Path folder;

    @Autowired
    RulesetStore store;

    @Test
    void aChangeSavedInTheFolderIsKeptAsACandidateAndDoesNotServe() throws Exception {
        RulesFolders.copyOfProjectRules(folder);
        LiveRules live = LiveRules.open(folder, new RulesetCompiler());
        String serving = live.current().version();
        RuleCandidates candidates = new RuleCandidates(store, live, true);
        List<Object> announced = new ArrayList<>();
        RulesReloads reloads = new RulesReloads(live, announced::add, store, candidates);
        Path spikes = folder.resolve("review/clv-spikes.drl");
        String text = Files.readString(spikes);
        Files.writeString(spikes, text + "\n// staged-mode test " + System.nanoTime() + "\n");
        String saved = RuleFiles.fromDirectory(folder).version();

        LiveRules.Reload watched = reloads.reloadIfChanged();
        LiveRules.Reload asked = reloads.reload("admin", "ADMIN");

        assertThat(watched.swapped()).isFalse();
        assertThat(asked.swapped()).isFalse();
        assertThat(live.current().version()).isEqualTo(serving);
        assertThat(announced).isEmpty();
        RulesVersion candidate = candidates.find(saved).orElseThrow();
        assertThat(candidate.standing()).isEqualTo(RulesVersion.Standing.CANDIDATE);
        assertThat(candidate.origin()).isEqualTo(RulesVersion.Origin.FOLDER);
        assertThat(candidate.author()).isEqualTo(RuleCandidates.FOLDER_AUTHOR);
        assertThat(candidate.note()).isEqualTo(RuleCandidates.FOLDER_NOTE);
        assertThat(candidate.baseVersion()).isEqualTo(serving);
        assertThat(candidates.files(saved).orElseThrow().get("review/clv-spikes.drl"))
                .contains("staged-mode test");
    }

    @Test
    void aFolderThatDoesNotBuildIsNotKeptAndItsErrorsAreReported() throws Exception {
        RulesFolders.copyOfProjectRules(folder);
        LiveRules live = LiveRules.open(folder, new RulesetCompiler());
        String serving = live.current().version();
        RulesReloads reloads = new RulesReloads(live, event -> {}, store, new RuleCandidates(store, live, true));
        Files.writeString(folder.resolve("review/broken.drl"), "package review;\nrule \"broken\" when then x( end\n");
        String saved = RuleFiles.fromDirectory(folder).version();

        LiveRules.Reload reload = reloads.reloadIfChanged();

        assertThat(reload.failed()).isTrue();
        assertThat(reload.errors()).anyMatch(error -> error.file().contains("broken.drl"));
        assertThat(live.current().version()).isEqualTo(serving);
        assertThat(store.find(saved)).isEmpty();
    }
}

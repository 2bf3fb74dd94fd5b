package dev.easel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.rules.RulesFolders;
import dev.easel.rules.RulesReloaded;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesFolderWatcherTests {

    @TempDir
    Path folder;

    @Test
    void reloadsAnEditedThresholdOnItsOwnAndAnnouncesIt() throws Exception {
        RulesFolders.copyOfProjectRules(folder);
        LiveRules rules = LiveRules.open(folder, new RulesetCompiler());
        String before = rules.current().version();
        List<Object> announced = new CopyOnWriteArrayList<>();
        RulesFolderWatcher watcher =
                new RulesFolderWatcher(rules, new RulesReloads(rules, announced::add), true, Duration.ofMillis(200));
        watcher.start();
        try {
            Path file = folder.resolve("clv/seasonal-promotions.drl");
            Files.writeString(
                    file,
                    Files.readString(file)
                            .replace("predictionWeight : double = 0.5", "predictionWeight : double = 0.4"));

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (rules.current().version().equals(before) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            watcher.stop();
        }
        assertThat(rules.current().version())
                .isNotEqualTo(before)
                .isEqualTo(RuleFiles.fromDirectory(folder).version());
        assertThat(announced)
                .last()
                .isEqualTo(new RulesReloaded(
                        rules.current().version(),
                        before,
                        rules.current().files(),
                        "easel",
                        "SYSTEM",
                        "folder-watcher"));
    }

    @Test
    void staysIdleWhenDisabled() {
        RulesFolders.copyOfProjectRules(folder);
        LiveRules rules = LiveRules.open(folder, new RulesetCompiler());
        RulesFolderWatcher watcher =
                new RulesFolderWatcher(rules, new RulesReloads(rules, event -> {}), false, Duration.ofMillis(200));

        watcher.start();

        assertThat(watcher.isRunning()).isFalse();
    }
}

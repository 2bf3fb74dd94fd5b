package dev.easel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchorFileTests {

    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);
    private static final String HASH_C = "c".repeat(64);
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void readsBackEveryAnchorChainedToTheOneBefore() {
        AnchorFile file = anchorFile(true);
        file.append(3, HASH_A, AT);
        file.append(7, HASH_B, AT.plusSeconds(300));

        AnchorFile.Contents contents = anchorFile(false).read();

        assertThat(contents.problems()).isEmpty();
        assertThat(contents.anchors())
                .extracting(Anchor::headId, Anchor::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, 1L), org.assertj.core.groups.Tuple.tuple(7L, 2L));
        assertThat(contents.anchors().get(1).previous())
                .isEqualTo(contents.anchors().get(0).mac());
        assertThat(contents.latest().headHash()).isEqualTo(HASH_B);
    }

    @Test
    void aLineEditedWithoutTheKeyIsNotAnAnchor() throws IOException {
        AnchorFile file = anchorFile(true);
        file.append(3, HASH_A, AT);
        file.append(7, HASH_B, AT.plusSeconds(300));
        replaceInFile("\"headId\":7", "\"headId\":5");

        AnchorFile.Contents contents = file.read();

        assertThat(contents.latest().headId()).isEqualTo(3);
        assertThat(contents.problems())
                .extracting(ChainBreak::kind, ChainBreak::firstId, ChainBreak::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        ChainBreak.Kind.ANCHOR_INVALID, 2L, "anchor line 2 is not signed with the anchor key"));
    }

    @Test
    void anAnchorRemovedFromTheMiddleShowsInTheOneAfterIt() throws IOException {
        AnchorFile file = anchorFile(true);
        file.append(3, HASH_A, AT);
        file.append(7, HASH_B, AT.plusSeconds(300));
        file.append(9, HASH_C, AT.plusSeconds(600));
        List<String> lines = new ArrayList<>(Files.readAllLines(anchors()));
        lines.remove(1);
        Files.write(anchors(), lines);

        AnchorFile.Contents contents = file.read();

        assertThat(contents.anchors()).extracting(Anchor::headId).containsExactly(3L, 9L);
        assertThat(contents.problems())
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.problem()).contains("anchor line 2 does not follow the anchor before it"));
    }

    @Test
    void anchorsSignedWithAnotherKeyAreNotAnchors() {
        anchorFile(true).append(3, HASH_A, AT);
        AnchorFile otherKey = new AnchorFile(properties(folder.resolve("other.key"), true));

        assertThat(otherKey.read().anchors()).isEmpty();
        assertThat(otherKey.read().problems()).hasSize(1);
    }

    @Test
    void refusesToStartWithoutItsKeyWhereItMayNotCreateOne() {
        assertThatThrownBy(() -> anchorFile(false))
                .hasMessageContaining("audit anchor key file")
                .hasMessageContaining("does not exist");
    }

    private AnchorFile anchorFile(boolean createKey) {
        return new AnchorFile(properties(folder.resolve("anchor.key"), createKey));
    }

    private AuditProperties properties(Path key, boolean createKey) {
        return new AuditProperties(
                false, new AuditProperties.Anchor(anchors(), key, createKey, Duration.ofMinutes(5)), Duration.ZERO);
    }

    private Path anchors() {
        return folder.resolve("anchors.jsonl");
    }

    private void replaceInFile(String from, String to) throws IOException {
        String text = Files.readString(anchors(), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(anchors(), text.replace(from, to), StandardCharsets.UTF_8);
    }
}

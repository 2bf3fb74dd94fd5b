package dev.easel.privacy.notices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.consent.ConsentStatus;
import dev.easel.consent.Purpose;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NoticeCompilerTests {

    private static SortedMap<String, byte[]> shipped() {
        return NoticeFiles.fromDirectory(Path.of("notices"));
    }

    @Test
    void loadsTheShippedNoticesInEnglishAndGerman() {
        NoticeCompiler.Result result = NoticeCompiler.compile("notices", shipped());

        assertThat(result.problems()).isEmpty();
        Notices notices = result.notices();
        assertThat(notices.languageCodes()).containsExactly("de", "en");
        assertThat(notices.in("de", null).purpose(Purpose.CLV_PROFILING).title())
                .isEqualTo("Kundenwert-Profil");
        assertThat(notices.in(null, "fr-FR,de;q=0.8").language()).isEqualTo("de");
        assertThat(notices.in("xx", null).language()).isEqualTo("en");
        assertThat(notices.version()).hasSize(64);
    }

    @Test
    void mapsSurveyAnswersToConsentsAndFeedbackCodes() {
        SurveyMap surveys =
                NoticeCompiler.compile("notices", shipped()).notices().surveys();

        SurveyMap.Question consent =
                surveys.question("zigpoll", "renewal-consent").orElseThrow();
        assertThat(consent.consentStatus("Yes")).contains(ConsentStatus.GIVEN);
        SurveyMap.Question feedback = surveys.question("hotjar", "next-order").orElseThrow();
        assertThat(feedback.code("I am moving to another supplier")).isEqualTo("moving-supplier");
        assertThat(feedback.code("something else entirely")).isEqualTo("other");
    }

    @Test
    void namesEveryProblemWithFileAndLine() {
        SortedMap<String, byte[]> files = new TreeMap<>(shipped());
        String english = new String(files.get("en.notice"), StandardCharsets.UTF_8)
                .replace("retention: For as long as you agree", "retension: For as long as you agree")
                .replace("purpose: marketing-sync", "purpose: newsletter");
        files.put("en.notice", english.getBytes(StandardCharsets.UTF_8));

        NoticeCompiler.Result result = NoticeCompiler.compile("notices", files);

        assertThat(result.ok()).isFalse();
        int typoLine = lineOf(english, "retension:");
        assertThat(result.problems())
                .extracting(NoticeProblem::toString)
                .contains("en.notice:" + typoLine + ": unknown key 'retension' in a purpose (one of title, what, why, "
                        + "data, retention)")
                .anyMatch(problem -> problem.startsWith(
                        "en.notice:" + lineOf(english, "purpose: newsletter") + ": unknown purpose 'newsletter'"))
                .anyMatch(problem -> problem.contains("purpose 'marketing-sync' has no notice"));
    }

    @Test
    void anEditChangesTheVersionAndTheSameFilesKeepIt() {
        SortedMap<String, byte[]> files = new TreeMap<>(shipped());
        String before = NoticeCompiler.compile("a", files).notices().version();
        assertThat(NoticeCompiler.compile("b", new TreeMap<>(files)).notices().version())
                .isEqualTo(before);

        files.put(
                "de.notice",
                (new String(files.get("de.notice"), StandardCharsets.UTF_8) + "\n# edited\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(NoticeCompiler.compile("a", files).notices().version()).isNotEqualTo(before);
    }

    @Test
    void aLiveLibraryKeepsWorkingTextsWhenAnEditBreaksThem() throws IOException {
        Path folder = Files.createTempDirectory("notices");
        try {
            for (var file : shipped().entrySet()) {
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
            NoticeLibrary library = new NoticeLibrary(new NoticesProperties(
                    folder, new NoticesProperties.Watch(false, java.time.Duration.ofMillis(100))));
            String working = library.current().version();

            Files.writeString(folder.resolve("de.notice"), "language: de\nnonsense line\n");
            NoticeLibrary.Reload broken = library.reload();

            assertThat(broken.loaded()).isFalse();
            assertThat(broken.problems())
                    .extracting(NoticeProblem::toString)
                    .contains("de.notice:2: expected 'key: value', found 'nonsense line'");
            assertThat(library.current().version()).isEqualTo(working);
        } finally {
            try (var paths = Files.list(folder)) {
                for (Path path : paths.toList()) {
                    Files.delete(path);
                }
            }
            Files.delete(folder);
        }
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not found");
    }
}

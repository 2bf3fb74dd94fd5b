package dev.easel.privacy.notices;

import dev.easel.consent.ConsentStatus;
import dev.easel.consent.Purpose;
import dev.easel.shared.ContentHash;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the notices folder's files into {@link Notices}, or names every problem with file and line: a missing or
 * unknown key, a purpose without its texts, a language that lacks a purpose, a survey answer that means nothing.
 */
final class NoticeCompiler {

    static final String NOTICE_EXTENSION = ".notice";
    static final String SURVEY_MAP = "surveys.map";
    static final String DEFAULT_LANGUAGE = "en";

    private static final Set<String> HEADER_KEYS =
            Set.of("language", "language-name", "policy-url", "policy-version", "heading", "intro");
    private static final Set<String> UI_KEYS = Set.of(
            "save",
            "give",
            "withdraw",
            "given",
            "withdrawn",
            "none",
            "gpc",
            "receipts",
            "requests",
            "ask-copy",
            "ask-erasure",
            "download-copy",
            "expired",
            "renew",
            "renewed",
            "feedback");
    private static final List<String> PURPOSE_KEYS = List.of("title", "what", "why", "data", "retention");

    private NoticeCompiler() {}

    record Result(Notices notices, List<NoticeProblem> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    static Result compile(String location, SortedMap<String, byte[]> files) {
        List<NoticeProblem> problems = new ArrayList<>();
        Map<String, LanguageNotices> languages = new TreeMap<>();
        SurveyMap surveys = SurveyMap.NONE;
        for (var file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            if (file.getKey().endsWith(NOTICE_EXTENSION)) {
                LanguageNotices notices = language(file.getKey(), text, problems);
                if (notices != null) {
                    languages.put(notices.language(), notices);
                }
            } else if (file.getKey().equals(SURVEY_MAP)) {
                surveys = surveys(file.getKey(), text, problems);
            }
        }
        if (!languages.containsKey(DEFAULT_LANGUAGE) && problems.isEmpty()) {
            problems.add(new NoticeProblem(
                    DEFAULT_LANGUAGE + NOTICE_EXTENSION, 1, "the default language's notices are missing"));
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(
                new Notices(ContentHash.of(files), location, languages, DEFAULT_LANGUAGE, surveys), List.of());
    }

    private static LanguageNotices language(String file, String text, List<NoticeProblem> problems) {
        int before = problems.size();
        Map<String, String> header = new HashMap<>();
        Map<String, String> ui = new HashMap<>();
        Map<Purpose, Map<String, String>> purposes = new EnumMap<>(Purpose.class);
        Map<Purpose, Integer> purposeLines = new EnumMap<>(Purpose.class);
        Map<String, String> current = null;
        for (KeyValueLines.Line line : KeyValueLines.parse(file, text, problems)) {
            String key = line.key();
            if (key.equals("purpose")) {
                try {
                    Purpose purpose = Purpose.fromCode(line.value());
                    if (purposes.containsKey(purpose)) {
                        problems.add(
                                new NoticeProblem(file, line.number(), "purpose '" + line.value() + "' appears twice"));
                    }
                    current = new LinkedHashMap<>();
                    purposes.put(purpose, current);
                    purposeLines.put(purpose, line.number());
                } catch (IllegalArgumentException e) {
                    problems.add(new NoticeProblem(file, line.number(), e.getMessage()));
                    current = new LinkedHashMap<>();
                }
            } else if (current != null) {
                if (!PURPOSE_KEYS.contains(key)) {
                    problems.add(new NoticeProblem(
                            file,
                            line.number(),
                            "unknown key '" + key + "' in a purpose (one of " + String.join(", ", PURPOSE_KEYS) + ")"));
                } else if (current.putIfAbsent(key, line.value()) != null) {
                    problems.add(new NoticeProblem(file, line.number(), "'" + key + "' appears twice"));
                }
            } else if (key.startsWith("ui.") && UI_KEYS.contains(key.substring(3))) {
                ui.put(key.substring(3), line.value());
            } else if (HEADER_KEYS.contains(key)) {
                if (header.putIfAbsent(key, line.value()) != null) {
                    problems.add(new NoticeProblem(file, line.number(), "'" + key + "' appears twice"));
                }
            } else {
                problems.add(new NoticeProblem(file, line.number(), "unknown key '" + key + "'"));
            }
        }
        for (String key : HEADER_KEYS) {
            if (!header.containsKey(key)) {
                problems.add(new NoticeProblem(file, 1, "'" + key + "' is missing"));
            }
        }
        for (String key : UI_KEYS) {
            if (!ui.containsKey(key)) {
                problems.add(new NoticeProblem(file, 1, "'ui." + key + "' is missing"));
            }
        }
        String language = header.get("language");
        if (language != null && !file.equals(language + NOTICE_EXTENSION)) {
            problems.add(new NoticeProblem(
                    file, 1, "language '" + language + "' belongs in " + language + NOTICE_EXTENSION));
        }
        if (header.containsKey("policy-url") && !header.get("policy-url").startsWith("https://")) {
            problems.add(new NoticeProblem(file, 1, "policy-url must be an https:// address"));
        }
        Map<Purpose, PurposeNotice> notices = new EnumMap<>(Purpose.class);
        for (Purpose purpose : Purpose.values()) {
            Map<String, String> texts = purposes.get(purpose);
            if (texts == null) {
                problems.add(new NoticeProblem(file, 1, "purpose '" + purpose.code() + "' has no notice"));
                continue;
            }
            for (String key : PURPOSE_KEYS) {
                if (!texts.containsKey(key)) {
                    problems.add(new NoticeProblem(
                            file, purposeLines.get(purpose), "purpose '" + purpose.code() + "' has no '" + key + "'"));
                }
            }
            if (PURPOSE_KEYS.stream().allMatch(texts::containsKey)) {
                PurposeNotice notice = new PurposeNotice(
                        texts.get("title"),
                        texts.get("what"),
                        texts.get("why"),
                        texts.get("data"),
                        texts.get("retention"));
                if (notice.wording().length() > 2000) {
                    problems.add(new NoticeProblem(
                            file,
                            purposeLines.get(purpose),
                            "purpose '" + purpose.code() + "' is longer than 2000 characters in all"));
                }
                notices.put(purpose, notice);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new LanguageNotices(
                language,
                header.get("language-name"),
                header.get("policy-url"),
                header.get("policy-version"),
                header.get("heading"),
                header.get("intro"),
                ui,
                notices);
    }

    private static SurveyMap surveys(String file, String text, List<NoticeProblem> problems) {
        Map<String, SurveyMap.Tool> tools = new HashMap<>();
        Map<String, SurveyMap.Question> questions = new HashMap<>();
        Map<String, String> block = null;
        Map<String, String> answers = null;
        int blockLine = 0;
        // A sentinel line closes the last block like any other.
        List<KeyValueLines.Line> lines = new ArrayList<>(KeyValueLines.parse(file, text, problems));
        lines.add(new KeyValueLines.Line("end", "end", Integer.MAX_VALUE));
        for (KeyValueLines.Line line : lines) {
            if (Set.of("tool", "survey", "end").contains(line.key())) {
                if (block != null) {
                    close(file, blockLine, block, answers, tools, questions, problems);
                }
                block = new LinkedHashMap<>();
                block.put(line.key(), line.value());
                answers = new LinkedHashMap<>();
                blockLine = line.number();
            } else if (block == null) {
                problems.add(new NoticeProblem(
                        file, line.number(), "'" + line.key() + "' before any 'tool:' or 'survey:' line"));
            } else if (line.key().equals("answer")) {
                int equals = line.value().lastIndexOf('=');
                if (equals <= 0) {
                    problems.add(new NoticeProblem(file, line.number(), "expected 'answer: text = code'"));
                } else {
                    answers.put(
                            line.value().substring(0, equals).strip().toLowerCase(Locale.ROOT),
                            line.value().substring(equals + 1).strip());
                }
            } else if (block.putIfAbsent(line.key(), line.value()) != null) {
                problems.add(new NoticeProblem(file, line.number(), "'" + line.key() + "' appears twice"));
            }
        }
        return new SurveyMap(tools, questions);
    }

    private static void close(
            String file,
            int line,
            Map<String, String> block,
            Map<String, String> answers,
            Map<String, SurveyMap.Tool> tools,
            Map<String, SurveyMap.Question> questions,
            List<NoticeProblem> problems) {
        if (block.containsKey("tool")) {
            for (String key : List.of("respondent-at", "question-at", "answer-at")) {
                String pointer = block.get(key);
                if (pointer == null || !pointer.startsWith("/")) {
                    problems.add(new NoticeProblem(
                            file,
                            line,
                            "tool '" + block.get("tool") + "' needs '" + key
                                    + "' as a JSON pointer such as /respondent/id"));
                }
            }
            tools.put(
                    block.get("tool"),
                    new SurveyMap.Tool(
                            block.get("tool"),
                            block.get("respondent-at"),
                            block.get("question-at"),
                            block.get("answer-at"),
                            block.get("time-at")));
            return;
        }
        if (!block.containsKey("survey")) {
            return;
        }
        String survey = block.get("survey");
        int slash = survey.indexOf('/');
        if (slash <= 0) {
            problems.add(new NoticeProblem(file, line, "survey '" + survey + "' must be named tool/question-id"));
            return;
        }
        String tool = survey.substring(0, slash);
        if (!tools.containsKey(tool)) {
            problems.add(new NoticeProblem(
                    file,
                    line,
                    "survey '" + survey + "' names tool '" + tool + "', which no 'tool:' block above describes"));
        }
        SurveyMap.Kind kind;
        try {
            kind = SurveyMap.Kind.valueOf(block.getOrDefault("kind", "").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new NoticeProblem(
                    file, line, "survey '" + survey + "' needs 'kind: consent' or " + "'kind: feedback'"));
            return;
        }
        if (answers.isEmpty()) {
            problems.add(new NoticeProblem(file, line, "survey '" + survey + "' maps no answer"));
        }
        Purpose purpose = null;
        if (kind == SurveyMap.Kind.CONSENT) {
            try {
                purpose = Purpose.fromCode(block.get("purpose"));
            } catch (IllegalArgumentException e) {
                problems.add(new NoticeProblem(file, line, "survey '" + survey + "': " + e.getMessage()));
            }
            if (!block.containsKey("wording")) {
                problems.add(new NoticeProblem(
                        file, line, "consent survey '" + survey + "' needs the question's 'wording'"));
            }
            for (String code : answers.values()) {
                if (!code.equals(ConsentStatus.GIVEN.name()) && !code.equals(ConsentStatus.WITHDRAWN.name())) {
                    problems.add(new NoticeProblem(
                            file,
                            line,
                            "consent survey '" + survey + "' maps an answer to '" + code + "' (GIVEN or WITHDRAWN)"));
                }
            }
        }
        questions.put(
                survey,
                new SurveyMap.Question(
                        tool, survey.substring(slash + 1), kind, purpose, block.get("wording"), answers));
    }
}

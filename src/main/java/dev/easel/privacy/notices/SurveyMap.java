package dev.easel.privacy.notices;

import dev.easel.consent.ConsentStatus;
import dev.easel.consent.Purpose;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How survey tools' answers are read ({@code notices/surveys.map}): where each tool puts the respondent, question,
 * answer and time in its JSON (JSON pointers), and what each known question's answers mean.
 */
public record SurveyMap(Map<String, Tool> tools, Map<String, Question> questions) {

    public static final SurveyMap NONE = new SurveyMap(Map.of(), Map.of());

    public SurveyMap {
        tools = Map.copyOf(tools);
        questions = Map.copyOf(questions);
    }

    public Optional<Tool> tool(String name) {
        return Optional.ofNullable(tools.get(name));
    }

    public Optional<Question> question(String tool, String questionId) {
        return Optional.ofNullable(questions.get(tool + "/" + questionId));
    }

    /** JSON pointers ({@code /participant/id}) into one tool's payload; {@code time} may be absent. */
    public record Tool(String name, String respondent, String question, String answer, String time) {}

    public enum Kind {
        CONSENT,
        FEEDBACK
    }

    /**
     * @param purpose  for a consent question, the purpose it asks about
     * @param wording  the question as the respondent read it, recorded as the consent's wording
     * @param answers  answer text (lower case) to code: GIVEN / WITHDRAWN for a consent question, a feedback code else
     */
    public record Question(
            String tool, String id, Kind kind, Purpose purpose, String wording, Map<String, String> answers) {

        public Question {
            answers = Map.copyOf(answers);
        }

        /** The code of an answer; an answer the mapping does not name is {@code other}. */
        public String code(String answer) {
            return answers.getOrDefault(answer.strip().toLowerCase(Locale.ROOT), "other");
        }

        public Optional<ConsentStatus> consentStatus(String answer) {
            String code = code(answer);
            return kind == Kind.CONSENT && !"other".equals(code)
                    ? Optional.of(ConsentStatus.valueOf(code))
                    : Optional.empty();
        }
    }
}

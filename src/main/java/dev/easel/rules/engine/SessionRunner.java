package dev.easel.rules.engine;

import dev.easel.rules.RuleEvaluationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Runs facts through one rule set and captures what came out: every fact a rule inserted, with the rule's name, and
 * the names of the rules that fired. A rule that throws becomes a {@link RuleEvaluationException} naming the rule and
 * its file; nothing of the half-run evaluation is returned.
 */
public final class SessionRunner {

    private SessionRunner() {}

    /** A fact a rule inserted, with the name of that rule. */
    public record Output(Object fact, String rule) {}

    /** Everything one evaluation produced. */
    public record Run(List<Output> outputs, List<String> firedRules) {}

    /** A stateless session for one set of facts (its working memory comes reset from the rule set's pool). */
    public static Run runStateless(CompiledRuleSet set, List<Object> facts) {
        Capture capture = new Capture();
        StatelessKieSession session = set.sessions().newStatelessKieSession();
        session.addEventListener(capture.agenda);
        session.addEventListener(capture.runtime);
        List<Object> all = new ArrayList<>(set.thresholds().size() + facts.size());
        all.addAll(set.thresholds());
        all.addAll(facts);
        try {
            session.execute(all);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            throw failure(set, e);
        }
        return capture.run();
    }

    /** One stateful session that evaluates many sets of facts one after the other, emptied between them. */
    public static Chunk openChunk(CompiledRuleSet set) {
        return new Chunk(set);
    }

    /** A session reused across the customers of a chunk; close it when the chunk is done. */
    public static final class Chunk implements AutoCloseable {
        private final CompiledRuleSet set;
        private final KieSession session;
        private final Capture capture = new Capture();

        private Chunk(CompiledRuleSet set) {
            this.set = set;
            this.session = set.kieBase().newKieSession();
            session.addEventListener(capture.agenda);
            session.addEventListener(capture.runtime);
        }

        public Run run(List<Object> facts) {
            capture.reset();
            try {
                set.thresholds().forEach(session::insert);
                facts.forEach(session::insert);
                session.fireAllRules();
                return capture.run();
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                throw failure(set, e);
            } finally {
                clear();
            }
        }

        /**
         * Deletes every fact, the ones rules inserted too, so the next customer starts from nothing. (Resetting the
         * session instead loses rule matches for the next customer in Drools 10.2: a test guards this.)
         */
        private void clear() {
            for (FactHandle handle : new ArrayList<FactHandle>(session.getFactHandles())) {
                session.delete(handle);
            }
        }

        @Override
        public void close() {
            session.dispose();
        }
    }

    /** Linkage errors come from consequences the compiler accepted but the JVM refuses: still the rule's fault. */
    private static RuleEvaluationException failure(CompiledRuleSet set, Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConsequenceException consequence && consequence.getRule() != null) {
                String rule = consequence.getRule().getName();
                RuleLocation location = set.locate(rule);
                Throwable reason = consequence.getCause() == null ? consequence : consequence.getCause();
                return new RuleEvaluationException(rule, location.file(), location.line(), describe(reason), e);
            }
        }
        return new RuleEvaluationException(null, set.name().folder(), 0, describe(e), e);
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Listens to one session; reset between the customers of a chunk. */
    private static final class Capture {
        private final List<Output> outputs = new ArrayList<>();
        private final Set<String> fired = new LinkedHashSet<>();

        private final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        };

        private final DefaultRuleRuntimeEventListener runtime = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    outputs.add(new Output(event.getObject(), event.getRule().getName()));
                }
            }
        };

        void reset() {
            outputs.clear();
            fired.clear();
        }

        Run run() {
            return new Run(List.copyOf(outputs), List.copyOf(fired));
        }
    }
}

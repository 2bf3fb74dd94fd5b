package dev.easel.workflow.review;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A form refused for a missing field is the user's mistake, not the service failing: the engine logs every command
 * that ends in an exception at ERROR with its stack trace (ENGINE-16004, logger {@value #ENGINE_CONTEXT}). This drops
 * that one record when the exception is a form field validation; whoever refused the input logs it at WARN.
 */
@Component
class RefusedInputLogging {

    static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

    RefusedInputLogging() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(RefusedInputFilter.class::isInstance)) {
            RefusedInputFilter filter = new RefusedInputFilter();
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    static final class RefusedInputFilter extends TurboFilter {

        @Override
        public FilterReply decide(
                Marker marker,
                ch.qos.logback.classic.Logger logger,
                Level level,
                String format,
                Object[] params,
                Throwable t) {
            if (level != Level.ERROR || !ENGINE_CONTEXT.equals(logger.getName())) {
                return FilterReply.NEUTRAL;
            }
            if (refusedInput(t)) {
                return FilterReply.DENY;
            }
            if (params != null) {
                for (Object param : params) {
                    if (param instanceof Throwable thrown && refusedInput(thrown)) {
                        return FilterReply.DENY;
                    }
                }
            }
            return FilterReply.NEUTRAL;
        }

        private static boolean refusedInput(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof FormFieldValidationException) {
                    return true;
                }
            }
            return false;
        }
    }
}

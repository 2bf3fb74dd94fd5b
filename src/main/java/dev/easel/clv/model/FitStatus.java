package dev.easel.clv.model;

/**
 * What a BG/NBD fit can be trusted for. Only {@link Converged} and {@link AtBoundary} carry a model worth predicting
 * with; an estimate at a boundary is the limit of a simpler model (no dropout, no heterogeneity) and says so.
 */
public sealed interface FitStatus {

    enum Kind {
        CONVERGED,
        AT_BOUNDARY,
        NOT_IDENTIFIABLE,
        DEGENERATE_INPUTS,
        NOT_CONVERGED
    }

    Kind kind();

    /** One sentence a marketer can read. */
    String explanation();

    /** Whether predictions may be made from the fit at all. */
    default boolean predictive() {
        return kind() == Kind.CONVERGED || kind() == Kind.AT_BOUNDARY;
    }

    /** Kind, explanation and (at a boundary) the parameter, as a plain map for JSON columns. */
    default java.util.Map<String, Object> asMap() {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("kind", kind().name());
        if (this instanceof AtBoundary boundary) {
            map.put("parameter", boundary.parameter());
        }
        map.put("predictive", predictive());
        map.put("explanation", explanation());
        return map;
    }

    record Converged() implements FitStatus {
        public Kind kind() {
            return Kind.CONVERGED;
        }

        public String explanation() {
            return "the fit converged with every parameter inside its range";
        }
    }

    /** The likelihood is highest at the edge of the parameter space: {@code parameter} ran towards 0 or infinity. */
    record AtBoundary(String parameter, double value, String meaning) implements FitStatus {
        public Kind kind() {
            return Kind.AT_BOUNDARY;
        }

        public String explanation() {
            return parameter + " = " + value + " is at its boundary: " + meaning;
        }
    }

    /** The data cannot tell the parameters apart; the reasons are in the data-sufficiency verdict. */
    record NotIdentifiable(String reason) implements FitStatus {
        public Kind kind() {
            return Kind.NOT_IDENTIFIABLE;
        }

        public String explanation() {
            return "not identifiable: " + reason;
        }
    }

    /** The calibration or holdout window does not fit the data (it runs beyond the last transaction). */
    record DegenerateInputs(String reason) implements FitStatus {
        public Kind kind() {
            return Kind.DEGENERATE_INPUTS;
        }

        public String explanation() {
            return "degenerate inputs: " + reason;
        }
    }

    record NotConverged(String message) implements FitStatus {
        public Kind kind() {
            return Kind.NOT_CONVERGED;
        }

        public String explanation() {
            return "the fit did not converge: " + message;
        }
    }
}

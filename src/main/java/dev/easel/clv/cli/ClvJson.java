package dev.easel.clv.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.easel.clv.model.BgNbdFit;
import dev.easel.clv.model.Convergence;
import dev.easel.clv.model.DataSufficiency;
import dev.easel.clv.model.FitStatus;
import dev.easel.clv.model.GammaGammaFit;
import dev.easel.clv.model.HoldoutReport;

/** JSON views of fits and reports for the command line; numbers that are not finite become null. */
final class ClvJson {

    private ClvJson() {}

    static void bgNbd(ObjectNode node, BgNbdFit fit) {
        ObjectNode p = node.putObject("parameters");
        number(p, "r", fit.model().r());
        number(p, "alpha", fit.model().alpha());
        number(p, "a", fit.model().a());
        number(p, "b", fit.model().b());
        ObjectNode se = node.putObject("standardErrors");
        number(se, "r", fit.standardErrors().r());
        number(se, "alpha", fit.standardErrors().alpha());
        number(se, "a", fit.standardErrors().a());
        number(se, "b", fit.standardErrors().b());
        number(node, "logLikelihood", fit.logLikelihood());
        node.put("n", fit.customers());
        node.put("distinctRows", fit.distinctRows());
        number(node, "penalizer", fit.penalizer());
        convergence(node.putObject("convergence"), fit.convergence());
    }

    static void gammaGamma(ObjectNode node, GammaGammaFit fit) {
        node.put("status", fit.status().name());
        node.put("message", fit.message());
        if (fit.model() != null) {
            ObjectNode p = node.putObject("parameters");
            number(p, "p", fit.model().p());
            number(p, "q", fit.model().q());
            number(p, "gamma", fit.model().gamma());
            ObjectNode se = node.putObject("standardErrors");
            number(se, "p", fit.standardErrors().p());
            number(se, "q", fit.standardErrors().q());
            number(se, "gamma", fit.standardErrors().gamma());
            number(node, "populationMeanSpend", fit.model().populationMeanSpend());
        }
        number(node, "logLikelihood", fit.logLikelihood());
        node.put("repeatCustomers", fit.repeatCustomers());
        number(node, "spendFrequencyCorrelation", fit.spendFrequencyCorrelation());
        node.put("correlationWarning", fit.correlationWarning());
        if (fit.convergence() != null) {
            convergence(node.putObject("convergence"), fit.convergence());
        }
    }

    static void holdout(ObjectNode node, HoldoutReport report) {
        number(node, "length", report.holdoutLength());
        node.put("customers", report.customers());
        node.put("actualTotal", report.actualTotal());
        number(node, "expectedTotal", report.expectedTotal());
        number(node, "meanAbsoluteError", report.meanAbsoluteError());
        number(node, "correlation", report.correlation());
        ArrayNode buckets = node.putArray("byCalibrationFrequency");
        for (HoldoutReport.FrequencyBucket b : report.byFrequency()) {
            ObjectNode row = buckets.addObject();
            row.put("x", b.label());
            row.put("customers", b.customers());
            number(row, "actualMean", b.actualMean());
            number(row, "expectedMean", b.expectedMean());
        }
        ArrayNode weeks = node.putArray("weeklyCumulative");
        for (HoldoutReport.TrackingPoint point : report.weeklyCumulative()) {
            ObjectNode row = weeks.addObject();
            row.put("week", point.week());
            row.put("actual", point.actual());
            number(row, "expected", point.expected());
        }
    }

    static void status(ObjectNode node, FitStatus status) {
        node.put("kind", status.kind().name());
        if (status instanceof FitStatus.AtBoundary boundary) {
            node.put("parameter", boundary.parameter());
            number(node, "value", boundary.value());
        }
        node.put("predictive", status.predictive());
        node.put("explanation", status.explanation());
    }

    static void sufficiency(ObjectNode node, DataSufficiency sufficiency) {
        node.put("verdict", sufficiency.verdict().name());
        ArrayNode reasons = node.putArray("reasons");
        for (DataSufficiency.Reason reason : sufficiency.reasons()) {
            ObjectNode row = reasons.addObject();
            row.put("code", reason.code());
            row.put("finding", reason.finding());
            row.put("fix", reason.fix());
        }
    }

    private static void convergence(ObjectNode node, Convergence c) {
        node.put("converged", c.converged());
        node.put("iterations", c.iterations());
        node.put("evaluations", c.evaluations());
        number(node, "gradientNorm", c.gradientNorm());
        node.put("message", c.message());
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }
}

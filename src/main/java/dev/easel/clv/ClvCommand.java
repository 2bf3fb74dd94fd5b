package dev.easel.clv;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.easel.clv.model.BgNbdFit;
import dev.easel.clv.model.BgNbdFitter;
import dev.easel.clv.model.CustomerSummaries;
import dev.easel.clv.model.FitOptions;
import dev.easel.clv.model.GammaGammaFit;
import dev.easel.clv.model.GammaGammaFitter;
import dev.easel.clv.model.GammaGammaOptions;
import dev.easel.clv.model.HoldoutEvaluation;
import dev.easel.clv.model.HoldoutReport;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.clv.model.SummaryBuilder;
import dev.easel.clv.model.SummaryWindow;
import dev.easel.clv.model.Transaction;

/**
 * {@code clv evaluate --transactions FILE --calibration-end DATE [--holdout-end DATE] [--time-unit days|weeks]
 * [--penalizer X] [--min-repeat-customers N]}: fits BG/NBD and Gamma-Gamma on a transaction log up to the
 * calibration end and prints the fit and its holdout accuracy as JSON. Needs no database and starts no Spring
 * context. The holdout ends by default on the last transaction date.
 */
public final class ClvCommand {

    static final String USAGE = "usage: clv run [--timeout-minutes N]   (see README)\n"
            + "       clv evaluate --transactions FILE.csv --calibration-end YYYY-MM-DD"
            + " [--holdout-end YYYY-MM-DD] [--time-unit days|weeks] [--penalizer X] [--min-repeat-customers N]";

    private ClvCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !"evaluate".equals(args[0])) {
            err.println(USAGE);
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println("unexpected argument: " + args[i]);
                err.println(USAGE);
                return 2;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        try {
            Evaluation evaluation = Evaluation.from(options);
            out.println(evaluation.run());
            return 0;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("cannot read the transactions: " + e.getMessage());
            return 1;
        }
    }

    private record Evaluation(Path transactions, LocalDate calibrationEnd, LocalDate holdoutEnd, ModelTimeUnit unit,
            FitOptions fitOptions, GammaGammaOptions spendOptions) {

        static Evaluation from(Map<String, String> options) {
            for (String key : options.keySet()) {
                if (!List.of("transactions", "calibration-end", "holdout-end", "time-unit", "penalizer",
                        "min-repeat-customers").contains(key)) {
                    throw new IllegalArgumentException("unknown option --" + key);
                }
            }
            String file = required(options, "transactions");
            LocalDate calibrationEnd = LocalDate.parse(required(options, "calibration-end"));
            LocalDate holdoutEnd = options.containsKey("holdout-end") ? LocalDate.parse(options.get("holdout-end")) : null;
            ModelTimeUnit unit = ModelTimeUnit.parse(options.getOrDefault("time-unit", "days"));
            FitOptions fit = FitOptions.defaults().withPenalizer(Double.parseDouble(options.getOrDefault("penalizer", "0")));
            GammaGammaOptions spend = new GammaGammaOptions(
                    Integer.parseInt(options.getOrDefault("min-repeat-customers",
                            String.valueOf(GammaGammaOptions.defaults().minRepeatCustomers()))),
                    GammaGammaOptions.defaults().correlationThreshold(), fit);
            return new Evaluation(Path.of(file), calibrationEnd, holdoutEnd, unit, fit, spend);
        }

        private static String required(Map<String, String> options, String key) {
            String value = options.get(key);
            if (value == null) {
                throw new IllegalArgumentException("missing --" + key);
            }
            return value;
        }

        String run() throws IOException {
            List<Transaction> log = TransactionLogReader.read(transactions);
            LocalDate end = holdoutEnd != null ? holdoutEnd : log.stream().map(Transaction::date)
                    .max(LocalDate::compareTo).filter(d -> d.isAfter(calibrationEnd)).orElse(calibrationEnd);
            CustomerSummaries summaries = SummaryBuilder.summarise(log, new SummaryWindow(calibrationEnd, end, unit));
            if (summaries.size() == 0) {
                throw new IllegalArgumentException("no customer made a first purchase by " + calibrationEnd);
            }
            BgNbdFit fit = BgNbdFitter.fit(summaries.table(), fitOptions);
            GammaGammaFit spend = GammaGammaFitter.fit(summaries.customers(), spendOptions);
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            root.put("transactions", transactions.getFileName().toString());
            root.put("transactionRows", log.size());
            root.put("timeUnit", unit.name());
            root.put("calibrationEnd", calibrationEnd.toString());
            root.put("holdoutEnd", end.toString());
            root.put("customers", summaries.size());
            root.put("customersFirstSeenAfterCalibration", summaries.customersFirstSeenLater());
            ClvJson.bgNbd(root.putObject("bgnbd"), fit);
            ClvJson.gammaGamma(root.putObject("gammaGamma"), spend);
            if (summaries.window().hasHoldout() && fit.converged()) {
                HoldoutReport report = HoldoutEvaluation.evaluate(fit.model(), summaries);
                ClvJson.holdout(root.putObject("holdout"), report);
            } else {
                root.putNull("holdout");
            }
            return mapper.writeValueAsString(root);
        }
    }
}

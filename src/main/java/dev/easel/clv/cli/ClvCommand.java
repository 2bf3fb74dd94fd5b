package dev.easel.clv.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.easel.clv.model.BgNbdFit;
import dev.easel.clv.model.BgNbdFitter;
import dev.easel.clv.model.CustomerSummaries;
import dev.easel.clv.model.DataSufficiency;
import dev.easel.clv.model.DeclaredSeason;
import dev.easel.clv.model.FitOptions;
import dev.easel.clv.model.FitStatus;
import dev.easel.clv.model.GammaGammaFit;
import dev.easel.clv.model.GammaGammaFitter;
import dev.easel.clv.model.GammaGammaOptions;
import dev.easel.clv.model.HoldoutEvaluation;
import dev.easel.clv.model.HoldoutReport;
import dev.easel.clv.model.ModelChoice;
import dev.easel.clv.model.ModelTimeUnit;
import dev.easel.clv.model.SeasonalComparison;
import dev.easel.clv.model.SeasonalProfile;
import dev.easel.clv.model.SummaryColumns;
import dev.easel.clv.model.SummaryWindow;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code clv evaluate --transactions FILE --calibration-end DATE [--holdout-end DATE] [--time-unit days|weeks]
 * [--penalizer X] [--min-repeat-customers N] [--verbose]}: fits BG/NBD and Gamma-Gamma on a transaction log up to
 * the calibration end and prints the fit, its status, the data-sufficiency verdict and the holdout accuracy as JSON.
 * Needs no database and starts no Spring context. The holdout ends by default on the last transaction date.
 *
 * <p>Exit status: 0 a fit worth reading (possibly with warnings), 1 the file cannot be read, 2 a bad option or a bad
 * row (named by file:line), 3 nothing meaningful can be said (the JSON and the message say why).
 */
public final class ClvCommand {

    static final int OK = 0;
    static final int UNREADABLE = 1;
    static final int BAD_INPUT = 2;
    static final int NOTHING_MEANINGFUL = 3;

    static final String USAGE = """
            usage: clv run [--timeout-minutes N]   (see README)
                   clv evaluate --transactions FILE.csv --calibration-end YYYY-MM-DD [options]

            clv evaluate fits BG/NBD and Gamma-Gamma on a transaction log and prints the fit as JSON.
              --transactions FILE       CSV with a header naming customer, date and amount columns (any order),
                                        or customerId,date,amount without a header, or the CDNOW event log
              --calibration-end DATE    last day of the calibration period (yyyy-MM-dd)
              --holdout-end DATE        last day of the holdout period (default: the last transaction date)
              --time-unit UNIT          days (default) or weeks
              --penalizer X             L2 penalty on the parameters, a number >= 0 (default 0)
              --min-repeat-customers N  repeat customers needed for the spend model, an integer >= 2 (default 100)
              --season estimate|none    estimate a monthly seasonal profile from the history (it must span a
                                        year) and compare BG/NBD in operational time with plain BG/NBD on the
                                        holdout (default none); also chooses the model (see --origins)
              --season declared FILE    use the season declared in FILE (lines 'when, intensity', e.g.
                                        'Oct-Dec, 1.8'); also chooses the model
              --origins N               choose between BG/NBD, Pareto/NBD and the seasonal variant by their
                                        aggregate holdout error at N origins, a month apart, ending with the
                                        holdout given (default 3 when --season is given); prints the table
              --verbose                 print the time of each phase to standard error
              --help                    print this text
            exit status: 0 fitted, 1 unreadable file, 2 bad option or row, 3 nothing meaningful can be said""";

    private static final List<String> VALUED = List.of(
            "transactions",
            "calibration-end",
            "holdout-end",
            "time-unit",
            "penalizer",
            "min-repeat-customers",
            "season",
            "origins");

    private ClvCommand() {}

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (List.of(args).contains("--help")
                || List.of(args).contains("-h")
                || args.length == 1 && "help".equals(args[0])) {
            out.println(USAGE);
            return OK;
        }
        if (args.length == 0 || !"evaluate".equals(args[0])) {
            err.println(args.length == 0 ? "clv needs a command" : "unknown command: clv " + args[0]);
            err.println(USAGE);
            return BAD_INPUT;
        }
        Evaluation evaluation;
        try {
            evaluation = Evaluation.from(options(args));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return BAD_INPUT;
        }
        try {
            Result result = evaluation.run(err);
            out.println(result.json());
            if (result.problem() != null) {
                err.println(result.problem());
                return NOTHING_MEANINGFUL;
            }
            return OK;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (NoSuchFileException e) {
            err.println("cannot read the transactions: no such file: " + e.getFile());
            return UNREADABLE;
        } catch (IOException e) {
            err.println("cannot read the transactions: " + e.getMessage());
            return UNREADABLE;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "': options start with --");
            }
            String key = arg.substring(2);
            if (options.containsKey(key)) {
                throw new IllegalArgumentException("--" + key + " is given twice");
            }
            if ("verbose".equals(key)) {
                options.put(key, "true");
            } else if (VALUED.contains(key)) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException("--" + key + " needs a value");
                }
                options.put(key, args[++i]);
                if ("season".equals(key) && "declared".equals(options.get(key).strip())) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new IllegalArgumentException("--season declared needs the season file, e.g."
                                + " --season declared model/season.csv");
                    }
                    options.put("season-file", args[++i]);
                }
            } else {
                throw new IllegalArgumentException("unknown option --" + key + " (options: --"
                        + String.join(", --", VALUED) + ", --verbose, --help)");
            }
        }
        return options;
    }

    /** The JSON to print, and the reason when nothing meaningful can be said (exit 3). */
    private record Result(String json, String problem) {}

    private record Evaluation(
            Path transactions,
            LocalDate calibrationEnd,
            LocalDate holdoutEnd,
            ModelTimeUnit unit,
            FitOptions fitOptions,
            GammaGammaOptions spendOptions,
            boolean verbose,
            boolean season,
            Path seasonFile,
            int origins) {

        static Evaluation from(Map<String, String> options) {
            Path file = Path.of(required(options, "transactions"));
            LocalDate calibrationEnd = date(options, "calibration-end", required(options, "calibration-end"));
            LocalDate holdoutEnd = options.containsKey("holdout-end")
                    ? date(options, "holdout-end", options.get("holdout-end"))
                    : null;
            if (holdoutEnd != null && !holdoutEnd.isAfter(calibrationEnd)) {
                throw new IllegalArgumentException(
                        "--holdout-end " + holdoutEnd + " must be after --calibration-end " + calibrationEnd);
            }
            ModelTimeUnit unit = timeUnit(options.getOrDefault("time-unit", "days"));
            double penalizer = number(options, "penalizer", "0");
            if (penalizer < 0) {
                throw new IllegalArgumentException("--penalizer " + options.get("penalizer") + " must be 0 or more");
            }
            int minRepeat;
            String minText = options.getOrDefault(
                    "min-repeat-customers",
                    String.valueOf(GammaGammaOptions.defaults().minRepeatCustomers()));
            try {
                minRepeat = Integer.parseInt(minText.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--min-repeat-customers '" + minText + "' is not a whole number");
            }
            if (minRepeat < 2) {
                throw new IllegalArgumentException("--min-repeat-customers " + minRepeat + " must be 2 or more");
            }
            FitOptions fit = FitOptions.defaults().withPenalizer(penalizer);
            GammaGammaOptions spend = new GammaGammaOptions(
                    minRepeat, GammaGammaOptions.defaults().correlationThreshold(), fit);
            String season = options.getOrDefault("season", "none").strip();
            if (!List.of("estimate", "none", "declared").contains(season)) {
                throw new IllegalArgumentException(
                        "--season '" + season + "' is not a choice: use estimate or none," + " or declared FILE");
            }
            int origins = 0;
            if (options.containsKey("origins")) {
                String text = options.get("origins").strip();
                try {
                    origins = Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--origins '" + text + "' is not a whole number");
                }
                if (origins < 1 || origins > 12) {
                    throw new IllegalArgumentException("--origins " + origins + " must be from 1 to 12");
                }
            } else if (!season.equals("none")) {
                origins = 3;
            }
            Path seasonFile = options.containsKey("season-file") ? Path.of(options.get("season-file")) : null;
            return new Evaluation(
                    file,
                    calibrationEnd,
                    holdoutEnd,
                    unit,
                    fit,
                    spend,
                    options.containsKey("verbose"),
                    season.equals("estimate"),
                    seasonFile,
                    origins);
        }

        private static String required(Map<String, String> options, String key) {
            String value = options.get(key);
            if (value == null) {
                throw new IllegalArgumentException("missing --" + key);
            }
            return value;
        }

        private static LocalDate date(Map<String, String> options, String key, String text) {
            Long day = TransactionLogReader.parseDay(text.strip());
            if (day == null) {
                throw new IllegalArgumentException(
                        "--" + key + " '" + text + "' is not a date: write yyyy-MM-dd," + " e.g. 2025-06-30");
            }
            return LocalDate.ofEpochDay(day);
        }

        private static ModelTimeUnit timeUnit(String text) {
            for (ModelTimeUnit unit : ModelTimeUnit.values()) {
                if (unit.name().equalsIgnoreCase(text.strip())) {
                    return unit;
                }
            }
            throw new IllegalArgumentException("--time-unit '" + text + "' is not a time unit: use "
                    + String.join(
                            " or ",
                            java.util.Arrays.stream(ModelTimeUnit.values())
                                    .map(u -> u.name().toLowerCase(Locale.ROOT))
                                    .toList()));
        }

        private static double number(Map<String, String> options, String key, String fallback) {
            String text = options.getOrDefault(key, fallback);
            try {
                double value = Double.parseDouble(text.strip());
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--" + key + " '" + text + "' is not a number");
        }

        Result run(PrintStream err) throws IOException {
            if (!Files.exists(transactions)) {
                throw new NoSuchFileException(transactions.toString());
            }
            DeclaredSeason declared = null;
            if (seasonFile != null) {
                if (!Files.isReadable(seasonFile)) {
                    throw new IllegalArgumentException("--season declared " + seasonFile + ": no such file");
                }
                // An invalid season file is a bad option: its problems, file:line each, say what to fix.
                declared = DeclaredSeason.read(seasonFile);
            }
            Phases phases = new Phases(verbose, err);
            TransactionLogReader.Ledger ledger = TransactionLogReader.read(transactions);
            phases.done("read " + ledger.rows() + " rows");
            LocalDate end = holdoutEnd != null
                    ? holdoutEnd
                    : ledger.last().isAfter(calibrationEnd) ? ledger.last() : calibrationEnd;
            SummaryColumns summaries = ledger.summarise(new SummaryWindow(calibrationEnd, end, unit));
            phases.done("summarise " + summaries.size() + " customers");
            DataSufficiency sufficiency = DataSufficiency.judge(summaries, ledger.first(), ledger.last());
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            root.put("transactions", transactions.getFileName().toString());
            root.put("transactionRows", ledger.rows());
            root.put("firstTransaction", ledger.first().toString());
            root.put("lastTransaction", ledger.last().toString());
            root.put("timeUnit", unit.name());
            root.put("calibrationEnd", calibrationEnd.toString());
            root.put("holdoutEnd", end.toString());
            root.put("customers", summaries.size());
            root.put("repeatCustomers", summaries.repeatCustomers());
            root.put("customersFirstSeenAfterCalibration", summaries.customersFirstSeenLater());
            ObjectNode statusNode = root.putObject("status");
            ClvJson.sufficiency(root.putObject("dataSufficiency"), sufficiency);
            if (!sufficiency.sufficient()) {
                ClvJson.status(statusNode, sufficiency.blocking());
                root.putNull("bgnbd");
                root.putNull("gammaGamma");
                root.putNull("holdout");
                return new Result(
                        mapper.writeValueAsString(root),
                        "no prediction: " + sufficiency.blocking().explanation() + "; fix: "
                                + sufficiency.reasons().get(0).fix());
            }
            BgNbdFit fit = BgNbdFitter.fit(summaries.table(), fitOptions);
            FitStatus status = fit.status();
            ClvJson.status(statusNode, status);
            ClvJson.bgNbd(root.putObject("bgnbd"), fit);
            phases.done("fit BG/NBD");
            GammaGammaFit spend = GammaGammaFitter.fit(summaries.x(), summaries.meanRepeatSpend(), spendOptions);
            ClvJson.gammaGamma(root.putObject("gammaGamma"), spend);
            phases.done("fit Gamma-Gamma");
            if (summaries.window().hasHoldout() && status.predictive()) {
                HoldoutReport report = HoldoutEvaluation.evaluate(fit.model(), summaries);
                ClvJson.holdout(root.putObject("holdout"), report);
                phases.done("holdout");
            } else {
                root.putNull("holdout");
            }
            if (season && status.predictive()) {
                seasonSection(root.putObject("season"), summaries.toSummaries(ledger.ids()), fit);
                phases.done("season");
            }
            if (declared != null) {
                ObjectNode node = root.putObject("season");
                node.put("source", "DECLARED");
                node.put("file", declared.file());
                node.put("version", declared.version());
                com.fasterxml.jackson.databind.node.ArrayNode months = node.putArray("monthly");
                for (double m : declared.profile().monthly()) {
                    months.add(Math.round(m * 1000) / 1000.0);
                }
            }
            if (origins > 0 && status.predictive() && summaries.window().hasHoldout()) {
                ModelChoice.SeasonPolicy policy = declared != null
                        ? ModelChoice.SeasonPolicy.declared(declared.profile())
                        : season ? ModelChoice.SeasonPolicy.estimate() : ModelChoice.SeasonPolicy.none();
                ModelChoice.Result choice = ModelChoice.choose(
                        window -> ledger.summarise(window).toSummaries(ledger.ids()),
                        calibrationEnd,
                        end,
                        unit,
                        origins,
                        policy,
                        fitOptions);
                root.set("modelChoice", mapper.valueToTree(choice.asMap()));
                err.print(choice.table());
                phases.done("model choice (" + origins + " origins)");
            }
            String json = mapper.writeValueAsString(root);
            phases.done("write JSON");
            phases.total();
            return new Result(json, status.predictive() ? null : "no prediction: " + status.explanation());
        }
    }

    /** The estimated season, or why there is none, and plain against seasonal BG/NBD on the holdout. */
    private static void seasonSection(ObjectNode node, CustomerSummaries summaries, BgNbdFit plain) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(
                summaries.cohortStart(), summaries.window().calibrationEnd());
        node.put("historyDays", days);
        SeasonalProfile profile = SeasonalProfile.estimate(summaries, FitOptions.defaults());
        if (profile == null) {
            node.put("source", "NONE");
            node.put(
                    "note",
                    days < SeasonalProfile.DAYS_NEEDED
                            ? "the history from " + summaries.cohortStart()
                                    + " to the calibration end spans " + days
                                    + " days: a season cannot be estimated from it (at"
                                    + " least " + SeasonalProfile.DAYS_NEEDED + " days are needed); declare one instead"
                            : "the fit in operational time did not converge: no season estimated");
            return;
        }
        node.put("source", profile.source().name());
        com.fasterxml.jackson.databind.node.ArrayNode months = node.putArray("monthly");
        for (double m : profile.monthly()) {
            months.add(Math.round(m * 1000) / 1000.0);
        }
        if (summaries.window().hasHoldout()) {
            SeasonalComparison comparison =
                    SeasonalComparison.compare(summaries, plain.model(), profile, FitOptions.defaults());
            ObjectNode choice = node.putObject("modelChoice");
            choice.put("holdoutActual", comparison.actual());
            choice.put("plainExpected", comparison.plainExpected());
            choice.put("plainError", comparison.plainError());
            choice.put("seasonalExpected", comparison.seasonalExpected());
            choice.put("seasonalError", comparison.seasonalError());
            choice.put("chosen", comparison.chosen());
        }
    }

    /** Wall-clock time per phase, printed to standard error with --verbose. */
    private static final class Phases {
        private final boolean verbose;
        private final PrintStream err;
        private final long start = System.nanoTime();
        private long last = start;
        private final long startCpu = cpu();
        private long lastCpu = startCpu;

        /** CPU time of the whole process (all threads, the JIT and the collector too): honest on a busy machine. */
        private static long cpu() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime()
                    : 0L;
        }

        Phases(boolean verbose, PrintStream err) {
            this.verbose = verbose;
            this.err = err;
        }

        void done(String phase) {
            long now = System.nanoTime();
            long nowCpu = cpu();
            if (verbose) {
                err.printf(
                        Locale.ROOT,
                        "%-32s %8.3f s  (cpu %.3f s)%n",
                        phase,
                        (now - last) / 1e9,
                        (nowCpu - lastCpu) / 1e9);
            }
            last = now;
            lastCpu = nowCpu;
        }

        void total() {
            if (verbose) {
                err.printf(
                        Locale.ROOT,
                        "%-32s %8.3f s  (cpu %.3f s)%n",
                        "total",
                        (System.nanoTime() - start) / 1e9,
                        (cpu() - startCpu) / 1e9);
            }
        }
    }
}

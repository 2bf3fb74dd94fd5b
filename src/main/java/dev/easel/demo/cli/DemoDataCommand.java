package dev.easel.demo.cli;

import dev.easel.demo.DemoDataSummary;
import dev.easel.demo.DemoMarketplaceGenerator;
import dev.easel.demo.DemoSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code java -jar easel.jar demo-data --customers N --out DIR [--seed S] [--end-date YYYY-MM-DD]}: writes a
 * synthetic marketplace as CSV files without starting the service, and prints what it wrote.
 */
public final class DemoDataCommand {

    static final String USAGE = "usage: demo-data --customers N --out DIR [--seed S] [--end-date YYYY-MM-DD]";
    private static final List<String> FILES = DemoMarketplaceGenerator.files();

    private DemoDataCommand() {}

    /** Exit status 0 on success, 1 when writing failed, 2 on bad arguments. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("demo-data: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            DemoDataSummary summary = new DemoMarketplaceGenerator(arguments.settings()).generate(arguments.out());
            print(summary, arguments.out(), out);
            return 0;
        } catch (UncheckedIOException e) {
            err.println("demo-data: could not write " + arguments.out() + ": "
                    + e.getCause().getMessage());
            return 1;
        }
    }

    private static void print(DemoDataSummary summary, Path directory, PrintStream out) {
        long[] rows = {
            summary.customers(),
            summary.sellers(),
            summary.promotions(),
            summary.orderLines(),
            summary.refundRows(),
            summary.consents()
        };
        out.println("Demo marketplace written to " + directory);
        long bytes = 0;
        for (int i = 0; i < FILES.size(); i++) {
            long size = size(directory.resolve(FILES.get(i)));
            bytes += size;
            out.printf("  %-15s %,12d rows %,15d bytes%n", FILES.get(i), rows[i], size);
        }
        double seconds = Math.max(summary.took().toNanos(), 1) / 1e9;
        out.printf(
                "  %,d orders, %,d refunds; %,d bytes in %.1f s (%,.0f order rows/s)%n",
                summary.orders(), summary.refunds(), bytes, seconds, summary.orderLines() / seconds);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed command line. */
    record Arguments(DemoSettings settings, Path out) {

        static Arguments parse(String[] args) {
            int customers = DemoSettings.DEFAULT_CUSTOMERS;
            long seed = DemoSettings.DEFAULT_SEED;
            LocalDate endDate = DemoSettings.DEFAULT_END_DATE;
            Path out = null;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + option);
                }
                String value = args[++i];
                try {
                    switch (option) {
                        case "--customers" -> customers = Integer.parseInt(value);
                        case "--out" -> out = Path.of(value);
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--end-date" -> endDate = LocalDate.parse(value);
                        default -> throw new IllegalArgumentException("unknown option " + option);
                    }
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new IllegalArgumentException("bad value for " + option + ": " + value);
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out is required");
            }
            return new Arguments(new DemoSettings(customers, seed, endDate), out);
        }
    }
}

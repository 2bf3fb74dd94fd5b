package dev.easel;

import dev.easel.clv.cli.ClvCommand;
import dev.easel.commerce.cli.CsvImportCommand;
import dev.easel.demo.cli.DemoDataCommand;
import dev.easel.preview.cli.RulesPreviewCommand;
import dev.easel.rules.cli.RulesCheckCommand;
import dev.easel.workflow.cli.BatchRunCommand;
import java.util.Arrays;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Easel: the service, and the command-line tools that ship in the same jar.
 *
 * <p>{@code java -jar easel.jar} starts the service; {@code java -jar easel.jar <command> ...} runs one of the
 * {@link #COMMANDS} and exits with its status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EaselApplication {

    /** Command-line tools by their first word. Each takes the remaining arguments and returns an exit status. */
    static final Map<String, ToIntFunction<String[]>> COMMANDS = Map.of(
            "demo-data", DemoDataCommand::run,
            "clv", EaselApplication::clv,
            "rules", EaselApplication::rules,
            "import", CsvImportCommand::run);

    /** {@code clv run} needs the workflow engine; the model's own tools ({@code clv evaluate}) need nothing. */
    private static int clv(String[] args) {
        return args.length > 0 && args[0].equals("run")
                ? BatchRunCommand.run(EaselApplication.class, Arrays.copyOfRange(args, 1, args.length))
                : ClvCommand.run(args);
    }

    /** {@code rules preview} evaluates on the database; {@code rules check} needs nothing. */
    private static int rules(String[] args) {
        return args.length > 0 && args[0].equals("preview")
                ? RulesPreviewCommand.run(EaselApplication.class, Arrays.copyOfRange(args, 1, args.length))
                : RulesCheckCommand.run(args);
    }

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            int status = COMMANDS.get(args[0]).applyAsInt(Arrays.copyOfRange(args, 1, args.length));
            System.exit(status);
        }
        SpringApplication.run(EaselApplication.class, args);
    }
}

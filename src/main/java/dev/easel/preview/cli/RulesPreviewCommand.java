package dev.easel.preview.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.easel.clv.ImpactReport;
import dev.easel.clv.RuleImpacts;
import dev.easel.rules.RuleCandidates;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar easel.jar rules preview DIR [--some.property=value ...]}: keeps the rules folder DIR as a candidate
 * and evaluates it in shadow beside the rules in service over every customer of the database the configuration
 * names, printing the impact report as JSON. Starts Easel without a web server and without working jobs, so no
 * service needs to run; nothing is published and nothing serves differently. Exit 0 with the report, 1 when DIR does
 * not build (every error as {@code file:line: message}), 2 on a usage error.
 */
public final class RulesPreviewCommand {

    static final String USAGE = "usage: rules preview DIR [--some.property=value ...]";
    private static final String AUTHOR = "command-line";

    private RulesPreviewCommand() {}

    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out, System.err);
    }

    static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args[0].startsWith("--")) {
            err.println(USAGE);
            return 2;
        }
        Path directory = Path.of(args[0]);
        if (!Files.isDirectory(directory)) {
            err.println(directory + ":0: no such rules folder");
            return 1;
        }
        List<String> springArguments = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].matches("--[a-z][\\w-]*(\\.[\\w-]+)+=.*")) {
                err.println("unexpected argument: " + args[i]);
                err.println(USAGE);
                return 2;
            }
            springArguments.add(args[i]);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(
                        "spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                        // A preview decides nothing: it works no recalculation or batch job of a running service.
                        "camunda.bpm.job-execution.enabled=false",
                        "easel.rules.watch.enabled=false",
                        // Standard output carries the report alone; the command says what it does on standard error.
                        "logging.threshold.console=OFF")
                .run(springArguments.toArray(String[]::new))) {
            RuleCandidates.Submission kept = context.getBean(RuleCandidates.class)
                    .submitFolder(directory, "previewed from the command line", AUTHOR);
            if (!kept.accepted()) {
                kept.errors().forEach(err::println);
                err.println(
                        kept.errors().size() + (kept.errors().size() == 1 ? " error" : " errors") + " in " + directory);
                return 1;
            }
            String version = kept.version().orElseThrow().version();
            err.println("evaluating rules " + version + " in shadow over every customer");
            ImpactReport report = context.getBean(RuleImpacts.class).evaluate(version, AUTHOR);
            out.println(json(context.getBean(ObjectMapper.class), report));
            return 0;
        }
    }

    private static String json(ObjectMapper mapper, ImpactReport report) {
        try {
            return mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

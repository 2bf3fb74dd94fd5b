package dev.easel.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders reports by name for a user: checks the user's role against the report, reads and checks the parameters,
 * renders into a temporary file, and announces {@link ReportRendered} (which the audit trail records) before the
 * document is handed over, so that no report leaves without its audit record.
 */
public class Reports {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC);

    private final Map<String, ReportDefinition> definitions;
    private final ReportRenderer renderer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reports(
            List<ReportDefinition> definitions,
            ReportRenderer renderer,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        Map<String, ReportDefinition> byName = new TreeMap<>();
        definitions.forEach(definition -> byName.put(definition.name(), definition));
        this.definitions = Map.copyOf(byName);
        this.renderer = renderer;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The reports there are, by name, with the roles that may read each. */
    public Map<String, Set<String>> catalogue() {
        Map<String, Set<String>> catalogue = new TreeMap<>();
        definitions.values().forEach(definition -> catalogue.put(definition.name(), definition.roles()));
        return catalogue;
    }

    /** The reports the user may read, by name, with their parameters. */
    public List<ReportDescription> readableBy(Authentication user) {
        Set<String> roles = new java.util.HashSet<>();
        user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .forEach(authority -> roles.add(authority.substring(5)));
        return definitions.values().stream()
                .filter(report -> report.roles().stream().anyMatch(roles::contains))
                .sorted(java.util.Comparator.comparing(ReportDefinition::name))
                .map(ReportDescription::of)
                .toList();
    }

    /**
     * @param parameters the report's parameters as query text (the format excluded)
     * @throws UnknownReportException        404: no report has that name
     * @throws AccessDeniedException         403: none of the user's roles may read it
     * @throws dev.easel.shared.InvalidRequestException 400: a parameter is unknown, missing or malformed
     */
    public RenderedReport render(
            String name, ReportFormat format, Map<String, String> parameters, Authentication user) {
        ReportDefinition report = Optional.ofNullable(definitions.get(name))
                .orElseThrow(() -> new UnknownReportException(name, definitions.keySet()));
        String role = grantingRole(report, user);
        ReportArguments arguments = ReportArguments.read(report.parameters(), parameters);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // CSV carries rows only; header values (such as a full chain verification) are computed for documents alone.
        Map<String, Object> header =
                new HashMap<>(format == ReportFormat.CSV ? Map.of() : report.headerValues(arguments));
        // Charts in every format: drawn in documents, and their figures written as rows in XLSX and CSV.
        List<Chart> charts = report.charts(arguments);
        if (format != ReportFormat.CSV) {
            charts.forEach(chart -> header.put(chart.parameter(), chart.image()));
        }
        header.put("GENERATED_AT", now.toString());
        header.put("GENERATED_BY", user.getName() + " (" + role + ")");
        header.put("PARAMETERS", arguments.describe());
        Path file = temporaryFile(format);
        try {
            long rows;
            try (OutputStream out = Files.newOutputStream(file)) {
                rows = renderer.render(report, arguments, format, header, charts, out);
            }
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new ReportRendered(user.getName(), role, name, format, arguments.given(), rows)));
            return new RenderedReport(
                    file, name + "-" + FILE_TIME.format(now) + "." + format.extension(), format, rows);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    private static String grantingRole(ReportDefinition report, Authentication user) {
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring(5))
                .filter(report.roles()::contains)
                .sorted()
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Report " + report.name() + " is for "
                        + String.join(", ", new java.util.TreeSet<>(report.roles()))));
    }

    private static Path temporaryFile(ReportFormat format) {
        try {
            return Files.createTempFile("easel-report-", "." + format.extension());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The render already failed; a leftover temporary file is the lesser problem.
        }
    }
}

package dev.easel.console;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The console's roles, and each page paired with each of them and whether it may open the page. */
final class PageAccessCases {

    static final List<String> ROLES = List.of("ANALYST", "COMPLIANCE", "AUDITOR", "ADMIN", "INGEST");

    private PageAccessCases() {}

    /** @param pages each page with the roles allowed to open it; every other role must be refused */
    static Stream<Arguments> of(Map<String, Set<String>> pages) {
        return pages.entrySet().stream()
                .flatMap(page -> ROLES.stream()
                        .map(role -> Arguments.of(
                                page.getKey(), role, page.getValue().contains(role))));
    }
}

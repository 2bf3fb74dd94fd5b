package dev.easel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlantedAnomaliesTests {

    @Test
    void plantsTwoOfEachKindAtPositionsTheSeedFixesAndListsThemOnlyInTheSideFile(@TempDir Path folder) {
        DemoSettings settings = new DemoSettings(1_000, 11, LocalDate.of(2026, 10, 31));
        new DemoMarketplaceGenerator(settings).generate(folder);

        List<Map<String, String>> planted = CsvRows.read(folder.resolve(PlantedAnomalies.FILE));
        assertThat(planted).hasSize(6);
        assertThat(planted.stream().collect(Collectors.groupingBy(row -> row.get("kind"), Collectors.counting())))
                .containsOnly(
                        Map.entry("TENFOLD_JUMP", 2L),
                        Map.entry("SERIAL_RETURNER_JUMP", 2L),
                        Map.entry("PRIVATE_BULK_ORDER", 2L));
        assertThat(PlantedAnomalies.positions(settings))
                .isEqualTo(PlantedAnomalies.positions(settings))
                .hasSize(6)
                .allSatisfy((number, kind) -> assertThat(number).isBetween(1L, 1_000L));
        List<Map<String, String>> customers = CsvRows.read(folder.resolve(DemoFiles.CUSTOMERS));
        List<String> ids = planted.stream().map(row -> row.get("customerId")).toList();
        assertThat(customers)
                .filteredOn(row -> ids.contains(row.get("customerId")))
                .hasSize(6)
                .allSatisfy(row -> assertThat(row.get("type")).isEqualTo("INDIVIDUAL"));
    }

    @Test
    void aTenfoldJumpIsOneOrderWorthMoreThanTenTimesEverythingBefore(@TempDir Path folder) {
        new DemoMarketplaceGenerator(new DemoSettings(1_000, 5, LocalDate.of(2026, 10, 31))).generate(folder);
        String customerId = plantedOf(folder, "TENFOLD_JUMP").get(0);

        List<Long> orderTotals = totalsByOrder(folder, customerId);
        long last = orderTotals.get(orderTotals.size() - 1);
        long before = orderTotals.subList(0, orderTotals.size() - 1).stream()
                .mapToLong(Long::longValue)
                .sum();
        assertThat(orderTotals).hasSize(4);
        assertThat(last).isGreaterThan(10 * before).isGreaterThan(100_000);
    }

    @Test
    void aPrivateBulkOrderIsMoreUnitsThanTheBulkThreshold(@TempDir Path folder) {
        new DemoMarketplaceGenerator(new DemoSettings(1_000, 5, LocalDate.of(2026, 10, 31))).generate(folder);
        String customerId = plantedOf(folder, "PRIVATE_BULK_ORDER").get(0);

        assertThat(CsvRows.read(folder.resolve(DemoFiles.ORDERS)))
                .filteredOn(row -> row.get("customerId").equals(customerId))
                .anySatisfy(
                        row -> assertThat(Integer.parseInt(row.get("quantity"))).isGreaterThan(50));
    }

    @Test
    void plantsNothingInASmallMarketplace(@TempDir Path folder) {
        new DemoMarketplaceGenerator(new DemoSettings(50, 5, LocalDate.of(2026, 10, 31))).generate(folder);

        assertThat(Files.exists(folder.resolve(PlantedAnomalies.FILE))).isFalse();
    }

    private static List<String> plantedOf(Path folder, String kind) {
        return CsvRows.read(folder.resolve(PlantedAnomalies.FILE)).stream()
                .filter(row -> row.get("kind").equals(kind))
                .map(row -> row.get("customerId"))
                .toList();
    }

    /** Cents per order of the customer, in the order written (which is time order). */
    private static List<Long> totalsByOrder(Path folder, String customerId) {
        Map<String, Long> totals = new java.util.LinkedHashMap<>();
        for (Map<String, String> row : CsvRows.read(folder.resolve(DemoFiles.ORDERS))) {
            if (row.get("customerId").equals(customerId)) {
                long cents = new java.math.BigDecimal(row.get("unitPrice"))
                                .movePointRight(2)
                                .longValue()
                        * Integer.parseInt(row.get("quantity"));
                totals.merge(row.get("orderId"), cents, Long::sum);
            }
        }
        return List.copyOf(totals.values());
    }
}

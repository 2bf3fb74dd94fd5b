package dev.easel.rules.policy;

import dev.easel.rules.facts.CustomerType;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.rules.facts.Purpose;
import io.cucumber.java.ParameterType;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/** The business words of the features, turned into facts. */
public class ParameterTypes {

    /** A place and the country and region it stands for. */
    record Place(String country, String region) {}

    private static final Map<String, Place> PLACES = Map.ofEntries(
            Map.entry("France", new Place("FR", null)),
            Map.entry("Germany", new Place("DE", null)),
            Map.entry("Spain", new Place("ES", null)),
            Map.entry("Italy", new Place("IT", null)),
            Map.entry("Norway", new Place("NO", null)),
            Map.entry("the United Kingdom", new Place("GB", null)),
            Map.entry("Switzerland", new Place("CH", null)),
            Map.entry("Brazil", new Place("BR", null)),
            Map.entry("Ontario", new Place("CA", "CA-ON")),
            Map.entry("Quebec", new Place("CA", "CA-QC")),
            Map.entry("California", new Place("US", "US-CA")),
            Map.entry("Colorado", new Place("US", "US-CO")),
            Map.entry("Texas", new Place("US", "US-TX")),
            Map.entry("Virginia", new Place("US", "US-VA")),
            Map.entry("Utah", new Place("US", "US-UT")),
            Map.entry("Maryland", new Place("US", "US-MD")),
            Map.entry("Rhode Island", new Place("US", "US-RI")),
            Map.entry("New York", new Place("US", "US-NY")),
            Map.entry("Japan", new Place("JP", null)));

    @ParameterType("France|Germany|Spain|Italy|Norway|the United Kingdom|Switzerland|Brazil|Ontario|Quebec|California"
            + "|Colorado|Texas|Virginia|Utah|Maryland|Rhode Island|New York|Japan")
    public Place place(String name) {
        return PLACES.get(name);
    }

    @ParameterType("customer|school|organisation")
    public CustomerType customerType(String word) {
        return switch (word) {
            case "school" -> CustomerType.SCHOOL;
            case "organisation" -> CustomerType.ORGANISATION;
            default -> CustomerType.INDIVIDUAL;
        };
    }

    @ParameterType("CLV profiling|marketing sync")
    public Purpose purpose(String words) {
        return words.equals("CLV profiling") ? Purpose.CLV_PROFILING : Purpose.MARKETING_SYNC;
    }

    @ParameterType("eligible|due for renewal|suppressed")
    public EligibilityStatus eligibility(String words) {
        return switch (words) {
            case "eligible" -> EligibilityStatus.ELIGIBLE;
            case "due for renewal" -> EligibilityStatus.RENEWAL_DUE;
            default -> EligibilityStatus.SUPPRESSED;
        };
    }

    @ParameterType("\\d{4}-\\d{2}-\\d{2}")
    public LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @ParameterType("(\\d+) (days?|months?) ago")
    public Period ago(String amount, String unit) {
        int n = Integer.parseInt(amount);
        return unit.startsWith("day") ? Period.ofDays(n) : Period.ofMonths(n);
    }
}

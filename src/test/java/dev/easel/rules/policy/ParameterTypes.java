package dev.easel.rules.policy;

import java.time.Period;

import dev.easel.rules.facts.CustomerType;
import dev.easel.rules.facts.EligibilityStatus;
import dev.easel.rules.facts.Purpose;
import io.cucumber.java.ParameterType;

/** The business words of the features, turned into facts. */
public class ParameterTypes {

    /** A place and the country and region it stands for. */
    record Place(String country, String region) {
    }

    @ParameterType("France|Germany|Spain|Italy|the United Kingdom|California|New York|Japan")
    public Place place(String name) {
        return switch (name) {
            case "France" -> new Place("FR", null);
            case "Germany" -> new Place("DE", null);
            case "Spain" -> new Place("ES", null);
            case "Italy" -> new Place("IT", null);
            case "the United Kingdom" -> new Place("GB", null);
            case "California" -> new Place("US", "US-CA");
            case "New York" -> new Place("US", "US-NY");
            default -> new Place("JP", null);
        };
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

    @ParameterType("(\\d+) (days?|months?) ago")
    public Period ago(String amount, String unit) {
        int n = Integer.parseInt(amount);
        return unit.startsWith("day") ? Period.ofDays(n) : Period.ofMonths(n);
    }
}

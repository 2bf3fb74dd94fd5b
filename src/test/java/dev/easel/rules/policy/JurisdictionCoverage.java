package dev.easel.rules.policy;

import io.cucumber.java.AfterAll;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Every row of {@code rules/consent/jurisdictions.csv} must appear in the scenarios that take a customer under a
 * jurisdiction by its code ("a 'no' is never overridden"), so that a new law is covered the day it is added.
 */
public final class JurisdictionCoverage {

    private static final Set<String> EXPECTED = new ConcurrentSkipListSet<>();
    private static final Set<String> COVERED = new ConcurrentSkipListSet<>();

    static void expect(Iterable<String> jurisdictions) {
        jurisdictions.forEach(EXPECTED::add);
    }

    static void covered(String jurisdiction) {
        COVERED.add(jurisdiction);
    }

    @AfterAll
    public static void everyJurisdictionIsInTheNeverOverriddenScenarios() {
        Set<String> missing = new TreeSet<>(EXPECTED);
        missing.removeAll(COVERED);
        if (!missing.isEmpty()) {
            throw new AssertionError("Jurisdictions of rules/consent/jurisdictions.csv missing from the examples of "
                    + "features/consent/a-no-is-never-overridden.feature (add them): " + missing);
        }
    }
}

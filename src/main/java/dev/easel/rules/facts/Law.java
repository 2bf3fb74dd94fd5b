package dev.easel.rules.facts;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The privacy law that applies to the customer on the evaluation day: one row of
 * {@code rules/consent/jurisdictions.csv}, chosen by the customer's region, else country, else the row {@code *}
 * (anywhere not listed), among the rows already in effect.
 *
 * @param jurisdiction the row's code ({@code US-CO}, {@code EU}, {@code *})
 * @param appliesTo    the country and region codes the row covers, in the file's order
 * @param minimumAge   below this age a known minor's data is not used at all
 * @param effective    the day the row takes effect
 */
public record Law(
        String jurisdiction,
        String name,
        List<String> appliesTo,
        Regime regime,
        Set<OptOutRight> optOuts,
        boolean gpcRequired,
        int minimumAge,
        LocalDate effective) {

    /** The code of the row that covers anywhere not listed. */
    public static final String ANYWHERE_ELSE = "*";

    public Law {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(effective, "effective");
        appliesTo = List.copyOf(appliesTo);
        optOuts = optOuts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(optOuts));
    }

    /** The purposes this law's opt-out rights reach. */
    public Set<Purpose> getOptOutPurposes() {
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        optOuts.forEach(right -> purposes.add(right.purpose()));
        return purposes;
    }

    /** True for the row that covers places no other row lists. */
    public boolean isAnywhereElse() {
        return ANYWHERE_ELSE.equals(jurisdiction);
    }
}

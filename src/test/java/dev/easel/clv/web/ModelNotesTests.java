package dev.easel.clv.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.clv.ClvExplanation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelNotesTests {

    @Test
    void theSeasonLineSaysWhereTheSeasonCameFromAndHowFarItMovedTheExpectedOrders() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("serving", Map.of("model", "SEASONAL_BG_NBD", "label", "BG/NBD in operational time (seasonal)"));
        model.put(
                "season",
                Map.of(
                        "source",
                        "ESTIMATED",
                        "horizonMonths",
                        12,
                        "expectedOrdersWithSeason",
                        2.3149,
                        "expectedOrdersWithoutSeason",
                        1.8421));

        ModelNotes notes = ModelNotes.of(explanation(model));

        assertThat(notes.serving()).isEqualTo("BG/NBD in operational time (seasonal)");
        assertThat(notes.season())
                .isEqualTo("Season taken into account: estimated from the business's own history (moves this"
                        + " customer's expected orders over the next 12 months from 1.84 to 2.31)");
        assertThat(notes.oneOrder()).isNull();
    }

    @Test
    void aDeclaredSeasonNamesItsVersionAndAOneOrderNoteIsShownAsASentence() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(
                "season",
                Map.of(
                        "source",
                        "DECLARED",
                        "version",
                        "season-0123456789ab",
                        "horizonMonths",
                        12,
                        "expectedOrdersWithSeason",
                        0.5,
                        "expectedOrdersWithoutSeason",
                        0.6));
        model.put("oneOrderCustomer", "one order so far: withheld");

        ModelNotes notes = ModelNotes.of(explanation(model));

        assertThat(notes.season())
                .startsWith("Season taken into account: declared by the analyst (season-0123456789ab)")
                .endsWith("from 0.60 to 0.50)");
        assertThat(notes.oneOrder()).isEqualTo("One order so far: withheld");
    }

    @Test
    void withoutASeasonOrAModelThereIsNothingToSay() {
        assertThat(ModelNotes.of(explanation(Map.of()))).isEqualTo(ModelNotes.NONE);
        assertThat(ModelNotes.of(null)).isEqualTo(ModelNotes.NONE);
    }

    private static ClvExplanation explanation(Map<String, Object> model) {
        return new ClvExplanation(
                "c-1",
                "PUBLISHED",
                Map.of(),
                List.of(),
                List.of(),
                false,
                null,
                model,
                Map.of(),
                "r",
                "d",
                Instant.EPOCH);
    }
}

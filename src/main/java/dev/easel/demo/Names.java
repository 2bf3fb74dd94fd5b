package dev.easel.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Invented names and addresses on the reserved {@code example.test} domain, so that no row can reach a real inbox.
 */
final class Names {

    private static final List<String> FIRST = List.of(
            "Anna", "Lukas", "Chloé", "Mateo", "Sofia", "Jan", "Emma", "Noah", "Léa", "Finn", "Giulia", "Hugo", "Maja",
            "Oliver", "Lucía", "Elias", "Freya", "Liam", "Zoë", "Daan", "Amelia", "Marco", "Ines", "Theo", "Ava",
            "Jonas", "Clara", "Ethan", "Sanne", "Diego", "Mia", "Aiden", "Nora", "Felix", "Isla", "Pablo", "Hanna",
            "Leo", "Grace", "Milan");
    private static final List<String> LAST = List.of(
            "Müller",
            "Martin",
            "de Vries",
            "García",
            "Rossi",
            "Smith",
            "Schmidt",
            "Bernard",
            "Jansen",
            "Fernández",
            "Russo",
            "Jones",
            "Fischer",
            "Dubois",
            "Bakker",
            "López",
            "Ferrari",
            "Taylor",
            "Weber",
            "Moreau",
            "Visser",
            "Martínez",
            "Bianchi",
            "Brown",
            "Wagner",
            "Laurent",
            "Smit",
            "Sánchez",
            "Romano",
            "Wilson",
            "Becker",
            "O'Brien",
            "Meyer",
            "Petit",
            "Mulder",
            "Gómez",
            "Costa",
            "Davies",
            "Hoffmann",
            "Nguyen");
    private static final List<String> PLACES = List.of(
            "Lindenfeld",
            "Harbourside",
            "Westmoor",
            "Riverbend",
            "Oakhurst",
            "Brightwater",
            "Ashford Vale",
            "Kestrel Hill",
            "Millbrook",
            "Stonebridge",
            "Fairhaven",
            "Elmstead");
    private static final List<String> SCHOOLS = List.of(
            "Art School",
            "Academy of Fine Arts",
            "Primary School",
            "College of Art and Design",
            "Secondary School",
            "Community Art Studio");
    private static final List<String> ORGANISATIONS = List.of(
            "Paint & Sip Events",
            "Arts Festival",
            "Sketch Club",
            "Makers Collective",
            "Craft Fair Committee",
            "Team Building Workshops");

    private Names() {}

    static String person(RandomGenerator random) {
        return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
    }

    static String school(RandomGenerator random) {
        return PLACES.get(random.nextInt(PLACES.size())) + " " + SCHOOLS.get(random.nextInt(SCHOOLS.size()));
    }

    static String organisation(RandomGenerator random) {
        return PLACES.get(random.nextInt(PLACES.size())) + " "
                + ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size()));
    }

    /** {@code firstname.lastname.123@example.test}: the number keeps people who share a name apart. */
    static String email(String name, long number) {
        return slug(name) + "." + number + "@example.test";
    }

    private static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
    }
}

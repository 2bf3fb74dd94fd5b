package dev.easel.privacy.notices;

/** What a customer reads about one purpose: what it means, why, which data, for how long. */
public record PurposeNotice(String title, String what, String why, String data, String retention) {

    /** The text recorded with the consent as the wording shown. */
    public String wording() {
        return title + ". " + what + " " + why + " Data: " + data + " Retention: " + retention;
    }
}

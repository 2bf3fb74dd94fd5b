package dev.easel.consent;

/**
 * Global Privacy Control: the {@code Sec-GPC} request header by which a browser opts its user out of sale and sharing.
 * The controllers that take consent-relevant requests read it here; the site's statement that it honours the signal
 * ({@code /.well-known/gpc.json}) is served by the consent module's web layer.
 */
public final class GlobalPrivacyControl {

    public static final String HEADER = "Sec-GPC";

    private GlobalPrivacyControl() {}

    /** The specification defines exactly one value: "1". */
    public static boolean signalled(String header) {
        return header != null && "1".equals(header.trim());
    }
}

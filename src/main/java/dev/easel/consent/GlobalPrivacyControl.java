package dev.easel.consent;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Global Privacy Control: the {@code Sec-GPC} request header, and the site's statement that it honours it
 * ({@code /.well-known/gpc.json}, served without authentication).
 */
@RestController
public class GlobalPrivacyControl {

    public static final String HEADER = "Sec-GPC";

    private final LocalDate lastUpdate;

    GlobalPrivacyControl(@Value("${easel.consent.gpc-last-update:2026-11-22}") LocalDate lastUpdate) {
        this.lastUpdate = lastUpdate;
    }

    /** The specification defines exactly one value: "1". */
    public static boolean signalled(String header) {
        return header != null && "1".equals(header.trim());
    }

    @GetMapping(path = "/.well-known/gpc.json", produces = "application/json")
    Map<String, Object> statement() {
        return Map.of("gpc", true, "lastUpdate", lastUpdate.toString());
    }
}

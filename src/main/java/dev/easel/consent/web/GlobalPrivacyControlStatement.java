package dev.easel.consent.web;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The site's statement that it honours Global Privacy Control ({@code /.well-known/gpc.json}, served without sign-in). */
@RestController
class GlobalPrivacyControlStatement {

    private final LocalDate lastUpdate;

    GlobalPrivacyControlStatement(@Value("${easel.consent.gpc-last-update:2026-11-22}") LocalDate lastUpdate) {
        this.lastUpdate = lastUpdate;
    }

    @GetMapping(path = "/.well-known/gpc.json", produces = "application/json")
    Map<String, Object> statement() {
        return Map.of("gpc", true, "lastUpdate", lastUpdate.toString());
    }
}

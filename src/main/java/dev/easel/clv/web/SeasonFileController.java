package dev.easel.clv.web;

import dev.easel.clv.DeclaredSeasonFile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The declared season file as the service holds it now: the version in service, when it was read, its problems. */
@RestController
class SeasonFileController {

    private final DeclaredSeasonFile seasons;

    SeasonFileController(DeclaredSeasonFile seasons) {
        this.seasons = seasons;
    }

    @GetMapping("/api/model/season-file")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    DeclaredSeasonFile.Status status() {
        return seasons.status();
    }
}

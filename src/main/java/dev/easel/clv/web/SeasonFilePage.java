package dev.easel.clv.web;

import dev.easel.clv.DeclaredSeasonFile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The declared season file as the service holds it now (version in use, when it was read, the file's problems with
 * their lines): a part of the Model page, refreshed while it is open; {@link SeasonFileController} answers the same as
 * JSON.
 */
@Controller
class SeasonFilePage {

    private final DeclaredSeasonFile seasons;

    SeasonFilePage(DeclaredSeasonFile seasons) {
        this.seasons = seasons;
    }

    @GetMapping("/console/model/season-file")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String part(Model model) {
        model.addAttribute("seasonFile", seasons.status());
        return "clv/season-file :: status";
    }
}

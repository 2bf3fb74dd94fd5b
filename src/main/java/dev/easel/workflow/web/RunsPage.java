package dev.easel.workflow.web;

import dev.easel.clv.ClvInsights;
import dev.easel.workflow.batch.BatchRunStarter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Batch runs for admins: the recent ones with live progress and outcome counts, and a button that starts one. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RunsPage {

    static final int SHOWN = 20;

    private final ClvInsights insights;
    private final BatchRunStarter starter;

    RunsPage(ClvInsights insights, BatchRunStarter starter) {
        this.insights = insights;
        this.starter = starter;
    }

    @GetMapping("/console/runs")
    String runs(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("runs", insights.recentRuns(SHOWN));
        return htmx == null ? "workflow/runs" : "workflow/runs :: table";
    }

    /** Starts a run as {@code POST /api/clv/runs} does: the refit and the plan happen before the answer. */
    @PostMapping("/console/runs")
    String start(Authentication user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("started", starter.start(user.getName()).runId());
        return "redirect:/console/runs";
    }
}

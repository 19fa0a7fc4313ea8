package ledger.app.console.batches;

import java.util.List;
import ledger.app.projections.Projections;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator sees where each read model stands and rebuilds them, following the rebuild live. */
@Controller
class ProjectionPages {

    private final Projections projections;

    ProjectionPages(Projections projections) {
        this.projections = projections;
    }

    @GetMapping("/console/projections")
    String projections(Model model) {
        model.addAttribute("statuses", projections.statuses());
        return "console/batches/projections";
    }

    @GetMapping(value = "/console/projections/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Projections.ProcessorStatus> status() {
        return projections.statuses();
    }

    @PostMapping("/console/projections/rebuild")
    String rebuild(RedirectAttributes redirect) {
        projections.rebuildAll();
        redirect.addFlashAttribute("rebuilding", true);
        return "redirect:/console/projections";
    }
}

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

    /**
     * A processor's status and what the console says of it. Axon's own replaying flag stays up after a
     * replay until a new event arrives, so "rebuilding" is the ledger's: from the request until caught up.
     */
    record Row(Projections.ProcessorStatus status, String state, int percent) {

        static List<Row> of(List<Projections.ProcessorStatus> statuses, boolean rebuilding) {
            return statuses.stream().map(status -> new Row(status, state(status, rebuilding), percent(status))).toList();
        }

        private static String state(Projections.ProcessorStatus status, boolean rebuilding) {
            if (status.error()) {
                return "error";
            }
            if (rebuilding) {
                return "replaying";
            }
            return status.caughtUp() && status.position() != null && status.position() >= status.headPosition()
                    ? "caughtUp" : "behind";
        }

        private static int percent(Projections.ProcessorStatus status) {
            if (status.position() == null || status.headPosition() <= 0) {
                return status.caughtUp() ? 100 : 0;
            }
            return (int) Math.min(100, status.position() * 100 / status.headPosition());
        }
    }

    @GetMapping("/console/projections")
    String projections(Model model) {
        model.addAttribute("rows", rows());
        return "console/batches/projections";
    }

    @GetMapping(value = "/console/projections/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Row> status() {
        return rows();
    }

    private List<Row> rows() {
        return Row.of(projections.statuses(), projections.isRebuilding());
    }

    @PostMapping("/console/projections/rebuild")
    String rebuild(RedirectAttributes redirect) {
        projections.rebuildAll();
        redirect.addFlashAttribute("rebuilding", true);
        return "redirect:/console/projections";
    }
}

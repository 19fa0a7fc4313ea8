package ledger.app.projections;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators rebuild the read models and watch them catch up. */
@RestController
@RequestMapping("/api/v1/projections")
class ProjectionController {

    private final Projections projections;

    ProjectionController(Projections projections) {
        this.projections = projections;
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, List<String>> rebuild() {
        return Map.of("rebuilding", projections.rebuildAll());
    }

    @GetMapping
    Map<String, List<Projections.ProcessorStatus>> status() {
        return Map.of("projections", projections.statuses());
    }
}

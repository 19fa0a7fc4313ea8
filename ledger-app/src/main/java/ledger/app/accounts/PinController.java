package ledger.app.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import ledger.money.Money;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Caseworkers set, limit and unlock the card PIN (domain-rules §7). The PIN itself is never logged. */
@RestController
@RequestMapping("/api/v1/accounts/{personId}")
class PinController {

    private final PinService pins;

    PinController(PinService pins) {
        this.pins = pins;
    }

    /** The PIN is required; PinRules checks it (400 pin-format), so the schema says so explicitly. */
    record PinRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String pin) {
    }

    record NoPinLimitRequest(@NotNull Money amount) {
    }

    @PutMapping("/pin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setPin(@PathVariable String personId, @RequestBody PinRequest request, @AuthenticationPrincipal UserDetails user) {
        pins.setPin(personId, request.pin(), user.getUsername());
    }

    @PutMapping("/no-pin-limit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setNoPinLimit(@PathVariable String personId, @Valid @RequestBody NoPinLimitRequest request,
                       @AuthenticationPrincipal UserDetails user) {
        pins.setNoPinLimit(personId, request.amount(), user.getUsername());
    }

    @PostMapping("/pin-unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable String personId, @AuthenticationPrincipal UserDetails user) {
        pins.unlock(personId, user.getUsername());
    }
}

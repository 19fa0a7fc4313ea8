package ledger.app.console;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Sign-in, each role's start page and the page of what a role may not see. */
@Controller
class ConsoleHome {

    @GetMapping("/signin")
    String signIn() {
        return "console/signin";
    }

    @GetMapping({"/", "/console"})
    String home(Authentication user) {
        return "redirect:" + startPageOf(user);
    }

    /** Spring Security forwards here when the signed-in role may not see a page. */
    @RequestMapping("/console/forbidden")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "console/forbidden";
    }

    private static String startPageOf(Authentication user) {
        if (has(user, "ROLE_CASEWORKER")) {
            return "/console/accounts";
        }
        if (has(user, "ROLE_AUDITOR")) {
            return "/console/audit";
        }
        if (has(user, "ROLE_OPERATOR")) {
            return "/console/batches";
        }
        return "/console/forbidden";
    }

    private static boolean has(Authentication user, String authority) {
        return user.getAuthorities().stream().anyMatch(granted -> granted.getAuthority().equals(authority));
    }
}

package ledger.app.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Builds the user store. The embedded default (no profile active) may start without configured users
 * and then gets one user per role, named and passworded after the role, with a loud warning. Every
 * other profile refuses to start without configured users.
 */
final class UserDirectory {

    private static final Logger log = LoggerFactory.getLogger(UserDirectory.class);

    private UserDirectory() {
    }

    static InMemoryUserDetailsManager of(LedgerUsers configured, Environment environment) {
        if (!configured.users().isEmpty()) {
            return new InMemoryUserDetailsManager(configured.users().stream().map(UserDirectory::details).toList());
        }
        if (environment.getActiveProfiles().length > 0) {
            throw new IllegalStateException("no users configured (ledger.security.users) for profiles "
                    + Arrays.toString(environment.getActiveProfiles())
                    + "; only the embedded default starts with its built-in users");
        }
        log.warn("No users configured: the embedded default starts with the users caseworker, settlement, auditor "
                + "and operator, each with its own name as password. Configure ledger.security.users before any real use.");
        return new InMemoryUserDetailsManager(defaultUsers());
    }

    private static List<UserDetails> defaultUsers() {
        return Arrays.stream(Role.values())
                .map(role -> {
                    String name = role.name().toLowerCase(Locale.ROOT);
                    return details(new LedgerUsers.User(name, "{noop}" + name, Set.of(role)));
                })
                .toList();
    }

    private static UserDetails details(LedgerUsers.User user) {
        return User.withUsername(user.name())
                .password(user.password())
                .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }
}

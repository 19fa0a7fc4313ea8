package ledger.app.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users allowed in, from configuration ({@code ledger.security.users[n].name/password/roles}).
 * Passwords carry their encoding id, e.g. {@code {bcrypt}$2a$...}.
 */
@ConfigurationProperties(prefix = "ledger.security")
public record LedgerUsers(List<User> users) {

    public LedgerUsers {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String name, String password, Set<Role> roles) {
    }
}

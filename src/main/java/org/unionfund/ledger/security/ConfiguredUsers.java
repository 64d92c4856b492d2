package org.unionfund.ledger.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.unionfund.ledger.kernel.SafeId;

/**
 * The users of basic mode, from {@code ledger.security.users}. Checked at start-up: a known role, a body (of the
 * safe alphabet) for CLERK and PROVINCIAL_STAFF, and a {@code {bcrypt}} password hash — plain or other encodings
 * are refused, so no readable password ever sits in configuration.
 */
public class ConfiguredUsers implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    /** A configured user as {@code GET /api/v1/admin/users} lists it: never with its password. */
    public record Listed(String username, Role role, String body) {
    }

    private final Map<String, Entry> users;

    private record Entry(LedgerPrincipal principal, String passwordHash) {
    }

    public ConfiguredUsers(Map<String, LedgerSecurityProperties.User> configured) {
        Map<String, Entry> users = new java.util.TreeMap<>();
        configured.forEach((name, user) -> users.put(name, check(name, user)));
        this.users = Map.copyOf(users);
    }

    private static Entry check(String name, LedgerSecurityProperties.User user) {
        String where = "ledger.security.users." + name;
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalStateException(where + ": user names are 1 to 64 characters of A-Z a-z 0-9 . _ @ -");
        }
        Role role = Role.parse(user.role());
        if (role == null) {
            throw new IllegalStateException(where + ".role must be one of " + List.of(Role.values()));
        }
        String body = user.body() == null || user.body().isBlank() ? null : user.body().trim();
        if (role.needsBody() && body == null) {
            throw new IllegalStateException(where + ".body is required for role " + role);
        }
        if (body != null && !SafeId.isSafe(body, 64)) {
            throw new IllegalStateException(where + ".body must be a union body id");
        }
        if (user.password() == null || !BCRYPT.matcher(user.password()).matches()) {
            throw new IllegalStateException(where + ".password must be a {bcrypt} hash, e.g. from "
                    + "`htpasswd -bnBC 12 \"\" PASSWORD | tr -d ':\\n'` prefixed with {bcrypt}");
        }
        return new Entry(new LedgerPrincipal(name, role, role.needsBody() ? body : null), user.password());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Entry entry = users.get(username);
        if (entry == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        return new User(entry.principal(), entry.passwordHash());
    }

    public List<Listed> list() {
        List<Listed> listed = new ArrayList<>();
        users.values().forEach(e -> listed.add(new Listed(e.principal().name(), e.principal().role(),
                e.principal().body())));
        listed.sort(java.util.Comparator.comparing(Listed::username));
        return listed;
    }

    /** Spring Security's view of a configured user. */
    static final class User implements UserDetails, LedgerAuthenticated, CredentialsContainer {

        private final LedgerPrincipal principal;
        private String password;

        User(LedgerPrincipal principal, String password) {
            this.principal = principal;
            this.password = password;
        }

        @Override
        public LedgerPrincipal ledgerPrincipal() {
            return principal;
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return List.of(new SimpleGrantedAuthority(principal.role().authority()));
        }

        @Override
        public String getPassword() {
            return password;
        }

        @Override
        public void eraseCredentials() {
            password = null;
        }

        @Override
        public String getUsername() {
            return principal.name();
        }

        @Override
        public String toString() {
            return "User[" + principal.name() + ", " + principal.role() + "]";
        }
    }
}

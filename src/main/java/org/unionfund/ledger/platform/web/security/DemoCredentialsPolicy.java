package org.unionfund.ledger.platform.web.security;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.unionfund.ledger.security.LedgerSecurityProperties;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.platform.store.LedgerMongoProperties;

/**
 * Demo users (password = user name + {@code -demo}) and the demo pseudonym key are public, so they belong to the
 * embedded demo only: the {@code demo} profile on the embedded store. Anywhere else — a real store
 * ({@code LEDGER_MONGO_URI}) or another profile — the app refuses to start while they are configured, saying what to
 * set, unless {@code ledger.security.allow-demo-credentials=true} opts in explicitly (then every start warns).
 */
public final class DemoCredentialsPolicy {

    public static final String DEMO_PROFILE = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoCredentialsPolicy.class);

    public DemoCredentialsPolicy(Environment environment, LedgerSecurityProperties security,
            LedgerMongoProperties store, WorkerPseudonyms pseudonyms, PasswordEncoder encoder) {
        boolean demoProfile = environment.acceptsProfiles(Profiles.of(DEMO_PROFILE));
        if (demoProfile && store.useEmbedded()) {
            return;
        }
        List<String> demoUsers = demoUsers(security.users(), encoder);
        boolean demoKey = pseudonyms.usesDemoKey();
        if (demoUsers.isEmpty() && !demoKey) {
            return;
        }
        String where = !store.useEmbedded() ? "a real store (LEDGER_MONGO_URI is set)"
                : "profile(s) " + List.of(environment.getActiveProfiles()) + " without 'demo'";
        String what = (demoUsers.isEmpty() ? "" : "the demo users " + demoUsers)
                + (demoUsers.isEmpty() || !demoKey ? "" : " and ")
                + (demoKey ? "the demo pseudonym key" : "");
        if (security.allowDemoCredentials()) {
            log.warn("DEMO CREDENTIALS on {}: {} are active because LEDGER_ALLOW_DEMO_CREDENTIALS=true "
                    + "(ledger.security.allow-demo-credentials). Never hold real data like this.", where, what);
            return;
        }
        throw new IllegalStateException("Refusing to start: " + what + " are configured on " + where + ". Set "
                + "SPRING_PROFILES_ACTIVE=prod (any profile but 'demo' drops the demo users), configure your own users "
                + "(ledger.security.users.NAME.password/role/body with {bcrypt} hashes) or LEDGER_SECURITY_MODE=jwt, "
                + "and set LEDGER_PSEUDONYM_KEY to a secret of at least 32 characters. For a demo on this store only, "
                + "set LEDGER_ALLOW_DEMO_CREDENTIALS=true. See docs/operations.md.");
    }

    /** Configured users whose password is their name + {@code -demo}, as the demo users' are. */
    static List<String> demoUsers(Map<String, LedgerSecurityProperties.User> users, PasswordEncoder encoder) {
        return users.entrySet().stream()
                .filter(user -> user.getValue().password() != null
                        && encoder.matches(user.getKey() + "-demo", user.getValue().password()))
                .map(Map.Entry::getKey).sorted().toList();
    }
}

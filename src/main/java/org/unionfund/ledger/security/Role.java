package org.unionfund.ledger.security;

import java.util.Locale;

/**
 * What an authenticated principal may do. Roles never overlap: a principal has exactly one.
 * <ul>
 * <li>{@link #CLERK} — finance clerk of one union body: writes for that body (it is the sending/owning body of the
 * command), reads the body's subtree.</li>
 * <li>{@link #PROVINCIAL_STAFF} — staff of a provincial federation: reads everything in the subtree of their body
 * (normally a province), writes nothing.</li>
 * <li>{@link #REVIEWER} — 审核: reviews (first approval of) the proposals of one union body under its approval policy,
 * reads the body's subtree, books nothing itself.</li>
 * <li>{@link #APPROVER} — 审批: the chair or person with signing authority of one union body; gives the approvals a
 * policy reserves for the chair and adopts the body's approval policy; reads the body's subtree.</li>
 * <li>{@link #AUDITOR} — fund audit committee (经审会): reads everything, runs verify, replay and export, writes
 * nothing.</li>
 * <li>{@link #ADMIN} — operator: controls processors and lists users; no business data.</li>
 * <li>{@link #SYSTEM} — background work (matching-deadline scheduler, start-up loaders) and test clients: may do
 * everything. Never granted through a JWT.</li>
 * </ul>
 */
public enum Role {
    CLERK,
    PROVINCIAL_STAFF,
    REVIEWER,
    APPROVER,
    AUDITOR,
    ADMIN,
    SYSTEM;

    /** The Spring Security authority of the role, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Reads are limited to the subtree of the principal's body. */
    public boolean readsSubtreeOnly() {
        return needsBody();
    }

    /** Needs a union body to act for. */
    public boolean needsBody() {
        return this == CLERK || this == PROVINCIAL_STAFF || this == REVIEWER || this == APPROVER;
    }

    /** Parses a configured or claimed role name, case-insensitively; {@code null} when it is not a role. */
    public static Role parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Role.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.unionfund.ledger.security.scope;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.BodyOwnership.Owned;
import org.unionfund.ledger.security.AccessRefused;
import org.unionfund.ledger.security.CurrentPrincipal;
import org.unionfund.ledger.security.LedgerPrincipal;
import org.unionfund.ledger.security.Role;
import org.unionfund.ledger.kernel.SafeId;

/**
 * The one place that decides whether the authenticated principal may act on a union body, using the body
 * directory's ancestor paths. Controllers name the body a request acts for or reads; the guard answers by throwing a
 * 403 problem ({@code out-of-scope}; {@code forbidden} when the role may not do this at all).
 * <ul>
 * <li>write: a CLERK writes only for its own body (the sending/owning body of the command); SYSTEM for any body;
 * every other role for none.</li>
 * <li>read: CLERK and PROVINCIAL_STAFF read their body's subtree (the body and every body below it); AUDITOR and
 * SYSTEM read everything; ADMIN reads no business data.</li>
 * </ul>
 * A write check marks the request, so the platform's {@code ScopeCheckedCommands} can refuse any command a user request dispatches
 * without having named its acting body (fail closed for endpoints that forget the check).
 */
@Component
public class ScopeGuard {

    /** Request attribute set once the acting body of the request's command was checked. */
    public static final String WRITE_CHECKED = ScopeGuard.class.getName() + ".WRITE_CHECKED";

    private final BodyDirectory directory;
    private final ActingBodies acting;

    public ScopeGuard(BodyDirectory directory, ActingBodies acting) {
        this.directory = directory;
        this.acting = acting;
    }

    /** A read of the body that owns a thing named without a ledger; nothing to check for an unknown thing. */
    public void readIfKnown(Owned owned, String id, String field) {
        acting.find(owned, id).ifPresent(body -> read(body, field));
    }

    /** The current principal acts for {@code bodyId} (the sending/owning body of the command). */
    public void write(String bodyId, String field) {
        write(() -> bodyId, field);
    }

    /** The command acts for the programme's body (top-up, scheduling a trip of it). */
    public void writeForProgramme(String programmeId, String field) {
        write(() -> acting.of(Owned.PROGRAMME, null, programmeId), field);
    }

    /** The command acts for the body of the trip's programme (enrolment, settlement, corrections). */
    public void writeForTrip(String tripId) {
        write(() -> acting.of(Owned.TRIP, null, tripId), "tripId");
    }

    /** Matching funds are committed by the allocation's receiver. */
    public void writeForMatchingOf(String ledgerId, String allocationId) {
        write(() -> acting.of(Owned.MATCHING_REQUIREMENT, ledgerId, allocationId), "allocationId");
    }

    /** A reversal acts for the bodies the original posting touched (see {@link #writeAcross}). */
    public void writeForReversalOf(String ledgerId, String postingId) {
        writeAcross(() -> acting.all(Owned.POSTING, ledgerId, postingId), "postingId");
    }

    /**
     * A command touching several bodies at once (a shared cost, a reversal): the principal's body must be one of
     * them and every other one must lie in its subtree.
     */
    public void writeAcross(Collection<String> bodyIds, String field) {
        writeAcross(() -> bodyIds, field);
    }

    private void write(Supplier<String> bodyOf, String field) {
        LedgerPrincipal principal = principal();
        if (principal.role() != Role.SYSTEM) {
            requireRole(principal, Role.CLERK, "write");
            String bodyId = bodyOf.get();
            if (!principal.body().equals(bodyId)) {
                throw outOfScope(field, "a CLERK of " + principal.body() + " writes only for " + principal.body()
                        + ", not for " + safe(bodyId));
            }
        }
        markWriteChecked();
    }

    private void writeAcross(Supplier<Collection<String>> bodiesOf, String field) {
        LedgerPrincipal principal = principal();
        if (principal.role() != Role.SYSTEM) {
            requireRole(principal, Role.CLERK, "write");
            Set<String> bodies = new LinkedHashSet<>(bodiesOf.get());
            if (!bodies.contains(principal.body())) {
                throw outOfScope(field, "a CLERK of " + principal.body() + " writes only for " + principal.body()
                        + "; this request is for " + String.join(", ", bodies.stream().map(ScopeGuard::safe)
                        .toList()));
            }
            for (String body : bodies) {
                if (!inSubtree(body, principal.body())) {
                    throw outOfScope(field, "body " + safe(body) + " is outside the subtree of " + principal.body());
                }
            }
        }
        markWriteChecked();
    }

    /** Reference data of the whole tree (contractors, destinations): written by a clerk of a ledger's root. */
    public void writeReferenceData(String field) {
        LedgerPrincipal principal = principal();
        if (principal.role() != Role.SYSTEM) {
            requireRole(principal, Role.CLERK, "write");
            Optional<BodyDirectoryEntry> body = directory.find(new BodyId(principal.body()));
            if (body.isEmpty() || !body.get().isRoot()) {
                throw outOfScope(field, "contractors and destinations are registered by a clerk of a provincial "
                        + "federation (a ledger root); " + principal.body() + " is not one");
            }
        }
        markWriteChecked();
    }

    /**
     * Reviewing, approving or rejecting a proposal (REVIEWER, APPROVER). The ledger itself checks that the signatory
     * acts for the proposal's body and holds the role of its next step, in the same unit of work as the decision.
     */
    public LedgerPrincipal signProposal() {
        LedgerPrincipal principal = principal();
        if (principal.role() != Role.REVIEWER && principal.role() != Role.APPROVER) {
            throw forbidden(principal, "review or approve proposals");
        }
        markWriteChecked();
        return principal;
    }

    /** Withdrawing a proposal: a CLERK (the ledger checks it is the proposer). */
    public LedgerPrincipal withdrawProposal() {
        LedgerPrincipal principal = principal();
        requireRole(principal, Role.CLERK, "withdraw proposals");
        markWriteChecked();
        return principal;
    }

    /** An approval policy is adopted by the APPROVER (chair) of the body, or by the system. */
    public void adoptPolicy(String bodyId, String field) {
        LedgerPrincipal principal = principal();
        if (principal.role() != Role.SYSTEM) {
            requireRole(principal, Role.APPROVER, "adopt approval policies");
            if (!principal.body().equals(bodyId)) {
                throw outOfScope(field, "an APPROVER of " + principal.body() + " adopts the policy of "
                        + principal.body() + " only, not of " + safe(bodyId));
            }
        }
        markWriteChecked();
    }

    /** The current principal may read data of {@code bodyId}. */
    public void read(String bodyId, String field) {
        LedgerPrincipal principal = principal();
        if (!canRead(principal, bodyId)) {
            throw outOfScope(field, principal.role() + " of " + principal.body() + " reads only the subtree of "
                    + principal.body() + ", not " + safe(bodyId));
        }
    }

    /**
     * Standards apply to the region's whole subtree, so a principal may read the standards of its subtree and of
     * its ancestors (the ones in force for it).
     */
    public void readStandardsOf(String regionBodyId, String field) {
        LedgerPrincipal principal = principal();
        if (!canRead(principal, regionBodyId) && !inSubtree(principal.body(), regionBodyId)) {
            throw outOfScope(field, "the standards of " + safe(regionBodyId) + " neither apply to "
                    + principal.body() + " nor lie in its subtree");
        }
    }

    /** Whether the current principal may read data of {@code bodyId} (for filtering results). */
    public boolean canRead(String bodyId) {
        return canRead(principal(), bodyId);
    }

    private boolean canRead(LedgerPrincipal principal, String bodyId) {
        return switch (principal.role()) {
            case SYSTEM, AUDITOR -> true;
            case CLERK, PROVINCIAL_STAFF, REVIEWER, APPROVER -> inSubtree(bodyId, principal.body());
            case ADMIN -> throw forbidden(principal, "read business data");
        };
    }

    /** {@code body} is {@code root} or lies below it. Unknown or malformed bodies lie in no one's subtree. */
    boolean inSubtree(String body, String root) {
        if (body == null || root == null) {
            return false;
        }
        if (body.equals(root)) {
            return true;
        }
        if (!SafeId.isSafe(body, 64)) {
            return false;
        }
        return directory.find(new BodyId(body)).map(entry -> entry.ancestors().contains(root)).orElse(false);
    }

    /** The authenticated principal; 401 {@code unauthenticated} without one. */
    public static LedgerPrincipal principal() {
        return CurrentPrincipal.get().orElseThrow(() -> AccessRefused.unauthenticated("authentication is required"));
    }

    private static void requireRole(LedgerPrincipal principal, Role role, String action) {
        if (principal.role() != role) {
            throw forbidden(principal, action);
        }
    }

    static AccessRefused forbidden(LedgerPrincipal principal, String action) {
        return AccessRefused.forbidden("role " + principal.role() + " may not " + action + " here");
    }

    static AccessRefused outOfScope(String field, String detail) {
        return AccessRefused.outOfScope(field, detail);
    }

    private static void markWriteChecked() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(WRITE_CHECKED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Ids from requests are echoed only when they are of the safe alphabet. */
    private static String safe(String id) {
        return SafeId.isSafe(id, 64) ? id : "(invalid id)";
    }
}

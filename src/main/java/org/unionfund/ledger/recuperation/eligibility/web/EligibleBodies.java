package org.unionfund.ledger.recuperation.eligibility.web;

import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.platform.web.validation.SafeIdentifierValidator;

/** The body named in an eligible-workers path: a safe id (400) of a registered body (404). */
public final class EligibleBodies {

    private EligibleBodies() {
    }

    public static BodyDirectoryEntry require(BodyDirectory directory, String bodyId) {
        if (!SafeIdentifierValidator.isSafe(bodyId, 64)) {
            throw RequestProblem.badRequest("invalid-id", "bodyId", "bodyId must be 1 to 64 characters of "
                    + "A-Z a-z 0-9 . _ : -");
        }
        return directory.find(new BodyId(bodyId)).orElseThrow(() -> RequestProblem.notFound("bodyId",
                "union body " + bodyId + " is not registered"));
    }
}

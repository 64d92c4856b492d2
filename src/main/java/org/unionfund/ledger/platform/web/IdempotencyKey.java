package org.unionfund.ledger.platform.web;

import org.unionfund.ledger.platform.web.validation.SafeIdentifierValidator;

/**
 * The client id of a creating request: given in the body, or as the {@code Idempotency-Key} header when the body
 * leaves it out. Both given and different is refused, so a retry can never silently change the id. A controller
 * takes it as a parameter ({@link IdempotencyKeyResolver} reads the header, {@link WebBindingConfiguration}
 * documents it).
 */
public record IdempotencyKey(String header) {

    public static final String HEADER = "Idempotency-Key";

    /** The request's id: {@code bodyId} from the body or this header; {@code field} names it in refusals. */
    public String resolve(String bodyId, String field) {
        return resolve(bodyId, header, field);
    }

    public static String resolve(String bodyId, String header, String field) {
        if (header != null && !SafeIdentifierValidator.isSafe(header, 64)) {
            throw RequestProblem.badRequest("invalid-id", HEADER,
                    HEADER + " must be 1 to 64 characters of A-Z a-z 0-9 . _ : -");
        }
        if (bodyId != null && header != null && !bodyId.equals(header)) {
            throw RequestProblem.badRequest("idempotency-key-mismatch", HEADER, HEADER + " '" + header
                    + "' differs from " + field + " '" + bodyId + "' in the body; send one id");
        }
        String id = bodyId != null ? bodyId : header;
        if (id == null) {
            throw RequestProblem.badRequest("not-null", field,
                    field + " is required, in the body or as the " + HEADER + " header");
        }
        return id;
    }
}

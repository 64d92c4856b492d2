package org.unionfund.ledger.funds.command;

import org.axonframework.messaging.MetaData;
import org.unionfund.ledger.funds.api.Signatory;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.messaging.MetadataKeys;

/** Who sent a command, from the metadata every command carries; {@code system} when nobody is named. */
final class Signatories {

    private Signatories() {
    }

    static Signatory of(MetaData metaData) {
        Object name = metaData.get(MetadataKeys.PRINCIPAL);
        Object role = metaData.get(MetadataKeys.ROLE);
        Object body = metaData.get(MetadataKeys.BODY);
        return new Signatory(name == null ? "system" : name.toString(), role == null ? "SYSTEM" : role.toString(),
                body == null || body.toString().isBlank() ? null : new BodyId(body.toString()));
    }
}

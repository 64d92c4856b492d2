package org.unionfund.ledger.ledger.command;

import org.unionfund.ledger.ledger.api.BodyId;
import org.unionfund.ledger.ledger.api.UnionBodyLevel;

record BodyNode(BodyId id, String name, UnionBodyLevel level, BodyId parent) {
}

package org.unionfund.ledger.funds.command;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.UnionBodyLevel;

record BodyNode(BodyId id, String name, UnionBodyLevel level, BodyId parent) {
}

package org.unionfund.ledger.ledger.command;

import org.unionfund.ledger.ledger.api.AccountRef;

record AccountBalance(AccountRef account, long fen) {
}

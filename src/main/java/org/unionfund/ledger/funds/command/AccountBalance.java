package org.unionfund.ledger.funds.command;

import org.unionfund.ledger.funds.api.AccountRef;

record AccountBalance(AccountRef account, long fen) {
}

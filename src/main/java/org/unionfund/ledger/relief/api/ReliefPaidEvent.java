package org.unionfund.ledger.relief.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerPseudonym;

/**
 * A person received relief: the {@code number}-th payment of the campaign, charged in the ledger by {@code posting}
 * (PROGRAMME −amount, EXPENSE(RELIEF_CASH or RELIEF_GOODS) +amount) to the fund line named.
 */
@Revision("1")
public record ReliefPaidEvent(
        CampaignId campaignId,
        String paymentId,
        int number,
        BodyId bodyId,
        WorkerPseudonym person,
        String group,
        ReliefForm form,
        String goods,
        Money amount,
        EmployerOwnership ownership,
        LocalDate paidOn,
        FundId fundId,
        String earmark,
        Posting posting,
        String requestFingerprint) {
}

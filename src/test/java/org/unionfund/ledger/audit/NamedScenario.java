package org.unionfund.ledger.audit;

import java.time.LocalDate;
import java.util.List;

import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.AllocationLine;
import org.unionfund.ledger.funds.api.CommitOwnFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.IssueAllocationDocumentCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.MatchingScope;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.UnionBodyLevel;

/**
 * A named fund, an allocation document with its 文号 and own money towards it: Zhejiang's 浙江省职工疗休养专项资金
 * sends 1,000,000 to Ningbo under 浙工〔2025〕12号 (REGION 1:1 by 30 September); Ningbo commits 600,000 own money.
 */
public final class NamedScenario {

    public static final LedgerId ZJ = new LedgerId("330000");
    public static final BodyId ZHEJIANG = new BodyId("330000");
    public static final BodyId NINGBO = new BodyId("330200");
    public static final FundId FUND = new FundId("ZJ-2025-RECUP");
    public static final String FUND_NAME = "浙江省职工疗休养专项资金";
    public static final String DOCUMENT = "ZJ-2025-12";
    public static final String NUMBER = "浙工〔2025〕12号";
    public static final String TITLE = "关于下达职工疗休养补助资金的通知";
    public static final String OWN_FUND = "OWN-330200-2025";
    public static final String OWN_NAME = "宁波市总工会2025年自有资金";

    private NamedScenario() {
    }

    public static List<Object> commands() {
        return List.of(new RegisterUnionBodyCommand(ZJ, ZHEJIANG, "浙江省总工会", UnionBodyLevel.PROVINCE, null),
                new RegisterUnionBodyCommand(ZJ, NINGBO, "宁波市总工会", UnionBodyLevel.CITY, ZHEJIANG),
                new EstablishFundCommand(ZJ, FUND, ZHEJIANG, 2025, FundPurpose.RECUPERATION, Money.ofYuan(5_000_000),
                        List.of(), LocalDate.of(2025, 1, 10), FUND_NAME),
                new IssueAllocationDocumentCommand(ZJ, new AllocationId(DOCUMENT), NUMBER, TITLE,
                        LocalDate.of(2025, 3, 1), ZHEJIANG, NINGBO,
                        List.of(new AllocationLine(FUND, null, Money.ofYuan(1_000_000))),
                        new MatchingRequirement(10_000, LocalDate.of(2025, 9, 30)), MatchingScope.REGION),
                new CommitOwnFundsCommand(ZJ, new CommitmentId("C-NB"), new AllocationId(DOCUMENT), NINGBO, null,
                        Money.ofYuan(600_000), LocalDate.of(2025, 5, 10)));
    }
}

package org.unionfund.ledger.funds.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.EarmarkEligibility;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.kernel.Money;

/** The Zhejiang 2025 recuperation programme from the seed reports, as commands. */
final class LedgerTestData {

    static final LedgerId ZJ_LEDGER = new LedgerId("330000");
    static final BodyId ZHEJIANG = new BodyId("330000");
    static final BodyId HANGZHOU = new BodyId("330100");
    static final BodyId NINGBO = new BodyId("330200");
    static final BodyId GONGSHU = new BodyId("330105");
    static final BodyId XIHU = new BodyId("330106");

    static final FundId ZJ_FUND = new FundId("ZJ-2025-RECUP");
    static final String NON_PUBLIC_LINE = "NONPUB-NEWFORM";
    static final LocalDate FUND_DATE = LocalDate.of(2025, 1, 10);
    static final LocalDate SPRING = LocalDate.of(2025, 3, 1);
    static final LocalDate MATCHING_DEADLINE = LocalDate.of(2025, 6, 30);
    static final AllocationId ZJ_TO_HZ = new AllocationId("A-2025-330000-330100");

    private LedgerTestData() {
    }

    static Money yuan(long yuan) {
        return Money.ofYuan(yuan);
    }

    static RegisterUnionBodyCommand register(BodyId body, String name, UnionBodyLevel level, BodyId parent) {
        return new RegisterUnionBodyCommand(ZJ_LEDGER, body, name, level, parent);
    }

    static List<Object> zhejiangTree() {
        return List.of(
                register(ZHEJIANG, "浙江省总工会", UnionBodyLevel.PROVINCE, null),
                register(HANGZHOU, "杭州市总工会", UnionBodyLevel.CITY, ZHEJIANG),
                register(NINGBO, "宁波市总工会", UnionBodyLevel.CITY, ZHEJIANG),
                register(GONGSHU, "拱墅区总工会", UnionBodyLevel.COUNTY, HANGZHOU),
                register(XIHU, "西湖区总工会", UnionBodyLevel.COUNTY, HANGZHOU));
    }

    static Earmark nonPublicEarmark(Money amount) {
        return new Earmark(NON_PUBLIC_LINE, amount, new EarmarkEligibility(
                Set.of(EmployerOwnership.NON_PUBLIC, EmployerOwnership.PLATFORM), Set.of(WorkerCategory.NEW_FORM)));
    }

    /** 2025: 20,000,000 from the provincial budget, 10,000,000 of it for non-public and new-form workers. */
    static EstablishFundCommand zhejiangFund() {
        return new EstablishFundCommand(ZJ_LEDGER, ZJ_FUND, ZHEJIANG, 2025, FundPurpose.RECUPERATION,
                yuan(20_000_000), List.of(nonPublicEarmark(yuan(10_000_000))), FUND_DATE);
    }

    static MatchingRequirement oneToOneBy(LocalDate deadline) {
        return new MatchingRequirement(10_000, deadline);
    }

    static AllocateFundsCommand allocate(String id, BodyId from, String earmark, BodyId to, Money amount) {
        return allocate(id, from, earmark, to, amount, null);
    }

    static AllocateFundsCommand allocate(String id, BodyId from, String earmark, BodyId to, Money amount,
            MatchingRequirement matching) {
        return new AllocateFundsCommand(ZJ_LEDGER, new AllocationId(id), from, ZJ_FUND, earmark, to, amount, SPRING,
                matching);
    }

    /** Province to Hangzhou: 4,000,000 from the earmarked line, to be matched 1:1 by 30 June. */
    static AllocateFundsCommand zhejiangToHangzhou() {
        return allocate(ZJ_TO_HZ.value(), ZHEJIANG, NON_PUBLIC_LINE, HANGZHOU, yuan(4_000_000),
                oneToOneBy(MATCHING_DEADLINE));
    }

    static AccountRef fundLine(BodyId body, int year, String earmark) {
        return AccountRef.fund(body, year, ZJ_FUND, earmark);
    }

    static PostingLeg leg(AccountRef account, Money amount) {
        return new PostingLeg(account, amount);
    }

    static Posting posting(String id, LocalDate date, PostingLeg... legs) {
        return new Posting(new PostingId(id), date, List.of(legs));
    }
}

package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.AllocationLine;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.CommitOwnFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.IssueAllocationDocumentCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.MatchingScope;
import org.unionfund.ledger.kernel.Money;

/**
 * The province's allocation documents to its cities (浙工〔year〕N号, N from 12 in the cities' order): the general
 * line and, from 2025, the earmarked line in one document with one REGION 1:1 requirement; the cities' own money
 * committed towards it.
 */
final class ProvinceDocuments {

    private static final int FIRST_NUMBER = 12;

    private ProvinceDocuments() {
    }

    static String id(int year, String root, String city) {
        return "A-" + year + "-" + root + "-" + city;
    }

    static IssueAllocationDocumentCommand document(LedgerId ledger, int year, String root, int index, Division city,
            String fund, long generalFen, String earmark, long earmarkFen, LocalDate date, LocalDate deadline) {
        List<AllocationLine> lines = new ArrayList<>();
        lines.add(new AllocationLine(new FundId(fund), null, Money.ofFen(generalFen)));
        if (earmarkFen > 0) {
            lines.add(new AllocationLine(new FundId(fund), earmark, Money.ofFen(earmarkFen)));
        }
        return new IssueAllocationDocumentCommand(ledger, new AllocationId(id(year, root, city.code())),
                "浙工〔" + year + "〕" + (FIRST_NUMBER + index) + "号",
                "关于下达" + year + "年职工疗休养补助资金的通知（" + city.name() + "）", date, new BodyId(root),
                new BodyId(city.code()), lines, new MatchingRequirement(10_000, deadline), MatchingScope.REGION);
    }

    static CommitOwnFundsCommand commitment(LedgerId ledger, int year, String body, int n, String document,
            long fen, LocalDate date) {
        return new CommitOwnFundsCommand(ledger, new CommitmentId("M-" + year + "-" + body + "-" + n),
                new AllocationId(document), new BodyId(body), null, Money.ofFen(fen), date);
    }
}

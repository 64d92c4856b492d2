package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.AllocationLine;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.IssueAllocationDocumentCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.MatchingScope;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;

/**
 * The cities' allocation documents to their counties: 文号 {@code <city>工〔year〕N号} with the city's usual one-character
 * abbreviation (杭, 甬, 温 …) and N counting from 5 per city and year in the order issued; the unrestricted money
 * passed on carries a REGION 50% requirement, the earmark passed on is a document of its own without one.
 */
final class CityDocuments {

    private static final int FIRST_NUMBER = 5;
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("330100", "杭"),
            Map.entry("330200", "甬"), Map.entry("330300", "温"), Map.entry("330400", "嘉"), Map.entry("330500", "湖"),
            Map.entry("330600", "绍"), Map.entry("330700", "金"), Map.entry("330800", "衢"), Map.entry("330900", "舟"),
            Map.entry("331000", "台"), Map.entry("331100", "丽"));

    private final LedgerId ledger;
    private final Map<String, Integer> issued = new HashMap<>();

    CityDocuments(LedgerId ledger) {
        this.ledger = ledger;
    }

    /** The unrestricted money a city passes on to a county, with the county's matching requirement. */
    IssueAllocationDocumentCommand unrestricted(int year, Division city, Division county, String id, String fund,
            long fen, LocalDate date, MatchingRequirement matching) {
        return document(year, city, county, id, "关于下达" + year + "年职工疗休养补助资金的通知（" + county.name() + "）",
                new AllocationLine(new FundId(fund), null, Money.ofFen(fen)), date, matching);
    }

    /** The earmark a city passes on to a county that runs a programme (no matching requirement). */
    IssueAllocationDocumentCommand earmark(int year, Division city, Division county, String id, String fund,
            String earmark, long fen, LocalDate date) {
        return document(year, city, county, id, "关于下达" + year + "年非公企业和新就业形态劳动者疗休养专项资金的通知（"
                + county.name() + "）", new AllocationLine(new FundId(fund), earmark, Money.ofFen(fen)), date, null);
    }

    private IssueAllocationDocumentCommand document(int year, Division city, Division county, String id,
            String title, AllocationLine line, LocalDate date, MatchingRequirement matching) {
        int number = issued.merge(city.code() + "|" + year, 1, Integer::sum) + FIRST_NUMBER - 1;
        String prefix = ABBREVIATIONS.getOrDefault(city.code(), city.shortName());
        return new IssueAllocationDocumentCommand(ledger, new AllocationId(id), prefix + "工〔" + year + "〕" + number
                + "号", title, date, new BodyId(city.code()), new BodyId(county.code()), List.of(line), matching,
                matching == null ? null : MatchingScope.REGION);
    }
}

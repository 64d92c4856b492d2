package org.unionfund.ledger.statistics.budget;

import static org.unionfund.ledger.platform.projection.CounterDoc.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.unionfund.ledger.statistics.ScopeKeys;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.platform.projection.CounterDoc;
import org.unionfund.ledger.platform.projection.CounterReader;
import org.unionfund.ledger.platform.projection.Figures;
import org.unionfund.ledger.platform.projection.QueryRefused;
import org.unionfund.ledger.statistics.funds.FundNames;

import com.mongodb.client.MongoDatabase;

/**
 * Reads budgets from {@link BudgetProjection}'s documents, each query one or two {@code _id} look-ups. Figures of a
 * line (and of the totals):
 * <ul>
 * <li>{@code budget} = established + received + matched + carriedIn − allocatedDown (what the body had to spend in
 * the year);</li>
 * <li>{@code spent} = spentProgrammes + spentDirect (settled spend on EXPENSE accounts, net of reversals);</li>
 * <li>{@code available} = budget − spent − carriedOut (= the line's FUND and PROGRAMME balances);</li>
 * <li>{@code programmeRemaining} = toProgrammes − spentProgrammes; {@code unprogrammed} = available −
 * programmeRemaining (= the FUND balance);</li>
 * <li>{@code executionRate} (执行率) = spent ÷ budget.</li>
 * </ul>
 * Every flow is net of reversals; {@code reversed} is the amount reversals took back. In the consolidated view of a
 * subtree, transfers between its bodies are left out (and reported as {@code internalTransfers}, whose two sides
 * must net to zero).
 */
@Service
public class BudgetQueries {

    private static final Set<String> COUNTY_AND_ABOVE = Set.of(UnionBodyLevel.PROVINCE.name(),
            UnionBodyLevel.CITY.name(), UnionBodyLevel.COUNTY.name());

    private final CounterReader counters;
    private final BodyDirectory directory;
    private final FundNames fundNames;

    public BudgetQueries(MongoDatabase database, BodyDirectory directory) {
        this.fundNames = new FundNames(database, directory);
        this.counters = new CounterReader(database.getCollection(BudgetProjection.COUNTERS));
        this.directory = directory;
    }

    public record BudgetFigures(String established, String received, String allocatedDown, String matched,
            String carriedIn, String budget, String toProgrammes, String spentProgrammes, String spentDirect,
            String spent, String reversed, String carriedOut, String available, String programmeRemaining,
            String unprogrammed, String executionRate) {

        static BudgetFigures of(Map<String, Long> c) {
            long established = count(c, BudgetKeys.ESTABLISHED);
            long received = count(c, BudgetKeys.RECEIVED);
            long allocatedDown = count(c, BudgetKeys.ALLOCATED_DOWN);
            long matched = count(c, BudgetKeys.MATCHED);
            long carriedIn = count(c, BudgetKeys.CARRIED_IN);
            long budget = established + received + matched + carriedIn - allocatedDown;
            long toProgrammes = count(c, BudgetKeys.TO_PROGRAMMES);
            long spentProgrammes = count(c, BudgetKeys.SPENT_PROGRAMMES);
            long spentDirect = count(c, BudgetKeys.SPENT_DIRECT);
            long spent = spentProgrammes + spentDirect;
            long carriedOut = count(c, BudgetKeys.CARRIED_OUT);
            long available = budget - spent - carriedOut;
            long remaining = toProgrammes - spentProgrammes;
            return new BudgetFigures(Figures.yuan(established), Figures.yuan(received), Figures.yuan(allocatedDown),
                    Figures.yuan(matched), Figures.yuan(carriedIn), Figures.yuan(budget), Figures.yuan(toProgrammes),
                    Figures.yuan(spentProgrammes), Figures.yuan(spentDirect), Figures.yuan(spent),
                    Figures.yuan(count(c, BudgetKeys.REVERSED)), Figures.yuan(carriedOut), Figures.yuan(available),
                    Figures.yuan(remaining), Figures.yuan(available - remaining), Figures.rate(spent, budget));
        }
    }

    /** One funding line: the fund's code and display name ({@link FundNames}), the earmark (null: unrestricted). */
    public record Line(String fund, String fundName, String earmark, BudgetFigures figures) {

        Line named(Map<String, String> names) {
            return new Line(fund, names.get(fund), earmark, figures);
        }
    }

    public record InternalTransfers(String sent, String received, String net, boolean balanced) {
    }

    public record OwnFunds(String purpose, String level, String amount) {
    }

    public record ProgrammeLine(String programme, String budget, String spent, String reversed, String remaining,
            String executionRate) {
    }

    public record BudgetView(int year, String region, boolean subtree, String fund, String earmark,
            BudgetFigures totals, List<Line> lines, InternalTransfers internalTransfers, List<OwnFunds> ownFunds,
            List<ProgrammeLine> programmes) {
    }

    /**
     * A body's budget for a year, or (subtree) the consolidated budget of its subtree; optionally only the lines of
     * one fund and/or earmark ({@code earmark = "NONE"}: the unrestricted lines).
     */
    public BudgetView budget(int year, String region, boolean subtree, String fund, String earmark) {
        requireBody(region);
        CounterDoc doc = counters.getOrEmpty(ScopeKeys.scope(region, year, subtree));
        List<Line> lines = new ArrayList<>();
        Map<String, Long> totals = new TreeMap<>();
        boolean filtered = fund != null || earmark != null;
        for (Map.Entry<String, TreeMap<String, Long>> section : doc.sectionsWithPrefix("l:").entrySet()) {
            String[] parts = section.getKey().substring(2).split("\\|", -1);
            String lineEarmark = parts[1].isEmpty() ? null : parts[1];
            if (fund != null && !fund.equals(parts[0])) {
                continue;
            }
            if (earmark != null && !(earmark.equals("NONE") ? lineEarmark == null : earmark.equals(lineEarmark))) {
                continue;
            }
            lines.add(new Line(parts[0], null, lineEarmark, BudgetFigures.of(section.getValue())));
            section.getValue().forEach((k, v) -> totals.merge(k, v, Long::sum));
        }
        Map<String, String> names = fundNames.ofBody(region, lines.stream().map(Line::fund).toList());
        lines.replaceAll(line -> line.named(names));
        BudgetFigures total = BudgetFigures.of(filtered ? totals : doc.section(BudgetKeys.ALL));
        InternalTransfers internal = null;
        if (subtree) {
            long sent = doc.get(BudgetKeys.INTERNAL, BudgetKeys.SENT);
            long received = doc.get(BudgetKeys.INTERNAL, BudgetKeys.RECEIVED);
            internal = new InternalTransfers(Figures.yuan(sent), Figures.yuan(received), Figures.yuan(sent - received),
                    sent == received);
        }
        List<OwnFunds> own = new ArrayList<>();
        for (Map.Entry<String, TreeMap<String, Long>> section : doc.sectionsWithPrefix("src:").entrySet()) {
            String[] parts = section.getKey().substring(4).split(":", 2);
            own.add(new OwnFunds(parts[0], parts[1], Figures.yuan(section.getValue().getOrDefault(BudgetKeys.AMOUNT,
                    0L))));
        }
        List<ProgrammeLine> programmes = new ArrayList<>();
        if (!subtree) {
            for (Map.Entry<String, TreeMap<String, Long>> section : doc.sectionsWithPrefix("p:").entrySet()) {
                Map<String, Long> c = section.getValue();
                long budget = count(c, BudgetKeys.BUDGET);
                long spent = count(c, BudgetKeys.SPENT);
                programmes.add(new ProgrammeLine(section.getKey().substring(2), Figures.yuan(budget),
                        Figures.yuan(spent), Figures.yuan(count(c, BudgetKeys.REVERSED)), Figures.yuan(budget - spent),
                        Figures.rate(spent, budget)));
            }
        }
        return new BudgetView(year, region, subtree, fund, earmark, total, lines, internal, own, programmes);
    }

    /** One funding line (fund and earmark; null = unrestricted) of a programme. */
    public record ProgrammeLineFigures(String fund, String earmark, String budget, String spent, String reversed,
            String remaining, String executionRate) {
    }

    public record ProgrammeBudgetView(String programme, String body, Integer year, String budget, String spent,
            String reversed, String remaining, String executionRate, List<ProgrammeLineFigures> lines) {
    }

    /** A programme's budget lines: budget set aside, settled spend, reversed, remaining, execution rate. */
    public ProgrammeBudgetView programme(String programme) {
        CounterDoc doc = counters.get(BudgetKeys.programme(programme)).orElseThrow(() -> QueryRefused.notFound(
                "programmeId", "no budget was set aside for programme " + programme));
        List<ProgrammeLineFigures> lines = new ArrayList<>();
        for (Map.Entry<String, TreeMap<String, Long>> section : doc.sectionsWithPrefix("l:").entrySet()) {
            Map<String, Long> c = section.getValue();
            String[] parts = section.getKey().substring(2).split("\\|", -1);
            long budget = count(c, BudgetKeys.BUDGET);
            long spent = count(c, BudgetKeys.SPENT);
            lines.add(new ProgrammeLineFigures(parts[0], parts[1].isEmpty() ? null : parts[1], Figures.yuan(budget),
                    Figures.yuan(spent), Figures.yuan(count(c, BudgetKeys.REVERSED)), Figures.yuan(budget - spent),
                    Figures.rate(spent, budget)));
        }
        long budget = doc.get(BudgetKeys.ALL, BudgetKeys.BUDGET);
        long spent = doc.get(BudgetKeys.ALL, BudgetKeys.SPENT);
        Object year = doc.attr("year");
        return new ProgrammeBudgetView(programme, doc.attrString("body"),
                year == null ? null : ((Number) year).intValue(), Figures.yuan(budget), Figures.yuan(spent),
                Figures.yuan(doc.get(BudgetKeys.ALL, BudgetKeys.REVERSED)), Figures.yuan(budget - spent),
                Figures.rate(spent, budget), lines);
    }

    public record LeverageView(String province, int year, String purpose, String provinceOwnFunds,
            String countyLevelAndAboveFunds, Map<String, String> byLevel, String leverage) {
    }

    /**
     * Leverage (带动比) of a province: all own funds of its county-level-and-above unions (province, cities, counties,
     * counted once: money entering the ledger as fund establishments and matching commitments) ÷ the province's own
     * funds; optionally of one fund purpose.
     */
    public LeverageView leverage(String province, int year, String purpose) {
        BodyDirectoryEntry entry = requireBody(province);
        if (entry.level() != UnionBodyLevel.PROVINCE) {
            throw new QueryRefused("invalid-filter", "region", province + " is not a province federation");
        }
        CounterDoc sub = counters.getOrEmpty(ScopeKeys.sub(province, year));
        CounterDoc own = counters.getOrEmpty(ScopeKeys.own(province, year));
        Map<String, Long> byLevel = new TreeMap<>();
        long all = 0;
        for (Map.Entry<String, TreeMap<String, Long>> section : sub.sectionsWithPrefix("src:").entrySet()) {
            String[] parts = section.getKey().substring(4).split(":", 2);
            if ((purpose == null || purpose.equals(parts[0])) && COUNTY_AND_ABOVE.contains(parts[1])) {
                long amount = count(section.getValue(), BudgetKeys.AMOUNT);
                byLevel.merge(parts[1], amount, Long::sum);
                all += amount;
            }
        }
        long provinceOwn = 0;
        for (Map.Entry<String, TreeMap<String, Long>> section : own.sectionsWithPrefix("src:").entrySet()) {
            String[] parts = section.getKey().substring(4).split(":", 2);
            if (purpose == null || purpose.equals(parts[0])) {
                provinceOwn += count(section.getValue(), BudgetKeys.AMOUNT);
            }
        }
        Map<String, String> levels = new TreeMap<>();
        byLevel.forEach((level, amount) -> levels.put(level, Figures.yuan(amount)));
        return new LeverageView(province, year, purpose, Figures.yuan(provinceOwn), Figures.yuan(all), levels,
                Figures.rate(all, provinceOwn));
    }

    private BodyDirectoryEntry requireBody(String body) {
        if (body == null) {
            throw new QueryRefused("invalid-filter", "region", "give a region");
        }
        return directory.find(new BodyId(body)).orElseThrow(() -> QueryRefused.notFound("region",
                "union body " + body + " is not registered"));
    }
}

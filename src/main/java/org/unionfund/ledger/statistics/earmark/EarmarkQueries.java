package org.unionfund.ledger.statistics.earmark;

import static org.unionfund.ledger.platform.projection.CounterDoc.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.unionfund.ledger.statistics.budget.BudgetKeys;
import org.unionfund.ledger.statistics.budget.BudgetProjection;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.platform.projection.CounterDoc;
import org.unionfund.ledger.platform.projection.CounterReader;
import org.unionfund.ledger.platform.projection.Figures;
import org.unionfund.ledger.platform.projection.QueryRefused;
import org.unionfund.ledger.statistics.ScopeKeys;
import org.unionfund.ledger.statistics.funds.FundNames;

import com.mongodb.client.MongoDatabase;

/**
 * Earmark compliance and utilisation of a body or region and year, per earmarked line and in total:
 * <ul>
 * <li>{@code earmarked}: the line's budget (established + received + matched + carried in − allocated down; in a
 * region's consolidated view transfers inside the region count once) — the budget view's figure;</li>
 * <li>{@code spent}: settled spend on the line net of reversals (participant charges and direct costs) — the budget
 * view's figure;</li>
 * <li>{@code eligibleSpent}: the participant charges whose participant fits the earmark's eligibility;
 * {@code otherSpent} = spent − eligibleSpent (charges that do not fit, and direct costs, which name no
 * participant);</li>
 * <li>{@code compliance} = eligibleSpent ÷ spent; {@code utilisation} = spent ÷ earmarked (null when the denominator
 * is zero; decimals with at least four significant digits, see {@link Figures#ratio}).</li>
 * </ul>
 */
@Service
public class EarmarkQueries {

    private final CounterReader budgets;
    private final CounterReader earmarks;
    private final BodyDirectory directory;

    private final FundNames fundNames;

    public EarmarkQueries(MongoDatabase database, BodyDirectory directory) {
        this.fundNames = new FundNames(database, directory);
        this.budgets = new CounterReader(database.getCollection(BudgetProjection.COUNTERS));
        this.earmarks = new CounterReader(database.getCollection(EarmarkProjection.COUNTERS));
        this.directory = directory;
    }

    public record EarmarkFigures(String earmarked, String spent, String eligibleSpent, String otherSpent,
            String compliance, String utilisation) {

        static EarmarkFigures of(long earmarked, long spent, long eligible) {
            return new EarmarkFigures(Figures.yuan(earmarked), Figures.yuan(spent), Figures.yuan(eligible),
                    Figures.yuan(spent - eligible), Figures.ratio(eligible, spent), Figures.ratio(spent, earmarked));
        }
    }

    /** One earmarked line: the fund's code and display name ({@link FundNames}) and the earmark. */
    public record Line(String fund, String fundName, String earmark, EarmarkFigures figures) {
    }

    public record EarmarkView(int year, String region, String name, boolean subtree, EarmarkFigures totals,
            List<Line> lines) {
    }

    /** One row of a region's roll-up: the region's own body ({@code subtree=false}) or a child's whole subtree. */
    public record RegionRow(String body, String name, String level, boolean subtree, EarmarkFigures figures) {
    }

    public record RegionsView(int year, String region, String name, EarmarkFigures total, List<RegionRow> rows) {
    }

    /** A body's own earmarked lines, or (subtree) the consolidated lines of its region. */
    public EarmarkView earmarks(int year, String region, boolean subtree) {
        BodyDirectoryEntry entry = requireBody(region);
        Map<String, long[]> lines = lines(year, region, subtree);
        List<Line> out = new ArrayList<>();
        long[] total = new long[3];
        Map<String, String> names = fundNames.ofBody(region, lines.keySet().stream()
                .map(line -> line.split("\\|", 2)[0]).toList());
        lines.forEach((line, v) -> {
            String[] parts = line.split("\\|", 2);
            out.add(new Line(parts[0], names.get(parts[0]), parts[1], EarmarkFigures.of(v[0], v[1], v[2])));
            for (int i = 0; i < 3; i++) {
                total[i] += v[i];
            }
        });
        return new EarmarkView(year, region, entry.name(), subtree, EarmarkFigures.of(total[0], total[1], total[2]),
                out);
    }

    /** The region's total, its own body's lines and each child region rolled up, all earmarked lines summed. */
    public RegionsView regions(int year, String region) {
        BodyDirectoryEntry entry = requireBody(region);
        List<RegionRow> rows = new ArrayList<>();
        rows.add(new RegionRow(region, entry.name(), entry.level().name(), false, summed(year, region, false)));
        for (BodyDirectoryEntry child : directory.children(new BodyId(region))) {
            rows.add(new RegionRow(child.bodyId(), child.name(), child.level().name(), true,
                    summed(year, child.bodyId(), true)));
        }
        return new RegionsView(year, region, entry.name(), summed(year, region, true), rows);
    }

    private EarmarkFigures summed(int year, String body, boolean subtree) {
        long[] total = new long[3];
        lines(year, body, subtree).values().forEach(v -> {
            for (int i = 0; i < 3; i++) {
                total[i] += v[i];
            }
        });
        return EarmarkFigures.of(total[0], total[1], total[2]);
    }

    /** Per earmarked line {@code <fund>|<earmark>}: earmarked, spent, eligible spent (fen). */
    private Map<String, long[]> lines(int year, String body, boolean subtree) {
        CounterDoc budget = budgets.getOrEmpty(ScopeKeys.scope(body, year, subtree));
        CounterDoc earmark = earmarks.getOrEmpty(ScopeKeys.scope(body, year, subtree));
        Map<String, long[]> lines = new TreeMap<>();
        for (Map.Entry<String, TreeMap<String, Long>> section : budget.sectionsWithPrefix("l:").entrySet()) {
            String line = section.getKey().substring(2);
            if (line.endsWith("|")) {
                continue;
            }
            Map<String, Long> c = section.getValue();
            long earmarked = count(c, BudgetKeys.ESTABLISHED) + count(c, BudgetKeys.RECEIVED)
                    + count(c, BudgetKeys.MATCHED) + count(c, BudgetKeys.CARRIED_IN)
                    - count(c, BudgetKeys.ALLOCATED_DOWN);
            long spent = count(c, BudgetKeys.SPENT_PROGRAMMES) + count(c, BudgetKeys.SPENT_DIRECT);
            lines.put(line, new long[] {earmarked, spent, earmark.get(section.getKey(), EarmarkKeys.ELIGIBLE)});
        }
        return lines;
    }

    private BodyDirectoryEntry requireBody(String body) {
        if (body == null || body.isBlank()) {
            throw new QueryRefused("invalid-filter", "region", "give a region (a union body id)");
        }
        return directory.find(new BodyId(body)).orElseThrow(() -> QueryRefused.notFound("region",
                "union body " + body + " is not registered"));
    }
}

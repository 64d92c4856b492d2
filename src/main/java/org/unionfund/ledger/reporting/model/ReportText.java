package org.unionfund.ledger.reporting.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The opening sentences of a report, in the style of the seed reports ("2024年，浙江工会共组织职工开展疗休养活动150万余人次，
 * 其中县级以上工会投入经费1.1亿元，组织7万名非公企业一线职工和1.6万名新就业形态劳动者免费参加疗休养活动。"), with exact figures.
 */
public final class ReportText {

    private ReportText() {
    }

    public static List<String> summary(int year, BodyRef body, List<Indicator> totals, List<Table> tables,
            ReportBasis basis) {
        Figures f = new Figures(totals);
        List<String> sentences = new ArrayList<>();
        String who = body.hasChildren() ? body.name() + "及所属各级工会" : body.name();
        long personTimes = f.count("activity.personTimes");

        StringBuilder first = new StringBuilder();
        if (personTimes == 0) {
            first.append(year).append("年，").append(who).append("尚无已结算的职工疗休养记录");
        } else {
            first.append(year).append("年，").append(who).append("共组织职工疗休养")
                    .append(ReportNumbers.count(personTimes)).append("人次（")
                    .append(ReportNumbers.count(f.count("activity.distinctWorkers"))).append("人、")
                    .append(ReportNumbers.count(f.count("activity.participantDays"))).append("人天，")
                    .append(ReportNumbers.count(f.count("activity.trips"))).append("个团组）");
        }
        if (f.has("leverage.countyLevelAndAboveFunds")) {
            first.append("，其中县级以上工会投入经费").append(ReportNumbers.yuanText(f.amount(
                    "leverage.countyLevelAndAboveFunds")));
            Ratio leverage = f.ratio("leverage.leverage");
            if (leverage != null) {
                first.append("，为省总本级投入").append(ReportNumbers.yuanText(f.amount("leverage.provinceOwnFunds")))
                        .append("的").append(ReportNumbers.ratio(leverage));
            }
        } else {
            first.append("，其中各级工会投入自有资金").append(ReportNumbers.yuanText(f.amount("funds.ownFunds")))
                    .append("，收到上级补助").append(ReportNumbers.yuanText(f.amount("funds.received")));
        }
        if (personTimes > 0) {
            first.append("；组织非公企业（含平台企业）职工").append(ReportNumbers.count(f.count("coverage.nonPublicWorkers")))
                    .append("人和新就业形态劳动者").append(ReportNumbers.count(f.count("coverage.newFormWorkers")))
                    .append("人参加疗休养活动");
        }
        sentences.add(first.append("。").toString());

        if (personTimes > 0) {
            sentences.add("疗休养工会经费结算支出" + ReportNumbers.yuanText(f.amount("activity.spend")) + "，人均"
                    + ReportNumbers.yuan(f.amount("activity.perPersonTime")) + "元/人次、"
                    + ReportNumbers.yuan(f.amount("activity.perDistinctWorker")) + "元/人，每人每天"
                    + ReportNumbers.yuan(f.amount("activity.perParticipantDay")) + "元。");
        }
        StringBuilder funds = new StringBuilder("全年可用经费").append(ReportNumbers.yuanText(f.amount("funds.budget")))
                .append("，已结算支出").append(ReportNumbers.yuanText(f.amount("funds.spent")));
        if (f.ratio("funds.executionRate") != null) {
            funds.append("，预算执行率").append(ReportNumbers.ratio(f.ratio("funds.executionRate")));
        }
        sentences.add(funds.append("。").toString());

        List<String> coverage = new ArrayList<>();
        if (f.has("coverage.eligibleWorkers") && f.count("coverage.eligibleWorkers") > 0) {
            coverage.add("登记在册的符合条件职工" + ReportNumbers.count(f.count("coverage.eligibleWorkers")) + "人，覆盖率"
                    + ReportNumbers.ratio(f.ratio("coverage.coverageRate")));
        }
        if (f.has("coverage.plannedHeadcount") && f.count("coverage.plannedHeadcount") > 0) {
            coverage.add("计划组织" + ReportNumbers.count(f.count("coverage.plannedHeadcount")) + "人，计划完成率"
                    + ReportNumbers.ratio(f.ratio("coverage.planCompletion")));
        }
        if (!coverage.isEmpty()) {
            sentences.add(String.join("；", coverage) + "。");
        }

        if (f.count("matching.allocations") > 0) {
            StringBuilder matching = new StringBuilder("资金配套方面，")
                    .append(f.count("matching.allocations")).append("笔带配套要求的上级补助应配套")
                    .append(ReportNumbers.yuanText(f.amount("matching.required"))).append("，截止日前到位")
                    .append(ReportNumbers.yuanText(f.amount("matching.committedByDeadline")));
            if (f.ratio("matching.matchingRatio") != null) {
                matching.append("，配套率").append(ReportNumbers.ratio(f.ratio("matching.matchingRatio")));
            }
            Amount late = f.amount("matching.committedLate");
            if (late != null && !late.isZero()) {
                matching.append("；逾期到位").append(ReportNumbers.yuanText(late));
            }
            if (f.count("matching.shortfalls") > 0) {
                matching.append("；").append(f.count("matching.shortfalls")).append("笔记录配套缺口，共")
                        .append(ReportNumbers.yuanText(f.amount("matching.shortfall")));
            }
            sentences.add(matching.append("。").toString());
        }

        Table consolidation = tables.stream().filter(t -> t.name().equals("consolidation")).findFirst().orElse(null);
        if (consolidation != null) {
            int balanced = consolidation.column("balanced");
            long failed = consolidation.rows().stream().filter(r -> !Boolean.TRUE.equals(r.get(balanced))).count();
            Amount internal = f.amount("allocations.internalSent");
            StringBuilder check = new StringBuilder("合并口径下");
            if (internal != null && !internal.isZero()) {
                check.append("，区域内部上下级补助往来").append(ReportNumbers.yuanText(internal)).append("已相互抵销");
            }
            check.append("，").append(consolidation.rows().size()).append("项合并校验")
                    .append(failed == 0 ? "全部相符" : "中有" + failed + "项不符，请核查").append("。");
            sentences.add(check.toString());
        }

        StringBuilder basisText = new StringBuilder("本报告依据账本全局序号").append(basis.sequence());
        if (basis.recordedAt() != null) {
            basisText.append("（记录于").append(basis.recordedAt()).append("）");
        }
        basisText.append(ReportBasis.REPLAY.equals(basis.source()) ? "回放事件日志计算" : "由预汇总读模型计算");
        if (basis.checkpoint() != null) {
            basisText.append("，对应审计检查点第").append(basis.checkpoint().number()).append("号（覆盖全局序号")
                    .append(basis.checkpoint().from()).append("至").append(basis.checkpoint().to())
                    .append("），摘要SHA-256：").append(basis.checkpoint().hash());
        }
        if (basis.tail() != null) {
            basisText.append("；检查点之后的").append(basis.tail().commits()).append("个提交摘要：")
                    .append(basis.tail().sha256());
        }
        if (!basis.caughtUp()) {
            basisText.append("（注意：计算时读模型尚未追上事件日志）");
        }
        sentences.add(basisText.append("。").toString());
        return sentences;
    }

    /** Headline figures by path. */
    private record Figures(List<Indicator> totals) {

        Object value(String path) {
            for (Indicator i : totals) {
                if (i.path().equals(path)) {
                    return i.value();
                }
            }
            return null;
        }

        boolean has(String path) {
            return value(path) != null;
        }

        long count(String path) {
            return value(path) instanceof Long n ? n : 0;
        }

        Amount amount(String path) {
            return value(path) instanceof Amount a ? a : null;
        }

        Ratio ratio(String path) {
            return value(path) instanceof Ratio r ? r : null;
        }
    }
}

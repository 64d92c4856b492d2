package org.unionfund.ledger.reporting.query;

import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.reporting.model.Amount;
import org.unionfund.ledger.reporting.model.Indicator;
import org.unionfund.ledger.reporting.model.Ratio;
import org.unionfund.ledger.reporting.model.ReportLabels;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;
import org.unionfund.ledger.statistics.matching.MatchingQueries;

/** The headline figures of a yearly report (its 汇总 table and opening sentences): funds, matching, activity, coverage. */
final class HeadlineIndicators {

    private HeadlineIndicators() {
    }

    static List<Indicator> of(CoverageQueries.Figures c, BudgetQueries.BudgetView budget,
            MatchingQueries.RegionView m, BudgetQueries.LeverageView leverage) {
        List<Indicator> t = new ArrayList<>();
        BudgetQueries.BudgetFigures b = budget.totals();
        t.add(new Indicator("funds", "ownFunds", "自有资金投入（设立与配套）", "元", ownFunds(budget)));
        t.add(new Indicator("funds", "established", "设立资金", "元", Amount.of(b.established())));
        t.add(new Indicator("funds", "matched", "配套资金", "元", Amount.of(b.matched())));
        t.add(new Indicator("funds", "received", "上级补助收入", "元", Amount.of(b.received())));
        t.add(new Indicator("funds", "carriedIn", "上年结转", "元", Amount.of(b.carriedIn())));
        t.add(new Indicator("funds", "allocatedDown", "补助下级支出（区域外）", "元", Amount.of(b.allocatedDown())));
        t.add(new Indicator("funds", "budget", "可用预算", "元", Amount.of(b.budget())));
        t.add(new Indicator("funds", "toProgrammes", "安排项目预算", "元", Amount.of(b.toProgrammes())));
        t.add(new Indicator("funds", "spent", "结算支出", "元", Amount.of(b.spent())));
        t.add(new Indicator("funds", "spentProgrammes", "其中：项目支出", "元", Amount.of(b.spentProgrammes())));
        t.add(new Indicator("funds", "spentDirect", "其中：直接支出", "元", Amount.of(b.spentDirect())));
        t.add(new Indicator("funds", "reversed", "更正冲回", "元", Amount.of(b.reversed())));
        t.add(new Indicator("funds", "carriedOut", "结转下年", "元", Amount.of(b.carriedOut())));
        t.add(new Indicator("funds", "available", "结余", "元", Amount.of(b.available())));
        t.add(new Indicator("funds", "executionRate", "预算执行率", "%", Ratio.rate(b.executionRate())));

        BudgetQueries.InternalTransfers internal = budget.internalTransfers();
        t.add(new Indicator("allocations", "receivedFromAbove", "收到区域外上级补助", "元",
                Amount.of(b.received())));
        t.add(new Indicator("allocations", "internalSent", "区域内下拨补助", "元",
                internal == null ? null : Amount.of(internal.sent())));
        t.add(new Indicator("allocations", "internalReceived", "区域内收到补助", "元",
                internal == null ? null : Amount.of(internal.received())));
        t.add(new Indicator("allocations", "withMatchingRequirement", "带配套要求的补助", "元",
                Amount.of(m.allocated())));

        t.add(new Indicator("matching", "allocations", "带配套要求的补助笔数", "笔", m.allocations()));
        t.add(new Indicator("matching", "met", "已达标", "笔", m.met()));
        t.add(new Indicator("matching", "shortfalls", "有缺口", "笔", m.shortfalls()));
        t.add(new Indicator("matching", "open", "未到期", "笔", m.open()));
        t.add(new Indicator("matching", "required", "应配套资金", "元", Amount.of(m.required())));
        t.add(new Indicator("matching", "committedByDeadline", "按期到位", "元", Amount.of(m.committedByDeadline())));
        t.add(new Indicator("matching", "committedLate", "逾期到位", "元", Amount.of(m.committedLate())));
        t.add(new Indicator("matching", "matchingRatio", "配套率", "%", Ratio.rate(m.matchingRatio())));
        t.add(new Indicator("matching", "outstanding", "尚未到位", "元", Amount.of(m.outstanding())));
        t.add(new Indicator("matching", "shortfall", "记录缺口", "元", Amount.of(m.shortfall())));

        t.add(new Indicator("activity", "trips", "疗休养团组", "个", c.trips()));
        t.add(new Indicator("activity", "personTimes", "参加人次", "人次", c.personTimes()));
        t.add(new Indicator("activity", "distinctWorkers", "参加人数", "人", c.distinctWorkers()));
        t.add(new Indicator("activity", "participantDays", "参加人天", "人天", c.participantDays()));
        t.add(new Indicator("activity", "spend", "工会经费结算支出", "元", Amount.of(c.spend())));
        t.add(new Indicator("activity", "perPersonTime", "人均（每人次）", "元", Amount.of(c.perPersonTime())));
        t.add(new Indicator("activity", "perDistinctWorker", "人均（每人）", "元", Amount.of(c.perDistinctWorker())));
        t.add(new Indicator("activity", "perParticipantDay", "每人每天", "元", Amount.of(c.perParticipantDay())));

        t.add(new Indicator("coverage", "eligibleWorkers", "登记符合条件职工", "人", c.eligibleWorkers()));
        t.add(new Indicator("coverage", "coverageRate", "覆盖率", "%", Ratio.rate(c.coverageRate())));
        t.add(new Indicator("coverage", "plannedHeadcount", "计划人数", "人", c.plannedHeadcount()));
        t.add(new Indicator("coverage", "planCompletion", "计划完成率", "%", Ratio.rate(c.planCompletion())));
        t.add(new Indicator("coverage", "nonPublicWorkers", "非公企业（含平台）职工", "人", c.nonPublicWorkers()));
        t.add(new Indicator("coverage", "nonPublicShare", "非公企业职工占比", "%", Ratio.rate(c.nonPublicShare())));
        t.add(new Indicator("coverage", "newFormWorkers", "新就业形态劳动者", "人", c.newFormWorkers()));
        t.add(new Indicator("coverage", "newFormShare", "新就业形态劳动者占比", "%", Ratio.rate(c.newFormShare())));

        if (leverage != null) {
            t.add(new Indicator("leverage", "provinceOwnFunds", "省总本级投入", "元",
                    Amount.of(leverage.provinceOwnFunds())));
            t.add(new Indicator("leverage", "countyLevelAndAboveFunds", "县级以上工会投入", "元",
                    Amount.of(leverage.countyLevelAndAboveFunds())));
            for (String level : List.of("PROVINCE", "CITY", "COUNTY")) {
                String amount = leverage.byLevel().get(level);
                t.add(new Indicator("leverage", "funds" + capitalised(level), ReportLabels.LEVEL.of(level) + "工会投入",
                        "元", amount == null ? Amount.ZERO : Amount.of(amount)));
            }
            t.add(new Indicator("leverage", "leverage", "带动比", "倍", Ratio.multiple(leverage.leverage())));
        }
        return t;
    }

    private static String capitalised(String level) {
        return level.charAt(0) + level.substring(1).toLowerCase();
    }

    /** Own money entering the ledger in the view (fund establishments and matching commitments, all purposes). */
    static Amount ownFunds(BudgetQueries.BudgetView view) {
        Amount sum = Amount.ZERO;
        for (BudgetQueries.OwnFunds own : view.ownFunds()) {
            sum = sum.plus(Amount.of(own.amount()));
        }
        return sum;
    }
}

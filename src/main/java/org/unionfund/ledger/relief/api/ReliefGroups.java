package org.unionfund.ledger.relief.api;

import java.util.List;

import org.unionfund.ledger.kernel.WorkerCategory;

/**
 * The default catalogue: the 8 groups the Beijing federation's 2021 送温暖 notice names (seed 004). A campaign may
 * name its own groups instead; codes are stable, names are what users read.
 */
public interface ReliefGroups {

    String REGISTERED_HARDSHIP = "REGISTERED_HARDSHIP";
    String TEMPORARY_HARDSHIP = "TEMPORARY_HARDSHIP";
    String INJURED_OR_BEREAVED = "INJURED_OR_BEREAVED";
    String MODEL_WORKER = "MODEL_WORKER";
    String MAJOR_TASK = "MAJOR_TASK";
    String HARD_INDUSTRY = "HARD_INDUSTRY";
    String HOLIDAY_FRONTLINE = "HOLIDAY_FRONTLINE";
    String POSTED_AWAY = "POSTED_AWAY";

    List<ReliefGroup> BEIJING_2021 = List.of(
            new ReliefGroup(REGISTERED_HARDSHIP, "建档困难职工", "Registered hardship workers",
                    WorkerCategory.HARDSHIP),
            new ReliefGroup(TEMPORARY_HARDSHIP, "生活临时困难职工", "Workers in temporary hardship",
                    WorkerCategory.HARDSHIP),
            new ReliefGroup(INJURED_OR_BEREAVED, "工伤职业病致残职工和因公牺牲职工家属",
                    "Workers disabled at work and families of workers who died on duty", WorkerCategory.HARDSHIP),
            new ReliefGroup(MODEL_WORKER, "劳动模范、先进工作者", "Model and advanced workers",
                    WorkerCategory.MODEL_WORKER),
            new ReliefGroup(MAJOR_TASK, "重大任务中涌现的先进模范人物", "Outstanding people of major tasks",
                    WorkerCategory.MODEL_WORKER),
            new ReliefGroup(HARD_INDUSTRY, "艰苦行业一线职工", "Frontline workers in hard industries",
                    WorkerCategory.FRONTLINE),
            new ReliefGroup(HOLIDAY_FRONTLINE, "节日坚守岗位的基层职工和农民工",
                    "Grassroots and migrant workers on duty through the holidays", WorkerCategory.FRONTLINE),
            new ReliefGroup(POSTED_AWAY, "派驻挂职干部职工", "Cadres and workers posted away or to the grassroots",
                    WorkerCategory.FRONTLINE));
}

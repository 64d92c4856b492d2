package org.unionfund.ledger.reporting.model;

import java.util.Map;

/**
 * Chinese labels of the codes that appear in reports, one constant per kind of code (categories, ownerships, subtypes,
 * levels, statuses, groups of figures); a code without a label stands for itself.
 */
public enum ReportLabels {

    CATEGORY(Map.of(
            "FRONTLINE", "一线职工",
            "MODEL_WORKER", "劳模工匠",
            "NEW_FORM", "新就业形态劳动者",
            "HARDSHIP", "困难职工")),
    OWNERSHIP(Map.of(
            "STATE_ORGAN_OR_INSTITUTION", "机关事业单位",
            "STATE_OWNED", "国有企业",
            "NON_PUBLIC", "非公企业",
            "PLATFORM", "平台企业")),
    SUBTYPE(Map.of(
            "COURIER", "快递员",
            "DELIVERY_RIDER", "外卖骑手",
            "RIDE_HAILING_DRIVER", "网约车司机",
            "TRUCK_DRIVER", "货车司机",
            "OTHER", "其他新就业形态")),
    LEVEL(Map.of(
            "PROVINCE", "省级",
            "CITY", "市级",
            "COUNTY", "县级",
            "TOWNSHIP", "乡镇（街道）",
            "INDUSTRY", "产业（行业）",
            "GRASSROOTS", "基层")),
    /** An allocation's or a region's matching status or outcome. */
    MATCHING_STATUS(Map.of(
            "OPEN", "未到期",
            "MET", "已达标",
            "SHORTFALL", "有缺口")),
    /** A group of headline figures ({@code funds} → 资金). */
    GROUP(Map.of(
            "funds", "资金",
            "allocations", "补助拨付",
            "matching", "资金配套",
            "activity", "疗休养活动",
            "coverage", "覆盖",
            "leverage", "带动",
            "earmarks", "专项资金"));

    private final Map<String, String> labels;

    ReportLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    public String of(String code) {
        return code == null ? null : labels.getOrDefault(code, code);
    }

    /** "2025-03" → "3月". */
    public static String month(String key) {
        int dash = key.lastIndexOf('-');
        return dash < 0 ? key : Integer.parseInt(key.substring(dash + 1)) + "月";
    }
}

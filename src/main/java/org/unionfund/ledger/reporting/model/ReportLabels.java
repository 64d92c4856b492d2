package org.unionfund.ledger.reporting.model;

import java.util.Map;

/** Chinese labels of the codes that appear in reports (categories, ownerships, subtypes, levels, statuses). */
public final class ReportLabels {

    private static final Map<String, String> CATEGORIES = Map.of(
            "FRONTLINE", "一线职工",
            "MODEL_WORKER", "劳模工匠",
            "NEW_FORM", "新就业形态劳动者",
            "HARDSHIP", "困难职工");
    private static final Map<String, String> OWNERSHIPS = Map.of(
            "STATE_ORGAN_OR_INSTITUTION", "机关事业单位",
            "STATE_OWNED", "国有企业",
            "NON_PUBLIC", "非公企业",
            "PLATFORM", "平台企业");
    private static final Map<String, String> SUBTYPES = Map.of(
            "COURIER", "快递员",
            "DELIVERY_RIDER", "外卖骑手",
            "RIDE_HAILING_DRIVER", "网约车司机",
            "TRUCK_DRIVER", "货车司机",
            "OTHER", "其他新就业形态");
    private static final Map<String, String> LEVELS = Map.of(
            "PROVINCE", "省级",
            "CITY", "市级",
            "COUNTY", "县级",
            "TOWNSHIP", "乡镇（街道）",
            "INDUSTRY", "产业（行业）",
            "GRASSROOTS", "基层");
    private static final Map<String, String> STATUSES = Map.of(
            "OPEN", "未到期",
            "MET", "已达标",
            "SHORTFALL", "有缺口");

    private static final Map<String, String> GROUPS = Map.of(
            "funds", "资金",
            "allocations", "补助拨付",
            "matching", "资金配套",
            "activity", "疗休养活动",
            "coverage", "覆盖",
            "leverage", "带动",
            "earmarks", "专项资金");

    private ReportLabels() {
    }

    public static String category(String code) {
        return label(CATEGORIES, code);
    }

    public static String ownership(String code) {
        return label(OWNERSHIPS, code);
    }

    public static String subtype(String code) {
        return label(SUBTYPES, code);
    }

    public static String level(String code) {
        return label(LEVELS, code);
    }

    /** The Chinese name of a group of headline figures ({@code funds} → 资金). */
    public static String group(String code) {
        return label(GROUPS, code);
    }

    public static String matchingStatus(String code) {
        return label(STATUSES, code);
    }

    /** "2025-03" → "3月". */
    public static String month(String key) {
        int dash = key.lastIndexOf('-');
        return dash < 0 ? key : Integer.parseInt(key.substring(dash + 1)) + "月";
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? null : labels.getOrDefault(code, code);
    }
}

package org.unionfund.ledger.recuperation.imports.command;

import java.util.Map;

/** The Chinese line shown for a refusal code of the command path (the English detail is the rule's own message). */
final class RefusalTexts {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("standard-exceeded", "每人每天价格超过出发日执行的标准"),
            Map.entry("standard-missing", "出发日无适用的每人每天标准"),
            Map.entry("trip-too-long", "疗休养天数超过规定上限"),
            Map.entry("trip-length-not-offered", "该项目不提供此天数的线路"),
            Map.entry("invalid-date", "日期不在项目年度内或结算日期早于出发日期"),
            Map.entry("invalid-value", "取值不符合要求"),
            Map.entry("unknown-programme", "项目编号不存在"),
            Map.entry("unknown-contractor", "承办单位未登记"),
            Map.entry("unknown-destination", "目的地未登记"),
            Map.entry("duplicate-participant", "同一人在本团中重复出现"),
            Map.entry("category-not-eligible", "该职工类别不在本项目的资助范围内"),
            Map.entry("family-member-charged", "家属自费，不得列支工会经费"),
            Map.entry("unknown-funding-line", "资金来源不是本项目的预算线"),
            Map.entry("earmark-violation", "专项资金只能用于符合条件的职工（非公企业、新就业形态）"),
            Map.entry("insufficient-funds", "项目预算余额不足"),
            Map.entry("frequency-exceeded", "该职工已达到资助频次上限"),
            Map.entry("annual-cap-exceeded", "该职工本年度资助金额超过上限"),
            Map.entry("idempotency-conflict", "该团号已以不同内容导入过，请改用更正"),
            Map.entry("already-settled", "该团已结算，请改用更正"),
            Map.entry("out-of-scope", "无权为该单位导入（只能导入本单位及下级）"),
            Map.entry("forbidden", "无权导入"));

    private RefusalTexts() {
    }

    static String zh(String rule) {
        return ZH.getOrDefault(rule, "不符合规则 " + rule);
    }
}

package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.util.Map;

/** Short Chinese place names of the demo destinations, for the display names of demo trips. */
final class DestinationNames {

    private static final Map<String, String> SHORT = Map.ofEntries(Map.entry("ANJI-BASE", "安吉"),
            Map.entry("QDH-BASE", "千岛湖"), Map.entry("TONGLU-BASE", "桐庐富春江"), Map.entry("TIANTAI-BASE", "天台山"),
            Map.entry("MOGANSHAN-BASE", "莫干山"), Map.entry("LIANGZHU-SITE", "良渚"), Map.entry("LONGQUAN-BASE", "龙泉"),
            Map.entry("SHENGSI-BASE", "嵊泗列岛"), Map.entry("PUTUO-BASE", "普陀"), Map.entry("XIANJU-BASE", "神仙居"),
            Map.entry("YANDANG-BASE", "雁荡山"), Map.entry("XIANGSHAN-SITE", "象山石浦"),
            Map.entry("HENGDIAN-SITE", "东阳横店"), Map.entry("AKSU", "阿克苏"), Map.entry("DELINGHA", "德令哈"));

    private DestinationNames() {
    }

    /** E.g. "安吉4月14日起3日疗休养"; an unknown destination is named by its code. */
    static String tripName(String destinationId, LocalDate start, int days) {
        return SHORT.getOrDefault(destinationId, destinationId) + start.getMonthValue() + "月" + start.getDayOfMonth()
                + "日起" + days + "日疗休养";
    }
}

package org.unionfund.ledger.demo.seed;

import org.unionfund.ledger.kernel.UnionBodyLevel;

/** One administrative division of {@code demo/divisions.csv}; {@code weight} 0 when the file leaves it empty. */
public record Division(String code, String name, String parent, int weight) {

    /** 省 xx0000, 市 xxxx00, else county level. */
    public UnionBodyLevel level() {
        if (code.endsWith("0000")) {
            return UnionBodyLevel.PROVINCE;
        }
        return code.endsWith("00") ? UnionBodyLevel.CITY : UnionBodyLevel.COUNTY;
    }

    /** The union body's name: the division's name + 总工会 (浙江省总工会, 拱墅区总工会). */
    public String unionName() {
        return name + "总工会";
    }

    /** The name without its administrative suffix, for generated labels (拱墅区 → 拱墅). */
    public String shortName() {
        for (String suffix : new String[] {"畲族自治县", "自治县", "区", "县", "市", "省"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}

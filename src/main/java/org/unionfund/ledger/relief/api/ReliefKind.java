package org.unionfund.ledger.relief.api;

/**
 * The kinds of relief a campaign may be: 送温暖 visits and relief (RELIEF), a health screening priced per person
 * (SCREENING: budget ÷ places), special-illness subsidies per case under a cap (SUBSIDY, 特病补贴). Figures and
 * reports show a section per kind, headed by its names (docs/glossary.md).
 */
public enum ReliefKind {
    RELIEF("送温暖/帮扶", "Winter relief and hardship aid"),
    SCREENING("健康筛查", "Health screening"),
    SUBSIDY("特病补贴", "Special-illness subsidies");

    private final String nameZh;
    private final String nameEn;

    ReliefKind(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}

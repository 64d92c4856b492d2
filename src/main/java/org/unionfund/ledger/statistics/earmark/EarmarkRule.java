package org.unionfund.ledger.statistics.earmark;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.unionfund.ledger.funds.api.EarmarkEligibility;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.platform.projection.StateStore;

/** Who an earmarked line may pay for, as {@code earmark_rules} keeps it from the fund's establishment. */
record EarmarkRule(EarmarkEligibility eligibility) {

    static final StateStore.Codec<EarmarkRule> CODEC = new StateStore.Codec<>() {
        @Override
        public EarmarkRule decode(Document d) {
            Set<EmployerOwnership> ownerships = EnumSet.noneOf(EmployerOwnership.class);
            d.getList("ownerships", String.class, List.of()).forEach(o -> ownerships.add(EmployerOwnership.valueOf(o)));
            Set<WorkerCategory> categories = EnumSet.noneOf(WorkerCategory.class);
            d.getList("categories", String.class, List.of()).forEach(c -> categories.add(WorkerCategory.valueOf(c)));
            return new EarmarkRule(new EarmarkEligibility(ownerships, categories));
        }

        @Override
        public Document encode(EarmarkRule r) {
            return new Document("ownerships", r.eligibility().ownerships().stream().map(Enum::name).toList())
                    .append("categories", r.eligibility().categories().stream().map(Enum::name).toList());
        }
    };
}

package org.unionfund.ledger.funds.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionfund.ledger.funds.command.LedgerTestData.NON_PUBLIC_LINE;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZHEJIANG;
import static org.unionfund.ledger.funds.command.LedgerTestData.ZJ_FUND;
import static org.unionfund.ledger.funds.command.LedgerTestData.nonPublicEarmark;
import static org.unionfund.ledger.funds.command.LedgerTestData.yuan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.EarmarkEligibility;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.kernel.WorkerCategory;

class EarmarkEligibilityTest {

    private final EarmarkEligibility nonPublicOrNewForm = nonPublicEarmark(yuan(1)).eligibility();
    private final FundCatalog funds = new FundCatalog();

    EarmarkEligibilityTest() {
        funds.add(new FundInfo(ZJ_FUND, ZHEJIANG, 2025, FundPurpose.RECUPERATION,
                List.of(nonPublicEarmark(yuan(10_000_000))), null));
    }

    @Test
    void a_participant_fits_by_employer_ownership() {
        assertThat(nonPublicOrNewForm.admits(EmployerOwnership.PLATFORM, WorkerCategory.FRONTLINE)).isTrue();
    }

    @Test
    void a_participant_fits_by_worker_category() {
        assertThat(nonPublicOrNewForm.admits(EmployerOwnership.STATE_OWNED, WorkerCategory.NEW_FORM)).isTrue();
    }

    @Test
    void a_state_owned_frontline_worker_does_not_fit_the_non_public_earmark() {
        assertThat(nonPublicOrNewForm.admits(EmployerOwnership.STATE_OWNED, WorkerCategory.FRONTLINE)).isFalse();
    }

    @Test
    void charging_an_unfit_participant_to_the_earmarked_line_is_refused() {
        assertThatThrownBy(() -> funds.requireAdmits(ZJ_FUND, NON_PUBLIC_LINE,
                EmployerOwnership.STATE_ORGAN_OR_INSTITUTION, WorkerCategory.MODEL_WORKER, "participants[0]"))
                .isInstanceOfSatisfying(LedgerRuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo("earmark-violation");
                    assertThat(v.field()).isEqualTo("participants[0]");
                });
    }

    @Test
    void the_unrestricted_line_admits_everyone() {
        funds.requireAdmits(ZJ_FUND, null, EmployerOwnership.STATE_OWNED, WorkerCategory.FRONTLINE, "p");
        funds.requireAdmits(ZJ_FUND, NON_PUBLIC_LINE, EmployerOwnership.NON_PUBLIC, WorkerCategory.FRONTLINE, "p");
    }
}

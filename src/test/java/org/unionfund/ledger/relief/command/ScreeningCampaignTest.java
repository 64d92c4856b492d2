package org.unionfund.ledger.relief.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.kernel.WorkerPseudonym;
import org.unionfund.ledger.relief.api.CampaignId;
import org.unionfund.ledger.relief.api.CampaignOpenedEvent;
import org.unionfund.ledger.relief.api.GroupTerm;
import org.unionfund.ledger.relief.api.OpenCampaignCommand;
import org.unionfund.ledger.relief.api.PayReliefCommand;
import org.unionfund.ledger.relief.api.ReliefForm;
import org.unionfund.ledger.relief.api.ReliefGroup;
import org.unionfund.ledger.relief.api.ReliefKind;
import org.unionfund.ledger.relief.api.ReliefRuleViolation;
import org.unionfund.ledger.relief.api.TermKind;

/** The Fushun kinds: a screening priced budget ÷ places, and special-illness subsidies per case under a cap. */
class ScreeningCampaignTest {

    static final CampaignId SCREENING = new CampaignId("FS-2021-SCREEN");
    static final LedgerId LEDGER = new LedgerId("210000");
    static final BodyId FUSHUN = new BodyId("210400");
    static final ReliefGroup WOMEN = new ReliefGroup("HARDSHIP_WOMEN", "困难女职工", "Women workers in hardship",
            WorkerCategory.HARDSHIP);
    static final LocalDate FROM = LocalDate.of(2021, 3, 1);
    static final LocalDate TO = LocalDate.of(2021, 11, 30);

    private FixtureConfiguration<ReliefCampaign> fixture;
    private FakeCampaignFunding funding;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReliefCampaign.class);
        funding = new FakeCampaignFunding();
        fixture.registerAnnotatedCommandHandler(new ReliefCommandHandler(fixture.getRepository(), funding));
    }

    static OpenCampaignCommand screening(String budgetYuan, Integer places, List<GroupTerm> terms) {
        return new OpenCampaignCommand(SCREENING, ReliefKind.SCREENING, LEDGER, FUSHUN, 2021, "抚顺市困难女职工专项筛查",
                FROM, TO, List.of(WOMEN), terms, 1, places, List.of(new ProgrammeBudgetLine(new FundId("FS-2021-HEALTH"),
                        null, Money.parseYuan(budgetYuan))), FROM);
    }

    private static PayReliefCommand screened(String id, String person, ReliefForm form) {
        return new PayReliefCommand(SCREENING, id, new WorkerPseudonym("w_" + person.repeat(24).substring(0, 24)),
                WOMEN.code(), form, null, null, EmployerOwnership.STATE_OWNED, LocalDate.of(2021, 5, 10), null, null);
    }

    @Test
    void a_screening_is_priced_budget_over_places_rounded_down_to_the_fen() {
        fixture.givenNoPriorActivity().when(screening("300000.00", 1113, List.of()))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString(
                                        "GroupTerm[group=HARDSHIP_WOMEN, kind=STANDARD, amount=269.54")),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void a_screening_names_places_and_no_terms() {
        fixture.givenNoPriorActivity().when(screening("300000.00", null, List.of()))
                .expectException(ReliefRuleViolation.class);
        fixture.givenNoPriorActivity().when(screening("300000.00", 1113, List.of(new GroupTerm(WOMEN.code(),
                TermKind.CAP, Money.ofYuan(300), FROM)))).expectException(ReliefRuleViolation.class);
    }

    @Test
    void each_screening_is_charged_at_the_price_and_the_places_bound_it() {
        OpenCampaignCommand two = screening("539.09", 2, List.of());
        CampaignOpenedEvent opened = new CampaignOpenedEvent(SCREENING, ReliefKind.SCREENING, LEDGER, FUSHUN,
                List.of(FUSHUN, LEDGER.root()), 2021, two.name(), FROM, TO, two.groups(), List.of(new GroupTerm(
                        WOMEN.code(), TermKind.STANDARD, Money.parseYuan("269.54"), FROM)), 1, 2, null, two.budget(),
                "fp");
        fixture.given(opened).when(screened("S1", "A", ReliefForm.SCREENING)).expectSuccessfulHandlerExecution();
        ChargeProgrammeCommand charge = (ChargeProgrammeCommand) funding.asked.get(0);
        assertThat(charge.charges().get(0).amount()).isEqualTo(Money.parseYuan("269.54"));
        assertThat(charge.expenseCategory()).isEqualTo("RELIEF_SCREENING");
        fixture.given(opened).when(screened("S1", "A", ReliefForm.CASH)).expectException(ReliefRuleViolation.class);
    }
}

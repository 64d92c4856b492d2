package org.unionfund.ledger.relief.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.funds.command.Fingerprint;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerPseudonym;
import org.unionfund.ledger.relief.api.CampaignId;
import org.unionfund.ledger.relief.api.CampaignOpenedEvent;
import org.unionfund.ledger.relief.api.GroupTerm;
import org.unionfund.ledger.relief.api.GroupTermSetEvent;
import org.unionfund.ledger.relief.api.OpenCampaignCommand;
import org.unionfund.ledger.relief.api.PayReliefCommand;
import org.unionfund.ledger.relief.api.ReliefForm;
import org.unionfund.ledger.relief.api.ReliefGroup;
import org.unionfund.ledger.relief.api.ReliefGroups;
import org.unionfund.ledger.relief.api.ReliefKind;
import org.unionfund.ledger.relief.api.ReliefPaidEvent;
import org.unionfund.ledger.relief.api.ReliefPaymentReversedEvent;
import org.unionfund.ledger.relief.api.ReliefRuleViolation;
import org.unionfund.ledger.relief.api.ReverseReliefPaymentCommand;
import org.unionfund.ledger.relief.api.SetGroupTermCommand;
import org.unionfund.ledger.relief.api.TermKind;

/** Every rule of a relief campaign, given/when/expect on the campaign with a stand-in ledger. */
class ReliefCampaignTest {

    static final CampaignId CAMPAIGN = new CampaignId("CY-2021-SWN");
    static final LedgerId LEDGER = new LedgerId("110000");
    static final BodyId CHAOYANG = new BodyId("110105");
    static final FundId FUND = new FundId("BJ-2021-SWN");
    static final WorkerPseudonym ZHANG = new WorkerPseudonym("w_AAAAAAAAAAAAAAAAAAAAAAAA");
    static final WorkerPseudonym LI = new WorkerPseudonym("w_BBBBBBBBBBBBBBBBBBBBBBBB");
    static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate TO = LocalDate.of(2021, 2, 26);
    static final LocalDate JAN_20 = LocalDate.of(2021, 1, 20);

    private FixtureConfiguration<ReliefCampaign> fixture;
    private FakeCampaignFunding funding;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReliefCampaign.class);
        funding = new FakeCampaignFunding();
        fixture.registerAnnotatedCommandHandler(new ReliefCommandHandler(fixture.getRepository(), funding));
    }

    /** Two groups: registered hardship at a 1,000-yuan standard, model workers up to a 500-yuan cap. */
    static OpenCampaignCommand open(String budgetYuan) {
        List<ReliefGroup> groups = ReliefGroups.BEIJING_2021.stream().filter(g -> g.code().equals(
                ReliefGroups.REGISTERED_HARDSHIP) || g.code().equals(ReliefGroups.MODEL_WORKER)).toList();
        return new OpenCampaignCommand(CAMPAIGN, ReliefKind.RELIEF, LEDGER, CHAOYANG, 2021, "朝阳区2021年元旦春节送温暖",
                FROM, TO, groups,
                List.of(new GroupTerm(ReliefGroups.REGISTERED_HARDSHIP, TermKind.STANDARD, yuan(1000), FROM),
                        new GroupTerm(ReliefGroups.MODEL_WORKER, TermKind.CAP, yuan(500), FROM)),
                1, null, List.of(new ProgrammeBudgetLine(FUND, null, Money.parseYuan(budgetYuan))), FROM);
    }

    static CampaignOpenedEvent opened(String budgetYuan) {
        OpenCampaignCommand c = open(budgetYuan);
        return new CampaignOpenedEvent(CAMPAIGN, ReliefKind.RELIEF, LEDGER, CHAOYANG, List.of(CHAOYANG,
                LEDGER.root()), 2021, c.name(), FROM, TO, c.groups(), c.terms(), 1, null, new PostingId(CAMPAIGN.value()),
                c.budget(), "fp");
    }

    static PayReliefCommand pay(String id, WorkerPseudonym who, String group, String yuan, LocalDate on) {
        return new PayReliefCommand(CAMPAIGN, id, who, group, ReliefForm.CASH, null,
                yuan == null ? null : Money.parseYuan(yuan), EmployerOwnership.STATE_OWNED, on, null, null);
    }

    static Money yuan(long yuan) {
        return Money.ofYuan(yuan);
    }

    /** The event a payment command records as the {@code number}-th payment, at {@code yuan}. */
    static ReliefPaidEvent paid(PayReliefCommand c, long yuan, int number) {
        return new ReliefPaidEvent(CAMPAIGN, c.paymentId(), number, CHAOYANG, c.person(), c.group(), c.form(),
                c.goods(), yuan(yuan), c.ownership(), c.paidOn(), FUND, null, FakeCampaignFunding.posting(
                        new PostingId("relief-pay:" + number + ":" + CAMPAIGN.value()), c.paidOn()),
                Fingerprint.of(c));
    }

    private static void refused(org.axonframework.test.aggregate.ResultValidator<ReliefCampaign> result,
            String rule, String field) {
        result.expectException(ReliefRuleViolation.class).expectNoEvents()
                .expectException(new TypeSafeMatcher<ReliefRuleViolation>() {
                    @Override
                    protected boolean matchesSafely(ReliefRuleViolation refusal) {
                        return refusal.rule().equals(rule) && field.equals(refusal.field());
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("refusal " + rule + " on " + field);
                    }
                });
    }

    @Test
    void opening_moves_the_budget_in_the_ledger_and_records_the_campaign() {
        fixture.givenNoPriorActivity().when(open("100000.00")).expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(CampaignOpenedEvent.class)),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
        assertThat(funding.asked).hasSize(1);
    }

    @Test
    void a_group_without_a_term_at_the_start_is_refused_at_opening() {
        OpenCampaignCommand c = open("100000.00");
        OpenCampaignCommand noTerm = new OpenCampaignCommand(c.campaignId(), c.kind(), c.ledgerId(), c.bodyId(),
                c.year(), c.name(), FROM, TO, c.groups(), c.terms().subList(0, 1), 1, null, c.budget(), FROM);
        fixture.givenNoPriorActivity().when(noTerm).expectException(ReliefRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("MODEL_WORKER"));
    }

    @Test
    void the_standard_is_paid_when_no_amount_is_named_and_charged_as_a_programme_cost() {
        fixture.given(opened("100000.00"))
                .when(pay("P1", ZHANG, ReliefGroups.REGISTERED_HARDSHIP, null, JAN_20))
                .expectSuccessfulHandlerExecution()
                .expectEvents(paid(pay("P1", ZHANG, ReliefGroups.REGISTERED_HARDSHIP, null, JAN_20), 1000, 1));
        ChargeProgrammeCommand charge = (ChargeProgrammeCommand) funding.asked.get(0);
        assertThat(charge.postingId().value()).isEqualTo("relief-pay:1:CY-2021-SWN");
        assertThat(charge.expenseCategory()).isEqualTo("RELIEF_CASH");
        assertThat(charge.charges().get(0).amount()).isEqualTo(yuan(1000));
    }

    @Test
    void a_person_outside_the_eligible_groups_is_refused() {
        refused(fixture.given(opened("100000.00"))
                .when(pay("P1", ZHANG, ReliefGroups.HOLIDAY_FRONTLINE, "500.00", JAN_20)),
                ReliefRuleViolation.GROUP_NOT_ELIGIBLE, "group");
    }

    @Test
    void an_amount_over_the_groups_cap_is_refused() {
        refused(fixture.given(opened("100000.00"))
                .when(pay("P1", ZHANG, ReliefGroups.MODEL_WORKER, "500.01", JAN_20)),
                ReliefRuleViolation.OVER_CAP, "amount");
    }

    @Test
    void a_second_payment_to_one_person_in_one_campaign_is_refused() {
        PayReliefCommand first = pay("P1", ZHANG, ReliefGroups.REGISTERED_HARDSHIP, null, JAN_20);
        refused(fixture.given(opened("100000.00"), paid(first, 1000, 1))
                .when(pay("P2", ZHANG, ReliefGroups.MODEL_WORKER, "300.00", JAN_20)),
                ReliefRuleViolation.ALREADY_RECEIVED, "person");
    }

    @Test
    void a_payment_beyond_the_budget_is_refused() {
        PayReliefCommand first = pay("P1", ZHANG, ReliefGroups.REGISTERED_HARDSHIP, null, JAN_20);
        refused(fixture.given(opened("1500.00"), paid(first, 1000, 1))
                .when(pay("P2", LI, ReliefGroups.REGISTERED_HARDSHIP, null, JAN_20)),
                ReliefRuleViolation.BEYOND_BUDGET, "amount");
    }

    @Test
    void a_payment_outside_the_campaign_period_is_refused() {
        refused(fixture.given(opened("100000.00"))
                .when(pay("P1", ZHANG, ReliefGroups.REGISTERED_HARDSHIP, null, LocalDate.of(2021, 3, 1))),
                ReliefRuleViolation.OUTSIDE_PERIOD, "paidOn");
    }

    @Test
    void a_new_term_binds_payments_from_its_date_and_earlier_ones_keep_theirs() {
        GroupTerm raised = new GroupTerm(ReliefGroups.MODEL_WORKER, TermKind.CAP, yuan(800), LocalDate.of(2021, 2, 1));
        fixture.given(opened("100000.00"), new GroupTermSetEvent(CAMPAIGN, raised))
                .when(pay("P1", ZHANG, ReliefGroups.MODEL_WORKER, "800.00", LocalDate.of(2021, 2, 1)))
                .expectSuccessfulHandlerExecution();
        refused(fixture.given(opened("100000.00"), new GroupTermSetEvent(CAMPAIGN, raised))
                .when(pay("P1", ZHANG, ReliefGroups.MODEL_WORKER, "800.00", LocalDate.of(2021, 1, 31))),
                ReliefRuleViolation.OVER_CAP, "amount");
        fixture.given(opened("100000.00")).when(new SetGroupTermCommand(CAMPAIGN, raised))
                .expectEvents(new GroupTermSetEvent(CAMPAIGN, raised));
    }

    @Test
    void goods_need_a_description_and_are_booked_as_goods() {
        PayReliefCommand goods = new PayReliefCommand(CAMPAIGN, "G1", LI, ReliefGroups.MODEL_WORKER,
                ReliefForm.GOODS, "米面油慰问品", Money.parseYuan("300.00"), EmployerOwnership.NON_PUBLIC, JAN_20,
                null, null);
        fixture.given(opened("100000.00")).when(goods).expectEvents(paid(goods, 300, 1));
        assertThat(((ChargeProgrammeCommand) funding.asked.get(0)).expenseCategory()).isEqualTo("RELIEF_GOODS");
        refused(fixture.given(opened("100000.00")).when(new PayReliefCommand(CAMPAIGN, "G1", LI,
                ReliefGroups.MODEL_WORKER, ReliefForm.GOODS, " ", Money.parseYuan("300.00"),
                EmployerOwnership.NON_PUBLIC, JAN_20, null, null)), ReliefRuleViolation.INVALID_VALUE, "goods");
    }

    @Test
    void a_reversal_is_a_new_event_and_lets_the_person_be_paid_again() {
        PayReliefCommand first = pay("P1", ZHANG, ReliefGroups.REGISTERED_HARDSHIP, null, JAN_20);
        ReverseReliefPaymentCommand reverse = new ReverseReliefPaymentCommand(CAMPAIGN, "P1", "错发给了他人",
                LocalDate.of(2021, 1, 22));
        fixture.given(opened("100000.00"), paid(first, 1000, 1)).when(reverse)
                .expectEvents(new ReliefPaymentReversedEvent(CAMPAIGN, "P1", ZHANG, ReliefGroups.REGISTERED_HARDSHIP,
                        yuan(1000), "错发给了他人", LocalDate.of(2021, 1, 22),
                        new PostingId("relief-reverse:1:CY-2021-SWN")));
        ReliefPaymentReversedEvent reversed = new ReliefPaymentReversedEvent(CAMPAIGN, "P1", ZHANG,
                ReliefGroups.REGISTERED_HARDSHIP, yuan(1000), "错发给了他人", LocalDate.of(2021, 1, 22),
                new PostingId("relief-reverse:1:CY-2021-SWN"));
        PayReliefCommand again = pay("P2", ZHANG, ReliefGroups.REGISTERED_HARDSHIP, null, JAN_20);
        fixture.given(opened("100000.00"), paid(first, 1000, 1), reversed).when(again)
                .expectEvents(paid(again, 1000, 2));
        refused(fixture.given(opened("100000.00"), paid(first, 1000, 1), reversed).when(reverse),
                ReliefRuleViolation.ALREADY_REVERSED, "paymentId");
    }

    @Test
    void a_repeated_payment_writes_nothing_and_a_reused_id_with_other_content_conflicts() {
        PayReliefCommand first = pay("P1", ZHANG, ReliefGroups.REGISTERED_HARDSHIP, null, JAN_20);
        fixture.given(opened("100000.00"), paid(first, 1000, 1)).when(first).expectSuccessfulHandlerExecution()
                .expectNoEvents();
        refused(fixture.given(opened("100000.00"), paid(first, 1000, 1))
                .when(pay("P1", LI, ReliefGroups.REGISTERED_HARDSHIP, null, JAN_20)),
                ReliefRuleViolation.IDEMPOTENCY_CONFLICT, "paymentId");
    }

    @Test
    void paying_in_an_unknown_campaign_is_refused() {
        refused(fixture.givenNoPriorActivity().when(pay("P1", ZHANG, ReliefGroups.REGISTERED_HARDSHIP, null,
                JAN_20)), ReliefRuleViolation.UNKNOWN_CAMPAIGN, "campaignId");
    }
}

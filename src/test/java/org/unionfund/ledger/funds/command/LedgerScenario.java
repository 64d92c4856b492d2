package org.unionfund.ledger.funds.command;

import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.kernel.RuleViolation;

/**
 * Given/when/expect on a {@link FundLedger}, set up by commands. Every {@code when} also asserts that each
 * emitted posting's legs sum to zero.
 */
final class LedgerScenario {

    private final FixtureConfiguration<FundLedger> fixture = new AggregateTestFixture<>(FundLedger.class);
    private TestExecutor<FundLedger> given;

    LedgerScenario() {
        fixture.registerAnnotatedCommandHandler(new TripLedgerCalls(fixture.getRepository()));
    }

    LedgerScenario given(List<?> commands) {
        given = given == null ? fixture.givenCommands(commands) : given.andGivenCommands(commands);
        return this;
    }

    LedgerScenario given(Object... commands) {
        return given(List.of(commands));
    }

    ResultValidator<FundLedger> when(Object command) {
        TestExecutor<FundLedger> executor = given == null ? fixture.givenNoPriorActivity() : given;
        return executor.when(command).expectEventsMatching(everyPostingBalanced());
    }

    static Matcher<List<EventMessage<?>>> everyPostingBalanced() {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                return events.stream().map(EventMessage::getPayload).filter(PostingEvent.class::isInstance)
                        .map(p -> ((PostingEvent) p).posting())
                        .allMatch(p -> Posting.sumOf(p.legs()).isZero());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("events whose postings all sum to zero");
            }
        };
    }

    /** A refusal with this rule code and field. */
    static Matcher<Object> violation(String rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof RuleViolation v && rule.equals(v.rule()) && field.equals(v.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation " + rule + " on " + field);
            }

            @Override
            protected void describeMismatchSafely(Object item, Description mismatch) {
                mismatch.appendText(item instanceof RuleViolation v
                        ? v.rule() + " on " + v.field() + ": " + v.getMessage() : String.valueOf(item));
            }
        };
    }
}

package org.unionfund.ledger.demo.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.SplittableRandom;

import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;

/** The small arithmetic and calendar rules the demo plans share: rounding in fen, no-show draws, weekdays. */
final class PlanMath {

    static final long YUAN = 100;
    static final long TEN_THOUSAND_YUAN = 10_000 * YUAN;

    private PlanMath() {
    }

    static long roundTo(long fen, long unit) {
        return Math.round((double) fen / unit) * unit;
    }

    static long roundUp(long fen, long unit) {
        return (fen + unit - 1) / unit * unit;
    }

    /** Each of {@code workers} stays at home with probability {@code permille}/1000. */
    static boolean[] noShows(SplittableRandom rng, int workers, int permille) {
        boolean[] absent = new boolean[workers];
        for (int j = 0; j < workers; j++) {
            absent[j] = rng.nextInt(1000) < permille;
        }
        return absent;
    }

    static EstablishFundCommand ownFund(LedgerId ledger, String fund, Division body, int year, long fen,
            LocalDate date) {
        return new EstablishFundCommand(ledger, new FundId(fund), new BodyId(body.code()), year,
                FundPurpose.RECUPERATION, Money.ofFen(fen), List.of(), date, body.name() + year + "年职工疗休养资金");
    }

    static ProgrammeBudgetLine line(String fund, String earmark, long fen) {
        return new ProgrammeBudgetLine(new FundId(fund), earmark, Money.ofFen(fen));
    }

    static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    static LocalDate nextOrSame(LocalDate date, DayOfWeek day) {
        return date.with(TemporalAdjusters.nextOrSame(day));
    }

    /** A Saturday or Sunday moves on to the Monday. */
    static LocalDate weekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }
}

package org.unionfund.ledger.demo.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unionfund.ledger.demo.seed.PersonSpec;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;

/**
 * Plans which programme line pays for whom, while the plan is made (single-threaded, in a fixed order), so the
 * commands are the same on every run and no line is ever overdrawn, whatever order the trips are then sent in.
 * Money given back by corrections is deliberately not reused: with trips settled in parallel it might not be back
 * yet when a later trip needs it.
 */
final class BudgetTracker {

    private final Map<ProgrammeLine, Long> remaining = new LinkedHashMap<>();
    private final ProgrammeLine earmarked;

    BudgetTracker(List<ProgrammeBudgetLine> budget) {
        ProgrammeLine earmark = null;
        for (ProgrammeBudgetLine line : budget) {
            ProgrammeLine key = new ProgrammeLine(line.fundId(), line.earmark());
            remaining.merge(key, line.amount().fen(), Long::sum);
            if (line.earmark() != null) {
                earmark = key;
            }
        }
        this.earmarked = earmark;
    }

    ProgrammeLine earmarkedLine() {
        return earmarked;
    }

    /** Sets money of a line aside for a later correction. */
    void reserve(ProgrammeLine line, long fen) {
        take(line, fen);
    }

    /**
     * The line for one participant costing {@code fen}: the earmarked line when the participant fits it and it
     * still has the money, else the first unrestricted line that has.
     */
    ProgrammeLine assign(PersonSpec person, long fen) {
        if (earmarked != null && person.nonPublicOrNewForm() && remaining.get(earmarked) >= fen) {
            return take(earmarked, fen);
        }
        for (Map.Entry<ProgrammeLine, Long> line : remaining.entrySet()) {
            if (line.getKey().earmark() == null && line.getValue() >= fen) {
                return take(line.getKey(), fen);
            }
        }
        throw new IllegalStateException("the demo plan ran out of programme budget; remaining " + remaining);
    }

    long remainingFen() {
        return remaining.values().stream().mapToLong(Long::longValue).sum();
    }

    private ProgrammeLine take(ProgrammeLine line, long fen) {
        long left = remaining.getOrDefault(line, 0L) - fen;
        if (left < 0) {
            throw new IllegalStateException("the demo plan overdraws " + line);
        }
        remaining.put(line, left);
        return line;
    }
}

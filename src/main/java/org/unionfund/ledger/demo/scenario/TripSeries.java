package org.unionfund.ledger.demo.scenario;

import static org.unionfund.ledger.demo.scenario.PlanMath.two;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.unionfund.ledger.demo.scenario.ZhejiangData.Trips;

/** Plans the trips of one {@link Trips} entry: a single trip or a series (see there). */
final class TripSeries {

    /** Per mille of workers who do not show up on a trip of a series unless the plan says otherwise. */
    private static final int SERIES_NO_SHOW_PERMILLE = 30;
    /** Per cent of a series' three-day trips that take one or two family members along (when families go). */
    private static final int FAMILY_PERCENT = 35;

    private TripSeries() {
    }

    static List<Draft> plan(ProgrammeBuilder p, People people, Trips trips) {
        if (trips.tripId() != null) {
            return List.of(p.trip(trips.tripId(), trips.start(), trips.days(), trips.price(), trips.cohort(),
                    trips.size(), trips.family(), trips.noShowPermille(), trips.contractor(),
                    trips.destinations().get(0)));
        }
        return trips.repeatPercent() > 0 ? repeating(p, people, trips) : regular(p, people, trips);
    }

    /** {@code count} trips of {@code size} workers, the last {@code plusOneForLast} of them one more. */
    private static List<Draft> regular(ProgrammeBuilder p, People people, Trips t) {
        List<Draft> drafts = new ArrayList<>();
        int year = p.plan().year();
        LocalDate first = PlanMath.nextOrSame(t.start(), t.weekday());
        for (int i = 0; i < t.count(); i++) {
            String tripId = t.series() + "-" + two(i + 1);
            LocalDate start = first.plusDays((long) t.everyDays() * i);
            if (start.getYear() != year) {
                throw new IllegalStateException("trip " + tripId + " would start in " + start.getYear());
            }
            SplittableRandom rng = people.random(tripId.hashCode());
            int family = t.families() && rng.nextInt(100) < FAMILY_PERCENT ? 1 + rng.nextInt(2) : 0;
            int workers = i >= t.count() - t.plusOneForLast() ? t.size() + 1 : t.size();
            drafts.add(p.trip(tripId, start, t.days(), t.price(), t.cohort(), workers, family,
                    t.noShowPermille() == null ? SERIES_NO_SHOW_PERMILLE : t.noShowPermille(), t.contractor(),
                    t.destinations().get(i % t.destinations().size())));
        }
        return drafts;
    }

    /** A series where a worker may go more than once: {@code repeatPercent} of places go to earlier travellers. */
    private static List<Draft> repeating(ProgrammeBuilder p, People people, Trips t) {
        List<Draft> drafts = new ArrayList<>();
        List<Long> earlier = new ArrayList<>();
        LocalDate first = PlanMath.nextOrSame(t.start(), t.weekday());
        for (int i = 0; i < t.count(); i++) {
            String tripId = t.series() + "-" + two(i + 1);
            SplittableRandom rng = people.random(tripId.hashCode());
            long[] persons = new long[t.size()];
            List<Long> onThisTrip = new ArrayList<>();
            for (int j = 0; j < persons.length; j++) {
                long person;
                if (!earlier.isEmpty() && rng.nextInt(100) < t.repeatPercent()) {
                    do {
                        person = earlier.get(rng.nextInt(earlier.size()));
                    } while (onThisTrip.contains(person));
                } else {
                    person = people.next();
                }
                onThisTrip.add(person);
                persons[j] = person;
            }
            earlier.addAll(onThisTrip.stream().filter(x -> !earlier.contains(x)).toList());
            drafts.add(p.tripOf(tripId, first.plusDays((long) t.everyDays() * i), t.days(), t.price(), t.cohort(),
                    persons, 0, PlanMath.noShows(rng, t.size(), t.noShowPermille()), t.contractor(),
                    t.destinations().get(i % t.destinations().size())));
        }
        return drafts;
    }
}

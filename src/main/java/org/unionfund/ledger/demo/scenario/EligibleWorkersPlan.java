package org.unionfund.ledger.demo.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.unionfund.ledger.demo.seed.PersonSpec;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleCount;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersId;
import org.unionfund.ledger.recuperation.eligibility.api.RegisterEligibleWorkersCommand;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.WorkerCategory;

/**
 * The eligible-worker counts (登记应覆盖职工数) the demo registers for each body that runs a programme, per year and
 * category: the denominators of the coverage rate. The seeds publish no such counts, so the demo registers
 * {@value #PER_WORKER_SERVED} times the distinct workers its own trips draw there, which puts coverage near 25 %.
 */
public final class EligibleWorkersPlan {

    static final int PER_WORKER_SERVED = 4;

    private EligibleWorkersPlan() {
    }

    public static List<RegisterEligibleWorkersCommand> commands(List<TripPlan> trips, long seed) {
        Map<String, Map<WorkerCategory, Set<Long>>> served = new LinkedHashMap<>();
        Map<String, ProgrammePlan> programmeOf = new LinkedHashMap<>();
        for (TripPlan trip : trips) {
            ProgrammePlan programme = trip.programme();
            String key = programme.body().code() + "|" + programme.year();
            programmeOf.putIfAbsent(key, programme);
            Map<WorkerCategory, Set<Long>> byCategory = served.computeIfAbsent(key,
                    k -> new EnumMap<>(WorkerCategory.class));
            for (int ordinal = 0; ordinal < trip.workers(); ordinal++) {
                PersonSpec person = trip.cohort().person(seed, trip.person(ordinal), programme.body(),
                        programme.city());
                byCategory.computeIfAbsent(person.category(), c -> new HashSet<>()).add(person.index());
            }
        }
        List<RegisterEligibleWorkersCommand> commands = new ArrayList<>();
        served.forEach((key, byCategory) -> {
            ProgrammePlan programme = programmeOf.get(key);
            List<EligibleCount> counts = new ArrayList<>();
            byCategory.forEach((category, workers) -> counts.add(
                    new EligibleCount(category, (long) workers.size() * PER_WORKER_SERVED)));
            BodyId body = new BodyId(programme.body().code());
            commands.add(new RegisterEligibleWorkersCommand(new EligibleWorkersId(body),
                    "ELIG-" + body.value() + "-" + programme.year(), ZhejiangScenario.LEDGER, path(programme),
                    programme.year(), counts));
        });
        return commands;
    }

    private static List<BodyId> path(ProgrammePlan programme) {
        List<BodyId> path = new ArrayList<>();
        path.add(new BodyId(programme.body().code()));
        if (!programme.city().code().equals(programme.body().code())) {
            path.add(new BodyId(programme.city().code()));
        }
        if (!programme.city().code().equals(ZhejiangScenario.ROOT)) {
            path.add(new BodyId(ZhejiangScenario.ROOT));
        }
        return path;
    }
}

package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.StepDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds steps that wait for each other in a circle (they could never start), each cycle once. */
final class StepCycles {

    private StepCycles() {
    }

    /** Each cycle as the ids in order, the first repeated at the end: [a, b, a]. */
    static List<List<String>> find(List<StepDefinition> steps) {
        Map<String, List<String>> after = new HashMap<>();
        steps.forEach(s -> after.put(s.id(), s.after()));
        List<List<String>> cycles = new ArrayList<>();
        Set<String> finished = new HashSet<>();
        Set<Set<String>> reported = new HashSet<>();
        for (StepDefinition step : steps) {
            visit(step.id(), after, new ArrayList<>(), finished, cycles, reported);
        }
        return cycles;
    }

    private static void visit(String id, Map<String, List<String>> after, List<String> path, Set<String> finished,
                              List<List<String>> cycles, Set<Set<String>> reported) {
        int at = path.indexOf(id);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            if (reported.add(Set.copyOf(cycle))) {
                cycle.add(id);
                cycles.add(cycle);
            }
            return;
        }
        if (finished.contains(id) || !after.containsKey(id)) {
            return;
        }
        path.add(id);
        for (String dependency : after.get(id)) {
            visit(dependency, after, path, finished, cycles, reported);
        }
        path.remove(path.size() - 1);
        finished.add(id);
    }
}

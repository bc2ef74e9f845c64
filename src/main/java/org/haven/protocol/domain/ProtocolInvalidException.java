package org.haven.protocol.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A protocol file that cannot be used, with every problem found in it. */
public final class ProtocolInvalidException extends Exception {

    private final transient List<ProtocolProblem> problems;

    public ProtocolInvalidException(List<ProtocolProblem> problems) {
        super(problems.stream().map(ProtocolProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ProtocolProblem> problems() {
        return problems;
    }
}

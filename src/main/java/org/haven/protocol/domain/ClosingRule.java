package org.haven.protocol.domain;

import java.util.List;

/** What closing a case needs: these steps done (or skipped with a reason) and, if asked, a summary. */
public record ClosingRule(List<String> requiredSteps, boolean summaryRequired) {

    public ClosingRule {
        requiredSteps = List.copyOf(requiredSteps);
    }
}

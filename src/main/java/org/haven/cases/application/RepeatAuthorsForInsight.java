package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.cases.domain.RepeatAuthorQueries;
import org.haven.insight.domain.RepeatAuthorCounts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;

/** Cases' answer to insight's repeat-author question: a count, never a name (issue 20). */
@ApplicationScoped
public class RepeatAuthorsForInsight implements RepeatAuthorCounts {

    @Inject
    RepeatAuthorQueries repeats;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long repeatAuthors(Collection<Long> schoolIds, LocalDate from, LocalDate to) {
        return repeats.repeatAuthorCount(schoolIds, from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}

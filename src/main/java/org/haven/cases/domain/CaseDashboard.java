package org.haven.cases.domain;

import java.util.List;

/** The dashboard's storage: a reader's cases in keyset pages, never beyond the reader's scope. */
public interface CaseDashboard {

    /** One dashboard page in (attention, next due, id) order, after the cursor; limit + 1 rows to tell more. */
    List<CaseFile> page(CaseScope scope, CaseFilter filter, CaseCursor after, int limit);
}

package org.haven.training.domain;

import java.util.Collection;
import java.util.List;

/** The school staff of the district, read from the directory (a read model: training never changes it). */
public interface StaffRoster {

    /** Enabled staff of these schools (every school when null), one entry per account and school. */
    List<StaffMember> staff(Collection<Long> schoolIds);

    /** The staff entries of one account (one per school where it holds staff roles). */
    List<StaffMember> of(long accountId);
}

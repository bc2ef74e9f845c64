package org.haven.platform.config;

import java.time.ZoneId;

/**
 * The district's time zone, in which every date and time Haven shows or reads is given (deadlines, pages,
 * certificates, dossiers). The directory, which keeps the district's schedule, answers it; features above the
 * platform ask through this interface so that none of them needs the directory for a clock (issue 16).
 */
public interface DistrictZone {

    ZoneId zone();
}

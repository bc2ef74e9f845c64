package org.haven.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.config.DistrictZone;

import java.time.ZoneId;

/**
 * The district's time zone, the one its administrator sets on the calendar page and deadlines are computed in:
 * every date and time Haven shows or reads (pages, certificates, dossiers, survey days) is in it (issue 23: "every
 * time in the school's zone"). Until the district is set up, haven.zone. Served from memory with the district's
 * schedule ({@link SchoolAdministration#districtSchedule()}).
 */
@ApplicationScoped
public class ScheduledDistrictZone implements DistrictZone {

    @Inject
    @ConfigProperty(name = "haven.zone", defaultValue = "Europe/Paris")
    String configured;

    @Inject
    SchoolAdministration schools;

    @Override
    public ZoneId zone() {
        SchoolAdministration.DistrictSchedule district = schools.districtSchedule();
        return district.districtId() == 0 ? ZoneId.of(configured) : district.zone();
    }
}

package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.cases.domain.CaseParty;
import org.haven.cases.domain.IncidentRules;
import org.haven.cases.domain.PartyRole;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolAdministration.RosterPupil;
import org.haven.platform.errors.Refusal.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The people an incident or a case names: roster pupils of the school, or names kept as typed, each once a part. */
@ApplicationScoped
public class CaseParties {

    @Inject
    SchoolAdministration schools;

    /** Checks and resolves the people named: roster pupils must be of the school; names are kept as typed. */
    public List<CaseParty> resolve(long schoolId, List<PartyInput> inputs, List<FieldError> errors) {
        List<CaseParty> resolved = new ArrayList<>();
        if (inputs.size() > IncidentRules.PARTIES_MAX) {
            errors.add(new FieldError("parties", "incident.parties.tooMany", IncidentRules.PARTIES_MAX));
            return resolved;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (PartyInput input : inputs) {
            PartyRole part = IncidentRules.part(input.part());
            if (part == null) {
                errors.add(new FieldError("parties", "incident.parties.part"));
                continue;
            }
            if (input.personId() != null) {
                RosterPupil pupil = schools.pupil(schoolId, input.personId()).orElse(null);
                if (pupil == null) {
                    errors.add(new FieldError("parties", "incident.parties.unknownPupil"));
                } else if (seen.add(pupil.personId() + "/" + part)) {
                    resolved.add(new CaseParty(0, pupil.personId(), pupil.fullName(), pupil.className(), part));
                }
            } else {
                String name = input.name() == null ? "" : input.name().strip();
                if (name.isEmpty() || name.length() > IncidentRules.NAME_MAX
                        || name.chars().anyMatch(Character::isISOControl)) {
                    errors.add(new FieldError("parties", "incident.parties.name", IncidentRules.NAME_MAX));
                } else if (seen.add(name.toLowerCase(java.util.Locale.ROOT) + "/" + part)) {
                    resolved.add(new CaseParty(0, null, name, null, part));
                }
            }
        }
        return resolved;
    }
}

package org.haven.cases.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseOpening;
import org.haven.cases.application.FilingChoices;
import org.haven.cases.application.IncidentForm;
import org.haven.cases.application.PartyInput;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.IncidentRules;
import org.haven.cases.domain.PartyRole;
import org.haven.directory.application.SchoolAdministration.RosterPupil;
import org.haven.directory.application.SchoolView;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Filing an incident (/staff/incident.xhtml), for every adult of a school: what, when, where or on which platform,
 * who (picked from the roster, or named), the first risk answers and the evidence secured. Works without
 * JavaScript: the roster search is a plain form.
 */
@Named("incidentBean")
@ViewScoped
public class IncidentBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A person added to the form, with the name shown. */
    public record AddedParty(Long personId, String name, String className, PartyRole part) implements Serializable {
    }

    @Inject
    CaseOpening opening;

    @Inject
    FilingChoices choices;

    @Inject
    CurrentActor actor;

    private Long schoolId;
    private String category;
    private String description;
    private LocalDate occurredOn;
    private String place;
    private List<String> platforms = new ArrayList<>();
    private List<String> risks = new ArrayList<>();
    private boolean adultAuthor;
    private boolean evidenceFiles;
    private boolean evidenceLinks;
    private String rosterSearch;
    private List<RosterPupil> found = List.of();
    private Long pickedPupil;
    private PartyRole pickedPart = PartyRole.TARGET;
    private String otherName;
    private PartyRole otherPart = PartyRole.ALLEGED_AUTHOR;
    private final List<AddedParty> parties = new ArrayList<>();
    private transient List<SchoolView> schools;
    private boolean searched;

    public void load() {
        List<SchoolView> mine = getSchools();
        if (schoolId == null && mine.size() == 1) {
            schoolId = mine.get(0).id();
        }
    }

    public void searchRoster() {
        if (schoolId == null) {
            FacesMessages.error("incident:school", "incident.school.invalid");
            return;
        }
        found = choices.pupils(schoolId, rosterSearch);
        searched = true;
    }

    public void addPupil() {
        found.stream().filter(p -> p.personId() == (pickedPupil == null ? -1 : pickedPupil)).findFirst()
                .ifPresentOrElse(p -> add(new AddedParty(p.personId(), p.fullName(), p.className(), pickedPart)),
                        () -> FacesMessages.error("incident:pickedPupil", "incident.roster.pick"));
    }

    public void addOther() {
        String name = otherName == null ? "" : otherName.strip();
        if (name.isEmpty()) {
            FacesMessages.error("incident:otherName", "incident.parties.name", IncidentRules.NAME_MAX);
            return;
        }
        add(new AddedParty(null, name, null, otherPart));
        otherName = null;
    }

    public void remove(int index) {
        if (index >= 0 && index < parties.size()) {
            parties.remove(index);
        }
    }

    private void add(AddedParty party) {
        if (!parties.contains(party)) {
            parties.add(party);
        }
    }

    public String file() {
        IncidentForm form = new IncidentForm(schoolId, category, description, occurredOn, place,
                new LinkedHashSet<>(platforms),
                parties.stream().map(p -> new PartyInput(p.personId(), p.name(), p.part().name())).toList(),
                Set.copyOf(risks), adultAuthor, evidenceFiles, evidenceLinks);
        try {
            CaseFile c = opening.fileIncident(form);
            FacesMessages.info("incident.filed", c.number());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            boolean works = actor.require().schoolsWhere("referent", "head_of_school").contains(c.schoolId());
            return works ? "/staff/case?faces-redirect=true&id=" + c.id() : "/staff/cases?faces-redirect=true";
        } catch (Refusal e) {
            FacesMessages.show(e, "incident:");
            return null;
        }
    }

    /** A search was made: "no pupil found" is then said beside the search, where the Ajax update shows it. */
    public boolean isSearched() {
        return searched;
    }

    public List<SchoolView> getSchools() {
        if (schools == null) {
            schools = choices.schoolsForFiling();
        }
        return schools;
    }

    public List<String> getCategories() {
        return IncidentRules.CATEGORIES;
    }

    public List<String> getAllPlatforms() {
        return IncidentRules.PLATFORMS;
    }

    public List<String> getAllRisks() {
        return IncidentRules.RISK_TAGS;
    }

    public PartyRole[] getParts() {
        return PartyRole.values();
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public List<String> getPlatforms() {
        return platforms;
    }

    public void setPlatforms(List<String> platforms) {
        this.platforms = platforms == null ? new ArrayList<>() : new ArrayList<>(platforms);
    }

    public List<String> getRisks() {
        return risks;
    }

    public void setRisks(List<String> risks) {
        this.risks = risks == null ? new ArrayList<>() : new ArrayList<>(risks);
    }

    public boolean isAdultAuthor() {
        return adultAuthor;
    }

    public void setAdultAuthor(boolean adultAuthor) {
        this.adultAuthor = adultAuthor;
    }

    public boolean isEvidenceFiles() {
        return evidenceFiles;
    }

    public void setEvidenceFiles(boolean evidenceFiles) {
        this.evidenceFiles = evidenceFiles;
    }

    public boolean isEvidenceLinks() {
        return evidenceLinks;
    }

    public void setEvidenceLinks(boolean evidenceLinks) {
        this.evidenceLinks = evidenceLinks;
    }

    public String getRosterSearch() {
        return rosterSearch;
    }

    public void setRosterSearch(String rosterSearch) {
        this.rosterSearch = rosterSearch;
    }

    public List<RosterPupil> getFound() {
        return found;
    }

    public Long getPickedPupil() {
        return pickedPupil;
    }

    public void setPickedPupil(Long pickedPupil) {
        this.pickedPupil = pickedPupil;
    }

    public PartyRole getPickedPart() {
        return pickedPart;
    }

    public void setPickedPart(PartyRole pickedPart) {
        this.pickedPart = pickedPart;
    }

    public String getOtherName() {
        return otherName;
    }

    public void setOtherName(String otherName) {
        this.otherName = otherName;
    }

    public PartyRole getOtherPart() {
        return otherPart;
    }

    public void setOtherPart(PartyRole otherPart) {
        this.otherPart = otherPart;
    }

    public List<AddedParty> getParties() {
        return parties;
    }
}

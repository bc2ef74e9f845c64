package org.haven.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.persistence.DatabaseOutage;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.SignedIn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** The navigation of the signed-in account: one home per role, and the pages that exist for it. */
@Named("nav")
@RequestScoped
public class NavigationBean {

    /** A link of the navigation: a message key, a path and how many unread notifications it leads to. */
    public record Link(String labelKey, String path, long count, long urgent) {

        public Link(String labelKey, String path) {
            this(labelKey, path, 0, 0);
        }

        public Link(String labelKey, String path, long count) {
            this(labelKey, path, count, 0);
        }
    }

    @Inject
    SignedIn actor;

    @Inject
    NavigationBadges badges;

    private List<Link> links;

    public boolean isSignedIn() {
        return actor.principal().isPresent();
    }

    public String getDisplayName() {
        return actor.principal().map(HavenPrincipal::displayName).orElse("");
    }

    public String getPrimaryRole() {
        return actor.principal().map(HavenPrincipal::primaryRole).orElse("");
    }

    /** Where {@code /home.xhtml} leads: the home of the account's most powerful role. */
    public String homeOutcome() {
        return homePath(getPrimaryRole()) + "?faces-redirect=true";
    }

    public List<Link> getLinks() {
        if (links != null) {
            return links;
        }
        links = new ArrayList<>();
        actor.principal().ifPresent(p -> {
            links.add(new Link("nav.home", homePath(p.primaryRole())));
            if (p.hasRole("referent") || p.hasRole("head_of_school")) {
                links.add(new Link("nav.reports", "/staff/reports.xhtml",
                        unread(() -> badges.unread(p.accountId(), "report"))));
                links.add(new Link("nav.handovers", "/staff/handovers.xhtml"));
            }
            if (p.hasRole("referent") || p.hasRole("head_of_school")) {
                links.add(new Link("nav.surveys", "/staff/surveys.xhtml"));
                links.add(new Link("nav.pupils", "/staff/pupils.xhtml"));
            }
            if (p.hasRole("referent") || p.hasRole("head_of_school") || p.hasRole("teacher") || p.hasRole("staff")) {
                links.add(new Link("nav.cases", "/staff/cases.xhtml"));
                links.add(new Link("nav.incident", "/staff/incident.xhtml"));
                links.add(new Link("nav.training", "/staff/training/index.xhtml"));
            }
            if ((p.hasRole("referent") || p.hasRole("head_of_school")) && !p.hasRole("district_lead")) {
                links.add(new Link("nav.insight", "/staff/insight.xhtml"));
            }
            if (p.hasRole("district_lead")) {
                links.add(new Link("nav.cases", "/district/cases.xhtml"));
                links.add(new Link("nav.trainingCompliance", "/district/training.xhtml"));
                links.add(new Link("nav.related", "/district/related.xhtml"));
                links.add(new Link("nav.insight", "/district/insight.xhtml"));
            }
            if (p.hasRole("district_admin")) {
                links.add(new Link("nav.schools", "/admin/schools.xhtml"));
                links.add(new Link("nav.accounts", "/admin/accounts.xhtml"));
                links.add(new Link("nav.import", "/admin/import.xhtml"));
                links.add(new Link("nav.resources", "/admin/resources.xhtml"));
                links.add(new Link("nav.bodies", "/admin/bodies.xhtml"));
                links.add(new Link("nav.protocols", "/admin/protocols.xhtml"));
                links.add(new Link("nav.calendar", "/admin/calendar.xhtml"));
                links.add(new Link("nav.trainingAdmin", "/admin/training.xhtml"));
                links.add(new Link("nav.deliveries", "/admin/deliveries.xhtml"));
                links.add(new Link("nav.privacy", "/admin/privacy.xhtml"));
                links.add(new Link("nav.audit", "/admin/audit.xhtml"));
            }
            // Urgent unread ones are named in the badge (icon and words, not colour alone: issue 23).
            links.add(new Link("nav.notifications", "/account/notifications.xhtml",
                    unread(() -> badges.unread(p.accountId())),
                    unread(() -> badges.unreadUrgent(p.accountId()))));
            if (!p.hasRole("student") && !p.hasRole("parent")) {
                links.add(new Link("nav.secondFactor", "/account/second-factor.xhtml"));
            }
        });
        return links;
    }

    /**
     * An unread count, or none while the database is unreachable: the header must still render, so that the
     * maintenance page (issue 13) shows in the normal layout instead of failing in its turn.
     */
    private static long unread(LongSupplier count) {
        try {
            return count.getAsLong();
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                return 0;
            }
            throw e;
        }
    }

    static String homePath(String role) {
        return switch (role == null ? "" : role) {
            case "district_admin" -> "/admin/index.xhtml";
            case "district_lead" -> "/district/index.xhtml";
            case "head_of_school", "referent", "teacher", "staff" -> "/staff/index.xhtml";
            case "parent" -> "/parent/index.xhtml";
            case "student" -> "/student/index.xhtml";
            default -> "/login.xhtml";
        };
    }
}

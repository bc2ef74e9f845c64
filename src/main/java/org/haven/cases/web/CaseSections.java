package org.haven.cases.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.List;

/**
 * The sections of the case page and the one asked for ({@code ?section=}). Read from the request rather than from
 * the view-scoped {@link CaseBean}, because the page chooses its section while Faces builds the component tree
 * (before view parameters are applied on a postback); the forms post to an address that keeps {@code section}
 * (ViewParamsInFormAction), so an action returns to the section it was made in. An unknown name is the default
 * section: the protocol's steps, what a referent acts on first.
 */
@Named("caseSections")
@RequestScoped
public class CaseSections {

    /** Every section, in the order of the tabs. */
    static final List<String> ALL = List.of("steps", "file", "safety", "evidence", "family", "links", "history");

    /** What a reader who does not work the case (the district lead) may open: no forms of the school's work. */
    static final List<String> READ_ONLY = List.of("steps", "file", "safety", "history");

    private String current;

    public String getCurrent() {
        if (current == null) {
            current = of(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                    .get("section"));
        }
        return current;
    }

    /** The tabs shown to a reader who works the case, or only reads it. */
    public List<String> shown(boolean works) {
        return works ? ALL : READ_ONLY;
    }

    static String of(String asked) {
        return asked != null && ALL.contains(asked) ? asked : ALL.get(0);
    }
}

package org.haven.linking.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.linking.application.CrossSchoolMatches;

import java.util.List;

/** The district lead's page of related reports across schools (/district/related.xhtml, issue 20). */
@Named("crossSchool")
@RequestScoped
public class CrossSchoolBean {

    @Inject
    CrossSchoolMatches matches;

    private List<CrossSchoolMatches.Match> rows;

    public List<CrossSchoolMatches.Match> getRows() {
        if (rows == null) {
            rows = matches.recent();
        }
        return rows;
    }
}

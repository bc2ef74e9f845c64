package org.haven.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.directory.application.AccountAdministration;
import org.haven.directory.application.MyDirectory;
import org.haven.directory.application.MyDirectory.PupilView;
import org.haven.directory.application.MyDirectory.SchoolFigures;
import org.haven.directory.application.SchoolRegister;
import org.haven.directory.application.SchoolView;

import java.util.List;

/** What the home page of each role shows from the directory; each value is read once per request. */
@Named("home")
@RequestScoped
public class HomeBean {

    @Inject
    MyDirectory my;

    @Inject
    SchoolRegister schools;

    @Inject
    AccountAdministration accounts;

    private List<SchoolView> mySchools;
    private List<PupilView> children;
    private PupilView pupil;
    private boolean pupilLoaded;
    private List<SchoolFigures> figures;

    public List<SchoolView> getMySchools() {
        if (mySchools == null) {
            mySchools = my.mySchools();
        }
        return mySchools;
    }

    public List<PupilView> getChildren() {
        if (children == null) {
            children = my.myChildren();
        }
        return children;
    }

    public PupilView getPupil() {
        if (!pupilLoaded) {
            pupil = my.myPupilRecord().orElse(null);
            pupilLoaded = true;
        }
        return pupil;
    }

    public List<SchoolFigures> getFigures() {
        if (figures == null) {
            figures = my.schoolFigures();
        }
        return figures;
    }

    public long getSchoolCount() {
        return schools.count(null);
    }

    public long getAccountCount() {
        return accounts.count(null);
    }
}

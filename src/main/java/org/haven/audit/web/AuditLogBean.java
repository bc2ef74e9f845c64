package org.haven.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.AuditReading;
import org.haven.audit.domain.AuditQuery;
import org.haven.audit.domain.ChainVerification;
import org.haven.platform.config.DistrictZone;
import org.haven.platform.errors.Refusal;
import org.haven.platform.i18n.Messages;
import org.haven.platform.web.FacesMessages;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The audit log page (/admin/audit.xhtml): filters by period (days of the district's time zone), actor, kind and
 * record; pages of 50, newest first; each kind, role and record type in words; each entry sealed or waiting; and
 * a button that walks the whole chain and says whether it is intact.
 */
@Named("auditLog")
@ViewScoped
public class AuditLogBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;
    private static final String KIND = "audit.action.";
    private static final String RECORD = "audit.record.";

    @Inject
    AuditReading reading;

    @Inject
    AuditLog audit;

    @Inject
    DistrictZone districtZone;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String recordType;
    private String recordId;
    private final List<AuditReading.Row> rows = new ArrayList<>();
    private String next;
    private ChainVerification verification;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        rows.clear();
        next = null;
        read(null);
    }

    public void more() {
        if (next != null) {
            read(next);
        }
    }

    public void verify() {
        verification = audit.verifyAsAdmin();
    }

    private void read(String after) {
        ZoneId zone = zone();
        AuditQuery query = new AuditQuery(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), blank(actor), blank(action),
                blank(recordType), blank(recordId));
        try {
            AuditReading.Page page = reading.page(query, after, PAGE);
            rows.addAll(page.rows());
            next = page.next();
        } catch (Refusal e) {
            FacesMessages.show(e, "filters:");
        }
    }

    /** The kind of an entry in words; a kind without words yet is named as such, its code shown apart. */
    public String kind(String code) {
        return known(KIND + code) ? text(KIND + code) : text("audit.action.other");
    }

    public boolean kindKnown(String code) {
        return known(KIND + code);
    }

    public String record(String type) {
        return type == null ? "" : known(RECORD + type) ? text(RECORD + type) : text("audit.record.other");
    }

    public String role(String role) {
        return role == null || role.isBlank() ? text("audit.role.none")
                : known("role." + role) ? text("role." + role) : text("audit.role.none");
    }

    /** The date and time in the district's time zone, in the page's language. */
    public String at(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM).withLocale(locale())
                .format(at.atZone(zone()));
    }

    /** Every kind with words, by its words, for the filter. */
    public List<String> getKinds() {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale());
        return bundle.keySet().stream().filter(k -> k.startsWith(KIND) && !k.equals("audit.action.other"))
                .map(k -> k.substring(KIND.length()))
                .sorted(java.util.Comparator.comparing(k -> bundle.getString(KIND + k))).toList();
    }

    public List<String> getRecordTypes() {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale());
        return bundle.keySet().stream().filter(k -> k.startsWith(RECORD) && !k.equals("audit.record.other"))
                .map(k -> k.substring(RECORD.length()))
                .sorted(java.util.Comparator.comparing(k -> bundle.getString(RECORD + k))).toList();
    }

    public String getZoneName() {
        return zone().getId();
    }

    private ZoneId zone() {
        return districtZone.zone();
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? Messages.DEFAULT : faces.getViewRoot().getLocale();
    }

    private static boolean known(String key) {
        return Messages.has(key);
    }

    private static String text(String key) {
        return Messages.text(locale(), key);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<AuditReading.Row> getRows() {
        return rows;
    }

    public boolean isMore() {
        return next != null;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }
}

package org.haven.reporting.web;

import java.io.Serial;
import java.io.Serializable;

/** One row of the wizard's links: the address, when it was seen (datetime-local) and a note. */
public class LinkRow implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String url;
    private String seenAt;
    private String note;

    boolean isBlank() {
        return blank(url) && blank(seenAt) && blank(note);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSeenAt() {
        return seenAt;
    }

    public void setSeenAt(String seenAt) {
        this.seenAt = seenAt;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

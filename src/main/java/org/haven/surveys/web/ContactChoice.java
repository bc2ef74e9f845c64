package org.haven.surveys.web;

import java.io.Serializable;

/** The end of the /survey form: whether the pupil asks to be contacted, with what message, sharing the answers. */
public class ContactChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean wantsContact;
    private boolean shareAnswers;
    private String message;

    /** The message as the service takes it: kept when contact is asked, otherwise only when something was typed. */
    String messageToSend() {
        return wantsContact ? message : (message == null || message.isBlank() ? null : message);
    }

    void forgetMessage() {
        message = null;
    }

    public boolean isWantsContact() {
        return wantsContact;
    }

    public void setWantsContact(boolean wantsContact) {
        this.wantsContact = wantsContact;
    }

    public boolean isShareAnswers() {
        return shareAnswers;
    }

    public void setShareAnswers(boolean shareAnswers) {
        this.shareAnswers = shareAnswers;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}

package org.haven.notify.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.audit.application.CurrentActor;
import org.haven.notify.application.NotificationCentre;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.web.FacesMessages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The notification centre of every account (/account/notifications.xhtml): latest notifications, preferences. */
@Named("notificationsBean")
@ViewScoped
public class NotificationsBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    NotificationCentre centre;

    @Inject
    CurrentActor actor;

    private transient List<NotificationCentre.Item> items;
    private transient NotificationCentre.Preferences preferences;
    private String channel;

    public List<NotificationCentre.Item> getItems() {
        if (items == null) {
            items = centre.mine();
        }
        return items;
    }

    public NotificationCentre.Preferences getPreferences() {
        if (preferences == null) {
            preferences = centre.preferences();
        }
        return preferences;
    }

    /** Where a notification leads, for this account's roles; null when there is no page for it. */
    public String link(NotificationCentre.Item item) {
        HavenPrincipal me = actor.require();
        return NotificationLinks.path(item.recordType(), item.recordId(), me::hasRole);
    }

    public void markRead(long id) {
        try {
            centre.markRead(id);
        } catch (Refusal e) {
            FacesMessages.error(null, "notify.notFound");
        }
        items = null;
    }

    public void markAllRead() {
        FacesMessages.info("notify.allRead", centre.markAllRead());
        items = null;
    }

    public void savePreferences() {
        centre.chooseEmail("EMAIL".equals(getChannel()));
        FacesMessages.info("notify.preferences.saved");
        preferences = null;
    }

    public String getChannel() {
        if (channel == null) {
            channel = getPreferences().email() ? "EMAIL" : "IN_APP";
        }
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }
}

package org.haven.notify.domain;

/**
 * Which channels a notification takes. Every notification is shown in the app. Urgent ones are also e-mailed,
 * whatever the account chose; the others only when the account kept e-mail on (the default). Without an address
 * nothing is e-mailed.
 */
public final class Channels {

    private Channels() {
    }

    public static boolean email(boolean urgent, boolean prefersEmail, String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        return urgent || prefersEmail;
    }
}

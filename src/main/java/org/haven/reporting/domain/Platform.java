package org.haven.reporting.domain;

/** Where online it happens. */
public enum Platform {
    INSTAGRAM, TIKTOK, SNAPCHAT, WHATSAPP, DISCORD, YOUTUBE, X, FACEBOOK, GAMING, SMS, OTHER
}

package org.haven.evidence.domain;

/**
 * Where online content lives, for links and takedown requests. The same codes as the reporting wizard's
 * platforms (texts {@code report.platform.*}), so that a report's platforms and its evidence speak alike.
 */
public enum OnlinePlatform {
    INSTAGRAM, TIKTOK, SNAPCHAT, WHATSAPP, DISCORD, YOUTUBE, X, FACEBOOK, GAMING, SMS, OTHER
}

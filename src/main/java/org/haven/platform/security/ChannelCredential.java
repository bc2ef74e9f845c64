package org.haven.platform.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A username and password, with the channel it came through (web or api), for the audit log. */
public class ChannelCredential extends UsernamePasswordCredential {

    private final String channel;

    public ChannelCredential(String username, String password, String channel) {
        super(username, password);
        this.channel = channel;
    }

    public String channel() {
        return channel;
    }
}

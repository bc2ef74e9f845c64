package org.haven.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the {@link SharedServer} when the test run ends, if one was started (registered in META-INF/services). */
public class SharedServerSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SharedServer.stop();
    }
}

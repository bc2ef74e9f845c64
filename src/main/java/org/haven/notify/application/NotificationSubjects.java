package org.haven.notify.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.haven.notify.domain.Notification;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The records a centre's notifications are about, named by the features that own them ({@link RecordSubjects}). */
@ApplicationScoped
public class NotificationSubjects {

    @Inject
    Instance<RecordSubjects> owners;

    /**
     * The number and school of the records these notifications are about, asked of the owning feature once per
     * record type. Stored notifications keep working: their record type and id are all it needs; a record since
     * deleted or anonymised simply has no subject.
     */
    Map<String, Map<String, RecordSubjects.Subject>> of(List<Notification> latest) {
        Map<String, Set<Long>> ids = new HashMap<>();
        for (Notification n : latest) {
            if (n.recordType() != null && n.recordId() != null && n.recordId().matches("[0-9]{1,18}")) {
                ids.computeIfAbsent(n.recordType(), t -> new HashSet<>()).add(Long.valueOf(n.recordId()));
            }
        }
        Map<String, Map<String, RecordSubjects.Subject>> found = new HashMap<>();
        for (RecordSubjects names : owners) {
            for (String type : names.types()) {
                if (ids.containsKey(type)) {
                    found.put(type, names.describe(type, ids.get(type)));
                }
            }
        }
        return found;
    }
}

package org.haven.training.infrastructure;

import org.haven.training.domain.Localized;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.Map;
import java.util.Optional;

/** The fields every part of a module file shares: ids and texts in French and English. */
final class ModuleFields {

    private ModuleFields() {
    }

    /** The bilingual text under a key, or null when it is missing or wrong (the problem is then recorded). */
    static Localized localized(YamlNodes y, Map<String, Node> m, String key) {
        return m.containsKey(key) ? y.localized(m.get(key), key).orElse(null) : null;
    }

    static Optional<String> id(YamlNodes y, Node node, String what) {
        return y.text(node, what).filter(v -> {
            boolean ok = ModuleParser.ID.matcher(v).matches();
            if (!ok) {
                y.problem(node, what + " '" + v + "' must be lower-case letters, digits and dashes (at most 64)");
            }
            return ok;
        });
    }
}

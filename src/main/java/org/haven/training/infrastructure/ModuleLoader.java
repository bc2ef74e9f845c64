package org.haven.training.infrastructure;

import org.haven.training.domain.ModuleProblem;
import org.haven.training.domain.TrainingModule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads every module that index.txt lists (one module file a line; blank lines and lines starting with # are
 * skipped). A module with problems is refused and the others load; a second module with an id already loaded is
 * refused too.
 */
public final class ModuleLoader {

    /**
     * The modules that loaded, in index order, the folder of each (relative to the training folder, with its
     * trailing slash) and the problems of those refused.
     */
    public record Loaded(List<TrainingModule> modules, Map<String, String> folders, List<ModuleProblem> problems) {
    }

    private ModuleLoader() {
    }

    public static Loaded load(ModuleFiles files) {
        List<TrainingModule> modules = new ArrayList<>();
        List<ModuleProblem> problems = new ArrayList<>();
        Optional<String> index = files.text(ModuleFiles.INDEX);
        if (index.isEmpty()) {
            problems.add(new ModuleProblem(ModuleFiles.INDEX, 1, "the index of training modules is missing"));
            return new Loaded(modules, Map.of(), problems);
        }
        Map<String, String> fileOfId = new HashMap<>();
        String[] lines = index.get().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String entry = lines[i].strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (!SafePaths.isSafe(entry) || !(entry.endsWith(".yaml") || entry.endsWith(".yml"))) {
                problems.add(new ModuleProblem(ModuleFiles.INDEX, i + 1, "'" + entry
                        + "' must name a .yaml file under the training folder"));
                continue;
            }
            ModuleParser.Result r = ModuleParser.parse(entry, files);
            problems.addAll(r.problems());
            r.module().ifPresent(m -> {
                String first = fileOfId.putIfAbsent(m.id(), entry);
                if (first != null) {
                    problems.add(new ModuleProblem(entry, r.idLine(), "module id '" + m.id() + "' is already used by "
                            + first + "; this module is refused"));
                } else {
                    modules.add(m);
                }
            });
        }
        Map<String, String> folders = new HashMap<>();
        fileOfId.forEach((id, file) -> folders.put(id, SafePaths.folderOf(file)));
        return new Loaded(List.copyOf(modules), Map.copyOf(folders), List.copyOf(problems));
    }
}

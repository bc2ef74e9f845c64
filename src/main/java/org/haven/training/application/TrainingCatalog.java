package org.haven.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.haven.training.domain.ModuleProblem;
import org.haven.training.domain.TrainingModule;
import org.haven.training.infrastructure.ModuleFiles;
import org.haven.training.infrastructure.ModuleLoader;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The training modules packaged with the application (protocols/training/ on the class path), loaded and checked
 * once at start-up: a module with problems is refused and logged with file:line, the others are offered.
 */
@ApplicationScoped
public class TrainingCatalog {

    private static final Logger LOG = Logger.getLogger(TrainingCatalog.class.getName());

    private final ModuleFiles files = ModuleFiles.classpath(TrainingCatalog.class.getClassLoader());
    private volatile ModuleLoader.Loaded loaded;

    /** Loads (again) every module; returns the problems of those refused. */
    public synchronized List<ModuleProblem> load() {
        ModuleLoader.Loaded l = ModuleLoader.load(files);
        l.problems().forEach(p -> LOG.severe(() -> "Training module refused: " + p));
        LOG.info(() -> "Training modules loaded: " + l.modules().size() + ", problems: " + l.problems().size());
        loaded = l;
        return l.problems();
    }

    public List<TrainingModule> modules() {
        return loaded().modules();
    }

    public Optional<TrainingModule> module(String id) {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** An image a loaded module's lessons show (path relative to the module folder), else empty. */
    public Optional<byte[]> image(String moduleId, String path) {
        return module(moduleId).filter(m -> m.images().contains(path)).flatMap(m -> files.bytes(loaded().folders().get(m.id())
                + path));
    }

    public List<ModuleProblem> problems() {
        return loaded().problems();
    }

    /** The module's title in this language, or its id when no such module is loaded (any more). */
    public String title(String moduleId, Locale locale) {
        return module(moduleId).map(m -> m.title().in(locale)).orElse(moduleId);
    }

    private ModuleLoader.Loaded loaded() {
        ModuleLoader.Loaded l = loaded;
        if (l == null) {
            load();
            l = loaded;
        }
        return l;
    }
}

package org.haven.training.infrastructure;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.haven.training.domain.ModuleProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders a lesson's Markdown (CommonMark with GitHub tables) to safe HTML: raw HTML is escaped (shown as text, never passed through), link and
 * image addresses are sanitised, headings move down two levels (the page's h1 is the module, its h2 the lesson),
 * and images must be files of the module folder, named from that folder ({@code images/x.svg}), with a text
 * alternative. Their
 * addresses become {@code media/<module>/<path>}, which the lesson page serves.
 */
final class LessonMarkdown {

    static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "svg", "webp", "gif");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "noopener noreferrer");
                }
                if (node instanceof Image) {
                    attributes.put("loading", "lazy");
                }
            })
            .build();

    /** The HTML, and the module-relative paths of the images it shows. */
    record Rendered(String html, List<String> images) {
    }

    private LessonMarkdown() {
    }

    /**
     * @param file     the Markdown file's path relative to the training folder (for messages and image paths)
     * @param moduleId the module, for image addresses
     * @param folder   the module's folder relative to the training folder, with its trailing slash
     */
    static Rendered render(String file, String markdown, String moduleId, String folder, ModuleFiles files,
                           List<ModuleProblem> problems) {
        Node document = PARSER.parse(markdown);
        List<String> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 2));
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                int line = line(image);
                String target = image.getDestination();
                String relative = target;
                String extension = target.substring(target.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                if (!SafePaths.isSafe(target) || target.contains("//")) {
                    problems.add(new ModuleProblem(file, line, "image '" + target
                            + "' must be a file of the module folder, named from that folder"));
                } else if (!IMAGE_TYPES.contains(extension)) {
                    problems.add(new ModuleProblem(file, line, "image '" + target + "' must be one of "
                            + String.join(", ", IMAGE_TYPES.stream().sorted().toList())));
                } else if (files.bytes(folder + relative).isEmpty()) {
                    problems.add(new ModuleProblem(file, line, "image '" + target + "' does not exist"));
                } else if (altText(image).isBlank()) {
                    problems.add(new ModuleProblem(file, line, "image '" + target
                            + "' needs a text alternative: ![what it shows](" + target + ")"));
                } else {
                    images.add(relative);
                    image.setDestination("media/" + moduleId + "/" + relative);
                }
                visitChildren(image);
            }
        });
        return new Rendered(RENDERER.render(document), images);
    }

    private static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.getFirst().getLineIndex() + 1;
    }

    private static String altText(Image image) {
        StringBuilder b = new StringBuilder();
        for (Node n = image.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                b.append(t.getLiteral());
            }
        }
        return b.toString();
    }
}

package org.haven.platform.pdf;

import org.apache.pdfbox.pdmodel.font.PDType1Font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text for the PDFs Haven writes with PDFBox's standard fonts (evidence dossier, referral forms, certificates):
 * what the WinAnsi encoding of those fonts can draw, and lines wrapped to a width (a word longer than the line is
 * cut).
 */
public final class PdfText {

    /** Windows-1252's characters beyond Latin-1. */
    private static final String WIN_ANSI_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    private PdfText() {
    }

    /** Keeps what WinAnsi can draw and line breaks; tabs and non-breaking spaces become spaces, the rest '?'. */
    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach(cp -> {
            if (cp == '\n' || canEncode(cp)) {
                b.appendCodePoint(cp);
            } else if (cp == '\u202F' || cp == '\u00A0') {
                b.append(' ');
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    static boolean canEncode(int cp) {
        return cp >= 0x20 && cp <= 0x7E || cp >= 0xA0 && cp <= 0xFF || WIN_ANSI_EXTRAS.indexOf(cp) >= 0;
    }

    /** The text (one paragraph, no line breaks) in lines no wider than the width at this font and size. */
    public static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, font, size) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        lines.add(current.toString());
        return lines;
    }

    public static float width(String s, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }
}

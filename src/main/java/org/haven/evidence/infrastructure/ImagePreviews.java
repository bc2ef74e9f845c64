package org.haven.evidence.infrastructure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Previews of pictures without their metadata: the pixels are decoded and drawn into a new image, which is
 * written as a PNG. Nothing of the original file but its pixels survives: no EXIF, no GPS location, no camera
 * or author, no comments. Only PNG, JPEG, GIF (first frame) and WebP when the JVM has a reader for it; a
 * picture over {@value #MAX_PIXELS} pixels is read subsampled (a decompression bomb costs no memory).
 */
public final class ImagePreviews {

    public static final long MAX_PIXELS = 40_000_000L;
    private static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private ImagePreviews() {
    }

    public static boolean previewable(String contentType) {
        if (!TYPES.contains(contentType)) {
            return false;
        }
        return ImageIO.getImageReadersByMIMEType(contentType).hasNext();
    }

    /** The preview, or empty when the bytes are not a picture that a reader of this JVM can decode. */
    public static Optional<byte[]> render(InputStream in, int maxSide) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            if (stream == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.max(width, height) / (double) (maxSide * 2)));
                while ((long) (width / step) * (height / step) > MAX_PIXELS) {
                    step++;
                }
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage source = reader.read(0, param);
                return Optional.of(png(redraw(source, maxSide)));
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    /** Only the pixels, scaled to fit, on a white background (transparency flattened). */
    static BufferedImage redraw(BufferedImage source, int maxSide) {
        double scale = Math.min(1.0, maxSide / (double) Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }
}

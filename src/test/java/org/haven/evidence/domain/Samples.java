package org.haven.evidence.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Small real files for the vault's unit tests. */
public final class Samples {

    /** What {@link #jpegWithExif} hides in its EXIF segment: a GPS position and a camera owner. */
    public static final String EXIF_SECRET = "GPS 48.8566N 2.3522E owner Jeanne Martin";

    private Samples() {
    }

    public static BufferedImage picture(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                image.setRGB(x, y, (x * 7 + y * 13) % 256 << 8 | 0x330000);
            }
        }
        return image;
    }

    public static byte[] png() {
        return write(picture(3, 2), "png");
    }

    public static byte[] jpeg() {
        return write(picture(40, 30), "jpeg");
    }

    /** A JPEG with an APP1 "Exif" segment right after its start marker, as a phone camera writes one. */
    public static byte[] jpegWithExif() {
        byte[] jpeg = jpeg();
        byte[] payload = ("Exif\0\0" + EXIF_SECRET).getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(new IIOImage(image, null, null));
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

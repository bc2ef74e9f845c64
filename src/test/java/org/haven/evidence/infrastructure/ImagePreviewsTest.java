package org.haven.evidence.infrastructure;

import org.haven.evidence.domain.Samples;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImagePreviewsTest {

    @Test
    void aPreviewKeepsThePixelsButNotTheExifLocation() throws Exception {
        byte[] original = Samples.jpegWithExif();
        assertTrue(new String(original, StandardCharsets.ISO_8859_1).contains(Samples.EXIF_SECRET), "sample has it");

        byte[] preview = ImagePreviews.render(new ByteArrayInputStream(original), 600).orElseThrow();

        String text = new String(preview, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("GPS"), "no location");
        assertFalse(text.contains("Exif"), "no EXIF block");
        assertFalse(text.contains("Jeanne"), "no owner");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(preview));
        assertEquals(40, image.getWidth());
        assertEquals(30, image.getHeight());
        assertTrue(text.startsWith("\u0089PNG"), "re-encoded as PNG");
    }

    @Test
    void aLargePictureIsScaledDownToTheRequestedSide() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(Samples.picture(1000, 500), "png", out);

        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(
                ImagePreviews.render(new ByteArrayInputStream(out.toByteArray()), 160).orElseThrow()));

        assertEquals(160, thumb.getWidth());
        assertEquals(80, thumb.getHeight());
    }

    @Test
    void onlyPicturesArePreviewedAndGarbageGivesNothing() throws Exception {
        assertTrue(ImagePreviews.previewable("image/png"));
        assertTrue(ImagePreviews.previewable("image/jpeg"));
        assertTrue(ImagePreviews.previewable("image/gif"));
        assertFalse(ImagePreviews.previewable("image/heic"), "no reader in the JDK: a file icon");
        assertFalse(ImagePreviews.previewable("application/pdf"));
        assertFalse(ImagePreviews.previewable("text/plain"));
        assertTrue(ImagePreviews.render(new ByteArrayInputStream("not a picture".getBytes()), 100).isEmpty());
    }
}

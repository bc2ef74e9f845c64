package org.haven.platform.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/**
 * A QR code as an SVG drawing (ZXing's encoder, a maintained library from Maven Central): one path of unit squares,
 * crisp at any size, made on the server, so that a page needs no script, no image address and no outside service
 * and the strict Content-Security-Policy stays as it is (a second factor's secret never leaves Haven). Used by the
 * survey access sheets (scalable) and the second-factor enrolment (a fixed size).
 */
public final class QrSvg {

    private QrSvg() {
    }

    /** A QR code that fills the width it is given (printed sheets). */
    public static String of(String text, String title) {
        return draw(text, title, "");
    }

    /** A QR code of this many CSS pixels a side (a page that shows it beside other things). */
    public static String of(String text, String title, int pixels) {
        return draw(text, title, " width=\"" + pixels + "\" height=\"" + pixels + "\"");
    }

    private static String draw(String text, String title, String size) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\"" + size + " viewBox=\"0 0 " + m.getWidth() + " "
                    + m.getHeight() + "\" role=\"img\" aria-label=\"" + escape(title) + "\" shape-rendering=\"crispEdges\">"
                    + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
                    + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw a QR code for this text", e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

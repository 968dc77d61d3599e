package org.serviceplan.shared.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A QR code of a link, to print at a desk or show on a projector. Medium error correction survives a crumpled
 * or partly covered print; the quiet zone of four modules is what phone cameras need to find the code.
 */
public final class QrCode {

    private static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    public static QrCode of(String text) {
        try {
            var hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.CHARACTER_SET, "UTF-8");
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code", e);
        }
    }

    /** Scalable vector image: one path of unit squares, crisp at any print size. */
    public String svg() {
        int size = modules.getWidth();
        var path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** Raster image, each module {@code scale} pixels wide. */
    public byte[] png(int scale) {
        int size = modules.getWidth();
        var image = new BufferedImage(size * scale, size * scale, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size * scale; y++) {
            for (int x = 0; x < size * scale; x++) {
                image.setRGB(x, y, modules.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

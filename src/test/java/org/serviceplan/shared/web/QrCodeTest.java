package org.serviceplan.shared.web;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QrCodeTest {

    @Test
    void pngReadsBackAsTheLinkWithCyrillic() throws Exception {
        var link = "https://serviceplan.example/s/AB12CD?лицо=ресепшн";

        var image = ImageIO.read(new ByteArrayInputStream(QrCode.of(link).png(6)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));

        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);
    }

    @Test
    void svgIsWellFormedAndSquare() throws Exception {
        var svg = QrCode.of("https://serviceplan.example/s/AB12CD").svg();

        var root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        var viewBox = root.getAttribute("viewBox").split(" ");
        assertThat(viewBox[2]).isEqualTo(viewBox[3]);
        assertThat(root.getElementsByTagName("path").getLength()).isEqualTo(1);
    }

    @Test
    void rejectsTextTooLongForACode() {
        assertThatIllegalArgumentException().isThrownBy(() -> QrCode.of("x".repeat(5000)));
    }
}

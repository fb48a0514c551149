package dk.jobmatch.agreement;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The agreement document as an A4 PDF, rendered by openhtmltopdf from the very HTML that
 * {@link HtmlRenderer} serves, so the two cannot drift apart. PDF/A-3u for the archive and tagged
 * PDF/UA for screen readers, which Danish public authorities must both meet: so every font is
 * embedded (DejaVu Sans, bundled with its licence, covers æ, ø and å) and the output intent is sRGB.
 */
final class PdfRenderer {

    private static final String FONT = "DejaVu Sans";
    private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");
    /** The JDK's own sRGB profile: PDF/A wants an output intent, and this one ships with every JVM. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfRenderer() {
    }

    static byte[] render(AgreementDocument.Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(SRGB)
                .useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true)
                .withHtmlContent(xmlSafe(HtmlRenderer.render(document)), null)
                .toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The PDF renderer parses the page as XML, and XML 1.0 cannot hold some characters a stored
     * text may (an unpaired surrogate, U+FFFE, U+FFFF, C0 controls): each becomes U+FFFD, as a
     * browser shows it, instead of the whole document failing.
     */
    static String xmlSafe(String html) {
        StringBuilder safe = new StringBuilder(html.length());
        html.codePoints().forEach(c -> safe.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 ? c : 0xFFFD));
        return safe.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dk.jobmatch.agreement;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;

/**
 * The text of a PDF, as a reader would copy it out, for asserting what the agreement PDF says.
 * Line breaks are where the layout wrapped, not part of the text, so every run of whitespace is one space.
 */
final class PdfText {

    private PdfText() {
    }

    static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}

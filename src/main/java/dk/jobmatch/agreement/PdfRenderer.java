package dk.jobmatch.agreement;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** The agreement document as an A4 PDF (OpenPDF; Helvetica covers æ, ø and å). */
final class PdfRenderer {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    private PdfRenderer() {
    }

    static byte[] render(AgreementDocument.Document source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(source.title());
        pdf.open();
        pdf.add(new Paragraph(source.title(), TITLE));
        pdf.add(new Paragraph(source.subtitle(), BODY));
        for (String note : source.notes()) {
            Paragraph paragraph = new Paragraph(note, BOLD);
            paragraph.setSpacingBefore(4);
            pdf.add(paragraph);
        }
        for (AgreementDocument.Section section : source.sections()) {
            Paragraph heading = new Paragraph(section.heading(), HEADING);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(4);
            pdf.add(heading);
            for (String paragraph : section.paragraphs()) {
                if (!paragraph.isBlank()) {
                    pdf.add(new Paragraph(paragraph, BODY));
                }
            }
            if (!section.table().isEmpty()) {
                pdf.add(table(section.table()));
            }
        }
        pdf.close();
        return out.toByteArray();
    }

    private static PdfPTable table(List<List<String>> rows) {
        PdfPTable table = new PdfPTable(rows.getFirst().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        for (int r = 0; r < rows.size(); r++) {
            for (String cell : rows.get(r)) {
                PdfPCell pdfCell = new PdfPCell(new Phrase(cell, r == 0 ? BOLD : BODY));
                pdfCell.setHorizontalAlignment(Element.ALIGN_LEFT);
                pdfCell.setPadding(4);
                table.addCell(pdfCell);
            }
        }
        table.setHeaderRows(1);
        return table;
    }
}

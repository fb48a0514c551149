package dk.jobmatch.agreement;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement document's two renderings from one template, without a server: the HTML escapes
 * what users typed, and the PDF made from that HTML is PDF/A-3u and PDF/UA-1 by veraPDF, the
 * reference validator, with its fonts embedded so æ, ø and å survive.
 */
class AgreementDocumentRenderTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"Æbler\"";
    private static final AgreementDocument.Document DOCUMENT = new AgreementDocument.Document("Arbejdsaftale",
            "Version 2 · Aktiv", List.of("Dette er version 2, den gældende aftale."), List.of(
            new AgreementDocument.Section("Formål", List.of("Forløbstype: virksomhedspraktik.", HOSTILE, ""), List.of()),
            new AgreementDocument.Section("Arbejdsopgaver", List.of("Timer om ugen pr. timetype: løntimer 10."), List.of(
                    List.of("Opgave", "Timer om ugen", "Timetype"),
                    List.of("Plukning af varer på lageret", "10", "Løntimer"),
                    List.of(HOSTILE, "5", "Virksomhedspraktik (ulønnet)"))),
            new AgreementDocument.Section("Skånehensyn", List.of("Borgeren løfter ikke tungt; høje hylder undgås."),
                    List.of()),
            new AgreementDocument.Section("Underskrifter", List.of("Aftalen gælder, når alle tre har godkendt."),
                    List.of(List.of("Part", "Godkendt af", "Dato"), List.of("Borger", "Søren Ødegård", "1. maj 2027")))));

    private static byte[] pdf;

    @BeforeAll
    static void render() {
        pdf = PdfRenderer.render(DOCUMENT);
    }

    @Test
    void htmlEscapesWhatUsersTyped() {
        String html = HtmlRenderer.render(DOCUMENT);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("html").attr("lang")).isEqualTo("da");
        assertThat(page.title()).isEqualTo("Arbejdsaftale");
        assertThat(page.select("section#underskrifter h2").text()).isEqualTo("Underskrifter");
        assertThat(page.select("section:not(#underskrifter)[id]")).isEmpty();
        assertThat(page.select("p").eachText()).contains(HOSTILE).doesNotContain("");
        assertThat(page.select("td").eachText()).contains(HOSTILE, "Søren Ødegård");
    }

    /** Stored text may hold what XML cannot (an unpaired surrogate, U+FFFF): the PDF still renders. */
    @Test
    void textThatXmlCannotHoldStillRendersAsAPdf() {
        AgreementDocument.Document odd = new AgreementDocument.Document("Arbejdsaftale", "Version 1 · Udkast",
                List.of("Formål: lager\ud800 og \udc00\uffff\u0001 oprydning"), List.of());

        assertThat(PdfRenderer.render(odd)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(PdfRenderer.xmlSafe("a\ud800b\uD834\uDD1Ec\uffff\td"))
                .isEqualTo("a\ufffdb\uD834\uDD1Ec\ufffd\td");
    }

    @Test
    void pdfSaysWhatTheHtmlSaysInEmbeddedFonts() throws Exception {
        String text = PdfText.of(pdf);
        assertThat(text).contains("Arbejdsaftale", "Skånehensyn", "Plukning af varer på lageret",
                "løfter ikke tungt; høje hylder", "Søren Ødegård", "Æbler", "<script>alert('x')</script>");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void pdfIsTaggedWithItsLanguageAndTitle() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("da");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Arbejdsaftale");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Arbejdsaftale, Version 2 · Aktiv");
        }
    }

    @Test
    void pdfIsPdfA3u() {
        assertThat(failedRules(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void pdfIsPdfUa1() {
        assertThat(failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    /** So the two above cannot pass by validating nothing: a plain untagged PDF fails both. */
    @Test
    void validatorRejectsAPlainPdf() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(plain);
        }
        assertThat(failedRules(plain.toByteArray(), PDFAFlavour.PDFA_3_U)).isNotEmpty();
        assertThat(failedRules(plain.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    /** The rules veraPDF finds broken, as "clause-test: message", for a failure that says what to fix. */
    private static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            assertThat(result.isCompliant()).isEqualTo(failed.isEmpty());
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF as " + flavour, e);
        }
    }
}

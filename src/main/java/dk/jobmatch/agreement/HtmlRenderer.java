package dk.jobmatch.agreement;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The agreement document as one self-contained HTML page that reads well on a phone, from the jte
 * template src/main/jte/Agreement.jte. jte escapes every value (Html content type), so nothing users
 * typed becomes markup; the template is compiled to Java at build, so nothing is compiled at runtime.
 */
final class HtmlRenderer {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(
            null, ContentType.Html, HtmlRenderer.class.getClassLoader(), HtmlRenderer.class.getPackageName());

    private HtmlRenderer() {
    }

    static String render(AgreementDocument.Document document) {
        StringOutput html = new StringOutput();
        TEMPLATES.render("Agreement.jte", document, html);
        return html.toString();
    }
}

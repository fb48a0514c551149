package dk.jobmatch.agreement;

import java.util.List;

/** The agreement document as one self-contained HTML page that reads well on a phone. */
final class HtmlRenderer {

    private HtmlRenderer() {
    }

    static String render(AgreementDocument.Document document) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="da">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Arbejdsaftale</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:0 auto;max-width:46rem;padding:1rem;line-height:1.45;color:#1b1b1b}
                h1{margin-bottom:.2rem}h2{margin-top:1.6rem;border-bottom:1px solid #ccc}
                table{border-collapse:collapse;width:100%;font-size:.95rem}
                th,td{text-align:left;padding:.35rem;border-bottom:1px solid #e3e3e3;vertical-align:top}
                .sub{color:#555}
                .note{background:#fff4ce;border-left:4px solid #c99a00;padding:.4rem .6rem}
                </style>
                </head>
                <body>
                """);
        html.append("<h1>").append(escape(document.title())).append("</h1>\n");
        html.append("<p class=\"sub\">").append(escape(document.subtitle())).append("</p>\n");
        for (String note : document.notes()) {
            html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        for (AgreementDocument.Section section : document.sections()) {
            String id = section.heading().equals("Underskrifter") ? " id=\"underskrifter\"" : "";
            html.append("<section").append(id).append(">\n<h2>").append(escape(section.heading())).append("</h2>\n");
            for (String paragraph : section.paragraphs()) {
                if (!paragraph.isBlank()) {
                    html.append("<p>").append(escape(paragraph)).append("</p>\n");
                }
            }
            if (!section.table().isEmpty()) {
                table(html, section.table());
            }
            html.append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, List<List<String>> rows) {
        html.append("<table>\n<thead><tr>");
        rows.getFirst().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows.subList(1, rows.size())) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** Every value comes from users; nothing they typed may become markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}

package dk.jobmatch.outcome;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures as CSV (RFC 4180, comma-separated, CRLF line ends, UTF-8): a header
 * {@code figure,group,value,denominator,unit,suppressed} and one row per figure in the JSON's
 * order. An absent group, value or denominator is an empty field; numbers are written with a point
 * and without exponent; no field needs quoting (codes and numbers only).
 */
final class OutcomeCsv {

    static final String HEADER = "figure,group,value,denominator,unit,suppressed";

    private OutcomeCsv() {
    }

    static String write(List<Figure> figures) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Figure f : figures) {
            csv.append(f.name()).append(',')
                    .append(f.group() == null ? "" : f.group()).append(',')
                    .append(f.value() == null ? "" : BigDecimal.valueOf(f.value()).stripTrailingZeros().toPlainString())
                    .append(',')
                    .append(f.denominator() == null ? "" : f.denominator()).append(',')
                    .append(f.unit()).append(',')
                    .append(f.suppressed()).append("\r\n");
        }
        return csv.toString();
    }
}

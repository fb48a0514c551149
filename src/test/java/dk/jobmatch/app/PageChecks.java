package dk.jobmatch.app;

import java.util.List;

/**
 * Accessibility checks run inside the page: every form control has a label, every button and
 * link says what it does, and text contrast meets WCAG AA (4.5:1, or 3:1 for large text).
 */
final class PageChecks {

    private PageChecks() {
    }

    @SuppressWarnings("unchecked")
    static List<String> unlabelledControls(Browser browser) {
        return (List<String>) browser.script("""
                const bad = [];
                for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
                  if (!el.labels?.length && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
                    bad.push(el.outerHTML);
                }
                for (const el of document.querySelectorAll('button, a[href]')) {
                  if (!(el.textContent.trim() || el.getAttribute('aria-label'))) bad.push(el.outerHTML);
                }
                return bad;""");
    }

    @SuppressWarnings("unchecked")
    static List<String> lowContrastTexts(Browser browser) {
        return (List<String>) browser.script("""
                const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
                const lum = ([r, g, b]) => {
                  const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
                };
                const background = (el) => {
                  for (let e = el; e; e = e.parentElement) {
                    const c = rgb(getComputedStyle(e).backgroundColor);
                    if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
                  }
                  return [255, 255, 255];
                };
                const bad = [];
                for (const el of document.querySelectorAll('body *')) {
                  const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
                  if (!own || !el.getClientRects().length) continue;
                  const style = getComputedStyle(el);
                  if (style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden')) continue;
                  const a = lum(rgb(style.color)), b = lum(background(el));
                  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                  const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
                  const large = size >= 24 || (bold && size >= 18.66);
                  if (ratio < (large ? 3 : 4.5)) bad.push(el.textContent.trim().slice(0, 40) + ' ' + ratio.toFixed(2));
                }
                return bad;""");
    }
}

#!/usr/bin/env python3
"""Issue 23's growth curve from the benchmark's written results.

Reads the table MatchBenchmark writes (target/performance.md, or its log: the rows are printed as
"bench row: | size | measure | value |" while measured), draws match p50/p99 in both directions,
HTTP p50, the floor and the PostgreSQL baseline against the number of citizens on log-log axes with
a dashed "3x per 10x" reference from the smallest size, and prints the figures as a Markdown table
with the growth factor per 10x. Only the standard library.

    python3 src/test/benchmark/growth_plot.py target/performance.md docs/performance-growth.svg

Several inputs are merged by size (a later file's row wins), e.g. two runs' logs.
"""
import math
import re
import sys

# (key, the row's measure starts with)
LATENCIES = [
    ("match", "need → citizens match in-process (retrieve"),
    ("reverse", "citizen → needs match in-process"),
    ("http", "need → citizens match over HTTP, one client"),
    ("floor", "floor: bare Lucene query"),
    ("pool", "the service's BM25 query"),
    ("pg", "PostgreSQL full-text + GIN + haversine"),
]
ROW = re.compile(r"^(?:bench row: )?\| ([\d,]+) \| (.+?) \| (.+) \|\s*$")
PCT = re.compile(r"p50 ([\d.]+) ms · p95 ([\d.]+) ms · p99 ([\d.]+) ms")


def read(paths):
    sizes = {}
    for path in paths:
        read_one(path, sizes)
    return dict(sorted(sizes.items()))


def read_one(path, sizes):
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            m = ROW.match(line.strip())
            if not m:
                continue
            size = int(m.group(1).replace(",", ""))
            measure, value = m.group(2), m.group(3)
            figures = sizes.setdefault(size, {})
            for key, prefix in LATENCIES:
                p = PCT.search(value)
                if measure.startswith(prefix) and p:
                    figures[key] = (float(p.group(1)), float(p.group(3)))
            if measure.startswith("bulk import of") and "citizens" in measure.split("over")[0]:
                figures["import"] = value
            elif measure.startswith("bulk import of"):
                figures["import_needs"] = value
            elif measure.startswith("index rebuild") and (measure.endswith("second") or "once" in measure):
                figures["rebuild"] = value
                documents = int(re.search(r"[(](\d+) documents[)]", measure).group(1))
                figures["documents"] = f"{documents:,}"
            elif measure.startswith("index rebuild"):
                figures["rebuild_first"] = value
            elif measure == "index size on disk after the import":
                figures["index_import"] = value
            elif measure == "index size on disk":
                figures["index"] = value
            elif measure.startswith("heap used after load (after"):
                figures["heap_load"] = value.split(" (")[0]
            elif measure.startswith("heap used after load and rebuild"):
                figures["heap"] = value.split(" (")[0]
            elif measure.startswith("heap used after the measured"):
                figures["heap_after"] = value.split(" (")[0]
            elif measure.startswith("agreements present"):
                figures["agreements"] = value.split(" (")[0]


SERIES = [  # key, label, colour
    ("match", "need → citizens in-process", "#1f5fbf"),
    ("reverse", "citizen → needs in-process", "#2a9d4a"),
    ("http", "need → citizens over HTTP, 1 client", "#8e44ad"),
    ("floor", "floor: bare Lucene (filters + BM25)", "#e08a00"),
    ("pg", "PostgreSQL full-text baseline", "#c0392b"),
]


def svg(sizes, out):
    width, height, left, right, top, bottom = 940, 520, 70, 300, 40, 60
    xs = sorted(sizes)
    values = [v for s in xs for k, _, _ in SERIES if k in sizes[s] for v in sizes[s][k]]
    first = xs[0]
    ref = sizes[first].get("match", (1, 1))[0]
    values += [ref * 3 ** math.log10(x / first) for x in xs]
    y_lo = 10 ** math.floor(math.log10(min(values)))
    y_hi = 10 ** math.ceil(math.log10(max(values)))
    x_lo, x_hi = math.log10(xs[0]) - 0.15, math.log10(xs[-1]) + 0.15

    def px(x):
        return left + (math.log10(x) - x_lo) / (x_hi - x_lo) * (width - left - right)

    def py(y):
        return top + (math.log10(y_hi) - math.log10(y)) / (math.log10(y_hi) - math.log10(y_lo)) * (height - top - bottom)

    o = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
         f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
         f'<rect width="{width}" height="{height}" fill="white"/>',
         f'<text x="{left}" y="22" font-size="15" font-weight="bold">Match latency against the number of citizens'
         f' (log-log, one client)</text>']
    decade = y_lo
    while decade <= y_hi * 1.0001:
        for step in (1, 2, 5):
            y = decade * step
            if y > y_hi * 1.0001:
                break
            o.append(f'<line x1="{left}" x2="{width - right}" y1="{py(y):.1f}" y2="{py(y):.1f}" '
                     f'stroke="{"#ccc" if step == 1 else "#eee"}"/>')
            o.append(f'<text x="{left - 6}" y="{py(y) + 4:.1f}" text-anchor="end">{y:g}</text>')
        decade *= 10
    for x in xs:
        o.append(f'<line x1="{px(x):.1f}" x2="{px(x):.1f}" y1="{top}" y2="{height - bottom}" stroke="#ddd"/>')
        o.append(f'<text x="{px(x):.1f}" y="{height - bottom + 18}" text-anchor="middle">{x:,}</text>')
    o.append(f'<rect x="{left}" y="{top}" width="{width - left - right}" height="{height - top - bottom}" '
             f'fill="none" stroke="#333"/>')
    o.append(f'<text x="{width - right + 12}" y="{height - bottom}" font-size="10" fill="#555">'
             f'Figures and machine load: docs/performance.md</text>')
    o.append(f'<text x="{(left + width - right) / 2}" y="{height - 15}" text-anchor="middle">citizens '
             f'(needs = citizens / 2)</text>')
    o.append(f'<text transform="translate(18 {(top + height - bottom) / 2}) rotate(-90)" '
             f'text-anchor="middle">milliseconds</text>')
    points = " ".join(f"{px(x):.1f},{py(ref * 3 ** math.log10(x / first)):.1f}" for x in (xs[0], xs[-1]))
    o.append(f'<polyline points="{points}" fill="none" stroke="#555" stroke-width="1.5" stroke-dasharray="6 4"/>')
    legend = [("3x per 10x (the target's ceiling) from", "#555", "6 4", None),
              (f"   need → citizens p50 at {first:,}", "none", None, None)]
    for key, label, colour in SERIES:
        present = [x for x in xs if key in sizes[x]]
        if not present:
            continue
        for index, dash, width_ in ((0, None, 2.5), (1, "2 3", 1.5)):
            if key in ("floor", "pg", "http") and index == 1:
                continue
            pts = " ".join(f"{px(x):.1f},{py(sizes[x][key][index]):.1f}" for x in present)
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            o.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="{width_}"{dash_attr}/>')
            for x in present:
                o.append(f'<circle cx="{px(x):.1f}" cy="{py(sizes[x][key][index]):.1f}" r="3" fill="{colour}"/>')
        legend.append((label + " p50", colour, None, key))
        if key in ("match", "reverse"):
            legend.append((label + " p99", colour, "2 3", key))
    for i, (label, colour, dash, _) in enumerate(legend):
        y = top + 14 + i * 20
        x = width - right + 12
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        o.append(f'<line x1="{x}" x2="{x + 24}" y1="{y - 4}" y2="{y - 4}" stroke="{colour}" stroke-width="2"{dash_attr}/>')
        o.append(f'<text x="{x + 30}" y="{y}" font-size="11">{label}</text>')
    o.append("</svg>")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


def growth(sizes, key):
    xs = [x for x in sorted(sizes) if key in sizes[x]]
    return "; ".join(f"{b // a}x data: {sizes[b][key][0] / sizes[a][key][0]:.2f}x"
                     for a, b in zip(xs, xs[1:])) or "-"


def table(sizes):
    xs = list(sizes)
    head = "| | " + " | ".join(f"{x:,}" for x in xs) + " |\n|---|" + "---|" * len(xs) + "\n"
    rows = [("import of citizens over HTTP", "import"), ("import of needs over HTTP", "import_needs"),
            ("agreements present", "agreements"), ("documents", "documents"),
            ("index size on disk after the import", "index_import"),
            ("heap after load (full GC)", "heap_load"), ("index rebuild, first", "rebuild_first"),
            ("index rebuild (second, or the only one)", "rebuild"), ("index size on disk after the rebuild", "index"),
            ("heap after load and rebuild (full GC)", "heap"), ("heap after the measured queries (full GC)", "heap_after")]
    out = head
    for label, key in rows:
        out += f"| {label} | " + " | ".join(sizes[x].get(key, "-") for x in xs) + " |\n"
    for key, label in [("match", "need → citizens in-process"), ("reverse", "citizen → needs in-process"),
                       ("http", "need → citizens over HTTP, one client"), ("floor", "floor (bare Lucene)"),
                       ("pool", "the service's pool query (BM25, text optional)"), ("pg", "PostgreSQL baseline")]:
        out += f"| {label} p50 / p99 (ms) | " + " | ".join(
            f"{sizes[x][key][0]:.2f} / {sizes[x][key][1]:.2f}" if key in sizes[x] else "-" for x in xs) + " |\n"
    for label, a, b in [("match p50 / floor p50", "match", "floor"), ("PostgreSQL p50 / match p50", "pg", "match")]:
        out += f"| {label} | " + " | ".join(
            f"{sizes[x][a][0] / sizes[x][b][0]:.1f}x" if a in sizes[x] and b in sizes[x] else "-" for x in xs) + " |\n"
    out += "\nGrowth of p50 per step (target for the match: < 3x per 10x):\n\n"
    for key, label in [("match", "need → citizens in-process"), ("reverse", "citizen → needs in-process"),
                       ("http", "over HTTP, one client"), ("floor", "floor"), ("pool", "pool query"),
                       ("pg", "PostgreSQL")]:
        out += f"- {label}: {growth(sizes, key)}\n"
    return out


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: growth_plot.py RESULTS.md|LOG... OUT.svg")
    figures = read(sys.argv[1:-1])
    if not figures:
        sys.exit("no benchmark rows in " + " ".join(sys.argv[1:-1]))
    svg(figures, sys.argv[-1])
    print(table(figures))

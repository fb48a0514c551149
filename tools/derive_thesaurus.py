#!/usr/bin/env python3
"""Derives src/main/resources/thesaurus/da/synonyms-da.tsv from the Danish thesaurus of Stavekontrolden
(Debian package mythes-da 1:7.5.0-1, /usr/share/mythes/th_da_DK.dat, MyThes format: "word|n", then n
sense lines "|syn1|syn2..."), issue 24; docs/matching-quality.md, "The Danish thesaurus".

Kept, narrowly: single-word headwords and single-word synonyms (the matcher compares analysed words);
plain synonyms only, not hyponyms ("(underbegreb)": a kind of the word, not the word), nor words marked
vulgar or offensive; a headword with at most MAX_SENSES senses (a word of many senses, "lager", is the
noise). Each line: headword TAB number of senses TAB its synonyms over all kept senses, comma-separated.

Usage: tools/derive_thesaurus.py /usr/share/mythes/th_da_DK.dat > src/main/resources/thesaurus/da/synonyms-da.tsv
"""
import re
import sys

MAX_SENSES = 4
DROPPED = ("(underbegreb)", "(vulgær)", "(rå/ondsindet)")
WORD = re.compile(r"^[a-zæøåéü-]+$")


def main(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        if "|" not in line or line.startswith("|"):
            i += 1
            continue
        head, n = line.rsplit("|", 1)
        n = int(n)
        senses = lines[i + 1:i + 1 + n]
        i += 1 + n
        head = head.strip().lower()
        if not WORD.match(head) or n > MAX_SENSES:
            continue
        synonyms = []
        for sense in senses:
            for raw in sense.split("|")[1:]:
                raw = raw.strip()
                if any(mark in raw for mark in DROPPED):
                    continue
                word = re.sub(r"\s*\([^)]*\)", "", raw).strip().lower()
                if WORD.match(word) and word != head and word not in synonyms:
                    synonyms.append(word)
        if synonyms:
            out.setdefault(head, [n, []])
            out[head][0] = max(out[head][0], n)
            out[head][1].extend(s for s in synonyms if s not in out[head][1])
    print("# Derived by tools/derive_thesaurus.py from mythes-da 1:7.5.0-1 (th_da_DK.dat); see README.md here.")
    for head in sorted(out):
        print(f"{head}\t{out[head][0]}\t{','.join(out[head][1])}")


if __name__ == "__main__":
    main(sys.argv[1])

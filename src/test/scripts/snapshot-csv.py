#!/usr/bin/env python3
"""Turns a snapshot folder (src/test/scripts/snapshot.sh: one sorted N-Triples file per article) into the two CSV
files a PolNeAR-style scorer reads, without a store: STATEMENTS.csv with the columns of the `statements` saved
query that the scorer uses (statement, kind, speaker, speakerLabel, text, article, begin, end, then
speakerMethod and confidence) and MENTIONS.csv
(article, entity, b, e).
usage: snapshot-csv.py SNAPSHOT_DIR STATEMENTS.csv MENTIONS.csv"""
import csv, glob, os, re, sys

P = "https://w3id.org/parley/ontology#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
LINE = re.compile(r'^<([^>]*)> <([^>]*)> (<[^>]*>|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?) \.$')
KINDS = {P + "DirectQuote": "direct", P + "ReportedSpeech": "reported"}


def value(o):
    if o.startswith("<"):
        return o[1:-1]
    body = o[1:o.rindex('"')]
    return body.encode("latin-1", "backslashreplace").decode("unicode_escape") if "\\" in body else body


def main():
    snap, st_out, m_out = sys.argv[1:4]
    with open(st_out, "w", newline="", encoding="utf-8") as sf, open(m_out, "w", newline="", encoding="utf-8") as mf:
        sw = csv.writer(sf)
        mw = csv.writer(mf)
        sw.writerow(["statement", "kind", "speaker", "speakerLabel", "text", "article", "begin", "end",
                     "speakerMethod", "confidence"])
        mw.writerow(["article", "entity", "b", "e"])
        for path in sorted(glob.glob(os.path.join(snap, "*.nt"))):
            props = {}
            with open(path, encoding="utf-8") as f:
                for line in f:
                    m = LINE.match(line.strip())
                    if m:
                        props.setdefault(m.group(1), {}).setdefault(m.group(2), []).append(value(m.group(3)))
            article = next((s for s, p in props.items() if P + "Article" in p.get(TYPE, [])), None)
            for s, p in props.items():
                kind = next((KINDS[t] for t in p.get(TYPE, []) if t in KINDS), None)
                if kind and P + "span" in p and P + "speaker" in p:
                    span = props.get(p[P + "span"][0], {})
                    speaker = p[P + "speaker"][0]
                    label = props.get(speaker, {}).get(LABEL, [""])[0]
                    sw.writerow([s, kind, speaker, label, p.get(P + "text", [""])[0], article, span[NIF + "beginIndex"][0], span[NIF + "endIndex"][0],
                                 p.get(P + "speakerMethod", [""])[0], p.get(P + "confidence", [""])[0]])
                if P + "Mention" in p.get(TYPE, []) and P + "refersTo" in p:
                    mw.writerow([article, p[P + "refersTo"][0], p[NIF + "beginIndex"][0], p[NIF + "endIndex"][0]])


if __name__ == "__main__":
    main()

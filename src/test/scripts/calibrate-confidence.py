#!/usr/bin/env python3
"""Measures, on a PolNeAR-style folder, how often a statement is right by its kind and by how its speaker was
found, and prints the [speaker-confidence] section of src/main/resources/dev/parley/extract/confidence.txt and the
precision of the statements above a few confidence levels.

A statement is right when it lies at least half inside the content of an annotated attribution of its article
and its speaker is that attribution's source (or the attribution has no source), by the rules the folder's
README states for its scorer: a mention resolved to the speaker covers one of the source's head words, or the
speaker's label ends in one, or, for a source that names nobody, in a head word of the nearest earlier named
source. Head words: the last word of each comma-separated part of the source, and each word before "of", "for",
"at", "in", "from", "with".

usage: calibrate-confidence.py CORPUS_DIR STATEMENTS.csv MENTIONS.csv
(STATEMENTS.csv and MENTIONS.csv as snapshot-csv.py writes them; src/test/scripts/polnear-score.sh leaves them in
its output folder)."""
import collections, csv, json, os, re, sys

LINKS = ("of", "for", "at", "in", "from", "with")
NOT_HEADS = set(LINKS) | {"the", "a", "an", "also"}
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
LEVELS = (0.5, 0.8, 0.9)
# parley:SpeakerMethod individuals to their words in [speaker-confidence]
METHODS = {"SpeakerNamed": "named", "SpeakerFromPronoun": "pronoun", "SpeakerFromRoleNoun": "role",
           "SpeakerFromDemonym": "demonym", "SpeakerDescribed": "described", "SpeakerCarried": "carried",
           "SpeakerOfQuotationBefore": "continued"}


def java_to_cp(text):
    """Java (UTF-16) offsets of the text to code-point offsets."""
    table, unit = {}, 0
    for i, ch in enumerate(text):
        table[unit] = i
        unit += 2 if ord(ch) > 0xFFFF else 1
    table[unit] = len(text)
    return lambda x: table.get(x, x)


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def head_words(source, begin):
    """(word, span) for each head word of a source's text that starts at offset begin."""
    out, offset = [], 0
    for part in source.split(","):
        found = [(m.group(0).removesuffix("'s"), m.start()) for m in WORD.finditer(part)]
        for k, (w, at) in enumerate(found):
            last = k + 1 == len(found) or found[k + 1][0].lower() in LINKS
            if last and w.lower() not in NOT_HEADS:
                out.append((w.lower(), (begin + offset + at, begin + offset + at + len(w))))
        offset += len(part) + 1
    return out


def names_someone(source):
    return any(t[0].isupper() for t in re.findall(r"\b\w+", source or "")
               if t.lower() not in ("the", "a", "an") and t[0].isalpha())


def label_end(label):
    found = WORD.findall(label or "")
    return found[-1].lower().removesuffix("'s") if found else ""


def speaker_right(st, att, mentions, named_before):
    if not att["source"]:
        return True
    heads = head_words(att["source_text"], att["source"][0][0])
    if any(e == st["speaker"] and overlap((b, x), span) > 0 for e, b, x in mentions for _, span in heads):
        return True
    end = label_end(st["speakerLabel"])
    if end and end in {w for w, _ in heads}:
        return True
    if not names_someone(att["source_text"]):
        earlier = [s for s in named_before if s[0] < att["source"][0][0]]
        if earlier and end in {w for w, _ in head_words(earlier[-1][1], earlier[-1][0])}:
            return True
    return False


KINDS = ("direct", "reported")
SHORT_WORDS = 4     # [thresholds] short-statement-words
MIN_CELL = 30       # fewer statements than this: the figure of the broader cell


def cell(kind, method, one_word, short):
    """The key of a [speaker-confidence] line: "direct named", "reported named one-word short", ..."""
    return " ".join([kind, method] + (["one-word"] if one_word else []) + (["short"] if short else []))


def tally(records):
    """Statements and right ones per cell and per each broader cell."""
    counts = collections.defaultdict(lambda: [0, 0])
    for _, kind, method, one_word, short, _, right in records:
        for key in ((kind, method, one_word, short), (kind, method, one_word), (kind, method), (kind,)):
            counts[key][0] += 1
            counts[key][1] += right
    return counts


def estimate_in(counts, kind, method, one_word, short):
    """(right + 1) / (found + 2) of the narrowest cell with MIN_CELL statements or more."""
    for key in ((kind, method, one_word, short), (kind, method, one_word), (kind, method), (kind,)):
        n, ok = counts[key]
        if n >= MIN_CELL or len(key) == 1:
            return (ok + 1) / (n + 2), n, key
    raise AssertionError


def held_out(records):
    """Precision above each level when the figures come from the other half of the articles (two folds)."""
    names = sorted({rec[0] for rec in records})
    half = set(names[0::2])
    out = []
    for fold in (True, False):
        counts = tally([rec for rec in records if (rec[0] in half) != fold])
        for rec in records:
            if (rec[0] in half) == fold:
                out.append((estimate_in(counts, *rec[1:5])[0], rec[6]))
    return out


def main():
    corpus, statements_csv, mentions_csv = sys.argv[1:4]
    gold = json.load(open(os.path.join(corpus, "gold.json"), encoding="utf-8"))
    by_slug = {re.sub(r"[^a-z0-9]+", "-", n.lower()).strip("-"): n for n in gold}
    rows, ments = collections.defaultdict(list), collections.defaultdict(list)
    for r in csv.DictReader(open(statements_csv, encoding="utf-8")):
        name = by_slug.get(r["article"].rsplit("/", 1)[-1])
        if name:
            rows[name].append(r)
    for r in csv.DictReader(open(mentions_csv, encoding="utf-8")):
        name = by_slug.get(r["article"].rsplit("/", 1)[-1])
        if name:
            ments[name].append(r)
    records = []   # (article, kind, method, one_word, short, confidence carried, right)
    for name, g in gold.items():
        cp = java_to_cp(g["text"])
        atts = g["attributions"]
        for a in atts:
            a["span"] = (a["content"][0][0], a["content"][-1][1])
        named_before = sorted((a["source"][0][0], a["source_text"]) for a in atts
                              if a["source"] and names_someone(a["source_text"]))
        mentions = [(m["entity"], cp(int(m["b"])), cp(int(m["e"]))) for m in ments[name]]
        for r in rows[name]:
            b, e = cp(int(r["begin"])), cp(int(r["end"]))
            inside = [a for a in atts if overlap((b, e), a["span"]) >= 0.5 * (e - b)]
            right = any(speaker_right(r, a, mentions, named_before) for a in inside)
            records.append((name, r["kind"], METHODS[r["speakerMethod"].rsplit("#", 1)[-1]],
                            len(r["speakerLabel"].split()) == 1, len(r["text"].split()) < SHORT_WORDS,
                            float(r["confidence"] or 0), right))
    counts = tally(records)
    scored = [(rec[5], rec[6]) for rec in records]

    def estimate(kind, method, one_word, short):
        return estimate_in(counts, kind, method, one_word, short)

    print("kind | method | one-word speaker | short | statements | share right")
    for key, (n, ok) in sorted(counts.items(), key=lambda kv: str(kv[0])):
        if len(key) == 4:
            print(f"{key[0]} | {key[1]} | {key[2]} | {key[3]} | {n} | {ok / n:.2f}")
    print(f"\n[speaker-confidence]\n# (right + 1) / (found + 2) per kind, method, one-word speaker and short words;"
          f" a cell of fewer than {MIN_CELL} statements takes the figure of the broader one")
    for kind in KINDS:
        for method in METHODS.values():
            for one_word in (False, True):
                for short in (False, True):
                    value, n, key = estimate(kind, method, one_word, short)
                    print(f"{cell(kind, method, one_word, short)}: {value:.2f}")
    print("\nconfidence at least | statements | precision (with the confidences the statements carry)")
    for level in LEVELS:
        above = [right for c, right in scored if c >= level]
        print(f"{level} | {len(above)} | {sum(above) / len(above):.2f}" if above else f"{level} | 0 | -")
    print(f"all | {len(scored)} | {sum(r for _, r in scored) / len(scored):.2f}")
    print("\nconfidence at least | statements | precision (figures from the other half of the articles)")
    checked = held_out(records)
    for level in LEVELS:
        above = [right for c, right in checked if c >= level]
        print(f"{level} | {len(above)} | {sum(above) / len(above):.2f}" if above else f"{level} | 0 | -")


if __name__ == "__main__":
    main()

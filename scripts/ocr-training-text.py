#!/usr/bin/env python3
"""Picks the clean Vietnamese text that scripts/ocr-training-pairs.sh renders and OCRs to learn
the OCR channel (scripts/learn-channel.py): the repo's own fixture plans, then a deterministic
sample of general Vietnamese lines (scripts/lexicon-sources.sh: software help and guides), never
a seed plan. Lines of at least 6 tokens, mostly Vietnamese syllables, each kept once.

usage: ocr-training-text.py OUT.txt MAX_BYTES FIXTURE.txt... -- GENERAL.txt
"""
import re, sys, unicodedata

MARKED = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)

def main():
    out, limit = sys.argv[1], int(sys.argv[2])
    args = sys.argv[3:]
    split = args.index("--")
    fixtures, general = args[:split], args[split + 1:]
    text = []
    for path in fixtures:
        text.append(unicodedata.normalize("NFC", open(path, encoding="utf-8").read()).strip("\n"))
    size = sum(len(t.encode()) for t in text)
    seen = set()
    candidates = []
    for path in general:
        for line in open(path, encoding="utf-8"):
            line = unicodedata.normalize("NFC", line.strip())
            words = re.findall(r"\w+", line)
            if len(words) < 6 or line in seen:
                continue
            marked = sum(1 for w in words if MARKED.search(w))
            if marked < 0.5 * len(words):
                continue
            seen.add(line)
            candidates.append(line)
    # Every k-th line, so the sample spans all the sources.
    need = max(limit - size, 0)
    total = sum(len(c.encode()) + 1 for c in candidates)
    step = max(1, total // max(need, 1))
    picked = candidates[::step]
    for line in picked:
        if size >= limit:
            break
        text.append(line)
        size += len(line.encode()) + 1
    open(out, "w", encoding="utf-8").write("\n".join(text) + "\n")

if __name__ == "__main__":
    main()

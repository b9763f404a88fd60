#!/usr/bin/env python3
"""General Vietnamese text for the lexicon's background model (vnplan lexicon build --general).

usage: general-vi-text.py ROOT OUT.txt

Walks ROOT (the unpacked Debian packages libreoffice-help-vi, maint-guide-vi, manpages-vi)
and writes the Vietnamese lines of its HTML help pages and man pages to OUT.txt, one a line,
each once: lines of at least three words, 30 % of them with Vietnamese marks. Only the
counts made from this text are shipped (corpus/vi-plans.vnlex), never the text.
"""
import sys, os, re, gzip, unicodedata
from html.parser import HTMLParser
root, out = sys.argv[1], sys.argv[2]
VI = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
class P(HTMLParser):
    def __init__(s): super().__init__(); s.parts=[]; s.skip=0
    def handle_starttag(s,t,a):
        if t in ("script","style"): s.skip+=1
        if t in ("p","br","li","h1","h2","h3","h4","h5","td","tr","div","title","pre","dt","dd"): s.parts.append("\n")
    def handle_endtag(s,t):
        if t in ("script","style"): s.skip-=1
        if t in ("p","li","h1","h2","h3","h4","h5","td","div","title","dt","dd"): s.parts.append("\n")
    def handle_data(s,d):
        if not s.skip: s.parts.append(d)
def keep(line):
    words = re.findall(r"\w+", line)
    if len(words) < 3: return False
    marked = sum(1 for w in words if VI.search(w))
    return marked >= 0.3 * len(words)
seen=set(); lines=[]
for dp, dn, fn in os.walk(root):
    for f in sorted(fn):
        p=os.path.join(dp,f)
        if f.endswith(".html"):
            h=P(); h.feed(open(p,encoding="utf-8",errors="replace").read()); text="".join(h.parts)
        elif "/man/" in p and f.endswith(".gz"):
            raw=gzip.open(p).read().decode("utf-8","replace")
            t=[]
            for l in raw.splitlines():
                if l.startswith(".") or l.startswith("'"):
                    l=re.sub(r"^\.(SH|SS|TP|IP|B|I|BR|IR|RB|RI|BI|IB)\s*","",l)
                    if l.startswith("."): continue
                l=re.sub(r"\\f[BIRP]|\\f\(..|\\\(..|\\-|\\&|\\e|\\[ |]"," ",l).replace('"',"")
                t.append(l)
            text="\n".join(t)
        else: continue
        for l in text.splitlines():
            l=unicodedata.normalize("NFC", " ".join(l.split()))
            if keep(l) and l not in seen: seen.add(l); lines.append(l)
open(out,"w",encoding="utf-8").write("\n".join(lines)+"\n")
print(len(lines), sum(len(l.split()) for l in lines))

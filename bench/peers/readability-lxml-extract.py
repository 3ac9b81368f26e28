#!/usr/bin/python3
"""readability-lxml (the Python port of Arc90's readability, Debian's python3-readability) as a side-by-side peer of
NewsQuality's HTML extraction (issue 20): reads the extraction dev set's pages and prints one JSON line per page,
{"id", "text"}, for `dotnet run --project eval/NewsQuality.Eval -c Release -- extraction --peer readability-lxml=FILE`.

Usage: /usr/bin/python3 bench/peers/readability-lxml-extract.py [DEV_SET_DIR] > readability-lxml.jsonl
(default ../shared/corpora/html-extraction-dev; Debian's interpreter, where apt installs the package). The page is given as
bytes so the library detects its encoding; its summary's HTML becomes text with a line break around every block, the
title first, as readability-extract.mjs does for readability.js.
"""
import gzip
import json
import os
import sys

import lxml.html
from readability import Document

BLOCKS = {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2",
          "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"}


def text(element, out):
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "br":
        out.append("\n")
    block = tag in BLOCKS
    if block:
        out.append("\n")
    if element.text and tag not in ("script", "style"):
        out.append(element.text)
    for child in element:
        text(child, out)
    if block:
        out.append("\n")
    if element.tail:
        out.append(element.tail)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/html-extraction-dev"
    with open(os.path.join(root, "pages.jsonl"), encoding="utf-8") as pages:
        for line in pages:
            if not line.strip():
                continue
            page = json.loads(line)
            result = {"id": page["id"], "text": ""}
            try:
                with gzip.open(os.path.join(root, page["file"])) as f:
                    document = Document(f.read(), url=page["url"])
                parts = []
                text(lxml.html.fromstring(document.summary(html_partial=True)), parts)
                lines = [document.short_title() or ""] + "".join(parts).split("\n")
                result["text"] = "\n\n".join(s.strip() for s in lines if s.strip())
            except Exception as e:  # one page's failure is that page's empty reading, as for the other extractors
                result["error"] = str(e).split("\n")[0]
            print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()

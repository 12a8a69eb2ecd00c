#!/usr/bin/env python3
"""Checks that every Kyrgyz quotation in Rules/seed-sentences.json stands word for word in the seed article.

Usage: Tools/seed/check-quotes.py SEED.txt

The seed article (a Kyrgyz-language PDF converted to text) breaks words across lines with a hyphen;
the check joins them and collapses whitespace before looking each quotation up, so a quotation is
written as the sentence reads, not as the page breaks it. Prints the ids of quotations not found and
exits 1 when there are any. Not needed at run time: the rules file carries the quotations themselves.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def normalised(text):
    text = re.sub(r"-\s*\n\s*", "", text)   # a word hyphenated at a line end
    return re.sub(r"\s+", " ", text)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        seed = normalised(f.read())
    with open(os.path.join(ROOT, "Rules", "seed-sentences.json"), encoding="utf-8") as f:
        sentences = json.load(f)["sentences"]
    missing = [s["id"] for s in sentences if normalised(s["kyrgyz"]) not in seed]
    for identifier in missing:
        print(f"not in the seed: {identifier}")
    print(f"{len(sentences) - len(missing)} of {len(sentences)} quotations found in {sys.argv[1]}")
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Splits a labelled question file into two halves by position, for deciding a change on one half and confirming it on
the other (docs/benchmarks.md, issue 9 third pass). Each question keeps the comment lines above it; the header is
copied to both halves. Half A holds the 1st, 3rd, 5th … question, half B the 2nd, 4th …

usage: python3 docs/tools/blind_dev_halves.py eval/blind-dev.yaml target/blind-dev-A.yaml target/blind-dev-B.yaml
"""
import sys


def halves(lines):
    start = lines.index("questions:") + 1
    blocks, current = [], []
    for line in lines[start:]:
        opens_next = line.startswith("  # ") or line.startswith("  - q:")
        if opens_next and any(l.startswith("  - q:") for l in current):
            blocks.append(current)
            current = []
        current.append(line)
    if current:
        blocks.append(current)
    head = lines[:start]
    return [head + [l for k, b in enumerate(blocks) if k % 2 == parity for l in b] for parity in (0, 1)]


if __name__ == "__main__":
    source, first, second = sys.argv[1:4]
    with open(source, encoding="utf-8") as f:
        a, b = halves(f.read().split("\n"))
    for path, lines in ((first, a), (second, b)):
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines).rstrip("\n") + "\n")

#!/usr/bin/env python3
"""Writes src/main/resources/lexicon/sudachi-synonyms.txt from SudachiDict's synonym dictionary.

The source is the npm package sudachi-synonyms-dictionary (a JSON copy of SudachiDict's src/main/text/synonyms.txt,
Apache License 2.0, (c) Works Applications). To regenerate:

    npm pack sudachi-synonyms-dictionary@18.0.0 && tar xzf sudachi-synonyms-dictionary-18.0.0.tgz
    python3 scripts/sudachi-synonyms.py package/sudachi-synonyms-dictionary.json

One group per line. Lexemes (SudachiDict's vocabulary numbers) are separated by "/", the spellings of one lexeme by
",". A spelling SudachiDict marks as a target only (expand control 1: it receives expansions but does not trigger
them) starts with "~". Spellings marked never to be used (expand control 2) and the two that contain a separator are
left out, and so are groups with fewer than two lexemes left.
"""
import json
import sys

SEPARATORS = set(",/~\t#")
OUT = "src/main/resources/lexicon/sudachi-synonyms.txt"


def main(source):
    groups = json.load(open(source, encoding="utf-8"))
    lines = []
    for group in groups:
        lexemes = {}
        for item in group["items"]:
            word = item["midashi"].strip()
            if item["expandControl"] == 2 or not word or SEPARATORS & set(word):
                continue
            spelling = ("~" if item["expandControl"] == 1 else "") + word
            lexemes.setdefault(item["vocabularyNumber"], [])
            if spelling not in lexemes[item["vocabularyNumber"]]:
                lexemes[item["vocabularyNumber"]].append(spelling)
        words = [w for spellings in lexemes.values() for w in spellings]
        if len(words) >= 2:
            lines.append("/".join(",".join(spellings) for spellings in lexemes.values()))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# SudachiDict synonym dictionary (https://github.com/WorksApplications/SudachiDict, synonyms.txt),\n")
        out.write("# Copyright (c) Works Applications Co., Ltd., Apache License 2.0, via the npm package\n")
        out.write("# sudachi-synonyms-dictionary@18.0.0. Written by scripts/sudachi-synonyms.py; see there for the format.\n")
        for line in lines:
            out.write(line + "\n")
    print(f"{len(lines)} groups written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])

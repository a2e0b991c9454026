#!/usr/bin/env python3
"""Checks faq/english.yaml (the English glossary) against the FAQ texts and faq/synonyms.yaml.

Reports, one line each:
  - groups that are not a list of at least two words, heads that are not Japanese (a Latin head such as NPO must be a
    word of a synonyms.yaml group), English words that are not English;
  - heads that occur in no FAQ text (any string value of faq/*.yaml other than synonyms.yaml and english.yaml);
  - English words or phrases that occur twice across both files (compared as the engine sees them: case-folded,
    split at spaces and punctuation, function words dropped);
  - English words that are function words, and phrases that hold one (the engine drops these words before synonyms,
    so such a phrase never matches);
  - notes (not problems): heads that are a word of a synonyms.yaml group but not its first word.

The function words are read from REQUEST_WORDS in the matching engine's Analysis.java, so that this check follows it.
Usage: python3 docs/tools/check_english_glossary.py [PROJECT_DIR]   (exit 1 when there are problems)
Reads faq/english.yaml, or faq/english.yaml.off (the glossary switched off) when only that exists.
"""
import pathlib
import re
import sys
import unicodedata

import yaml

ANALYSIS = "src/main/java/jp/chigasaki/kyodo/matching/internal/Analysis.java"
LATIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .'+\-]*$")
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
TOKEN = re.compile(r"[a-z0-9]+")


def function_words(root):
    source = (root / ANALYSIS).read_text(encoding="utf-8")
    block = re.search(r"REQUEST_WORDS\s*=\s*new CharArraySet\(List\.of\((.*?)\)\s*,", source, re.S)
    if block is None:
        sys.exit(f"{ANALYSIS}: REQUEST_WORDS not found")
    words = re.findall(r'"([^"]*)"', block.group(1))
    return {w for w in words if LATIN.match(w)}


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from strings(item)


def tokens(word):
    return TOKEN.findall(unicodedata.normalize("NFKC", word).casefold())


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    faq = root / "faq"
    stop = function_words(root)
    path = faq / "english.yaml"
    if not path.exists():
        path = faq / "english.yaml.off"
    glossary = yaml.safe_load(path.read_text(encoding="utf-8"))["glossary"]
    synonyms = yaml.safe_load((faq / "synonyms.yaml").read_text(encoding="utf-8"))["synonyms"]
    text = "\n".join(s for path in sorted(faq.glob("*.yaml")) if path.name not in ("synonyms.yaml", "english.yaml")
                     for s in strings(yaml.safe_load(path.read_text(encoding="utf-8"))))
    problems, notes = [], []

    seen = {}  # the words as the engine sees them -> where first written
    for number, group in enumerate(synonyms, 1):
        for word in group[1:]:
            if LATIN.match(str(word)):
                key = tuple(t for t in tokens(str(word)) if t not in stop)
                seen.setdefault(key, f"synonyms.yaml group {number} ({group[0]})")

    group_of = {str(w): group for group in synonyms for w in group}
    for number, group in enumerate(glossary, 1):
        where = f"english.yaml group {number}"
        if not isinstance(group, list) or len(group) < 2:
            problems.append(f"{where}: needs a Japanese term and at least one English word: {group!r}")
            continue
        head = str(group[0])
        where = f"{where} ({head})"
        if not JAPANESE.search(head) and head not in group_of:
            problems.append(f"{where}: the first word is not a Japanese term (nor a word of a synonyms.yaml group)")
        if head not in text:
            problems.append(f"{where}: the head occurs in no FAQ text")
        if head in group_of and group_of[head][0] != head:
            notes.append(f"{where}: the head is in the synonyms.yaml group of {group_of[head][0]} (not its first word)")
        for word in map(str, group[1:]):
            if not LATIN.match(word):
                problems.append(f"{where}: not an English word: {word!r}")
                continue
            raw = tokens(word)
            dropped = [t for t in raw if t in stop]
            if dropped and len(raw) == 1:
                problems.append(f"{where}: {word!r} is a function word (the engine drops it)")
                continue
            if dropped:
                problems.append(f"{where}: {word!r} holds function words {dropped} (the phrase can never match)")
            key = tuple(t for t in raw if t not in stop)
            if key in seen:
                problems.append(f"{where}: {word!r} is already in {seen[key]}")
            else:
                seen[key] = where

    for line in problems:
        print(f"problem: {line}")
    for line in notes:
        print(f"note: {line}")
    english = sum(len(g) - 1 for g in glossary if isinstance(g, list))
    print(f"{len(glossary)} groups, {english} English words and phrases, {len(problems)} problems, {len(notes)} notes")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

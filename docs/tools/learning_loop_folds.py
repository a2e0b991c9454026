#!/usr/bin/env python3
"""What the console's learning loop ("言い回しとして追加", docs/insights.md) does to questions nobody added: the labelled
questions of some eval files become phrasings of their entries in a copy of faq/, and other files are scored against
the shipped faq/ and the copy, with the shipped calibration and (with --refit) one refitted on the learned files.

usage: python3 docs/tools/learning_loop_folds.py --learn eval/blind-dev.yaml ... --score eval/blind2-dev.yaml ...
           [--only-missed] [--max-chars N] [--refit [--fit-also eval/labelled-dev.yaml ...]]
(run from the project root after ./mvnw package; needs PyYAML). Prints right / within one tap / confident-wrong /
out-of-scope answered, summed over the --score files (counts, from each file's `eval --json` shares).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

JAR = "target/kyodo-concierge.jar"
MENTION = re.compile(r"[@＠]\S+")


def records(faq_dir):
    """id -> (file, record dict, document) for every FAQ entry and menu item with phrasings."""
    found = {}
    for name in sorted(os.listdir(faq_dir)):
        if not name.endswith(".yaml"):
            continue
        path = os.path.join(faq_dir, name)
        document = yaml.safe_load(open(path, encoding="utf-8"))
        if not isinstance(document, dict):
            continue
        for key in ("entries", "menu"):
            for record in document.get(key) or []:
                if isinstance(record, dict) and "phrasings" in record:
                    found[record["id"]] = (path, record, document)
    return found


def answered_right(questions):
    """Whether the bot answers each question directly with an acceptable entry (`ask --json`, a new conversation)."""
    right = [False] * len(questions)
    for audience in sorted({q.get("audience", "member") for q in questions}):
        indexes = [i for i, q in enumerate(questions) if q.get("audience", "member") == audience]
        stdin = "".join(questions[i]["q"].replace("\n", " ") + "\n" for i in indexes)
        out = subprocess.run(["java", "-jar", JAR, "ask", "--json", "--audience", audience], input=stdin.encode(),
                             capture_output=True, check=True).stdout.decode().splitlines()
        for i, line in zip(indexes, out):
            reply = json.loads(line)
            right[i] = reply["decision"] == "answer" and reply["faqId"] in {questions[i]["expect"],
                                                                            *questions[i].get("also", [])}
    return right


def learned_copy(files, only_missed, max_chars, target):
    shutil.copytree("faq", target)
    known = records(target)
    questions = [q for f in files for q in yaml.safe_load(open(f, encoding="utf-8"))["questions"]
                 if not q.get("before") and q["expect"] in known]
    keep = answered_right(questions) if only_missed else [False] * len(questions)
    added = 0
    for question, right in zip(questions, keep):
        text = MENTION.sub("", question["q"]).replace("\n", " ").strip()
        record = known[question["expect"]][1]
        if right or not text or len(text) > max_chars or text in record["phrasings"]:
            continue
        record["phrasings"].append(text)
        added += 1
    for path, _, document in {v[0]: v for v in known.values()}.values():
        yaml.safe_dump(document, open(path, "w", encoding="utf-8"), allow_unicode=True, sort_keys=False, width=10000)
    return added


def refit(faq_dir, files, workdir):
    """The calibration fitted on the first messages of files, as -D options."""
    joined = os.path.join(workdir, "learned-joined.yaml")
    questions = [q for f in files for q in yaml.safe_load(open(f, encoding="utf-8"))["questions"] if not q.get("before")]
    yaml.safe_dump({"questions": questions}, open(joined, "w", encoding="utf-8"), allow_unicode=True, sort_keys=False)
    out = subprocess.run(["java", "-jar", JAR, "eval", "--fit", "--faq", faq_dir, joined], capture_output=True,
                         check=True).stdout.decode()
    return ["-D" + line for line in out.splitlines() if line.startswith("kyodo.matching.calibration.")]


def score(faq_dir, options, files):
    total = [0, 0, 0, 0, 0, 0]
    for f in files:
        line = subprocess.run(["java", *options, "-jar", JAR, "eval", "--json", "--faq", faq_dir, f],
                              capture_output=True, check=True).stdout.decode().splitlines()[-1]
        r = json.loads(line)
        inside = r["questions"] - r["outOfScope"]
        counts = [r["replyAnsweredRight"] * inside, r["replyRightWithinOneTap"] * inside,
                  r["replyConfidentWrong"] * inside, r["replyOutOfScopeAnswered"] * r["outOfScope"], inside,
                  r["outOfScope"]]
        total = [t + round(c) for t, c in zip(total, counts)]
    return "%d / %d / %d / %d of %d in scope, %d out of scope" % tuple(total)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--learn", nargs="+", required=True)
    parser.add_argument("--score", nargs="+", required=True)
    parser.add_argument("--only-missed", action="store_true", help="add only questions the bot does not answer right")
    parser.add_argument("--max-chars", type=int, default=10 ** 6)
    parser.add_argument("--refit", action="store_true", help="also score with a calibration refitted on --learn")
    parser.add_argument("--fit-also", nargs="*", default=[], help="more files the refit is fitted on (not learned)")
    args = parser.parse_args()
    if set(args.learn) & set(args.score):
        sys.exit("a file cannot be learned and scored")
    with tempfile.TemporaryDirectory() as workdir:
        copy = os.path.join(workdir, "faq")
        added = learned_copy(args.learn, args.only_missed, args.max_chars, copy)
        print("phrasings added: %d" % added)
        print("shipped faq, shipped calibration: " + score("faq", [], args.score))
        print("learned faq, shipped calibration: " + score(copy, [], args.score))
        if args.refit:
            print("shipped faq, refitted: " + score("faq", refit("faq", args.learn + args.fit_also, workdir), args.score))
            print("learned faq, refitted: " + score(copy, refit(copy, args.learn + args.fit_also, workdir), args.score))


if __name__ == "__main__":
    main()

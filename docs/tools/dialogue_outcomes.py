#!/usr/bin/env python3
"""What the bot does with each labelled question, counted from `ask --json` (the figures in docs/dialogue.md).

usage: python3 docs/tools/dialogue_outcomes.py eval/labelled-test.yaml [more.yaml ...]   (needs PyYAML and the jar)
"""
import collections
import json
import subprocess
import sys

import yaml

# The decision an intent should lead to (who-to-consult answers with departments or an entry).
INTENT_DECISION = {"greeting": "greeting", "thanks": "greeting", "help-menu": "menu",
                   "what-is-possible": "menu", "talk-to-human": "escalate", "who-to-consult": "answer"}


def replies(questions):
    """Asks each audience's questions in one batch; returns the replies in the order of the file."""
    by_audience = collections.defaultdict(list)
    for index, question in enumerate(questions):
        by_audience[question.get("audience", "member")].append(index)
    result = [None] * len(questions)
    for audience, indexes in by_audience.items():
        stdin = "".join(questions[i]["q"].replace("\n", " ") + "\n" for i in indexes)
        out = subprocess.run(["java", "-jar", "target/kyodo-concierge.jar", "ask", "--json", "--audience", audience],
                             input=stdin.encode(), capture_output=True, check=True).stdout.decode().splitlines()
        for i, line in zip(indexes, out):
            result[i] = json.loads(line)
    return result


def outcome(question, reply):
    expected = question["expect"]
    right = {expected, *question.get("also", [])}
    decision = reply["decision"]
    if expected == "escalate":
        return "out of scope", "ANSWERED AS AN FAQ" if decision == "answer" and reply["faqId"] else decision
    if expected in INTENT_DECISION:
        ok = reply["intent"] == expected or decision == INTENT_DECISION[expected] or reply["faqId"] in right
        return "intent", "right" if ok else "other: " + decision
    offered = {c["faqId"] for c in reply["candidates"][:3]}
    if decision == "answer":
        return "faq", "answered right" if reply["faqId"] in right else "answered another entry"
    if decision == "clarify":
        return "faq", "clarify offering a right entry" if right & offered else "clarify without a right entry"
    return "faq", decision


for path in sys.argv[1:]:
    questions = yaml.safe_load(open(path, encoding="utf-8"))["questions"]
    # `ask` starts every line as a new conversation: a follow-up (`before`) cannot be asked so; `eval` scores those.
    follow_ups = [q for q in questions if q.get("before")]
    if follow_ups:
        print(f"{path}: {len(follow_ups)} follow-ups left out (asked in their conversation only by `eval`)")
    questions = [q for q in questions if not q.get("before")]
    tally = collections.Counter(outcome(q, r) for q, r in zip(questions, replies(questions)))
    print(f"{path}: {len(questions)} questions")
    for (kind, what), count in sorted(tally.items()):
        print(f"  {kind:13} {what:32} {count:4}")

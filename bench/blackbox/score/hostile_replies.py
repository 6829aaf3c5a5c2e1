"""Shared by llm_calls.py and replay_llm.py: how a reply is compared with the hostile endpoint's answers."""
import re

HARMLESS = {"correct", "correct_again", "polite_correct"}
MARK = "（AI回复）"


def norm(s):
    return "".join((s or "").split())


def finished(s):
    """The product's last step on a model's text: markup brackets and line breaks removed (no length cut here)."""
    return norm(re.sub(r"[<>\r\n]", "", s or ""))


def core(reply):
    r = norm(reply)
    return r[:-len(MARK)] if r.endswith(MARK) else r

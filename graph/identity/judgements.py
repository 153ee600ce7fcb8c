"""Users' judgements: an append-only log of who said which two mentions are, or are not, one person.

As in nomenklatura, a judgement is about two mentions (a name in an article), not
about the person nodes of the moment, which the next article may rename: a graph
rebuilt from the articles finds the same mentions, and with the log imported back
(`canbo judgements import`), makes the same decisions. Nothing in the log is ever
changed or removed; a later judgement on the same two mentions overrules an earlier
one. `unsure` is recorded and changes nothing.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from ...loaders.text import key
from .ids import judgement_uri
from .rules import MentionRef, Verdict

VERDICTS = ("same", "different", "unsure")

# Append-only: a judgement is created once, never updated.
RECORD = (
    "UNWIND $rows AS r MERGE (j:Judgement {uri: r.uri}) ON CREATE SET j.key = r.key, j.name = r.name, "
    "j.article = r.article, j.other_key = r.other_key, j.other_name = r.other_name, "
    "j.other_article = r.other_article, j.verdict = r.verdict, j.by = r.by, j.at = r.at, j.reason = r.reason"
)
_FIELDS = ("j.key AS key, j.name AS name, j.article AS article, j.other_key AS other_key, j.other_name AS other_name, "
           "j.other_article AS other_article, j.verdict AS verdict, j.by AS by, j.at AS at, j.reason AS reason")
ABOUT = f"MATCH (j:Judgement) WHERE j.key IN $keys OR j.other_key IN $keys RETURN {_FIELDS}"
EVERY = f"MATCH (j:Judgement) WHERE j.verdict IS NOT NULL RETURN {_FIELDS}"


@dataclass(frozen=True)
class Judgement:
    """One entry of the log: the mention of `name` in `article` is, or is not, the mention of `other_name` in `other_article`."""

    name: str
    article: str
    other_name: str
    other_article: str
    verdict: str
    by: str
    at: str  # ISO 8601, UTC
    reason: str = ""

    @property
    def left(self) -> MentionRef:
        return key(self.name), self.article

    @property
    def right(self) -> MentionRef:
        return key(self.other_name), self.other_article

    @property
    def uri(self) -> str:
        return str(judgement_uri(self.left, self.right, self.verdict, self.by, self.at, self.reason))

    def row(self) -> dict[str, str]:
        return {"uri": self.uri, "key": self.left[0], "name": self.name, "article": self.article,
                "other_key": self.right[0], "other_name": self.other_name, "other_article": self.other_article,
                "verdict": self.verdict, "by": self.by, "at": self.at, "reason": self.reason}

    def to_json(self) -> str:
        """One line of the exported log."""
        doc = {"left": {"name": self.name, "article": self.article},
               "right": {"name": self.other_name, "article": self.other_article},
               "verdict": self.verdict, "by": self.by, "at": self.at}
        if self.reason:
            doc["reason"] = self.reason
        return json.dumps(doc, ensure_ascii=False)

    @classmethod
    def from_row(cls, row: dict) -> Judgement:
        return cls(row["name"], row["article"], row["other_name"], row["other_article"], row["verdict"],
                   row["by"] or "", row["at"] or "", row["reason"] or "")

    @classmethod
    def from_json(cls, line: str) -> Judgement:
        """A judgement from one line of an exported log; ValueError says what is wrong with it."""
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"not JSON ({e.msg})") from None
        try:
            left, right = doc["left"], doc["right"]
            found = cls(str(left["name"]), str(left["article"]), str(right["name"]), str(right["article"]),
                        str(doc["verdict"]), str(doc.get("by") or ""), str(doc["at"]), str(doc.get("reason") or ""))
        except (KeyError, TypeError):
            raise ValueError("a judgement needs left and right (each a name and an article), verdict and at") from None
        if found.verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}, not {found.verdict!r}")
        if not key(found.name) or not key(found.other_name):
            raise ValueError("a judgement's mentions need names")
        return found


def now() -> str:
    """The time a judgement is recorded at, in UTC to the microsecond: the later of two judgements on the same
    mentions is the one in force, even when a script makes both within a second."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def in_force(judgements: Iterable[Judgement]) -> list[Verdict]:
    """The verdict on each pair of mentions: the latest judgement about them."""
    latest: dict[frozenset, Judgement] = {}
    for j in sorted(judgements, key=lambda j: (j.at, j.uri)):
        latest[frozenset((j.left, j.right))] = j
    return [Verdict(j.left, j.right, j.verdict) for j in latest.values()]

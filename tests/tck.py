"""The openCypher TCK's read scenarios (../shared/cypher-tck/features), read from their Gherkin files.

A scenario is a setup (CREATE statements), a query, its parameters and what it must
give: rows (in any order, or in order), no rows, or an error. Values are written in
the TCK's own notation (`(:A {name: 'x'})`, `[:T]`, `<(:A)-[:T]->(:B)>`, `[1, 2]`,
`{k: 'v'}`, `0.5`, `NaN`); `parse_value` reads them and `canonical` brings both those
and the rows canbo returns to one comparable form: nodes by their labels and
properties, relationships by type and properties, integers apart from floats.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Scenario:
    feature: str            # e.g. "clauses/match/Match4"
    name: str               # "[2] Simple variable length pattern" (+ " #3" for the third Examples row)
    setup: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    query: str = ""
    expect: str = ""        # "rows", "empty" or "error"
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    ordered: bool = False
    lists_unordered: bool = False
    error: str = ""         # "SyntaxError at compile time: UndefinedVariable"

    @property
    def id(self) -> str:
        return f"{self.feature} {self.name}"


# ------------------------------------------------------------------ Gherkin
def load_scenarios(root: Path) -> list[Scenario]:
    """Every scenario of every .feature file under root, Examples rows expanded, in file order."""
    out: list[Scenario] = []
    for path in sorted(root.rglob("*.feature")):
        out.extend(_read_feature(path, path.relative_to(root).with_suffix("").as_posix()))
    return out


def _read_feature(path: Path, feature: str) -> list[Scenario]:
    lines = path.read_text("utf-8").splitlines()
    background: list[str] = []  # steps every scenario of the feature starts with
    blocks: list[tuple[str, list[str]]] = []  # (title, lines)
    current: list[str] | None = None
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("Background:"):
            current = background
        elif stripped.startswith(("Scenario:", "Scenario Outline:")):
            blocks.append((stripped.split(":", 1)[1].strip(), []))
            current = blocks[-1][1]
        elif current is not None:
            current.append(line)
    out = []
    for title, body in blocks:
        steps, examples = _split_examples(background + body)
        if not examples:
            out.append(_scenario(feature, title, steps, {}))
        for i, values in enumerate(examples, 1):
            out.append(_scenario(feature, f"{title} #{i}", steps, values))
    return out


def _split_examples(body: list[str]) -> tuple[list[str], list[dict[str, str]]]:
    steps: list[str] = []
    examples: list[dict[str, str]] = []
    header: list[str] | None = None
    in_examples = False
    for line in body:
        stripped = line.strip()
        if stripped.startswith("Examples:"):
            in_examples, header = True, None
            continue
        if not in_examples:
            steps.append(line)
        elif stripped.startswith("|"):
            cells = _cells(stripped)
            if header is None:
                header = cells
            else:
                examples.append(dict(zip(header, cells, strict=True)))
    return steps, examples


def _cells(line: str) -> list[str]:
    """The cells of a Gherkin table row; `\\|` is a pipe inside a cell."""
    cells, current, i = [], "", 1
    line = line.strip()
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line):
            current += line[i + 1] if line[i + 1] == "|" else c + line[i + 1]
            i += 2
            continue
        if c == "|":
            cells.append(current.strip())
            current = ""
        else:
            current += c
        i += 1
    return cells


def _scenario(feature: str, title: str, steps: list[str], values: dict[str, str]) -> Scenario:
    def fill(text: str) -> str:
        return re.sub(r"<(\w+)>", lambda m: values.get(m.group(1), m.group(0)), text)

    s = Scenario(feature, title)
    i = 0
    while i < len(steps):
        step = steps[i].strip()
        i += 1
        doc, table = None, None
        if i < len(steps) and steps[i].strip() == '"""':
            end = next(j for j in range(i + 1, len(steps)) if steps[j].strip() == '"""')
            indent = len(steps[i]) - len(steps[i].lstrip())
            doc = "\n".join(line[indent:] for line in steps[i + 1:end])
            i = end + 1
        elif i < len(steps) and steps[i].strip().startswith("|"):
            table = []
            while i < len(steps) and steps[i].strip().startswith("|"):
                table.append([fill(c) for c in _cells(steps[i].strip())])
                i += 1
        words = step.split(None, 1)[1] if " " in step else step
        if words.startswith("having executed") and doc is not None:
            s.setup.append(fill(doc))
        elif words.startswith("parameters are") and table:
            s.params = {row[0]: parse_value(row[1]) for row in table}
        elif words.startswith("executing query") and doc is not None:
            s.query = fill(doc)
        elif words.startswith("the result should be empty"):
            s.expect = "empty"
        elif words.startswith("the result should be") and table:
            s.expect, s.header, s.rows = "rows", table[0], table[1:]
            s.ordered = "in order" in words
            s.lists_unordered = "ignoring element order for lists" in words
        elif " should be raised " in words:
            s.expect = "error"
            s.error = words.replace("a ", "", 1).replace("should be raised ", "")
    return s


# ------------------------------------------------------------------- values
class Node:
    """A node as the TCK writes it: labels and properties (identity is not compared)."""

    def __init__(self, labels: list[str], properties: dict[str, Any]):
        self.labels, self.properties = labels, properties


class Relationship:
    def __init__(self, type: str, properties: dict[str, Any]):
        self.type, self.properties = type, properties


class Path_:
    """Nodes and relationships in path order."""

    def __init__(self, elements: list[Any]):
        self.elements = elements


_TOKEN = re.compile(r"""\s*(?:
    (?P<string>'(?:[^'\\]|\\.)*')
  | (?P<number>-?(?:\d+\.\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+|0x[0-9a-fA-F]+|0o[0-7]+|\d+))
  | (?P<word>-?[A-Za-z_][A-Za-z_0-9]*|`[^`]*`)
  | (?P<punct><-|->|[()\[\]{}<>:,\-])
)""", re.VERBOSE)


def parse_value(text: str) -> Any:
    """A value in the TCK's notation, as Python: Node, Relationship, Path_, list, dict, str, int, float, bool, None."""
    tokens = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ValueError(f"cannot read TCK value {text!r} at {pos}")
        kind = m.lastgroup
        tokens.append((kind, m.group(kind)))
        pos = m.end()
    parser = _ValueParser(tokens)
    value = parser.value()
    if parser.i != len(tokens):
        raise ValueError(f"trailing text in TCK value {text!r}")
    return value


class _ValueParser:
    def __init__(self, tokens: list[tuple[str, str]]):
        self.tokens, self.i = tokens, 0

    def peek(self) -> str | None:
        return self.tokens[self.i][1] if self.i < len(self.tokens) else None

    def take(self, expected: str | None = None) -> tuple[str, str]:
        token = self.tokens[self.i]
        if expected is not None and token[1] != expected:
            raise ValueError(f"expected {expected!r}, found {token[1]!r}")
        self.i += 1
        return token

    def value(self) -> Any:
        kind, text = self.tokens[self.i]
        if kind == "string":
            self.i += 1
            return _unquote(text)
        if kind == "number":
            self.i += 1
            if text.startswith(("0x", "-0x")):
                return int(text, 16)
            if text.startswith(("0o", "-0o")):
                return int(text.replace("0o", ""), 8)
            return float(text) if re.search(r"[.eE]", text) else int(text)
        if kind == "word":
            self.i += 1
            words = {"null": None, "true": True, "false": False, "NaN": math.nan, "Inf": math.inf,
                     "-Inf": -math.inf, "Infinity": math.inf, "-Infinity": -math.inf}
            if text in words:
                return words[text]
            raise ValueError(f"unknown TCK word {text!r}")
        if text == "[":
            if self._is_relationship():
                return self.relationship()
            self.take("[")
            items = []
            while self.peek() != "]":
                items.append(self.value())
                if self.peek() == ",":
                    self.take(",")
            self.take("]")
            return items
        if text == "{":
            return self.map()
        if text == "(":
            return self.node()
        if text == "<":
            return self.path()
        raise ValueError(f"unexpected {text!r} in TCK value")

    def _is_relationship(self) -> bool:
        nxt = self.tokens[self.i + 1][1] if self.i + 1 < len(self.tokens) else None
        return nxt == ":"

    def map(self) -> dict[str, Any]:
        self.take("{")
        out: dict[str, Any] = {}
        while self.peek() != "}":
            _, key = self.take()
            self.take(":")
            out[key.strip("`")] = self.value()
            if self.peek() == ",":
                self.take(",")
        self.take("}")
        return out

    def _labels_and_properties(self) -> tuple[list[str], dict[str, Any]]:
        labels = []
        while self.peek() == ":":
            self.take(":")
            labels.append(self.take()[1].strip("`"))
        properties = self.map() if self.peek() == "{" else {}
        return labels, properties

    def node(self) -> Node:
        self.take("(")
        labels, properties = self._labels_and_properties()
        self.take(")")
        return Node(labels, properties)

    def relationship(self) -> Relationship:
        self.take("[")
        labels, properties = self._labels_and_properties()
        self.take("]")
        return Relationship(labels[0], properties)

    def path(self) -> Path_:
        self.take("<")
        elements: list[Any] = [self.node()]
        while self.peek() in ("-", "<-"):
            backwards = self.take()[1] == "<-"
            rel = self.relationship()
            arrow = self.take()[1]
            if backwards and arrow != "-" or not backwards and arrow != "->":
                raise ValueError("a relationship in a path needs one arrow")
            elements += [rel, self.node()]
        self.take(">")
        return Path_(elements)


def _unquote(text: str) -> str:
    body = text[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "\\": "\\", "'": "'", '"': '"'}.get(m.group(1), m.group(0)), body)


# ---------------------------------------------------------------- comparing
def canonical(value: Any, lists_unordered: bool = False) -> Any:
    """A hashable form in which equal Cypher values are equal: 1 and 1.0 differ, NaN equals NaN,
    a node is its labels and properties, a relationship its type and properties."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return ("int", value)
    if isinstance(value, float):
        return ("float", "NaN") if math.isnan(value) else ("float", value)
    if isinstance(value, Node):
        return ("node", frozenset(value.labels), canonical(value.properties, lists_unordered))
    if isinstance(value, Relationship):
        return ("rel", value.type, canonical(value.properties, lists_unordered))
    if isinstance(value, Path_):
        return ("path", tuple(canonical(e, lists_unordered) for e in value.elements))
    if isinstance(value, dict):
        return ("map", frozenset((k, canonical(v, lists_unordered)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        items = [canonical(v, lists_unordered) for v in value]
        return ("list", frozenset(Counter(items).items()) if lists_unordered else tuple(items))
    return ("other", repr(value))


def same_rows(scenario: Scenario, rows: list[dict[str, Any]], as_value) -> tuple[bool, str]:
    """Whether canbo's rows are the scenario's expected rows; `as_value` turns a returned cell into TCK terms."""
    if scenario.expect == "empty":
        return (not rows, "" if not rows else f"expected no rows, got {rows[:3]}")
    header = scenario.header
    if rows and list(rows[0]) != header and set(rows[0]) != set(header):
        return False, f"columns {list(rows[0])} instead of {header}"
    expected = [tuple(canonical(parse_value(c), scenario.lists_unordered) for c in row) for row in scenario.rows]
    actual = [tuple(canonical(as_value(r.get(h)), scenario.lists_unordered) for h in header) for r in rows]
    if scenario.ordered:
        ok = expected == actual
    else:
        ok = Counter(expected) == Counter(actual)
    return ok, "" if ok else f"expected {scenario.rows[:4]}, got {rows[:4]}"


def from_canbo(value: Any) -> Any:
    """A value of canbo's answer (Store.query) in the TCK's terms: node, relationship and path maps become
    Node, Relationship and Path_."""
    if isinstance(value, dict):
        if set(value) == {"labels", "properties"}:
            return Node(value["labels"], {k: from_canbo(v) for k, v in value["properties"].items()})
        if set(value) == {"type", "properties"}:
            return Relationship(value["type"], {k: from_canbo(v) for k, v in value["properties"].items()})
        if set(value) == {"nodes", "relationships"}:
            elements: list[Any] = []
            for i, node in enumerate(value["nodes"]):
                if i:
                    elements.append(from_canbo(value["relationships"][i - 1]))
                elements.append(from_canbo(node))
            return Path_(elements)
        return {k: from_canbo(v) for k, v in value.items()}
    if isinstance(value, list):
        return [from_canbo(v) for v in value]
    return value

"""The ontology is the one source of names: labels, relationship types and keys come from it."""
import pytest
from rdflib import URIRef

from canbo.vocab import CANBO, MODEL, ORG, SCHEMA


def test_labels_and_types_are_read_from_the_ontology():
    assert MODEL.labels[SCHEMA.Person] == "Person"
    assert MODEL.labels[ORG.Organization] == "Body"
    assert MODEL.rel_types[CANBO.chaired] == "CHAIRED"
    assert MODEL.rel_types[CANBO.implements] == "IMPLEMENTS"


def test_the_namespace_is_closed_over_the_ontology():
    with pytest.raises(AttributeError):
        CANBO.chairedBy  # noqa: B018


def test_keys_shared_by_two_properties_are_told_apart_by_class():
    assert MODEL.keys_of("Event")["date"] == SCHEMA.startDate
    assert MODEL.keys_of("Post")["date"] == CANBO.date
    assert MODEL.keys_of("Article")["title"] == SCHEMA.headline
    assert "title" not in MODEL.keys_of("Person")


def test_every_label_and_type_is_unique():
    assert len(set(MODEL.labels.values())) == len(MODEL.labels)
    assert len(set(MODEL.rel_types.values())) == len(MODEL.rel_types)
    assert all(isinstance(k, URIRef) for k in MODEL.labels)


# ------------------------------------------------ the names Cypher uses
import ast  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

PACKAGE = Path(__file__).resolve().parent.parent
_CYPHER = re.compile(r"\b(MATCH|MERGE|CREATE|UNWIND|RETURN)\b")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_NODE = re.compile(r"\(\s*(\w*)\s*((?::\s*\w+\s*)*)(\{[^{}]*\})?\s*\)")
_REL = re.compile(r"\[\s*\w*\s*:\s*([\w|:\s]+?)\s*(?:\*[\d.]*)?\s*\]")
_ACCESS = re.compile(r"(?<![$\w.])([A-Za-z_]\w*)\.([A-Za-z_]\w*)\b")
_MAP_KEY = re.compile(r"(\w+)\s*:")
# A label tested in an expression (`WHERE m:Mention`, `n:Body OR n:Event`), not a map's key (`{uri: r.uri}`).
_LABEL_TEST = re.compile(r"(?<![\w.$])([A-Za-z_]\w*)((?:\s*:\s*[A-Za-z_]\w*)+)(?![\w.(\[])")
# A variable given another name (`WITH e AS ev`, `RETURN DISTINCT p AS person`).
_ALIAS = re.compile(r"(?<![\w.$])([A-Za-z_]\w*)\s+AS\s+([A-Za-z_]\w*)", re.IGNORECASE)
HOLE = "\u00a7"  # what an f-string's {…} becomes: a name made at run time, from MODEL


def _text(node: ast.AST) -> str | None:
    """The text of a string expression, with run-time parts as HOLE (f-strings, + of strings)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else HOLE for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        if left is not None or right is not None:
            return (left or HOLE) + (right or HOLE)
    return None


def cypher_texts() -> dict[str, str]:
    """Every Cypher text canbo writes, by where it is: query modules, and string expressions in its Python (bench/ too)."""
    out = {}
    for path in sorted((PACKAGE / "queries").glob("*.cypher")):
        out[path.name] = "\n".join(line for line in path.read_text("utf-8").splitlines() if not line.startswith("//"))
    for path in sorted(PACKAGE.glob("*.py")) + sorted(PACKAGE.glob("*/*.py")):
        if path.parent.name in ("tests", "scripts", ".venv"):
            continue
        tree = ast.parse(path.read_text("utf-8"))
        inner = {id(c) for n in ast.walk(tree) if isinstance(n, ast.BinOp) for c in (n.left, n.right)}
        inner |= {id(n.body[0].value) for n in ast.walk(tree)  # docstrings are prose
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and n.body
                  and isinstance(n.body[0], ast.Expr)}
        for node in ast.walk(tree):
            text = _text(node) if id(node) not in inner else None
            if text and _CYPHER.search(text) and "(" in text:
                out[f"{path.relative_to(PACKAGE)}:{node.lineno}"] = text
    return out


def names_used(cypher: str) -> tuple[set[str], set[str], set[tuple[frozenset[str], str]]]:
    """Labels, relationship types and (labels of the variable, property key) a Cypher text uses."""
    cypher = _STRING.sub("''", cypher)
    labels, types, keys = set(), set(), set()
    bound: dict[str, set[str]] = {}
    nodes = []
    for var, written, props in _NODE.findall(cypher):
        found = {name.strip() for name in written.split(":") if name.strip()}
        labels |= found
        if var:
            bound.setdefault(var, set()).update(found)
        nodes.append((var, found, props))
    for var, found, props in nodes:
        for k in _MAP_KEY.findall(props or ""):
            keys.add((frozenset(bound.get(var, found) if var else found), k))
    for written in _REL.findall(cypher):
        types |= {t.strip(" :") for t in written.split("|") if t.strip(" :")}
    outside = _REL.sub("[]", _NODE.sub("()", cypher))  # what is left of the patterns: expressions
    for var, written in _LABEL_TEST.findall(outside):
        if var in bound:
            labels |= {name.strip() for name in written.split(":") if name.strip()}
    for var, alias in _ALIAS.findall(outside):
        if var in bound:
            bound.setdefault(alias, set()).update(bound[var])
    for var, k in _ACCESS.findall(cypher):
        if var in bound:
            keys.add((frozenset(bound[var]), k))
    return labels, types, keys


def test_every_name_in_cypher_is_in_the_ontology():
    """Labels, relationship types and property keys in query modules and Python Cypher come from ontology.ttl."""
    from canbo.graph.n10s import N10S_LABELS

    known_labels = set(MODEL.labels.values())
    foreign = set(N10S_LABELS)  # n10s's own, which the n10s script removes after its import
    known_types = set(MODEL.rel_types.values())
    texts = cypher_texts()
    assert len(texts) > 40 and any(k.endswith(".cypher") for k in texts)
    wrong = []
    for where, text in texts.items():
        labels, types, keys = names_used(text)
        wrong += [f"{where}: label {name}" for name in labels - known_labels - foreign if HOLE not in name]
        wrong += [f"{where}: relationship type {name}" for name in types - known_types if HOLE not in name]
        for on, k in keys:
            on = {label for label in on if HOLE not in label and label not in foreign}
            allowed = {"uri"} | ({k for label in on for k in MODEL.keys_of(label)} if on else set(MODEL.keys.values()))
            if k not in allowed:
                wrong.append(f"{where}: key {k} on {'/'.join(sorted(on)) or 'any label'}")
        if re.search(r"\bCALL\s*\{", text):
            wrong.append(f"{where}: CALL {{ … }} without a variable scope (deprecated in Neo4j 5): write CALL (x) {{ … }}")
    assert not wrong, "\n".join(wrong)


def test_canbo_s_own_cypher_never_asks_what_kglite_makes_up():
    """kglite gives every node `id`, `title` and `type` of its own (keys(n), properties(n), n.title on a Person, a
    Role's name as its title): the user's queries are kept from them (kglite_dialect); canbo's own reads never ask,
    reading a property only on a variable of known labels that have it (test above), or the uri every node has."""
    wrong = []
    for where, text in cypher_texts().items():
        if re.search(r"\b(?:keys|properties)\s*\(", _STRING.sub("''", text)):
            wrong.append(f"{where}: keys() or properties()")
        wrong += [f"{where}: {k} on a node of no known label" for on, k in names_used(text)[2]
                  if not {label for label in on if HOLE not in label} and HOLE not in "".join(on) and k != "uri"]
    assert not wrong, "\n".join(wrong)


def test_the_scanner_sees_a_misspelled_name():
    labels, types, keys = names_used("MATCH (b:Body)<-[:ORGANISED_BY]-(e:Evnt) RETURN b.label AS x, e.name")
    assert labels == {"Body", "Evnt"} and types == {"ORGANISED_BY"}
    assert (frozenset({"Body"}), "label") in keys and (frozenset({"Evnt"}), "name") in keys
    assert "label" not in MODEL.keys_of("Body")
    # a label tested in WHERE, and a key read on a variable WITH gave another name
    labels, _, keys = names_used("MATCH (m)-[:REFERS_TO]->(p:Person) WHERE m:Mentoin OR NOT m : Judgement AND p.key = 'x' "
                                 "MERGE (q:Post {uri: r.uri, title: r.title}) "
                                 "WITH p AS official, q RETURN official.nam AS n, [x IN q.title | x] AS t")
    assert labels == {"Person", "Post", "Mentoin", "Judgement"}
    assert (frozenset({"Person"}), "nam") in keys


def test_namespaces_are_closed_and_hold_every_term_the_ontology_uses():
    from rdflib.namespace import DCTERMS, PROV, SKOS

    from canbo.vocab import XSD, ontology

    for namespace, misspelled in ((ORG, "Organisation"), (SCHEMA, "nmae"), (CANBO, "refersto"), (PROV, "derivedFrom"),
                                  (SKOS, "preflabel"), (DCTERMS, "creater"), (XSD, "Date")):
        with pytest.raises(AttributeError):
            getattr(namespace, misspelled)
    for term in set(ontology().subjects()) | set(ontology().objects()):
        for namespace in (ORG, SCHEMA, CANBO, PROV, SKOS, DCTERMS, XSD):
            if isinstance(term, URIRef) and str(term).startswith(str(namespace)) and str(term) != str(namespace):
                assert namespace[str(term)[len(str(namespace)):]] == term  # raises for a term the vocabulary lacks


def test_shared_kinds_captions_and_list_keys_come_from_the_ontology():
    from canbo.graph import writer

    assert MODEL.shared == {"Person", "Body", "Directive", "Role"}
    assert not hasattr(writer, "SHARED")
    assert set(MODEL.captions) == set(MODEL.labels.values())
    assert all(MODEL.captions[label] in MODEL.keys_of(label) for label in MODEL.captions)
    assert MODEL.keys_of("Directive")["aliases"] in MODEL.lists
    # a Body's, a Directive's and a Role's name is read as `name`, like a Person's and an Event's
    assert all("name" in MODEL.keys_of(label) for label in ("Person", "Body", "Directive", "Role", "Event"))
    assert not any("label" in MODEL.keys_of(label) for label in MODEL.labels.values())

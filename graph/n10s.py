"""A Cypher script that imports canbo's Turtle with neosemantics (n10s) into the graph canbo itself writes.

With n10s's defaults, canbo's Turtle gives labels such as `ns0__Membership`, and the
query modules find nothing. The script sets n10s up from the ontology
(canbo:graphLabel, canbo:graphType, canbo:graphKey) so that an import gives exactly
canbo's labels, relationship types and keys:

- `handleVocabUris: 'MAP'` and one `n10s.mapping.add` per class, relationship and
  key. n10s maps a graph name from one IRI only, so where two properties share a
  key (`date` is schema:startDate on an event and canbo:date on a post) the second
  arrives under a name of its own and a statement after the import renames it on
  the labels the ontology gives it.
- `handleMultival: 'ARRAY'` for the list-valued properties (canbo:graphList).
- the standard triples the export adds beside canbo's (prov:wasDerivedFrom,
  org:member ...) are left out of the import (`predicateExclusionList`).
- n10s turns xsd:date into Neo4j dates; canbo keeps days as ISO text (a day can
  lack its year), so they are turned back into text.
- n10s labels every node `Resource` and keeps its configuration and mappings as
  nodes; once the import is done these are removed, with n10s's constraint.

Run it on an empty database, with the Turtle's URL as the parameter `rdf`.
"""
from __future__ import annotations

import json
from collections import defaultdict

from rdflib import URIRef

from ..vocab import CANBO, MODEL, PREFIXES, XSD

#: Labels n10s itself writes: every imported node's, its configuration's and its mappings'.
N10S_LABELS = ("Resource", "_GraphConfig", "_NsPrefDef", "_MapNs", "_MapDef")
N10S_CONSTRAINT = "n10s_unique_uri"


def _split(term: URIRef) -> tuple[str, str]:
    """A vocabulary IRI as namespace and local name, as n10s (rdf4j) splits it: after the last # or /."""
    text = str(term)
    cut = max(text.rfind("#"), text.rfind("/")) + 1
    return text[:cut], text[cut:]


def _cypher(value: object) -> str:
    """A value as a Cypher literal (strings quoted with ', lists and maps as Cypher writes them)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if isinstance(value, list):
        return "[" + ", ".join(_cypher(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_cypher(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def mappings() -> tuple[dict[URIRef, str], dict[URIRef, str]]:
    """Each vocabulary term with the graph name n10s gives it, and the keys that arrive under a name of their own.

    The first property of a key (in IRI order) is mapped to the key; each other one to `key__prefix_local`.
    """
    names: dict[URIRef, str] = {**MODEL.labels, **MODEL.rel_types}
    renamed: dict[URIRef, str] = {}
    by_key: dict[str, list[URIRef]] = defaultdict(list)
    for prop, k in MODEL.keys.items():
        by_key[k].append(prop)
    prefix_of = {namespace: prefix for prefix, namespace in PREFIXES.items()}
    for k, props in by_key.items():
        first, *others = sorted(props)
        names[first] = k
        for prop in others:
            namespace, local = _split(prop)
            names[prop] = renamed[prop] = f"{k}__{prefix_of[namespace]}_{local}"
    return names, renamed


def script() -> str:
    """The Cypher script, one statement per line group, each ending with `;`."""
    names, renamed = mappings()
    lists = sorted(str(p) for p in MODEL.lists)
    standard = sorted({str(p) for p in MODEL.rel_types for p in MODEL.supers[p] + MODEL.inverses[p]})
    config = {"handleVocabUris": "MAP", "handleMultival": "ARRAY", "multivalPropList": lists,
              "handleRDFTypes": "LABELS", "keepLangTag": False, "keepCustomDataTypes": False, "applyNeo4jNaming": False}
    used = {_split(term)[0] for term in names}
    out = [
        "// canbo: import the Turtle of `canbo export rdf` with neosemantics (n10s) into an empty Neo4j database, so",
        "// that it holds exactly the labels, relationship types and keys canbo writes (written from ontology.ttl).",
        "//   cypher-shell -f n10s.cypher --param \"rdf => 'file:///var/lib/neo4j/import/canbo.ttl'\"",
        f"CREATE CONSTRAINT {N10S_CONSTRAINT} IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE;",
        f"CALL n10s.graphconfig.init({_cypher(config)});",
    ]
    out += [f"CALL n10s.nsprefixes.add({_cypher(prefix)}, {_cypher(namespace)});"
            for prefix, namespace in PREFIXES.items() if namespace in used]
    out += [f"CALL n10s.mapping.add({_cypher(str(term))}, {_cypher(name)});"
            for term, name in sorted(names.items(), key=lambda item: (item[1], str(item[0])))]
    out.append(f"CALL n10s.rdf.import.fetch($rdf, 'Turtle', {_cypher({'predicateExclusionList': standard})});")
    out.append("// What n10s cannot do itself: keys shared by two properties, days as text, n10s's own labels.")
    for prop, name in sorted(renamed.items(), key=lambda item: item[1]):
        for cls in sorted(MODEL.domains[prop], key=str):
            out.append(f"MATCH (n:{MODEL.labels[cls]}) WHERE n.{name} IS NOT NULL "
                       f"SET n.{MODEL.keys[prop]} = n.{name} REMOVE n.{name};")
    for label in sorted(MODEL.labels.values()):
        for k, prop in sorted(MODEL.keys_of(label).items()):
            if MODEL.datatypes.get(prop) in (XSD.date, CANBO.Day):
                out.append(f"MATCH (n:{label}) WHERE n.{k} IS NOT NULL SET n.{k} = toString(n.{k});")
    out.append("MATCH (n:Resource) REMOVE n:Resource;")
    out.append(f"DROP CONSTRAINT {N10S_CONSTRAINT} IF EXISTS;")
    out.append("MATCH (n) WHERE " + " OR ".join(f"n:{label}" for label in N10S_LABELS[1:]) + " DETACH DELETE n;")
    return "\n".join(out) + "\n"

"""What neosemantics (n10s) does with the calls of `canbo export n10s`, run against a real Bolt store.

No Neo4j server, hence no n10s plugin, can be installed here (../shared/NOTES.md). This
emulates, from n10s's own source (neo4j-labs/neosemantics: GraphConfig,
MappingUtils, RDFToLPGStatementProcessor, DirectStatementLoader), the parts the
script uses:

- `n10s.graphconfig.init(map)`: the config, kept as a `_GraphConfig` node;
- `n10s.nsprefixes.add(prefix, ns)`: kept on the `_NsPrefDef` node;
- `n10s.mapping.add(iri, name)`: fails unless the IRI's namespace has a prefix;
  removes an earlier mapping of the same name or of the same IRI (one name per
  IRI, one IRI per name); kept as `_MapNs` / `_MapDef` nodes;
- `n10s.rdf.import.fetch(url, 'Turtle', {predicateExclusionList})`, with
  handleVocabUris MAP (a mapped IRI takes its name, any other its local name),
  handleRDFTypes LABELS (rdf:type gives labels), handleMultival ARRAY for the
  IRIs of multivalPropList (a set of values; others keep the last value read);
  literals by datatype: xsd:string as text, the xsd integer types as integers,
  decimal/double/float as floats, xsd:boolean as booleans, xsd:date as a date,
  xsd:dateTime as a date-time, any other datatype (xsd:gMonthDay) as its text;
  every subject and object of a relationship is a node labelled `Resource` with
  its `uri`; a relationship already there is not made twice.

Each node is created with all its labels at once (n10s adds them one by one in the
same transaction): ArcadeDB loses labels added to an existing node under a
uniqueness constraint. Every other statement of the script runs as written.
"""
from __future__ import annotations

import ast
import re
from collections import defaultdict

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from canbo.graph.store import Store

_CALL = re.compile(r"^CALL (n10s\.[\w.]+)\((.*)\);$", re.S)
_INTEGERS = {XSD[t] for t in ("integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger",
                              "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte", "nonPositiveInteger",
                              "negativeInteger")}


def _arguments(text: str, params: dict) -> list:
    """The arguments of a procedure call, Cypher literals read as Python."""
    for name, value in params.items():
        text = text.replace(f"${name}", repr(value))
    text = re.sub(r"([{,]\s*)(\w+)\s*:", r"\1'\2':", text)
    text = re.sub(r"\btrue\b", "True", re.sub(r"\bfalse\b", "False", text))
    return list(ast.literal_eval(f"[{text}]"))


def _split(iri: str) -> tuple[str, str]:
    cut = max(iri.rfind("#"), iri.rfind("/")) + 1
    return iri[:cut], iri[cut:]


class N10s:
    def __init__(self, store: Store):
        self.store = store
        self.config: dict = {}
        self.prefixes: dict[str, str] = {}  # namespace -> prefix
        self.mappings: dict[str, str] = {}  # IRI -> graph name

    def run(self, script: str, turtle: dict[str, str], params: dict) -> None:
        """Run the script; `turtle` holds the text of each URL the script fetches."""
        for line in script.splitlines():
            if not line.strip() or line.startswith("//"):
                continue
            call = _CALL.match(line.strip())
            if not call:
                self.store.write([(line.rstrip(";"), {})])
                continue
            procedure, args = call.group(1), _arguments(call.group(2), params)
            if procedure == "n10s.graphconfig.init":
                self.init(*args)
            elif procedure == "n10s.nsprefixes.add":
                self.add_prefix(*args)
            elif procedure == "n10s.mapping.add":
                self.add_mapping(*args)
            elif procedure == "n10s.rdf.import.fetch":
                url, fmt, options = args
                assert fmt == "Turtle"
                self.fetch(turtle[url], options)
            else:
                raise AssertionError(f"not emulated: {procedure}")

    def init(self, config: dict) -> None:
        assert not self.store.read("MATCH (n) RETURN n.uri LIMIT 1"), "graphconfig.init needs an empty graph"
        self.config = config
        self.store.write([("CREATE (g:_GraphConfig) SET g = $c", {"c": {"_" + k: str(v) for k, v in config.items()}})])

    def add_prefix(self, prefix: str, namespace: str) -> None:
        self.prefixes[namespace] = prefix
        self.store.write([("MERGE (p:_NsPrefDef {_id: 1}) SET p += $m", {"m": {prefix: namespace}})])

    def add_mapping(self, iri: str, name: str) -> None:
        namespace, local = _split(iri)
        if namespace not in self.prefixes:
            raise AssertionError(f"No namespace prefix defined for vocabulary {namespace}")
        self.mappings = {k: v for k, v in self.mappings.items() if v != name and k != iri}
        self.mappings[iri] = name
        self.store.write([("MERGE (ns:_MapNs {_ns: $ns, _prefix: $p}) "
                           "CREATE (d:_MapDef {_key: $name, _local: $local}) CREATE (d)-[:_IN]->(ns)",
                           {"ns": namespace, "p": self.prefixes[namespace], "name": name, "local": local})])

    def _name(self, iri: URIRef) -> str:
        assert self.config["handleVocabUris"] == "MAP" and not self.config.get("applyNeo4jNaming")
        return self.mappings.get(str(iri), _split(str(iri))[1])

    @staticmethod
    def _value(literal: Literal) -> object:
        datatype = literal.datatype or XSD.string
        if datatype in (XSD.string, RDF.langString):
            return str(literal)
        if datatype in _INTEGERS:
            return int(literal)
        if datatype in (XSD.decimal, XSD.double, XSD.float):
            return float(literal)
        if datatype == XSD.boolean:
            return literal.toPython()
        if datatype in (XSD.date, XSD.dateTime):
            return literal.toPython()
        return str(literal)  # a custom datatype, kept as its text (MAP mode keeps no datatype)

    def fetch(self, text: str, options: dict) -> None:
        excluded = set(options.get("predicateExclusionList") or ())
        multival = set(self.config.get("multivalPropList") or ()) if self.config.get("handleMultival") == "ARRAY" else set()
        labels: dict[str, set[str]] = defaultdict(set)
        props: dict[str, dict] = defaultdict(dict)
        rels: set[tuple[str, str, str]] = set()
        for s, p, o in Graph().parse(data=text, format="turtle"):
            if str(p) in excluded:
                continue
            if isinstance(o, Literal):
                name = self._name(p)
                if str(p) in multival:
                    props[str(s)].setdefault(name, set()).add(self._value(o))
                else:
                    props[str(s)][name] = self._value(o)
                labels[str(s)]
            elif p == RDF.type and not isinstance(o, BNode):
                labels[str(s)].add(self._name(o))
                props[str(s)]
            else:
                rels.add((str(s), self._name(p), str(o)))
                labels[str(s)], labels[str(o)]
                props[str(s)], props[str(o)]
        by_labels: dict[tuple[str, ...], list[dict]] = defaultdict(list)
        for uri, found in labels.items():
            values = {k: sorted(v) if isinstance(v, set) else v for k, v in props[uri].items()}
            by_labels[tuple(sorted(found))].append({**values, "uri": uri})
        statements = [(f"UNWIND $rows AS r CREATE (n:{':'.join(('Resource',) + names)}) SET n = r", {"rows": rows})
                      for names, rows in by_labels.items()]
        by_type: dict[str, list[dict]] = defaultdict(list)
        for s, rel, o in rels:
            by_type[rel].append({"s": s, "o": o})
        statements += [(f"UNWIND $rows AS r MATCH (a:Resource {{uri: r.s}}) MATCH (b:Resource {{uri: r.o}}) "
                        f"MERGE (a)-[:{rel}]->(b)", {"rows": rows}) for rel, rows in by_type.items()]
        self.store.write(statements)

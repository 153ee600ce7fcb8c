"""CSV files for `neo4j-admin database import full`: the bulk path into Neo4j for very large archives.

Same labels, keys and relationship types as the online path (they are read back
from the store, which ontology.ttl named). Every node's `uri` is its import ID in
one ID space, so relationships need no lookups. Each column's type comes from the
ontology: `:long` and `:boolean` from canbo:graphDatatype, `:string[]` for a list
(canbo:graphList), its values joined by an array delimiter no text holds: U+001F, the
unit separator, a control character reading strips from every article (decoding.py),
so an author "Trần A; Lê B" stays one value. Sentences hold line breaks, so import.sh
passes `--multiline-fields=true`. After the import,
the first canbo command against the database creates the uniqueness constraints
and indexes.
"""
from __future__ import annotations

import csv
import shlex
from pathlib import Path

from rdflib import URIRef

from ..output import replacing, write_text
from ..vocab import MODEL, XSD
from .store import Store
from .views import flat, to_networkx

ID_SPACE = "canbo"
#: The array delimiter that joins a list's values in a cell: the unit separator, which no text canbo reads holds.
LIST_DELIMITER = "\x1f"
_TYPES: dict[URIRef | None, str] = {XSD.integer: ":long", XSD.boolean: ":boolean"}


def column_type(label: str, key: str) -> str:
    """The neo4j-admin header type of a label's key (`` for a string)."""
    prop = MODEL.keys_of(label)[key]
    if prop in MODEL.lists:
        return ":string[]"
    return _TYPES.get(MODEL.datatypes.get(prop), "")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):  # a graph written before control characters were stripped at reading
        value = [str(v).replace(LIST_DELIMITER, " ") for v in value]
    return str(flat(value, LIST_DELIMITER))


def export_neo4j_import(store: Store, folder: Path, database: str = "neo4j") -> list[Path]:
    """Write nodes-<Label>.csv, rels-<TYPE>.csv and import.sh into `folder`; the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    graph = to_networkx(store)
    written: list[Path] = []
    by_label: dict[str, list[tuple[str, dict]]] = {}
    for node, attrs in graph.nodes(data=True):
        by_label.setdefault(attrs["type"], []).append((node, attrs))
    for label, nodes in sorted(by_label.items()):
        keys = sorted({k for _, a in nodes for k in a if k != "type"})
        path = folder / f"nodes-{label}.csv"
        with replacing(path, newline="") as f:
            out = csv.writer(f)
            out.writerow([f"uri:ID({ID_SPACE})"] + [k + column_type(label, k) for k in keys] + [":LABEL"])
            for uri, attrs in sorted(nodes):
                out.writerow([uri] + [_cell(attrs.get(k)) for k in keys] + [label])
        written.append(path)
    by_type: dict[str, list[tuple[str, str]]] = {}
    for source, target, attrs in graph.edges(data=True):
        by_type.setdefault(attrs["type"], []).append((source, target))
    for rel, pairs in sorted(by_type.items()):
        path = folder / f"rels-{rel}.csv"
        with replacing(path, newline="") as f:
            out = csv.writer(f)
            out.writerow([f":START_ID({ID_SPACE})", f":END_ID({ID_SPACE})", ":TYPE"])
            for source, target in sorted(pairs):
                out.writerow([source, target, rel])
        written.append(path)
    args = [f"--nodes={p.name}" for p in written if p.name.startswith("nodes-")]
    args += [f"--relationships={p.name}" for p in written if p.name.startswith("rels-")]
    args += ["--multiline-fields=true", f"--array-delimiter=U+{ord(LIST_DELIMITER):04X}", "--overwrite-destination"]
    script = folder / "import.sh"
    write_text(script, "#!/bin/sh\n# Run where Neo4j is installed, with the database stopped; then start it and run any\n"
                       "# canbo command against it once to create the constraints and indexes.\ncd \"$(dirname \"$0\")\"\n"
                       f"neo4j-admin database import full {shlex.quote(database)} {' '.join(args)}\n")
    script.chmod(0o755)
    return written + [script]

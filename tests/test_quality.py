"""Extraction quality through the whole pipeline (ingest -> store -> export facts -> score.py) on the
three development gold sets, held to the targets of the extraction issue. A drop here is a regression.

`dev` holds the 20 articles the first rules grew on; `dev2` (45 more articles of corpus/news) and `dev3`
(28 recent excerpts from 28 government, party and press sites) were annotated from the text alone, and
say more about articles canbo has never read.
"""
import importlib.util
import json
import shutil

import pytest

from canbo.graph.facts import export_facts
from canbo.graph.store import KgliteStore
from canbo.ingest import ingest

from conftest import GOLD, SHARED, needs_shared

pytestmark = needs_shared

CORPORA = [SHARED / "corpus" / name for name in ("seeds", "news", "modern")]

# gold set -> macro F1 target, then per-kind targets. The targets (#13): dev2 macro >= 0.85 with
# posts >= 0.80, organizers >= 0.75, chairs >= 0.80, chair_directive >= 0.75; dev3 macro >= 0.80; dev macro
# >= 0.90 still. The other kinds are held a little below where the rules stand, as regression floors.
TARGETS = {
    "dev": (0.90, {"persons": 0.95, "titles": 0.95, "posts": 0.85, "directives": 0.88, "events": 0.90,
                   "organizers": 0.85, "chairs": 0.85, "participants": 0.88, "directive_links": 0.85,
                   "chair_directive": 0.80}),
    "dev2": (0.85, {"persons": 0.95, "titles": 0.92, "posts": 0.80, "directives": 0.82, "events": 0.90,
                    "organizers": 0.75, "chairs": 0.80, "participants": 0.82, "directive_links": 0.80,
                    "chair_directive": 0.75}),
    "dev3": (0.80, {"persons": 0.95, "titles": 0.95, "posts": 0.92, "directives": 0.92, "events": 0.90,
                    "organizers": 0.85, "chairs": 0.92, "participants": 0.90, "directive_links": 0.90,
                    "chair_directive": 0.90}),
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score", GOLD.parent / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def _source(name: str):
    return next(folder / name for folder in CORPORA if (folder / name).exists())


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    """Each gold set's articles ingested into one store, exported, and scored against that set."""
    score = _scorer()
    golds = {name: json.loads((GOLD / f"{name}.json").read_text("utf-8")) for name in TARGETS}
    folder = tmp_path_factory.mktemp("gold-articles")
    for gold in golds.values():
        for a in gold["articles"]:
            shutil.copy(_source(a["article"]), folder / a["article"])
    store = KgliteStore(folder / "gold.kgl", writable=True)
    ingest([folder], store)
    facts = export_facts(store)
    store.close()
    return {name: score.score(gold, facts) for name, gold in golds.items()}


@pytest.mark.parametrize("gold", sorted(TARGETS))
def test_macro_f1(scores, gold):
    assert scores[gold]["missing_articles"] == []
    assert scores[gold]["macro_f1"] >= TARGETS[gold][0]


@pytest.mark.parametrize("gold, kind", [(g, k) for g in sorted(TARGETS) for k in sorted(TARGETS[g][1])])
def test_each_kind_meets_its_target(scores, gold, kind):
    assert scores[gold]["kinds"][kind]["f1"] >= TARGETS[gold][1][kind]

"""One official, one node, in the store: real cases from the corpus, decisions that do not depend on the order the
articles came in or on reading them again, stable identifiers, and judgements that outlive a rebuild."""
import random
import shutil

import pytest

from canbo.graph.facts import export_facts
from canbo.graph.identity.ids import short_id
from canbo.graph.identity.review import find_person, import_judgements, judgements, merge, same, split
from canbo.graph.lookup import roles
from canbo.graph.store import KgliteStore, StoreError
from canbo.ingest import ingest

from conftest import NEWS, SEEDS, needs_shared

pytestmark = needs_shared

# Nguyễn Văn Sơn, Thứ trưởng Bộ Công an (baomoi_0006, vietnews_0057, vietnews_0105), is not
# Nguyễn Văn Sơn, Chủ tịch UBND tỉnh Hà Giang (vietnews_0001). Nguyễn Phú Trọng and Nguyễn Xuân Phúc
# are each one person across the articles that name them.
SON = ["baomoi_0006.txt", "vietnews_0057.txt", "vietnews_0105.txt", "vietnews_0001.txt"]
LEADERS = ["baomoi_0014.txt", "baomoi_0023.txt", "baomoi_0095.txt", "vietnews_0205.txt", "vietnews_0002.txt"]
# Lương Cường is named in five articles, in one of them with no post: one person however the articles come.
CUONG = ["baomoi_0030.txt", "baomoi_0093.txt", "baomoi_0097.txt", "vietnews_0064.txt", "vietnews_0106.txt"]


def persons_named(store, key):
    return store.read("MATCH (p:Person {key: $k})<-[:REFERS_TO]-(m:Mention) RETURN p.uri AS uri, count(m) AS n "
                      "ORDER BY n DESC", {"k": key})


def partition(store) -> dict[tuple[str, str], str]:
    """(article, name) -> the id of its person, for every person the facts export lists."""
    return {(a["article"], p["name"]): p["id"] for a in export_facts(store)["articles"] for p in a["persons"]}


@pytest.fixture
def corpus(store):
    ingest([NEWS / name for name in SON + LEADERS], store)
    return store


def test_namesakes_with_no_body_or_place_in_common_stay_apart(corpus):
    assert [r["n"] for r in persons_named(corpus, "nguyễn văn sơn")] == [3, 1]


def test_a_leader_named_in_several_articles_is_one_person(corpus):
    (trong,) = persons_named(corpus, "nguyễn phú trọng")
    assert trong["n"] >= 4
    (found,) = roles(corpus, "Nguyễn Phú Trọng").values()
    assert len({r["article"] for r in found}) >= 4


def test_every_decision_is_recorded_with_its_rule(corpus):
    rows = same(corpus, "Nguyễn Văn Sơn")
    assert {r["rule"] for r in rows} == {"shared-body", "no-shared-context"}
    assert all(r["reason"] for r in rows)


def test_reingest_makes_the_same_decisions(corpus):
    before = sorted((r["article"], r["id"], r["rule"], r["reason"]) for r in same(corpus, "Nguyễn Văn Sơn"))
    ingest([NEWS / name for name in SON], corpus)
    assert sorted((r["article"], r["id"], r["rule"], r["reason"]) for r in same(corpus, "Nguyễn Văn Sơn")) == before


def _embedded(tmp_path, name):
    return KgliteStore(tmp_path / f"{name}.kgl", writable=True)


def test_the_partition_does_not_depend_on_the_order_of_ingestion(tmp_path):
    files = sorted(NEWS.iterdir())[:120] + [NEWS / n for n in SON + LEADERS + CUONG]
    files = sorted(set(files))
    with _embedded(tmp_path, "sorted") as store:
        ingest(files, store)
        expected = partition(store)
    shuffled = files[:]
    random.Random(7).shuffle(shuffled)
    with _embedded(tmp_path, "shuffled") as store:
        for i in range(0, len(shuffled), 40):  # three runs, batches of five articles
            ingest(shuffled[i:i + 40], store, batch_articles=5, workers=1)
        assert partition(store) == expected  # the same persons, with the same identifiers


def test_an_edited_article_read_again_over_a_full_graph_gives_what_a_fresh_ingest_gives(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in sorted(set(CUONG + SON + LEADERS)):
        shutil.copy(NEWS / name, folder / name)
    with _embedded(tmp_path, "full") as store:
        ingest([folder], store)
        # the article now names Lương Cường with no post, and Nguyễn Văn Sơn of Hà Giang as a deputy minister
        edited = folder / "vietnews_0106.txt"
        text = edited.read_text("utf-8").replace("Đại tướng Lương Cường", "ông Lương Cường")
        edited.write_text(text + "\n\nThứ trưởng Bộ Công an Nguyễn Văn Sơn dự buổi lễ.", "utf-8")
        for _ in range(2):  # and again: reading it twice changes nothing
            ingest([edited], store)
            again = partition(store)
            assert len(roles(store, "Lương Cường")) == 1
    with _embedded(tmp_path, "fresh") as store:
        ingest([folder], store)
        assert partition(store) == again


def test_person_ids_do_not_change_when_an_unrelated_article_is_added(store, tmp_path):
    ingest([NEWS / n for n in SON + LEADERS], store)
    before = partition(store)
    (tmp_path / "zz.txt").write_text("Tin\n\nÔng Trần Văn Khác, Bí thư Huyện ủy Mê Linh, dự hội nghị.", "utf-8")
    ingest([tmp_path / "zz.txt"], store)
    after = partition(store)
    assert {k: v for k, v in after.items() if k[0] != "zz.txt"} == before


def test_merge_and_split_are_kept_across_reingest(corpus):
    big, small = persons_named(corpus, "nguyễn văn sơn")
    merge(corpus, short_id(big["uri"]), short_id(small["uri"]))
    assert [r["n"] for r in persons_named(corpus, "nguyễn văn sơn")] == [4]
    ingest([NEWS / "vietnews_0001.txt"], corpus)
    assert [r["n"] for r in persons_named(corpus, "nguyễn văn sơn")] == [4]

    (merged,) = persons_named(corpus, "nguyễn văn sơn")
    split(corpus, short_id(merged["uri"]), "vietnews_0001.txt")
    assert [r["n"] for r in persons_named(corpus, "nguyễn văn sơn")] == [3, 1]
    ingest([NEWS / "vietnews_0001.txt"], corpus)
    assert [r["n"] for r in persons_named(corpus, "nguyễn văn sơn")] == [3, 1]
    assert [j.verdict for j in judgements(corpus)] == ["same", "different"]  # the log keeps both, in order
    rows = same(corpus, "Nguyễn Văn Sơn")
    assert any(r["rule"] == "judgement" and "different" in r["reason"] for r in rows)


def test_an_unsure_judgement_is_logged_and_changes_nothing(corpus):
    big, small = persons_named(corpus, "nguyễn văn sơn")
    a, b = merge(corpus, short_id(big["uri"]), short_id(small["uri"]), verdict="unsure", by="reviewer")
    assert a["uri"] != b["uri"] and [r["n"] for r in persons_named(corpus, "nguyễn văn sơn")] == [3, 1]
    (logged,) = judgements(corpus)
    assert (logged.verdict, logged.by) == ("unsure", "reviewer") and logged.at.endswith("Z")


def test_judgements_survive_a_rebuild_from_the_articles_through_their_export(corpus, tmp_path):
    big, small = persons_named(corpus, "nguyễn văn sơn")
    merge(corpus, short_id(big["uri"]), short_id(small["uri"]), by="reviewer", reason="same career")
    (leader,) = persons_named(corpus, "nguyễn phú trọng")
    split(corpus, short_id(leader["uri"]), "baomoi_0095.txt")
    judged = partition(corpus)
    log = [j.to_json() for j in judgements(corpus)]
    with _embedded(tmp_path, "rebuilt") as rebuilt:
        ingest([NEWS / name for name in SON + LEADERS], rebuilt)
        assert partition(rebuilt) != judged
        assert import_judgements(rebuilt, log) == (2, 2)
        assert partition(rebuilt) == judged
        assert import_judgements(rebuilt, log) == (2, 0)  # importing twice adds nothing
    with _embedded(tmp_path, "first") as first:  # or the log first, and the articles after
        import_judgements(first, log)
        ingest([NEWS / name for name in SON + LEADERS], first)
        assert partition(first) == judged


def test_a_bad_line_in_a_log_is_a_clear_error_and_nothing_is_imported(corpus):
    with pytest.raises(StoreError, match=r"log:2: verdict must be one of same, different, unsure"):
        import_judgements(corpus, ['{"left": {"name": "A B", "article": "x"}, "right": {"name": "A B", "article": "y"},'
                                   ' "verdict": "same", "at": "2024-01-01T00:00:00Z"}',
                                   '{"left": {"name": "A B", "article": "x"}, "right": {"name": "A B", "article": "y"},'
                                   ' "verdict": "maybe", "at": "2024-01-01T00:00:00Z"}'], "log")
    assert judgements(corpus) == []


def test_unknown_person_id_is_a_clear_error(corpus):
    with pytest.raises(StoreError, match="no person with id"):
        find_person(corpus, "nope")


def test_roles_as_of_a_date_and_timeline(store):
    from canbo.graph.lookup import timeline

    ingest([SEEDS], store)
    assert roles(store, "Sử Ngọc Anh", "2019-01-01") == {"Sử Ngọc Anh": []}  # known, with no post reported by then
    (rows,) = roles(store, "Sử Ngọc Anh", "2019-12-31").values()
    assert {r["title"] for r in rows} == {"Bí thư", "Ủy viên"}
    (events,) = timeline(store, "Đoàn Đình Nguyên").values()
    assert ("2017-09-28", "chair") in {(r["date"], r["what"]) for r in events}


def test_a_plenum_resolution_and_its_number_are_one_directive(store, tmp_path):
    (tmp_path / "a.txt").write_text("Tin\n\nSáng 5/1/2017, Quận ủy Hai Bà Trưng tổ chức hội nghị quán triệt Nghị quyết "
                                    "Trung ương 4 (khóa XII).", "utf-8")
    (tmp_path / "b.txt").write_text("Tin\n\nSáng 9/2/2017, Tỉnh ủy Nam Định tổ chức hội nghị triển khai Nghị quyết số "
                                    "04-NQ/TW ngày 30/10/2016 của Ban Chấp hành Trung ương Đảng.", "utf-8")
    ingest([tmp_path], store)
    from canbo.queries import all_queries

    q = all_queries()["directive-reach"]
    rows = store.read(q.cypher, q.bind({"directive": "Trung ương 4 khóa XII"}))
    assert rows == [{"directive": "Nghị quyết 04-NQ/TW", "events": 2, "bodies": 2}]
    # each article still names it the way it wrote it
    labels = {a["article"]: [d["label"] for d in a["directives"]] for a in export_facts(store)["articles"]}
    assert labels == {"a.txt": ["Nghị quyết Trung ương 4 khóa XII"], "b.txt": ["Nghị quyết 04-NQ/TW"]}


def test_same_number_in_another_term_is_another_document(store, tmp_path):
    (tmp_path / "a.txt").write_text("Tin\n\nthực hiện Nghị quyết Trung ương 4 khóa XI về xây dựng Đảng.", "utf-8")
    (tmp_path / "b.txt").write_text("Tin\n\ngồm Nghị quyết số 12-NQ/TW ngày 3-6-2017 về doanh nghiệp nhà nước.", "utf-8")
    ingest([tmp_path], store)
    rows = store.read("MATCH (d:Directive) WHERE d.name = 'Nghị quyết 12-NQ/TW' RETURN d.issued AS issued ORDER BY issued")
    assert rows == [{"issued": "2012-01-16"}, {"issued": "2017-06-03"}]


def test_bodies_sit_in_the_hierarchy_and_bare_committees_say_they_are_unresolved(store):
    ingest([SEEDS], store)
    chain = store.read("MATCH (:Body {name: 'Ban Tuyên giáo Quận ủy Gò Vấp'})-[:PART_OF*1..3]->(p:Body) "
                       "RETURN p.name AS label ORDER BY label")
    assert [r["label"] for r in chain] == ["Ban Chấp hành Trung ương Đảng", "Quận ủy Gò Vấp",
                                           "Thành ủy Thành phố Hồ Chí Minh"]
    bare = store.read("MATCH (b:Body {unresolved: true}) RETURN b.name AS label ORDER BY label")
    assert "Quận ủy" in [r["label"] for r in bare]
    assert "Quận ủy Gò Vấp" not in [r["label"] for r in bare]

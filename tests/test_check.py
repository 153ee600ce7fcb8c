"""`canbo check`: the facts a careful reader would doubt, found in a graph written with known faults."""
import datetime as dt
import json

import pytest
from click.testing import CliRunner

from canbo.cli import main
from canbo.graph.check import bare_kind, check, not_a_person, runs_into_clause
from canbo.graph.store import KgliteStore
from canbo.graph.writer import Writer, prepare
from canbo.loaders.facts import Article, Directive, Event, Evidence, Extraction, Person, Post
from canbo.loaders.gazetteer import gazetteer
from canbo.loaders.rdf import to_rdf

GAZ = gazetteer()


@pytest.mark.parametrize("body, bare", [
    ("Phòng", True), ("Bộ", True), ("ban", True), ("", True),
    ("Bộ Chính trị", False), ("Quận ủy", False), ("Thường trực", False), ("Phòng Nội vụ", False),
])
def test_a_bare_kind_names_no_body_unless_it_is_one_body_or_an_organ_left_unsaid(body, bare):
    assert bare_kind(body, GAZ) is bare


@pytest.mark.parametrize("body, runs", [
    ("Tập đoàn FLC khẳng", True), ("Ban Bí thư Trung ương Đảng đã", True), ("Sở Giáo dục được", True),
    ("Ban Bí thư Trung ương Đảng dự Đại hội", True),
    ("Bộ Thông tin và Truyền thông", False), ("Ủy ban nhân dân Thành phố Hải Phòng", False),
    ("Trung tâm Bồi dưỡng chính trị quận", False), ("Báo Nhân Dân", False), ("Ban Chỉ đạo", False),
    ("Ủy ban Kinh tế của Quốc hội", False), ("Ban Dân nguyện của Ủy ban Thường vụ Quốc hội", False),
    ("Sở Tư pháp của tỉnh đã", True),
    ("Tổ công tác triển khai Đề án 06 của tỉnh Hưng Yên", False),  # h/posts4: a group of the province
    ("Ban Chỉ đạo phòng chống thiên tai của thành phố Hải Phòng", False),
    ("Ủy ban Quản lý vốn nhà nước tại doanh nghiệp", False), ("Vụ Tài chính các ngân hàng và tổ chức tài chính", False),
])
def test_a_body_that_runs_into_the_clause_after_it(body, runs):
    assert runs_into_clause(body, GAZ) is runs


@pytest.mark.parametrize("name, authors, has_post, why", [
    ("Đinh Dậu", [], False, "a lunar year"),
    ("Mậu Tuất", [], True, "a lunar year"),
    ("Thiên Ngôn", ["Thiên Ngôn"], False, "the article's byline"),
    ("Hà Nội", [], False, "a place"),
    ("Hà Giang", [], True, None),  # a post makes it a person's name
    ("Đinh La Thăng", [], False, None),
])
def test_names_that_are_no_person(name, authors, has_post, why):
    assert not_a_person(name, authors, has_post, GAZ) == why


def _faulty_article() -> Extraction:
    text = "Tin\n\nNội dung."
    ev = Evidence(0, 3, "Tin")
    article = Article(key="faulty.txt", text=text, title="Tin", published="2017-05-01", body_start=4)
    x = Extraction(article, authors=["Thiên Ngôn"])
    x.persons = [
        Person("Nguyễn Văn An", [ev], [Post("Trưởng phòng", "Phòng", ev), Post("Giám đốc", "Tập đoàn FLC khẳng", ev),
                                         Post("Bí thư", None, ev)]),
        Person("Đinh Dậu", [ev]),
        Person("Thiên Ngôn", [ev]),
        Person("Trần Văn Bình", [ev], [Post("Bí thư", "Quận ủy Gò Vấp", ev)]),
    ]
    x.directives = [Directive("Chỉ thị 05-CT/TW", "Chỉ thị", ev, "05", "CT/TW")]
    late = Event("hội nghị", "hội nghị sau ngày đăng", "2017-06-01", ev, participants=["Trần Văn Bình"],
                 directives=["Chỉ thị 05-CT/TW"])
    empty = Event("lễ", "lễ không ai dự", "2017-04-01", ev, directives=["Chỉ thị 05-CT/TW"])
    x.events = [late, empty]
    return x


@pytest.fixture
def faulty_db(tmp_path):
    path = tmp_path / "faulty.kgl"
    store = KgliteStore(path, writable=True)
    store.ensure_schema()
    Writer(store).write([prepare(to_rdf(_faulty_article()))])
    store.close()
    return str(path)


def test_check_finds_each_kind_of_doubt_with_its_article_and_sentence(store):
    store.ensure_schema()
    Writer(store).write([prepare(to_rdf(_faulty_article()))])
    doubts = check(store)
    assert {(d.article, d.sentence) for d in doubts} == {("faulty.txt", "Tin")}
    assert {(d.kind, d.value) for d in doubts} == {
        ("bare-body", "Phòng"),
        ("body-runs-into-clause", "Tập đoàn FLC khẳng"),
        ("non-person", "Đinh Dậu (a lunar year)"),
        ("non-person", "Thiên Ngôn (the article's byline)"),
        ("future-date", "hội nghị sau ngày đăng on 2017-06-01: after the article (2017-05-01)"),
        ("post-without-body", "Nguyễn Văn An: Bí thư"),
        ("event-without-participant", "lễ không ai dự"),
        ("directive-on-every-event", "Chỉ thị 05-CT/TW (2 events)"),
    }


def test_an_event_after_today_is_in_the_future(faulty_db):
    store = KgliteStore(faulty_db, writable=False)
    found = check(store, ["future-date"], today=dt.date(2017, 5, 15))
    store.close()
    assert [d.value.split(": ")[-1] for d in found] == ["in the future"]


def test_check_command_counts_lists_and_filters(faulty_db):
    run = CliRunner().invoke
    summary = json.loads(run(main, ["check", "--db", faulty_db, "--json", "--summary"]).output)
    assert "doubts" not in summary
    assert {r["kind"]: r["facts"] for r in summary["counts"]}["non-person"] == 2
    errors = json.loads(run(main, ["check", "--db", faulty_db, "--json", "--errors"]).output)
    assert {r["kind"] for r in errors["counts"]} == {"bare-body", "body-runs-into-clause", "non-person", "future-date"}
    assert all(d["article"] == "faulty.txt" and d["sentence"] == "Tin" for d in errors["doubts"])
    table = run(main, ["check", "--db", faulty_db, "--kind", "bare-body"])
    assert table.exit_code == 0 and "Phòng" in table.output and "Đinh Dậu" not in table.output
    unknown = run(main, ["check", "--db", faulty_db, "--kind", "nonsense"])
    assert unknown.exit_code == 1 and "no check named 'nonsense'" in unknown.output

"""The identity rules on their own: a pure function of what the mentions of a name offer, and the users' verdicts."""
import random

from canbo.graph.identity.rules import Profile, Verdict, body_facts, evidence, expected_bearers, rare, resolve, setting_of
from canbo.loaders.text import key

COMMON = key("Nguyễn Văn Sơn")
RARE = key("Trương Quang Nghĩa")


def mention(article: str, *posts: tuple[str, str], setting: tuple[str, ...] = (), name: str = COMMON) -> Profile:
    return Profile(name, evidence(((t, key(b)) for t, b in posts), setting), article)


def people(profiles, verdicts=()) -> list[set[str]]:
    """The partition, as sets of the articles of each person."""
    found: dict = {}
    for p, d in zip(profiles, resolve(profiles, verdicts), strict=True):
        found.setdefault(d.person, set()).add(p.first)
    return sorted(found.values(), key=min)


def test_what_bodies_tell():
    assert body_facts(key("Ban Tuyên giáo Quận ủy Gò Vấp")).provinces == {"hồ chí minh"}  # a district counts for its province
    assert body_facts(key("Bộ Chính trị")).national and body_facts(key("Bộ Chính trị")).specific
    assert not body_facts(key("Đoàn đại biểu Quốc hội tỉnh Nghệ An")).national  # national word, local body
    for vague in ("Ủy ban nhân dân", "Hội đồng nhân dân tỉnh", "Ban Chỉ đạo", "Hội", "Ủy ban Kiểm tra"):
        assert not body_facts(key(vague)).specific, vague
    assert setting_of([key("Thành ủy Hà Nội"), key("Sở Y tế Đà Nẵng"), key("Bộ Công an")]) == {"hà nội", "đà nẵng"}


def test_how_common_a_name_is():
    assert expected_bearers(COMMON) > 1 > expected_bearers(RARE)
    assert rare(RARE) and not rare(COMMON) and not rare(key("Nguyễn Mạnh Hùng"))
    assert not rare("an")  # one word is no full name


def test_a_promotion_in_the_same_committee_is_one_person():
    ps = [mention("a", ("Phó Bí thư", "Tỉnh ủy Hà Giang")), mention("b", ("Bí thư", "Tỉnh ủy Hà Giang"))]
    assert people(ps) == [{"a", "b"}]
    assert resolve(ps)[1].rule == "shared-body"


def test_the_same_province_or_the_national_leadership_joins():
    place = [mention("a", ("Chủ tịch", "Ủy ban nhân dân thành phố Hải Phòng")), mention("b", ("Bí thư", "Thành ủy Hải Phòng"))]
    assert people(place) == [{"a", "b"}] and resolve(place)[0].rule == "shared-place"
    national = [mention("a", ("Ủy viên", "Bộ Chính trị")), mention("b", ("Phó Thủ tướng", "Chính phủ"))]
    assert people(national) == [{"a", "b"}] and resolve(national)[0].rule == "both-national"


def test_a_common_name_in_unrelated_bodies_is_two_people_a_rare_one_is_one():
    ps = [mention("a", ("Thứ trưởng", "Bộ Công an")), mention("b", ("Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang"))]
    assert people(ps) == [{"a"}, {"b"}]
    rare_ps = [Profile(RARE, p.evidence, p.first) for p in ps]
    assert people(rare_ps) == [{"a", "b"}] and resolve(rare_ps)[1].rule == "rare-name"


def test_a_mention_with_no_post_joins_the_one_person_nothing_speaks_against():
    known = mention("a", ("Bí thư", "Tỉnh ủy Quảng Trị"))
    assert people([known, mention("b")]) == [{"a", "b"}]
    assert people([known, mention("b", setting=("quảng trị", "hà nội"))]) == [{"a", "b"}]
    # an article set in other provinces only speaks against a person whose posts are all local
    assert people([known, mention("b", setting=("hà nội",))]) == [{"a"}, {"b"}]
    national = mention("a", ("Ủy viên", "Bộ Chính trị"))
    assert people([national, mention("b", setting=("hà nội",))]) == [{"a", "b"}]


def test_with_two_candidates_a_mention_with_no_post_stays_apart_unless_one_is_local():
    two = [mention("a", ("Thứ trưởng", "Bộ Công an")), mention("b", ("Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang"))]
    decisions = resolve(two + [mention("c")])
    assert decisions[2].rule == "several-candidates" and people(two + [mention("c")]) == [{"a"}, {"b"}, {"c"}]
    # an article set in Hà Giang: the Hà Giang official is the one local to it
    assert people(two + [mention("c", setting=("hà giang",))]) == [{"a"}, {"b", "c"}]


def test_a_title_with_no_body_joins_the_one_person_holding_it():
    ps = [mention("a", ("Chủ nhiệm", "Ủy ban Kiểm tra Trung ương")), mention("b", ("Chủ nhiệm", "Ủy ban"))]
    assert people(ps) == [{"a", "b"}] and resolve(ps)[1].rule == "same-title"
    other = [ps[0], mention("b", ("Trưởng ban", ""))]  # a title the person never held: nothing says it is them
    assert people(other) == [{"a"}, {"b"}]


def test_mentions_no_known_person_fits_are_one_person_per_setting():
    ps = [mention("a", setting=("hà nội",)), mention("b", setting=("hà nội", "huế")), mention("c", setting=("đà nẵng",))]
    assert people(ps) == [{"a", "b"}, {"c"}]
    assert people(ps[:2] + [mention("d")]) == [{"a", "b", "d"}]  # set nowhere: joins the one person there is
    assert people([mention("a"), mention("b")]) == [{"a", "b"}]


def test_verdicts_join_and_keep_apart_and_unsure_changes_nothing():
    ps = [mention("a", ("Thứ trưởng", "Bộ Công an")), mention("b", ("Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang")),
          mention("c", ("Thứ trưởng", "Bộ Công an"), ("Ủy viên", "Đảng ủy Công an Trung ương"))]
    assert people(ps) == [{"a", "c"}, {"b"}]
    assert people(ps, [Verdict((COMMON, "a"), (COMMON, "b"), "same")]) == [{"a", "b", "c"}]
    assert people(ps, [Verdict((COMMON, "c"), (COMMON, "a"), "different")]) == [{"a"}, {"b"}, {"c"}]
    assert people(ps, [Verdict((COMMON, "c"), (COMMON, "a"), "unsure")]) == [{"a", "c"}, {"b"}]
    decisions = resolve(ps, [Verdict((COMMON, "c"), (COMMON, "a"), "different")])
    assert decisions[2].rule == "judgement" and "not the same" in decisions[2].reason


def test_a_different_verdict_keeps_the_others_together():
    ps = [mention(x, ("Bí thư", "Tỉnh ủy Hà Giang")) for x in "abc"]
    ps = [Profile(p.key, p.evidence, p.first) for p in ps]
    assert people(ps, [Verdict((COMMON, "b"), (COMMON, "a"), "different")]) == [{"a", "c"}, {"b"}]


def test_the_decisions_do_not_depend_on_the_order_and_name_persons_after_their_smallest_mention():
    ps = [mention("k", ("Thứ trưởng", "Bộ Công an")), mention("b", ("Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang")),
          mention("c", ("Bộ trưởng", "Bộ Công an")), mention("d", setting=("hà giang",)), mention("e"),
          mention("f", ("Bí thư", "")), mention("g", ("Phó Bí thư", "Tỉnh ủy Hà Giang"))]
    expected = {p.first: d for p, d in zip(ps, resolve(ps), strict=True)}
    assert expected["k"].person == (COMMON, "c") and expected["g"].person == (COMMON, "b")
    for seed in range(20):
        shuffled = ps[:]
        random.Random(seed).shuffle(shuffled)
        assert {p.first: d for p, d in zip(shuffled, resolve(shuffled), strict=True)} == expected


def test_evidence_joins_only_mentions_of_one_name():
    ps = [mention("a", ("Bí thư", "Tỉnh ủy Hà Giang")), mention("b", ("Bí thư", "Tỉnh ủy Hà Giang"), name=RARE)]
    assert people(ps) == [{"a"}, {"b"}]
    assert people(ps, [Verdict((COMMON, "a"), (RARE, "b"), "same")]) == [{"a", "b"}]


def test_a_body_named_short_is_the_one_whose_name_it_begins_when_one_person_holds_such():
    full = mention("a", ("Tổng Thư ký", "Hội Luật gia Việt Nam"))
    short = mention("b", ("Phó Chủ tịch", "Hội Luật gia"))
    assert people([full, short]) == [{"a", "b"}] and resolve([full, short])[1].rule == "shared-body"
    other = mention("c", ("Chủ tịch", "Hội Luật gia Thành phố Hồ Chí Minh"))  # two such persons: it stays apart
    assert people([full, short, other]) == [{"a"}, {"b"}, {"c"}]


def test_a_body_within_another_is_in_it():
    assert body_facts(key("Văn phòng Trung ương Hội Luật gia Việt Nam")).within >= {key("Hội Luật gia Việt Nam")}
    assert body_facts(key("Ban Thường vụ Tỉnh ủy An Giang")).within >= {key("Ban Thường vụ Tỉnh ủy An Giang"),
                                                                        key("Tỉnh ủy An Giang")}
    assert not body_facts(key("Ủy ban nhân dân Thành phố")).within  # no body of its own: within none
    office = mention("a", ("Chánh Văn phòng", "Văn phòng Hội Luật gia Việt Nam"))
    deputy = mention("b", ("Phó Bí thư", "Đảng ủy Hội Luật gia Việt Nam"))
    assert people([office, deputy]) == [{"a", "b"}]


def test_a_vague_post_in_an_article_set_where_one_person_is_local_joins_them():
    known = mention("a", ("Phó Trưởng ban", "Ban Tuyên giáo Thành ủy Thành phố Hồ Chí Minh"))
    vague = mention("b", ("Phó Chủ tịch", "Hội đồng nhân dân Thành phố"), setting=("hồ chí minh",))
    assert people([known, vague]) == [{"a", "b"}] and resolve([known, vague])[1].rule == "same-place"
    elsewhere = mention("b", ("Phó Chủ tịch", "Hội đồng nhân dân Thành phố"), setting=("hà nội",))
    assert people([known, elsewhere]) == [{"a"}, {"b"}]


def test_a_body_written_with_or_without_va_is_one_body():
    ps = [mention("a", ("Bộ trưởng", "Bộ Tài nguyên và Môi trường")), mention("b", ("Bộ trưởng", "Bộ Tài nguyên Môi trường"))]
    assert people(ps) == [{"a", "b"}] and resolve(ps)[1].rule == "shared-body"

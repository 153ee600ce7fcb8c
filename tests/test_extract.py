"""Regression sentences: one or more real sentences of the genre for each formula the extractor reads."""
import pytest

from canbo.loaders.extract import extract_text


def posts_of(text: str) -> dict[str, list[tuple[str, str | None]]]:
    x = extract_text("t.txt", "Tiêu đề\n\n" + text)
    return {p.name: [(q.title, q.body) for q in p.posts] for p in x.persons}


def test_name_then_dash_and_stacked_titles_with_uvtv():
    got = posts_of("Chiều ngày 28/9/2017, Quận ủy Hai Bà Trưng tổ chức giao ban. Đồng chí Đoàn Đình Nguyên – UVTV, "
                   "Trưởng Ban Tuyên giáo Quận ủy dự và chủ trì hội nghị.")
    assert got["Đoàn Đình Nguyên"] == [("Ủy viên", "Ban Thường vụ Quận ủy Hai Bà Trưng"),
                                       ("Trưởng ban", "Ban Tuyên giáo Quận ủy Hai Bà Trưng")]


def test_title_before_name():
    got = posts_of("Phát biểu tại hội nghị, Phó Bí thư Thường trực Quận ủy Quận 1 Hoàng Thị Tố Nga đề nghị BCH nỗ lực.")
    assert got == {"Hoàng Thị Tố Nga": [("Phó Bí thư Thường trực", "Quận ủy Quận 1")]}


def test_list_after_tham_du_co_cac_dong_chi():
    got = posts_of("Tham dự có các đồng chí: Hoàng Thị Tố Nga, Phó Bí thư Thường trực Quận ủy Quận 1; Nguyễn Thị Hiếu, "
                   "Ủy viên Ban Thường vụ Quận ủy, Bí thư Đảng bộ cơ quan Đảng, đoàn thể Quận 1.")
    assert got["Nguyễn Thị Hiếu"] == [("Ủy viên", "Ban Thường vụ Quận ủy Quận 1"),
                                      ("Bí thư", "Đảng bộ cơ quan Đảng, đoàn thể Quận 1")]


def test_dash_separated_titles_and_thanh_uy_vien():
    got = posts_of("Đến dự có các đồng chí: Sử Ngọc Anh - Thành ủy viên - Bí thư Quận ủy, Nguyễn Trí Dũng - Phó Bí thư "
                   "Thường trực Quận ủy.")
    assert got["Sử Ngọc Anh"] == [("Ủy viên", "Thành ủy"), ("Bí thư", "Quận ủy")]
    assert got["Nguyễn Trí Dũng"] == [("Phó Bí thư Thường trực", "Quận ủy")]


def test_rank_before_name_is_not_a_post_and_va_splits_two_people():
    got = posts_of("Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng và Ủy viên Bộ Chính trị, "
                   "Bí thư Thành ủy Hà Nội Hoàng Trung Hải đồng chủ trì Hội nghị.")
    assert got["Ngô Xuân Lịch"] == [("Ủy viên", "Bộ Chính trị"), ("Bộ trưởng", "Bộ Quốc phòng")]
    assert got["Hoàng Trung Hải"] == [("Ủy viên", "Bộ Chính trị"), ("Bí thư", "Thành ủy Hà Nội")]


@pytest.mark.parametrize("text", [
    "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    "Đoàn công tác đến Thành phố Hồ Chí Minh.",
    "Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVII.",
])
def test_names_inside_other_names_are_not_persons(text):
    assert posts_of(text) == {}


def test_all_capitals_byline():
    x = extract_text("t.txt", "Tiêu đề\n\nNội dung bài viết dài.\n\nBA MINH\nLượt xem: 12")
    assert x.authors == ["Ba Minh"]
    assert "Ba Minh" not in [p.name for p in x.persons]


def test_initials_byline_is_left_out():
    x = extract_text("t.txt", "Tiêu đề\n\nNội dung bài viết dài.\n\nT.H\n")
    assert x.persons == []


@pytest.mark.parametrize("text, label", [
    ("triển khai Chỉ thị số 05-CT/TW về học tập", "Chỉ thị 05-CT/TW"),
    ("thực hiện Chỉ thị 05 của Bộ Chính trị", "Chỉ thị 05-CT/TW"),
    ("theo Hướng dẫn số12-HD/BTCTW ngày 6.7.2018 của Ban Tổ chức Trung ương", "Hướng dẫn 12-HD/BTCTW"),
    ("Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng (khóa XII)", "Nghị quyết Trung ương 4 khóa XII"),
    ("Nghị quyết Đại hội lần thứ XII của Đảng", "Nghị quyết Đại hội XII"),
    ("Chỉ thị 08/CT-TTg của Thủ tướng", "Chỉ thị 08/CT-TTg"),
])
def test_directive_labels(text, label):
    x = extract_text("t.txt", "Tiêu đề\n\n" + text + ".")
    assert label in [d.label for d in x.directives]


def test_plenum_with_two_terms_gives_two_labels():
    x = extract_text("t.txt", "Tiêu đề\n\ntheo tinh thần Nghị quyết Trung ương 4 (Khóa XI và Khóa XII).")
    assert sorted(d.label for d in x.directives) == ["Nghị quyết Trung ương 4 khóa XI", "Nghị quyết Trung ương 4 khóa XII"]


def test_directive_date_and_issuer():
    x = extract_text("t.txt", "Tiêu đề\n\ntheo Chỉ thị 10-CT/TW ngày 30.3.2007 của Ban Bí thư về sinh hoạt.")
    (d,) = x.directives
    assert (d.label, d.issuer, d.issued) == ("Chỉ thị 10-CT/TW", "Ban Bí thư", "2007-03-30")


def test_event_with_chair_organiser_and_directive():
    x = extract_text("t.txt", "Giao ban\nNgày đăng 06/10/2017 | 10:41\n\nChiều ngày 28/9/2017, Quận ủy Hai Bà Trưng tổ "
                              "chức giao ban công tác xây dựng Đảng. Đồng chí Đoàn Đình Nguyên – UVTV, Trưởng Ban Tuyên "
                              "giáo Quận ủy dự và chủ trì hội nghị. Các đơn vị triển khai Chỉ thị số 05-CT/TW.")
    (e,) = x.events
    assert e.date == "2017-09-28"
    assert e.organizers == ["Quận ủy Hai Bà Trưng"]
    assert e.chairs == ["Đoàn Đình Nguyên"]
    assert e.directives == ["Chỉ thị 05-CT/TW"]


def test_day_without_year_is_gmonthday():
    x = extract_text("t.txt", "Tin\n\nChiều 26/5, Thành ủy Hà Nội tổ chức Hội nghị quân sự.")
    assert [e.date for e in x.events] == ["--05-26"]


def test_concluding_speaker_chairs_when_no_one_else_does():
    x = extract_text("t.txt", "Tin\n\nSáng ngày 31.10.2019, Thường trực Quận ủy tổ chức Hội nghị giao ban. Phát biểu chỉ "
                              "đạo và kết luận hội nghị, đồng chí Sử Ngọc Anh - Bí thư Quận ủy yêu cầu các chi bộ cố gắng.")
    assert x.events[0].chairs == ["Sử Ngọc Anh"]


def test_short_form_resolves_to_the_full_name():
    x = extract_text("t.txt", "Tin\n\nNgày 8/7, Phó Chủ tịch UBND TP. HCM Lê Văn Khoa đã chủ trì buổi làm việc với các "
                              "Sở. Tại buổi làm việc, ông Khoa cho biết quan điểm của Thành ủy.")
    assert x.events[0].chairs == ["Lê Văn Khoa"]
    assert ("Lê Văn Khoa", "speaker") in x.events[0].parts


def test_title_without_body_shares_the_next_body_and_party_organ_takes_the_organisation():
    got = posts_of("Dự đại hội có GS.TS Lê Minh Tâm, Phó Bí thư Đảng đoàn, Phó chủ tịch, Tổng thư ký Hội Luật gia "
                   "Việt Nam.")
    assert got["Lê Minh Tâm"] == [("Phó Bí thư", "Đảng đoàn Hội Luật gia Việt Nam"),
                                  ("Phó Chủ tịch", "Hội Luật gia Việt Nam"), ("Tổng Thư ký", "Hội Luật gia Việt Nam")]


def test_pho_ban_is_pho_truong_ban():
    got = posts_of("Ông Nguyễn Văn Phong, Phó ban Tuyên giáo Thành ủy Hà Nội cho biết.")
    assert got["Nguyễn Văn Phong"] == [("Phó Trưởng ban", "Ban Tuyên giáo Thành ủy Hà Nội")]


def test_former_post_is_kept_and_marked():
    x = extract_text("t.txt", "Tin\n\nCựu Chủ tịch nước Trương Tấn Sang thăm hỏi các đại biểu.")
    (post,) = x.person("Trương Tấn Sang").posts
    assert (post.title, post.body, post.former) == ("Chủ tịch nước", "Nhà nước", True)


def test_participants_listed_after_cung_du_buoi_lam_viec_co():
    x = extract_text("t.txt", "Tin\n\nSáng 8-2, Tổng Bí thư Nguyễn Phú Trọng đã có buổi làm việc với tỉnh Nam Định. "
                              "Cùng dự buổi làm việc có các đồng chí: Phạm Minh Chính, Ủy viên Bộ Chính trị; Võ Văn "
                              "Thưởng, Trưởng ban Tuyên giáo Trung ương.")
    assert {"Phạm Minh Chính", "Võ Văn Thưởng"} <= set(x.events[0].participants)


def test_subject_of_a_speech_is_the_first_person_of_the_clause():
    x = extract_text("t.txt", "Tin\n\nSáng 22-5, Thành ủy tổ chức Lễ đặt tên đường. Ông Võ Lê Tuấn - con trai của ông "
                              "Võ Trần Chí cũng cho biết về gia đình.")
    assert x.events[0].speakers == ["Võ Lê Tuấn"]


def test_year_named_with_the_event_dates_a_day_without_one():
    x = extract_text("t.txt", "Tin\n\nNgày 11/12, Tổng công ty Điện lực tổ chức Hội nghị tri ân khách hàng năm 2018.")
    assert x.events[0].date == "2018-12-11"


def test_a_target_year_does_not_date_the_event():
    x = extract_text("t.txt", "Tin\n\nChiều 10.2, Bí thư Thành ủy có buổi làm việc về nhà ở, đến năm 2020 xây 40.000 chỗ ở.")
    assert x.events[0].date == "--02-10"


def test_span_of_days_dates_the_event_by_its_first_day():
    x = extract_text("t.txt", "Tin\n\nTrong hai ngày 20 và 21/8/2019, Hội Luật gia tỉnh Hà Giang đã tổ chức Đại hội.")
    assert x.events[0].date == "2019-08-20"
    assert x.events[0].organizers == ["Hội Luật gia tỉnh Hà Giang"]


def test_organiser_after_do():
    x = extract_text("t.txt", "Tin\n\nTối 10-6, Lễ hội sâm Ngọc Linh do UBND tỉnh Quảng Nam tổ chức đã khai mạc.")
    assert x.events[0].organizers == ["Ủy ban nhân dân tỉnh Quảng Nam"]

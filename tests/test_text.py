from canbo.loaders.text import fold, key, nfc, sentences


def test_fold_keeps_length_and_unifies_variants():
    raw = nfc("Thành uỷ – “Hoá” quý\u00a0Ð")
    folded = fold(raw)
    assert len(folded) == len(raw)
    assert folded == 'Thành ủy - "Hóa" quý Đ'


def test_fold_leaves_qu_and_closed_syllables():
    assert fold("quý hoàng thuỷ") == "quý hoàng thủy"
    assert fold("toán") == "toán"


def test_key_ignores_case_tone_placement_and_punctuation():
    assert key("Thành Uỷ  TP.HCM") == key("thành ủy tp hcm")
    assert key("Hùng") != key("Hưng")


def test_nfc_composes_decomposed_text():
    assert nfc("Nguye\u0302\u0303n") == "Nguyễn"


def test_sentences_keep_offsets():
    text = "Ngày 12/11, Quận ủy họp. 100% đảng viên dự.\nDòng mới"
    found = sentences(text)
    assert [s.text for s in found] == ["Ngày 12/11, Quận ủy họp.", "100% đảng viên dự.", "Dòng mới"]
    assert all(text[s.start:s.end] == s.text for s in found)


def test_a_line_going_on_in_lower_case_is_one_sentence():
    text = "Đồng chí Lê Thị Thanh Trang - Phó Bí thư Đảng ủy doanh nghiệp\nphát biểu tham luận."
    assert len(sentences(text)) == 1

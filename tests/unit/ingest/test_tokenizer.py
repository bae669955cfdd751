"""The Kiwi tokenizer inside spaCy: text kept exactly, offsets, tags, sentences cut at newlines."""

from __future__ import annotations

from ingest.nlp.pipeline import build_nlp

NLP = build_nlp()


def test_doc_text_and_offsets_are_the_article_text() -> None:
    text = "피터린드 대표와 만났다.  '텐스토렌트'\n\n둘째 줄 ▲ 끝"
    doc = NLP.make_doc(text)
    cols = doc.user_data["kiwi"]
    assert doc.text == text
    assert [t.idx for t in doc] == cols.offsets
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)


def test_tags_lemmas_and_contractions() -> None:
    doc = NLP.make_doc("회장과 만났다")
    assert [(t.text, t.tag_) for t in doc][:2] == [("회장", "NNG"), ("과", "JKB")]
    met = next(t for t in doc if t.text.startswith("만났"))
    assert met.tag_.startswith("VV+") and met.lemma_ == "만나"


def test_a_verb_is_tagged_vv_whether_kiwi_marks_it_regular_or_irregular() -> None:
    doc = NLP.make_doc("설명을 듣고 보고를 받았다")
    assert [(t.text, t.tag_) for t in doc if t.text in ("듣", "받")] == [("듣", "VV"), ("받", "VV")]


def test_sentences_are_cut_at_newlines() -> None:
    doc = NLP.make_doc("첫 줄 제목\n둘째 줄도 제목")
    assert [s.text.strip() for s in doc.sents] == ["첫 줄 제목", "둘째 줄도 제목"]


def test_empty_text_gives_an_empty_doc_with_its_columns() -> None:
    doc = NLP.make_doc("")
    assert len(doc) == 0 and doc.user_data["kiwi"].words == []


def test_a_final_ending_standing_alone_as_a_word_ends_no_sentence() -> None:
    doc = NLP.make_doc("면담에는 룰라 다 시우바 대통령이 동석했다. 둘째 문장이다.")
    assert [s.text.strip() for s in doc.sents] == ["면담에는 룰라 다 시우바 대통령이 동석했다.", "둘째 문장이다."]

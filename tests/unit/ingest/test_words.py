"""Words (eojeols) of a sentence: noun stem + particles, also when Kiwi cuts an unknown name into nonsense."""

from __future__ import annotations

from ingest.extract import get_extractor
from ingest.nlp.state import ArticleState, Word, new_word


def words_of(text: str) -> list[Word]:
    nlp = get_extractor().nlp
    doc = nlp.make_doc(text)
    doc._.ng = ArticleState(text=text)
    doc = nlp.get_pipe("newsgraph_sentences")(doc)
    return [w for s in doc._.ng.sents for w in s.words]


def word(text: str, stem: str) -> Word:
    return next(w for w in words_of(text) if w.stem == stem)


def test_new_word_sets_the_fields_it_is_given_and_the_defaults() -> None:
    w = new_word(3, 8, 6, "한결증권은", "한결증권", ("NNG",), ("한결증권",), josa="은", jtags=("JX",), punct=False,
                 predicate=False, lemma="", oov=True, multi="", plural=True, space_after=False, nominal=True)
    assert w == Word(index=0, start=3, end=8, stem_end=6, text="한결증권은", stem="한결증권", josa="은", jtags=("JX",),
                     tags=("NNG",), forms=("한결증권",), oov=True, plural=True, space_after=False, nominal=True)
    assert new_word(0, 1, 1, ".", ".", ("SF",), (".",), punct=True) == Word(
        index=0, start=0, end=1, stem_end=1, text=".", stem=".", tags=("SF",), forms=(".",), punct=True)
    assert new_word(0, 3, 0, "만났다", "", ("VV+EP", "EF"), ("만나", "다"), predicate=True, lemma="만나",
                    multi="m") == Word(index=0, start=0, end=3, stem_end=0, text="만났다", stem="",
                                       tags=("VV+EP", "EF"), forms=("만나", "다"), predicate=True, lemma="만나",
                                       multi="m")


def test_adverb_plus_noun_is_one_unknown_noun() -> None:
    w = word("윤하진 한결증권 연구원은 분석했다.", "한결증권")  # Kiwi: 한결/MAG + 증권/NNG
    assert not w.predicate and w.oov and w.josa == ""


def test_verb_stem_without_ending_inside_a_name_is_a_noun() -> None:
    w = word("대표는 바이오로직스 사업을 밝혔다.", "바이오로직스")  # 바이오 + 로직/NNG + 스/VV
    assert not w.predicate and w.oov


def test_known_organization_read_as_a_verb_is_the_organization() -> None:
    w = next(w for w in words_of("13일 SK온과 만났다.") if w.text.startswith("SK"))  # SK + 오/VV + ㄴ/ETM
    assert (w.stem, w.josa, w.oov, w.predicate) == ("SK온", "과", False, False)


def test_title_read_with_a_determiner_keeps_its_particle() -> None:
    w = next(w for w in words_of("하야카와 대신이 방한했다.") if w.text == "대신이")  # 대신 + 이/MM
    assert (w.stem, w.josa) == ("대신", "이")


def test_real_predicates_stay_predicates() -> None:
    ws = {w.text: w for w in words_of("두 회사가 손잡고 협력을 논의했다.")}
    assert ws["손잡고"].predicate and ws["논의했다"].predicate


def test_headline_short_locative_is_a_particle() -> None:
    w = next(w for w in words_of("오하람 대표, 잭 밀러 자택서 단독 미팅") if w.text.startswith("자택"))
    assert w.stem == "자택"  # Kiwi: 자택/NNG + 서/VV


def test_ampersand_between_latin_letters_stays_in_the_word() -> None:
    assert any(w.stem == "H&A사업본부장" for w in words_of("류하진 H&A사업본부장(사장) 주도로 진행한다."))


def test_two_proper_nouns_joined_by_a_hyphen_are_one_word_but_two_known_names_stay_apart() -> None:
    assert "베르나데트 솔베르-하우겐" not in [w.stem for w in words_of("베르나데트 솔베르-하우겐(Bernadette Solberg-Haugen) 대표")]
    assert "솔베르-하우겐" in [w.stem for w in words_of("베르나데트 솔베르-하우겐(Bernadette Solberg-Haugen) 대표")]
    assert "삼성-애플" not in [w.stem for w in words_of("삼성-애플 소송이 끝났다.")]


def test_a_noun_glued_after_parentheses_goes_on_with_the_word_before_them() -> None:
    w = word("곽하준 한빛전자 DX(디바이스경험)부문장이 말했다.", "DX부문장")
    assert (w.paren, w.josa, w.text) == ("디바이스경험", "이", "DX부문장이")
    assert [x.stem for x in words_of("한빛전자(HANBIT) 부문장이 말했다.")][:2] == ["한빛전자", "부문장"]


def test_an_unknown_name_misread_before_the_particles_gwa_and_neun_keeps_them_apart() -> None:
    w = words_of("AI 칩 스타트업 벡터나인과는 맞춤형 메모리 공동개발 논의")[3]  # 벡터 + 나/JC + 인과 + 는
    assert (w.stem, w.josa) == ("벡터나인", "과는")


def test_two_nouns_after_a_verb_ending_in_one_word_are_an_unknown_name() -> None:
    w = words_of("우정훈 청해조선그룹 회장은 면담했다.")[1]  # 청 + 해/XSV+EC + 조선 + 그룹
    assert (w.stem, w.predicate, w.oov) == ("청해조선그룹", False, True)

"""Extraction on short Korean sentences: people, organizations, coreference, dates, topics, meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.extract import get_extractor
from ingest.models import ArticleGraph
from ingest.nlp.dates import find_dates

PUB = dt.date(2025, 3, 20)


def extract(text: str, published: dt.date | None = PUB) -> ArticleGraph:
    return get_extractor().extract_text(text, published=published)


def person(g: ArticleGraph, name: str):  # type: ignore[no-untyped-def]
    return next(p for p in g.people if p.name == name)


def test_name_org_title_apposition() -> None:
    g = extract("오하람 누리전자 대표가 지난 11일 서울에서 기자들과 만났다.")
    p = person(g, "오하람")
    assert p.orgs == ["누리전자"] and "대표" in p.titles
    assert "누리전자" in [o.name for o in g.organizations]


def test_org_before_name_is_not_the_person() -> None:
    g = extract("한결소프트 남궁민수 대표는 신제품을 공개했다.")
    assert [p.name for p in g.people] == ["남궁민수"]
    assert person(g, "남궁민수").orgs == ["한결소프트"]


def test_title_before_foreign_name_with_latin_parenthetical() -> None:
    g = extract("스타트업 '오르빗랩스(Orbit Labs)'의 창업자이자 CEO인 에밀리 카터(Emily Carter)가 방한했다.")
    p = person(g, "에밀리 카터")
    assert p.latin_name == "Emily Carter"
    assert {"창업자", "CEO"} <= set(p.titles)
    assert "오르빗랩스" in [o.name for o in g.organizations]


def test_compound_and_suffix_titles() -> None:
    g = extract("하도윤 누리전자 DX부문장, 백서린 누리전자 배터리사업부장, 마이클 손 그리드웍스 사장 겸 CEO가 참석했다.")
    assert "DX부문장" in person(g, "하도윤").titles
    assert "배터리사업부장" in person(g, "백서린").titles
    assert {"사장", "CEO"} <= set(person(g, "마이클 손").titles)


def test_byline_reporter_is_not_a_person() -> None:
    g = extract("누리전자가 공장을 지었다.\n홍다은 기자 daeun@example.kr")
    assert g.article.reporters == ["홍다은"]
    assert g.people == []


def test_surname_title_short_form_resolves_and_ambiguity_stays_unresolved() -> None:
    g = extract("고윤석 누리전자 회장과 고민재 한결소프트 대표가 만났다. 고 회장은 협력을 강조했다.")
    assert "고 회장" in person(g, "고윤석").aliases
    g = extract("고윤석 누리전자 회장과 고민재 한결소프트 회장이 만났다. 고 회장은 협력을 강조했다.")
    assert all("고 회장" not in p.aliases for p in g.people)
    assert all(p.name != "고" for p in g.people)


def test_family_name_short_form() -> None:
    g = extract("피터 린드 노르딕AI CEO가 방한했다. 린드 CEO는 반도체 협력을 논의했다.")
    assert "린드 CEO" in person(g, "피터 린드").aliases


def test_unknown_org_from_title_and_mixed_script_org_kept_whole() -> None:
    g = extract("최근 오픈AI와 셀바노 CEO가 협력했다.")
    names = [o.name for o in g.organizations]
    assert "오픈AI" in names and "셀바노" in names and "AI" not in names


def test_group_suffix_maps_to_lexicon_org() -> None:
    g = extract("SK그룹의 반도체 사업이 커졌다.")
    assert [o.name for o in g.organizations] == ["SK"]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [("지난 11일", "2025-03-11", "day"), ("지난달 28일", "2025-02-28", "day"), ("이달 초", "2025-03", "month"),
     ("지난 4월", "2024-04", "month"), ("지난해", "2024", "year"), ("11일(현지시간)", "2025-03-11", "day"),
     ("오는 8월", "2025-08", "month"), ("2023년 5월 3일", "2023-05-03", "day")],
)
def test_dates_resolve_against_publication(text: str, value: str, precision: str) -> None:
    assert [(d.value, d.precision) for d in find_dates(text, PUB)] == [(value, precision)]


def test_relative_dates_stay_unresolved_without_publication_date() -> None:
    assert [(d.text, d.value) for d in find_dates("지난 11일", None)] == [("지난 11일", None)]


def test_report_date_is_not_an_event_date() -> None:
    assert [(d.text, d.report) for d in find_dates("20일 업계에 따르면", PUB)] == [("20일", True)]


def test_topics_with_broader_and_not_inside_org_names() -> None:
    g = extract("오픈AI가 휴머노이드 로봇과 HBM 개발에 나섰다.")
    topics = {t.name: t.broader for t in g.topics}
    assert topics["휴머노이드"] == ["로봇"]
    assert topics["HBM"] == ["메모리", "반도체"]
    assert "AI" not in topics


def test_an_ai_chip_is_about_ai_too() -> None:
    topics = {t.name: t.broader for t in extract("오픈AI가 자체 AI 칩 개발에 나섰다.").topics}
    assert topics["AI 반도체"] == ["반도체"]
    assert topics["AI"] == []


def test_list_of_counterparts_gives_one_meeting_each() -> None:
    g = extract("오하람 누리전자 대표는 잭 밀러 그리드웍스 CEO와 안나 벡 솔라닉스 CEO를 잇따라 만나 협력을 논의했다.")
    pairs = sorted(tuple(sorted(m.participants)) for m in g.meetings)
    assert pairs == [("안나 벡", "오하람"), ("오하람", "잭 밀러")]


def test_organization_met_as_a_whole_with_its_own_date() -> None:
    g = extract("오하람 누리전자 대표는 지난 1월 그리드웍스, 이달 초에는 솔라닉스 CEO와 만났다.")
    got = sorted((m.organizations[0], m.date) for m in g.meetings)
    assert got == [("그리드웍스", "2025-01"), ("솔라닉스", "2025-03")]


def test_attendees_join_the_meeting() -> None:
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 회동했다. 백서린 누리전자 전무가 배석했다.")
    assert len(g.meetings) == 1
    m = g.meetings[0]
    assert m.attendees == ["백서린"] and set(m.participants) == {"오하람", "잭 밀러", "백서린"}
    assert (m.date, m.date_precision) == ("2025-03-05", "day")


def test_planned_and_negated_meetings() -> None:
    g = extract("오하람 누리전자 대표는 다음 달 잭 밀러 그리드웍스 CEO와 만날 예정이다.")
    assert [(m.status, m.date) for m in g.meetings] == [("planned", "2025-04")]
    g = extract("오하람 누리전자 대표는 잭 밀러 그리드웍스 CEO와 만나지 않았다.")
    assert g.meetings == []


def test_same_meeting_in_caption_and_body_merges_but_other_dates_do_not() -> None:
    text = ("| ▲ 오하람 누리전자 대표(왼쪽)가 잭 밀러 그리드웍스 CEO와 기념 촬영하고 있다. |\n"
            "오하람 대표는 지난 5일 잭 밀러 CEO와 만났다.\n"
            "두 사람은 지난 1월에도 회동했다. 오 대표는 지난 1월 밀러 CEO와 만난 바 있다.")
    g = extract(text)
    assert sorted(m.date for m in g.meetings) == ["2025-01", "2025-03-05"]


def test_evidence_offsets_point_into_the_text() -> None:
    text = "오하람 누리전자 대표가 잭 밀러 그리드웍스 CEO와 만났다."
    g = extract(text)
    for p in g.people:
        for ev in p.mentions:
            assert text[ev.start:ev.end] == ev.text
    assert g.meetings and g.meetings[0].evidence[0].text == text


def test_a_data_center_alone_is_not_about_ai() -> None:
    assert "AI" not in {t.name for t in extract("누리건설은 수도권에 데이터센터를 짓는다.").topics}
    assert "AI" in {t.name for t in extract("누리건설은 수도권에 AI 데이터센터를 짓는다.").topics}


def test_what_follows_a_wire_end_mark_or_a_reporter_address_is_page_chrome() -> None:
    text = ("오하람 누리전자 회장은 지난 3일 잭 밀러 그리드웍스 CEO와 만났다.\n(끝)\n관련 뉴스\n"
            "곽하준 대표, 안나 벡 회장과 도쿄서 회동…\"협력 복원\"\n")
    assert [sorted(m.participants) for m in get_extractor().extract_text(text, published=dt.date(2025, 3, 20)).meetings] \
        == [["오하람", "잭 밀러"]]
    text = text.replace("(끝)", "kimjy@example.co.kr")
    assert len(get_extractor().extract_text(text, published=dt.date(2025, 3, 20)).meetings) == 1

"""Dates: relative days from the day told before, bare days before and after publication, weeks."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.extract import get_extractor
from ingest.nlp.dates import find_dates

PUB = dt.date(2025, 3, 20)  # a Thursday


def meeting_dates(text: str, published: dt.date = PUB) -> list[str | None]:
    g = get_extractor().extract_text(text, published=published)
    return [m.date for m in g.meetings]


@pytest.mark.parametrize(("text", "future", "value"), [
    ("28일 만났다", False, "2025-02-28"),       # after the publication day, told as past: last month
    ("28일 만날 예정이다", True, "2025-03-28"),  # planned: this month
    ("18일 만났다", False, "2025-03-18"),
    ("다음 주", False, "2025-03"),
    ("지난주", False, "2025-03"),
    ("다음 주에는", True, "2025-03"),  # with its particle
    ("다음 주 중", True, "2025-03"),
])
def test_bare_days_and_weeks(text: str, future: bool, value: str) -> None:
    assert find_dates(text, PUB, future=future)[0].value == value


def test_day_before_counts_from_the_report_date() -> None:
    text = "19일 업계에 따르면 오하람 누리전자 대표는 전날 잭 밀러 그리드웍스 CEO와 만났다."
    assert meeting_dates(text, dt.date(2025, 3, 19)) == ["2025-03-18"]


def test_a_report_date_with_a_two_word_source_is_no_event_day_for_this_day() -> None:
    text = ("7일 화장품 업계에 따르면 이하은 라온코스메틱 사장은 지난 4일 파리에서 간담회를 열고 유통사 관계자들과 만났다.\n"
            "이 사장은 이날 간담회에 앞서 카미유 르루아 메종보테 CEO와 별도로 면담했다.")
    assert meeting_dates(text, dt.date(2025, 11, 7))[-1] == "2025-11-04"


def test_the_same_day_told_as_done_after_a_planned_day_counts_from_the_day_of_the_story() -> None:
    text = ("남궁현 세광로지스틱스 대표는 지난 16일 프랭크 도너번 베리텍 CEO와 회담했다.\n"
            "최종 서명은 오는 23일 서울에서 이뤄질 예정이다.\n"
            "남궁 대표는 같은 날 오스틴에서 존 스미스 텍사스주 상무장관을 만나 세제 지원 방안을 협의했다.")
    g = get_extractor().extract_text(text, published=PUB)
    assert [m.date for m in g.meetings if "존 스미스" in m.participants] == ["2025-03-16"]


def test_next_day_with_its_date_rolls_over_the_year() -> None:
    text = ("오하람 누리전자 대표는 지난달 31일 잭 밀러 그리드웍스 CEO와 만났다. "
            "오 대표는 이튿날인 1일에는 안나 벡 솔라닉스 CEO와 회동했다.")
    assert meeting_dates(text, dt.date(2025, 1, 3)) == ["2024-12-31", "2025-01-01"]


def test_next_day_and_same_day_without_a_number() -> None:
    text = ("오하람 누리전자 대표는 지난 10일 잭 밀러 그리드웍스 CEO와 만났다. "
            "이튿날에는 안나 벡 솔라닉스 CEO와 회동했다. 오 대표는 같은 날 저녁 백하린 누리바이오 대표와 만찬을 했다.")
    assert meeting_dates(text) == ["2025-03-10", "2025-03-11", "2025-03-11"]


@pytest.mark.parametrize(("text", "value"), [("어제", "2025-03-19"), ("오늘부터", "2025-03-20"), ("내일", "2025-03-21")])
def test_days_counted_from_publication(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, PUB)] == [value]


def test_nowadays_is_no_date() -> None:
    assert find_dates("오늘날 AI는 어디에나 있다", PUB) == []


def test_afternoon_of_the_day_told_before() -> None:
    text = ("도민혁 산업통상자원부 장관은 4일 쩐 티 마이 사이공링크 회장을 접견했다.\n"
            "도 장관은 이어 오후에는 한국무역협회에서 수출기업 간담회를 열었다.\n"
            "간담회에는 탁서윤 한국무역협회 부회장이 참석했다.")
    assert meeting_dates(text) == ["2025-03-04", "2025-03-04"]


def test_a_flashback_anchors_relative_days_only_in_its_own_paragraph() -> None:
    text = ("고민재 총리는 19일 정부서울청사에서 응우옌 홍 디엔 베트남 산업무역부 장관의 예방을 받았다.\n"
            "두 나라 정상은 지난달 11일 하노이에서 정상회담을 가졌다.\n"
            "디엔 장관은 총리 예방에 앞서 전날 곽하준 산업부 장관과 회담했다.\n"
            "디엔 장관은 이날 오후에는 오하람 누리에너지 회장과 면담했다.")
    g = get_extractor().extract_text(text, published=PUB)
    dates = {tuple(sorted(m.participants)): m.date for m in g.meetings}
    assert dates[("곽하준", "응우옌 홍 디엔")] == "2025-03-18"
    assert dates[("오하람", "응우옌 홍 디엔")] == "2025-03-19"


def test_in_a_list_a_date_said_before_a_later_item_is_not_the_earlier_items() -> None:
    g = get_extractor().extract_text(
        "곽하준 대표는 최근 은결인베스트, 지난 1일에는 벨로아 마이크로 경영진과 만나 파트너십을 다졌다.", published=PUB)
    by_org = {m.organizations[0]: m.date for m in g.meetings}
    assert by_org["벨로아 마이크로"] == f"{PUB:%Y-%m}-01" and by_org["은결인베스트"] != by_org["벨로아 마이크로"]
    g = get_extractor().extract_text("곽하준 대표는 지난 5일 은결인베스트, 벨로아 마이크로 경영진과 각각 만났다.", published=PUB)
    assert [m.date for m in g.meetings] == [f"{PUB:%Y-%m}-05"] * 2  # said before the whole list: every item's


def test_a_sentence_without_a_date_takes_the_main_clause_date_of_the_one_before() -> None:
    # 30일 is said in a clause about the departure, 1일 is the main clause's: the visit and its meeting
    text = ("지난달 30일 출국한 한도윤 누리전자 회장은 지난 1일 코렐반도체 본사를 찾았다. "
            "한 회장은 이곳에서 오세린 코렐반도체 대표를 만났다.")
    assert meeting_dates(text) == ["2025-03-01"]


def test_bare_afternoon_before_a_place_is_the_day_told_before() -> None:
    text = ("17일 재계에 따르면 한스 로렌츠 볼텍스 회장은 전날 오전 서울 양재동에서 오태민 한빛그룹 회장을 만났다.\n"
            "로렌츠 회장은 오후 여의도로 자리를 옮겨 하서진 누리전자 회장과 회동했다.")
    assert meeting_dates(text) == ["2025-03-16", "2025-03-16"]


def test_a_day_that_opens_a_span_of_days_is_marked_and_stays_an_anchor() -> None:
    assert [(d.value, d.span) for d in find_dates("지난 20일부터 이틀간 타이베이에서", PUB)] == [("2025-03-20", True)]
    assert [(d.value, d.span) for d in find_dates("지난 20일부터 판매를 시작했다", PUB)] == [("2025-03-20", False)]


def test_meetings_told_with_the_first_day_of_a_span_have_its_month_unless_a_day_of_it_is_said() -> None:
    assert meeting_dates("오하람 누리칩스 대표는 지난 10일부터 이틀간 타이베이에서 린즈웨이(Lin Chih-Wei) 콴타 부사장을 "
                         "만났다.") == ["2025-03"]
    assert meeting_dates("오하람 누리칩스 대표는 지난 10일부터 나흘간 유럽 출장길에 올라 한스 뮐러(Hans Müller) 노르빅 "
                         "CEO와 만났다. 오 대표는 출장 첫날 노르빅 본사를 방문해 뮐러 CEO와 의견을 나눴다.") == ["2025-03-10"]


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("지난주 목요일 만났다", "2025-03-13", "day"),     # PUB is a Thursday: the Thursday a week before
    ("이번 주 화요일에 만났다", "2025-03-18", "day"),
    ("다음 주 월요일 만난다", "2025-03-24", "day"),
    ("지난주 만났다", "2025-03", "month"),
])
def test_a_weekday_of_a_week_told_relative_to_publication_is_that_day(text: str, value: str, precision: str) -> None:
    found = find_dates(text, PUB)
    assert [(d.value, d.precision) for d in found] == [(value, precision)]


def test_a_bare_day_told_in_the_past_by_the_copula_or_after_where_a_place_is() -> None:
    # after the publication day (the 20th), told in the past: last month
    assert meeting_dates("첫 일정은 28일 이천 본사였다. 곽하준 사장은 박도윤 한빛전자 대표와 만나 협력을 논의했다.") == [
        "2025-02-28"]
    assert meeting_dates("곽하준 사장은 27일 오전 인천 서구에 있는 한빛전자 본사를 찾아 박도윤 대표와 만났다.") == ["2025-02-27"]

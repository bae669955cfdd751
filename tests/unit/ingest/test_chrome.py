"""Page chrome: menus, tickers, the page after the closing byline, related headlines, reader comments."""

from __future__ import annotations

import datetime as dt

from ingest.extract import get_extractor
from ingest.nlp.chrome import chrome_spans, is_chrome_line

PAGE = """누리경제 | 홈 | 산업 | 전자 | 로그인
[속보] 환율 1,300원대 | [날씨] 전국 맑음
오하람 누리전자 대표, 잭 밀러 그리드웍스 CEO와 회동
오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 만났다.
홍다은 기자 daeun@example.kr
좋아요 3 | 댓글 1 | 공유
[관련기사]
▶ 백서린 솔라닉스 대표, 안나 벡 CEO와 연쇄 회동
이용자1  좋은 기사네요  2025.03.20 10:00  공감 1 | 비공감 0
회사소개 | 발행·편집인 하민준 | 청소년보호책임자 고나래
"""


def test_menu_ticker_and_footer_lines_are_chrome() -> None:
    assert is_chrome_line("누리경제 | 홈 | 산업 | 전자 | 로그인")
    assert is_chrome_line("[속보] 환율 1,300원대 | [날씨] 전국 맑음")
    assert is_chrome_line("▶ 백서린 솔라닉스 대표, 안나 벡 CEO와 연쇄 회동")
    assert not is_chrome_line("| ▲ 오하람 누리전자 대표가 잭 밀러 CEO와 악수하고 있다. [누리전자 제공] |")


def test_page_after_the_closing_byline_is_chrome() -> None:
    spans = chrome_spans(PAGE)
    byline_end = PAGE.index("daeun@example.kr") + len("daeun@example.kr")
    assert (byline_end, len(PAGE)) in spans
    assert not any(a <= PAGE.index("홍다은") < b for a, b in spans)


def test_names_in_chrome_are_neither_people_nor_meetings() -> None:
    g = get_extractor().extract_text(PAGE, published=dt.date(2025, 3, 20))
    assert sorted(p.name for p in g.people) == ["오하람", "잭 밀러"]
    assert g.article.reporters == ["홍다은"]
    assert [sorted(m.participants) for m in g.meetings] == [["오하람", "잭 밀러"]]


def test_bracketed_outlet_byline_before_the_lead_is_cut_off() -> None:
    g = get_extractor().extract_text("[누리경제 홍다은 기자] 오하람 누리전자 대표가 신제품을 공개했다.",
                                     published=dt.date(2025, 3, 20))
    assert g.article.reporters == ["홍다은"]
    assert [p.name for p in g.people] == ["오하람"]


def test_a_byline_under_a_headline_ending_in_da_does_not_end_the_story() -> None:
    """A top-of-page byline after a headline that reads like a sentence ends nothing: the story follows it."""
    page = ("누리전자, 그리드웍스와 손잡는다\n"
            "홍다은 기자\n"
            "오하람 누리전자 대표는 지난 5일 판교 본사에서 잭 밀러 그리드웍스 CEO와 만나 반도체 협력을 논의했다.\n"
            "두 사람은 내년 공동 연구소를 세우기로 하고 세부 일정을 조율하고 있다고 회사 측은 밝혔다.\n")
    story = page.index("오하람")
    assert not any(a <= story < b for a, b in chrome_spans(page))
    g = get_extractor().extract_text(page, published=dt.date(2025, 3, 20))
    assert sorted(p.name for p in g.people) == ["오하람", "잭 밀러"]

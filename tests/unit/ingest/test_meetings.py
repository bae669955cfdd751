"""Meetings: who meets whom across clauses and sentences, attendance, lists, status, merging."""

from __future__ import annotations

import datetime as dt

from ingest.extract import get_extractor
from ingest.models import ArticleGraph

PUB = dt.date(2025, 3, 20)


def extract(text: str) -> ArticleGraph:
    return get_extractor().extract_text(text, published=PUB)


def met(g: ArticleGraph) -> list[tuple[tuple[str, ...], tuple[str, ...], str | None, str]]:
    """(participants, organizations, date, status) of each meeting, sorted."""
    return sorted((tuple(sorted(m.participants)), tuple(sorted(m.organizations)), m.date, m.status)
                  for m in g.meetings)


def pairs(g: ArticleGraph) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(m.participants + m.organizations)) for m in g.meetings)


def test_organization_met_through_its_executives() -> None:
    g = extract("오하람 누리전자 대표는 지난달 그리드웍스 경영진과 만나 협력을 논의했다.")
    assert met(g) == [(("오하람",), ("그리드웍스",), "2025-02", "held")]


def test_an_organization_is_met_through_its_people_after_its_genitive_or_through_a_team() -> None:
    g = extract("오하람 누리전자 대표는 이달 초 대만 제조사 그리드웍스의 AI PC 담당 임원들과 만나 탑재 방안을 논의했다.")
    assert met(g) == [(("오하람",), ("그리드웍스",), "2025-03", "held")]
    g = extract("오하람 누리전자 대표는 지난해 말 그리드웍스 투자팀과 면담했다.")
    assert met(g) == [(("오하람",), ("그리드웍스",), "2024", "held")]
    g = extract("오하람 누리전자 대표는 지난 3일 그리드웍스의 제품과 기술을 살폈다.")
    assert met(g) == []


def test_an_organization_named_in_quotes_is_met_through_its_executives() -> None:
    g = extract("오하람 누리전자 대표는 오는 27일 설계자산 기업 '그리드웍스(GridWorks)' 경영진과 만날 예정이다.")
    assert met(g) == [(("오하람",), ("그리드웍스",), "2025-03-27", "planned")]


def test_list_of_organizations_with_their_own_dates() -> None:
    g = extract("오하람 누리전자 대표는 지난 1월 그리드웍스, 이달 초에는 솔라닉스 관계자들과 잇따라 만났다.")
    assert sorted((m.organizations[0], m.date) for m in g.meetings) == [("그리드웍스", "2025-01"),
                                                                      ("솔라닉스", "2025-03")]


def test_attendance_sentence_with_a_meeting_noun_adds_attendees_only() -> None:
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 만났다. "
                "이날 회동에는 누리전자 백서린 전무와 그리드웍스 안나 벡 CTO가 배석했다.")
    assert len(g.meetings) == 1
    assert sorted(g.meetings[0].attendees) == ["백서린", "안나 벡"]
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 만났다. 이 자리에는 백서린 누리전자 전무가 함께했다.")
    assert pairs(g) == [("백서린", "오하람", "잭 밀러")]


def test_organization_topic_then_person_subject() -> None:
    g = extract("누리전자는 오하람 대표가 지난 5일 잭 밀러 그리드웍스 CEO와 만나 협력에 합의했다고 밝혔다.")
    assert pairs(g) == [("오하람", "잭 밀러")]


def test_with_phrase_then_object_phrase_are_both_met_even_with_words_between() -> None:
    g = extract("오하람 누리전자 대표는 노바칩의 잭 밀러 CEO와 음성인식 스타트업 솔라닉스의 안나 벡 대표를 차례로 만났다.")
    assert pairs(g) == [("안나 벡", "오하람"), ("오하람", "잭 밀러")]


def test_contrastive_with_phrases_are_each_met() -> None:
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 안나 벡 솔라닉스 CEO를 잇따라 만났다. "
                "밀러 CEO와는 배터리 공급을, 벡 CEO와는 태양광 사업을 논의했다.")
    assert pairs(g) == [("안나 벡", "오하람"), ("오하람", "잭 밀러")]


def test_companion_goes_along_and_group_meeting_seats_everyone() -> None:
    g = extract("오하람 누리전자 대표는 백서린 누리전자 전무와 함께 잭 밀러 그리드웍스 CEO를 만났다.")
    assert pairs(g) == [("백서린", "오하람", "잭 밀러")]
    g = extract("오하람 누리전자 대표는 잭 밀러 그리드웍스 CEO, 안나 벡 솔라닉스 CEO와 3자 회동을 가졌다.")
    assert pairs(g) == [("안나 벡", "오하람", "잭 밀러")]
    g = extract("오하람 누리전자 대표는 잭 밀러 그리드웍스 대표, 안나 벡 솔라닉스 대표 등 스타트업 대표 10여 명과 "
                "간담회를 가질 예정이다.")
    assert met(g) == [(("안나 벡", "오하람", "잭 밀러"), (), "2025-03", "planned")]


def test_two_people_are_the_two_principals_of_the_last_meeting() -> None:
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 만났다. 백서린 누리전자 전무가 배석했다. "
                "두 사람은 다음 달 서울에서 다시 만날 예정이다.")
    assert met(g) == [(("백서린", "오하람", "잭 밀러"), (), "2025-03-05", "held"),
                      (("오하람", "잭 밀러"), (), "2025-04", "planned")]


def test_sentence_without_subject_meets_with_the_last_meeting_subject_not_the_last_speaker() -> None:
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 만났다. "
                "밀러 CEO는 \"협력이 기대된다\"고 말했다. 이튿날에는 안나 벡 솔라닉스 CEO와 회동했다.")
    assert pairs(g) == [("안나 벡", "오하람"), ("오하람", "잭 밀러")]


def test_pronoun_after_a_sentence_about_someones_thing() -> None:
    g = extract("안나 벡 솔라닉스 대표는 \"좋다\"고 말했다. 잭 밀러 그리드웍스 CEO의 아시아 행보는 처음이 아니다. "
                "그는 지난 1월 노바칩 경영진과 만났다.")
    assert met(g) == [(("잭 밀러",), ("노바칩",), "2025-01", "held")]


def test_organization_visited_is_where_the_person_met_works() -> None:
    g = extract("잭 밀러 그리드웍스 CEO는 지난 4일 과학기술정보통신부를 방문해 하민준 장관과 환담했다.")
    assert pairs(g) == [("잭 밀러", "하민준")]
    assert next(p for p in g.people if p.name == "하민준").orgs == ["과학기술정보통신부"]


def test_denied_rumoured_left_out_and_missed_meetings_are_none() -> None:
    for text in ("누리전자는 그리드웍스 경영진과의 회동설에 대해 \"사실무근\"이라고 부인했다.",
                 "그리드웍스 경영진과의 회동은 이번 일정에 포함되지 않았다.",
                 "오하람 누리전자 대표가 그리드웍스 경영진과도 만날 것이라는 관측이 나왔지만 회사 측은 부인했다.",
                 "오하람 누리전자 대표는 예정됐던 그리드웍스 경영진과의 만남에는 참석하지 않았다."):
        assert extract("오하람 누리전자 대표가 방한했다. " + text).meetings == [], text


def test_connective_meeting_verb_takes_the_plan_at_the_end_of_the_sentence() -> None:
    g = extract("오하람 누리전자 대표는 오는 24일 그리드웍스 경영진과 만나 협력 방안을 논의할 예정이다.")
    assert met(g) == [(("오하람",), ("그리드웍스",), "2025-03-24", "planned")]


def test_the_source_of_the_report_is_no_counterpart() -> None:
    g = extract("22일 누리지주에 따르면 오하람 회장은 지난 20일 잭 밀러 그리드웍스 CEO와 만났다.")
    assert pairs(g) == [("오하람", "잭 밀러")]


def test_a_first_meeting_told_later_stays_apart_and_an_event_period_is_a_month() -> None:
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 만났다. "
                "두 사람은 지난해 한 포럼에서 처음 만난 것으로 알려졌다.")
    assert sorted(m.date for m in g.meetings) == ["2024", "2025-03-05"]
    g = extract("오하람 누리전자 대표는 오는 27일 개막하는 박람회 기간 중 그리드웍스 경영진과 만날 예정이다.")
    assert [m.date for m in g.meetings] == ["2025-03"]


def test_each_clause_takes_the_date_said_before_its_own_verb() -> None:
    g = extract("오하람 대표는 지난 10일 그리드웍스 경영진과 만났고, 12일에는 안나 벡 솔라닉스 CEO와 회동했다.")
    assert sorted((tuple(m.participants + m.organizations), m.date) for m in g.meetings) == [
        (("오하람", "그리드웍스"), "2025-03-10"), (("오하람", "안나 벡"), "2025-03-12")]


def test_talks_with_an_organizations_executives_are_a_meeting() -> None:
    g = extract("오하람 대표는 지난 1월 미국 시애틀을 찾아 그리드웍스 경영진과 협력을 논의한 바 있다.")
    assert met(g) == [(("오하람",), ("그리드웍스",), "2025-01", "held")]


def test_list_opened_by_bironghae_meets_each() -> None:
    g = extract("오하람 대표는 지난 16일 포모사칩의 차이밍위 부회장을 비롯해 노바세미, 리얼칩 CEO 등과 각각 면담했다.")
    assert pairs(g) == [("노바세미", "오하람"), ("리얼칩", "오하람"), ("오하람", "차이밍위")]


def test_a_plan_that_fell_through_is_no_meeting() -> None:
    g = extract("오하람 대표는 당초 그리드웍스 경영진과도 만날 계획이었으나 일정이 맞지 않아 만나지 못했다.")
    assert g.meetings == []


def test_two_holders_of_a_title_are_the_pair() -> None:
    g = extract("누리소프트의 서진하·한가람 공동대표가 방미했다. 서 대표는 지난 3일 안나 벡 솔라닉스 CEO와 만났다. "
                "두 공동대표는 5일 잭 밀러 그리드웍스 CTO와 만났다.")
    assert ("서진하", "잭 밀러", "한가람") in pairs(g)


def test_courtesy_call_greetings_and_a_meal_together_are_meetings() -> None:
    g = extract("잭 밀러 그리드웍스 CEO는 지난 4일 오하람 누리전자 회장을 예방했다.")
    assert pairs(g) == [("오하람", "잭 밀러")]
    g = extract("오하람 누리전자 회장은 지난 1월 한 포럼에서 잭 밀러 그리드웍스 CEO와 처음 인사를 나눴다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-01", "held")]
    g = extract("오하람 누리전자 회장은 지난 4일 잭 밀러 그리드웍스 CEO와 함께 만찬을 했다.")
    assert pairs(g) == [("오하람", "잭 밀러")]


def test_two_subjects_each_with_their_own_counterpart() -> None:
    g = extract("오하람 누리전자 회장은 지난 4일 서울에서 잭 밀러 그리드웍스 CEO와, 오하진 누리전자 부회장은 같은 날 "
                "부산에서 안나 벡 솔라닉스 CEO와 각각 만났다.")
    assert pairs(g) == [("안나 벡", "오하진"), ("오하람", "잭 밀러")]


def test_siblings_are_a_pair_and_attendance_by_chamseok() -> None:
    g = extract("누리통신 오하람 회장과 오하진 부회장 형제가 방미했다. 형제는 지난 5일 잭 밀러 그리드웍스 CEO와 만찬을 했다.")
    assert pairs(g) == [("오하람", "오하진", "잭 밀러")]
    g = extract("오하람 누리전자 회장은 지난 5일 잭 밀러 그리드웍스 CEO와 화상 회의를 열었다. "
                "회의에는 누리전자 백서린 전무가 참석했다.")
    assert [sorted(m.participants) for m in g.meetings] == [["백서린", "오하람", "잭 밀러"]]


def test_a_person_listed_with_and_after_another_is_on_that_side() -> None:
    g = extract("오하람 대표는 지난 2일 니코 바우어 지멘스 CEO 및 엘라 랑 디지털인더스트리 부문 CEO와 만났다.")
    assert pairs(g) == [("니코 바우어", "엘라 랑", "오하람")]


def test_a_bare_day_after_publication_told_as_a_schedule_is_this_month_and_planned() -> None:
    g = extract("잭 밀러 그리드웍스 CEO는 25일 누리전자 경영진과의 조찬 간담회를 끝으로 일정을 마무리한다.")
    assert met(g) == [(("잭 밀러",), ("누리전자",), "2025-03-25", "planned")]
    g = extract("오하람 누리전자 대표는 지난 24일 잭 밀러 그리드웍스 CEO와 만났고, 27일에는 안나 벡 솔라닉스 CEO와 "
                "회동했다.")
    assert sorted(m.date for m in g.meetings) == ["2025-02-24", "2025-02-27"]


def test_a_person_attending_an_event_hosted_by_another_meets_the_host() -> None:
    g = extract("오하람 누리전자 회장은 지난 5일 리밍 중국 국무원 총리가 주재한 기업인 간담회에 참석했다.")
    assert pairs(g) == [("리밍", "오하람")]


def test_a_gathering_that_named_nobody_and_the_list_of_who_came() -> None:
    g = extract("윤하준 대통령은 지난 5일 주요 그룹 총수들과 오찬 간담회를 열었다.\n"
                "이날 간담회에는 누리그룹 오태민 회장, 한빛그룹 정하람 회장 등이 참석했다.")
    assert met(g) == [(("오태민", "윤하준", "정하람"), (), "2025-03-05", "held")]


def test_an_organization_as_subject_is_not_replaced_by_a_person() -> None:
    g = extract("오하람 누리바이오 대표는 지난 5일 잭 밀러 머크 CEO와 만났다.\n"
                "누리바이오 측은 다음 달 머크 측과 후속 회의를 가질 예정이라고 밝혔다.")
    assert met(g) == [((), ("누리바이오", "머크"), "2025-04", "planned"),
                      (("오하람", "잭 밀러"), (), "2025-03-05", "held")]


def test_two_named_subjects_who_talked_met_and_a_signing_ceremony_is_a_meeting() -> None:
    g = extract("오하람 누리전자 회장과 잭 밀러 그리드웍스 CEO는 지난해 한 포럼에서 처음 인사를 나눈 사이다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2024", "held")]
    g = extract("누리전자 오하람 대표와 그리드웍스의 잭 밀러 CEO는 지난 5일 서울에서 협약식을 가졌다. "
                "협약식에는 백서린 산업통상자원부 국장도 참석했다.")
    assert [sorted(m.participants) for m in g.meetings] == [["백서린", "오하람", "잭 밀러"]]


def test_a_place_after_a_title_and_a_category_before_a_title_name_nobody() -> None:
    g = extract("누리전자·그리드웍스 양사 CEO 서울서 협약\n오하람 대표는 그리스 선주사 회장과 만났다.")
    assert [p.name for p in g.people] == ["오하람"] and g.meetings == []
    assert "선주사" not in [o.name for o in g.organizations]


def test_the_list_of_who_came_takes_the_date_of_the_gathering() -> None:
    g = extract("정하람 과학기술정보통신부 장관이 10일 판교에서 스타트업 대표들과 간담회를 가졌다.\n"
                "간담회에는 권도하 누리랩스 대표, 장민하 새봄AI 대표 등이 참석했다.")
    assert met(g) == [(("권도하", "장민하", "정하람"), (), "2025-03-10", "held")]


def test_a_meeting_named_by_its_participants_and_people_gathered_in_one_place() -> None:
    g = extract("안나 벡 솔라닉스 CEO가 방한했다. 지난 5일 서울에서 열린 오하람 누리전자 대표와 잭 밀러 그리드웍스 CEO의 "
                "회동에서는 배터리 협력이 논의됐다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03-05", "held")]
    g = extract("오하람 누리전자 대표, 잭 밀러 그리드웍스 CEO, 안나 벡 솔라닉스 CEO는 지난 5일 한자리에 모여 협력을 논의했다.")
    assert met(g) == [(("안나 벡", "오하람", "잭 밀러"), (), "2025-03-05", "held")]


def test_those_who_came_to_a_meeting_met_each_other() -> None:
    g = extract("지난 5일 서울에서 열린 회동에는 오하람 누리전자 대표, 잭 밀러 그리드웍스 CEO 등이 참석했다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03-05", "held")]


def test_listed_subjects_meeting_unnamed_partners_do_not_meet_each_other() -> None:
    g = extract("7일 업계에 따르면 곽하준 누리전자 사장과 도민결 새솔테크 대표 등 주요 기업 경영진이 해외 파트너를 "
                "잇따라 만나며 미래 사업 탐색에 나섰다.")
    assert g.meetings == []
    g = extract("곽하준 누리전자 사장과 도민결 새솔테크 대표 등 총수들이 지난 5일 만찬 회동을 가졌다.")
    assert pairs(g) == [("곽하준", "도민결")]


def test_no_plan_to_meet_and_a_refused_meeting_are_no_meetings() -> None:
    assert extract("곽하준 사장은 도민결 새솔테크 대표와 만날 계획이 없다고 밝혔다.").meetings == []
    assert extract("곽하준 사장은 새솔테크 도민결 대표와의 면담 요청을 거절한 것으로 전해졌다.").meetings == []
    g = extract("곽하준 사장은 다음 달 도민결 새솔테크 대표와 만날 계획이다.")
    assert [m.status for m in g.meetings] == ["planned"]


def test_executives_met_at_a_visited_headquarters_are_that_organization() -> None:
    g = extract("오하람 누리전자 대표는 지난 4일 그리드웍스 본사를 방문해 경영진과 면담했다.")
    assert met(g) == [(("오하람",), ("그리드웍스",), "2025-03-04", "held")]
    assert g.meetings[0].place == "그리드웍스 본사"


def test_organizations_listed_before_a_shared_executives_noun_are_each_met() -> None:
    g = extract("오하람 누리전자 대표는 지난 11일 한별디스플레이, 그리드웍스 경영진과 잇따라 만났다.")
    assert pairs(g) == [("그리드웍스", "오하람"), ("오하람", "한별디스플레이")]
    g = extract("오하람 누리전자 대표는 지난 11월 다온정밀, 최근에는 그리드웍스 경영진과 만나 협력을 다졌다.")
    assert pairs(g) == [("그리드웍스", "오하람"), ("다온정밀", "오하람")]


def test_a_clause_after_a_denied_one_with_its_own_subject_tells_a_meeting() -> None:
    g = extract("한도윤 누리전자 회장은 출장으로 접견에 참석하지 않았고, 오세린 누리전자 부회장이 대신 박하람 총리를 "
                "면담했다.")
    assert pairs(g) == [("박하람", "오세린")]
    g = extract("한도윤 누리전자 회장은 접견에 참석하지 않았고, 오세린 누리전자 부회장도 박하람 총리를 만나지 않았다.")
    assert pairs(g) == []


def test_a_side_meeting_of_others_leaves_the_host_who_then_meets_all_listed_at_a_gathering() -> None:
    g = extract("박하람 총리는 15일 한도윤 대통령과 회담했다. 같은 날 오세린 장관과 김다온 장관은 별도 회담을 열고 협약에 "
                "서명했다.\n\n17일에는 누리협회가 연 '비즈니스 라운드테이블'에 참석했다. 윤진식 누리협회 회장이 주재한 이 "
                "자리에는 김성훈 업스테이지 대표와 말레이시아 데이터센터 기업 하리마우데이터의 아지즈 라흐만 CEO 등 기업인 "
                "40여 명이 함께했다.")
    assert pairs(g) == [("김다온", "오세린"), ("김성훈", "박하람", "아지즈 라흐만", "윤진식"), ("박하람", "한도윤")]


def test_the_one_invited_meets_the_inviters_own_person_named_after_the_invitation() -> None:
    g = extract("누리금융은 오세린 아크페이 대표를 다음 달 서울 포럼에 초청해 한도윤 누리금융 회장과 다시 회동할 계획이다.")
    assert met(g) == [(("오세린", "한도윤"), (), "2025-04", "planned")]


def test_a_list_of_attendees_opened_with_birothae_goes_on_past_a_description_of_the_next_ones_company() -> None:
    g = extract("한도윤 신한금융 회장은 지난 13일 싱가포르 DBS 본사에서 피유시 굽타(Piyush Gupta) DBS그룹 CEO와 면담했다. "
                "이 자리에는 오세린 신한은행장이 동석했다.\n\n같은 날 저녁 신한금융이 현지에서 마련한 '아세안 디지털 금융 "
                "간담회'에는 한 회장과 오 행장을 비롯해 싱가포르 결제 핀테크 아크페이(ArcPay)의 케빈 탄(Kevin Tan) 대표, "
                "김다온 한국무역협회 싱가포르지부장 등이 참석해 동남아 디지털 결제 시장 동향을 공유했다.")
    assert ("김다온", "오세린", "케빈 탄", "한도윤") in pairs(g)


def test_people_of_quoted_companies_listed_at_the_meeting_just_told_sit_in_on_it() -> None:
    g = extract("누리부는 오영주 장관이 지난 18일 아부다비에서 국부펀드 무바달라의 투자 담당자들과 간담회를 갖고 펀드 조성 "
                "방안을 논의했다고 밝혔다. 간담회에는 유웅환 한국벤처투자 대표와 협동로봇 기업 '로보링크(Robolink)'의 "
                "김성훈 대표 등 스타트업 대표 6명이 함께했다.")
    assert len(g.meetings) == 1
    assert {"오영주", "유웅환", "김성훈"} <= set(g.meetings[0].participants + g.meetings[0].attendees)


def test_a_meeting_early_in_the_month_is_not_the_one_on_the_17th() -> None:
    g = extract("한도윤 대사는 지난 17일 오세린 누리칩 대표와 만찬을 함께했다. 한 대사는 이달 초 오 대표를 대사관으로 "
                "초청해 협력 방안을 논의했다.")
    assert [m.date for m in g.meetings] == ["2025-03-17", "2025-03"]
    g = extract("한도윤 대사는 지난 17일 오세린 누리칩 대표와 만찬을 함께했다. 한 대사는 이달 중순 오 대표를 대사관으로 "
                "초청해 협력 방안을 논의했다.")
    assert [m.date for m in g.meetings] == ["2025-03-17"]


def test_the_day_of_arrival_before_a_series_of_meetings_is_none_of_their_days() -> None:
    g = extract("한도윤 누리게임즈 의장은 지난 16일 LA에 도착해 오세린 누리픽처스 회장을 시작으로 박하람 잼스튜디오 CEO를 "
                "잇따라 만났다. 한 의장은 지난 17일 오세린 회장과 회동했다. 이어 18일에는 박하람 CEO를 만났다.")
    assert sorted((m.participants[-1], m.date) for m in g.meetings) == [("박하람", "2025-03-18"), ("오세린", "2025-03-17")]
    g = extract("한도윤 누리칩 CEO는 지난 16일 방한해 오세린 누리전자 사장과 박하람 누리반도체 대표를 잇따라 만났다.")
    assert sorted(m.date for m in g.meetings) == ["2025-03-16", "2025-03-16"]  # (told no later day: that one)


def test_a_parallel_story_opened_with_gateun_nal_leaves_the_host() -> None:
    g = extract("한도윤 누리텔레콤 대표는 14일 펑샤오 G42 CEO와 만났다.\n\n같은 날 배경훈 장관은 오마르 알 올라마 "
                "국무장관과 회담을 가졌다. 이 자리에는 한 대표와 박성현 리벨리온 대표가 배석했다. 배 장관은 \"협력이 "
                "중요하다\"고 강조했다.\n\n15일에는 두바이의 데이터센터 기업 데저트컴퓨트를 찾아 카림 알만수리 회장을 만났다.")
    assert ("카림 알만수리", "한도윤") in pairs(g)


def test_months_since_they_first_met_tell_the_earlier_meeting() -> None:
    g = extract("한도윤 누리차 회장이 디트로이트를 찾아 짐 팔리(Jim Farley) 포드 CEO와 마주 앉았다. 두 사람이 지난해 10월 "
                "서울에서 처음 만난 지 4개월 만이다.")
    assert ("2024-10", ("짐 팔리", "한도윤")) in [(m.date, tuple(sorted(m.participants))) for m in g.meetings]


def test_he_after_a_remark_in_passing_about_another_is_still_the_one_before() -> None:
    g = extract("한도윤 누리차 회장은 지난 18일 짐 팔리(Jim Farley) 포드 CEO와 회동했다.\n\n팔리 CEO는 회동 직후 "
                "\"상호 보완적\"이라고 말했다. 한 회장도 \"함께 넘어서자\"고 화답했다. 팔리 CEO는 지난해 한 팟캐스트에서 "
                "협력이 필요하다고 언급한 바 있다.\n\n"
                "그는 이튿날인 19일 RJ 스캐린지(RJ Scaringe) 리비안 CEO와 협력 방안을 논의했다.")
    assert ("RJ 스캐린지", "한도윤") in pairs(g)


def test_someone_who_will_not_attend_an_event_sits_in_on_no_meeting() -> None:
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 만났다. "
                "백서린 솔라닉스 전무는 다음 달 열리는 테크 포럼에는 참석하지 않는다.")
    assert pairs(g) == [("오하람", "잭 밀러")]


def test_a_meeting_told_by_who_came_that_names_an_earlier_principal_is_another_meeting() -> None:
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 만났다. "
                "지난 1월 판교에서 열린 회동에는 오 대표, 안나 벡 솔라닉스 CTO, 노바전자 백서린 전무 등이 참석했다.")
    assert pairs(g) == [("백서린", "안나 벡", "오하람"), ("오하람", "잭 밀러")]


def test_a_title_kiwi_reads_with_a_fused_determiner_still_ends_a_name() -> None:
    g = extract("오하람 누리전자 대표는 지난 3일 잭 밀러 그리드웍스 CFO와 백서린 노바전자 전장부문장을 잇따라 만났다.")
    assert pairs(g) == [("백서린", "오하람"), ("오하람", "잭 밀러")]


def test_meeting_noun_of_two_people_whose_with_phrase_kiwi_reads_as_adverbial() -> None:
    g = extract("채다온 누리전자 의장은 지난 5일 실적을 발표했다. "
                "샌프란시스코에서 열린 채 의장과 그리드웍스의 나린초 사장의 회동에서는 로봇 협력이 주요 의제로 다뤄졌다.")
    assert pairs(g) == [("나린초", "채다온")]


def test_yang_before_a_title_is_a_surname_when_it_names_someone_not_both() -> None:
    g = extract("양다온 누리전자 부회장과 잭 밀러 그리드웍스 CFO는 지난해 말 뮌헨에서 회동을 갖고 협력을 논의했다. "
                "양 부회장은 지난달 안나 벡 노바전자 사장과 만났다.")
    assert pairs(g) == [("안나 벡", "양다온"), ("양다온", "잭 밀러")]


def test_an_adverb_before_an_organization_and_title_is_no_name() -> None:
    g = extract("오하람 누리전자 대표는 조만간 그리드웍스 COO 잭 밀러와 만날 예정이다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03", "planned")]


def test_series_opened_by_a_dated_meeting_dates_only_the_first() -> None:
    g = extract("우서린 한결모터스 사장은 지난 5일 베를린에서 한스 뢰버 오토링크 CEO와 만난 것을 시작으로 "
                "마리 뒤퐁 셀바트 CTO, 카를 렌츠 모빌텍 사장과 잇따라 만났다. 렌츠 사장은 협력을 약속했다.")
    assert sorted((m.participants[1], m.date) for m in g.meetings) == [
        ("마리 뒤퐁", "2025-03"), ("카를 렌츠", "2025-03"), ("한스 뢰버", "2025-03-05")]


def test_organization_met_before_a_person_with_e_ieo() -> None:
    g = extract("우서린 한결모터스 사장은 이달 초 오토링크 경영진에 이어 지난 12일 셀바트의 마리 뒤퐁 CEO와도 만났다.")
    assert met(g) == [(("마리 뒤퐁", "우서린"), (), "2025-03-12", "held"),
                      (("우서린",), ("오토링크",), "2025-03", "held")]


def test_next_sentence_about_the_meeting_gives_its_date() -> None:
    g = extract("우서린 한결모터스 회장이 주최한 오찬에 한스 뢰버 오토링크 대표·마리 뒤퐁 셀바트 부회장이 참석했다.\n"
                "오찬은 지난 18일 서울 중구의 한 호텔에서 열렸다.\n"
                "우 회장은 이튿날인 19일 뢰버 대표와 따로 만났다.")
    assert met(g) == [(("마리 뒤퐁", "우서린", "한스 뢰버"), (), "2025-03-18", "held"),
                      (("우서린", "한스 뢰버"), (), "2025-03-19", "held")]


def test_ceremony_announced_by_companies_then_attended_takes_its_date() -> None:
    g = extract("두 회사는 11일 서울 을지로 한결모터스 본사에서 제휴 협약식을 열었다.\n"
                "협약식에는 우서린 한결모터스 사장과 한스 뢰버 오토링크 CEO가 참석해 협약서에 서명했다.")
    assert met(g) == [(("우서린", "한스 뢰버"), (), "2025-03-11", "held")]


def test_attendees_of_a_gathering_just_announced_are_not_added_to_the_meeting_before() -> None:
    g = extract("도민혁 산업통상자원부 장관은 4일 쩐 티 마이 사이공링크 회장을 접견했다. "
                "도 장관은 이어 오후에는 한국무역협회에서 수출기업 간담회를 열었다. "
                "간담회에는 탁서윤 한국무역협회 부회장이 참석했다.")
    assert pairs(g) == [("도민혁", "쩐 티 마이"), ("도민혁", "탁서윤")]


def test_sharing_a_meal_is_a_meeting_not_attendance() -> None:
    g = extract("우서린 한결모터스 사장과 한스 뢰버 오토링크 CEO는 지난 12일 서울에서 만찬을 함께했다.")
    assert met(g) == [(("우서린", "한스 뢰버"), (), "2025-03-12", "held")]


def test_guests_at_the_table_of_a_meal_a_host_gave() -> None:
    g = extract("우서린 한결모터스 회장이 마련한 오찬 자리에는 한스 뢰버 오토링크 대표와 마리 뒤퐁 셀바트 부회장이 함께했다.")
    assert pairs(g) == [("마리 뒤퐁", "우서린", "한스 뢰버")]


def test_meeting_noun_in_short_quotes_is_a_cue() -> None:
    g = extract("우서린 한결모터스 회장은 지난 2일 한스 뢰버 오토링크 회장과 '깜짝 회동'을 가졌다.")
    assert met(g) == [(("우서린", "한스 뢰버"), (), "2025-03-02", "held")]
    g = extract("우서린 한결모터스 회장은 \"한스 뢰버 오토링크 회장과 곧 회동을 가질 것\"이라고 말했다.")
    assert met(g) == []  # speech stays speech


def test_ceremony_both_sides_attended_amid() -> None:
    g = extract("우서린 한결모터스 대표와 한스 뢰버 오토링크 대표가 참석한 가운데 업무협약(MOU)을 체결했다.")
    assert pairs(g) == [("우서린", "한스 뢰버")]


def test_management_met_after_touring_a_site_is_its_organization() -> None:
    g = extract("우서린 한결모터스 회장은 오토링크 공장을 둘러본 뒤 경영진과 오찬을 했다.")
    assert met(g) == [(("우서린",), ("오토링크",), "2025-03", "held")]
    g = extract("우서린 한결모터스 회장은 오토링크 본사에서 이 회사 경영진과 회의를 가졌다.")
    assert met(g) == [(("우서린",), ("오토링크",), "2025-03", "held")]


def test_guests_invited_in_the_passive() -> None:
    g = extract("우서린 한결모터스 회장이 주최한 만찬에는 한스 뢰버 오토링크 회장과 마리 뒤퐁 셀바트 대표가 초청됐다.")
    assert pairs(g) == [("마리 뒤퐁", "우서린", "한스 뢰버")]


def _attendees(g: ArticleGraph) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((next(p for p in m.participants if p not in ("우서린", *m.attendees)), tuple(m.attendees))
                  for m in g.meetings)


def test_who_came_along_on_the_trip_sat_in_on_every_meeting_of_it() -> None:
    g = extract("우서린 한결모터스 사장은 지난 3일 한스 뢰버 오토링크 CEO와 만났다.\n"
                "이어 5일에는 마리 뒤퐁 셀바트 회장과 회동했다.\n"
                "이번 출장에는 한결모터스 전략본부장인 탁서윤 전무가 동행했다.")
    assert _attendees(g) == [("마리 뒤퐁", ("탁서윤",)), ("한스 뢰버", ("탁서윤",))]


def test_who_came_along_on_one_leg_of_the_trip_sat_in_on_its_meetings_only() -> None:
    g = extract("우서린 한결모터스 사장은 지난 3일 베를린에서 한스 뢰버 오토링크 CEO와 만났다.\n"
                "이어 5일에는 파리에서 마리 뒤퐁 셀바트 회장과 회동했다.\n"
                "파리 일정에는 탁서윤 전무가 동행했다.")
    assert _attendees(g) == [("마리 뒤퐁", ("탁서윤",)), ("한스 뢰버", ())]


def test_meeting_named_by_its_counterpart_gets_the_attendee() -> None:
    g = extract("우서린 한결모터스 사장은 지난 3일 한스 뢰버 오토링크 CEO를 만난 데 이어 5일에는 마리 뒤퐁 셀바트 "
                "회장과도 회동했다. 뒤퐁 회장과의 자리에는 탁서윤 한결모터스 전무가 배석했다.")
    assert _attendees(g) == [("마리 뒤퐁", ("탁서윤",)), ("한스 뢰버", ())]


def test_a_pair_meeting_again_at_two_times_is_two_meetings() -> None:
    g = extract("우서린 한결모터스 대표는 지난 1월 한스 뢰버 오토링크 CEO와 처음 만났다.\n"
                "이후 두 사람은 지난해 말 베를린에서 열린 포럼과 이달 초 서울에서 잇따라 만나 조건을 조율했다.")
    assert sorted(m.date or "" for m in g.meetings) == ["2024", "2025-01", "2025-03"]


def test_the_pair_whose_meeting_it_is_and_their_first_encounter() -> None:
    g = extract("우서린 한결모터스 대표와 한스 뢰버 오토링크 대표가 어제 서울에서 만났다.\n"
                "두 대표의 회동은 지난달 초 한 업계 행사에서 처음 인사를 나눈 지 한 달 만에 성사됐다.")
    assert met(g) == [(("우서린", "한스 뢰버"), (), "2025-02", "held"),
                      (("우서린", "한스 뢰버"), (), "2025-03-19", "held")]


def test_a_meeting_pursued_but_called_off_is_none() -> None:
    g = extract("우서린 한결모터스 대표와 한스 뢰버 오토링크 CEO가 5일 만났다.\n"
                "두 사람의 회동은 당초 지난해 추진됐으나 양측 사정으로 취소된 바 있다.")
    assert met(g) == [(("우서린", "한스 뢰버"), (), "2025-03-05", "held")]


def test_organizations_listed_before_deung_are_each_met() -> None:
    g = extract("우서린 한결모터스 대표는 실리콘밸리에서 오토링크, 셀바트 등 AI 기업 경영진과 잇따라 만났다.")
    assert sorted(m.organizations[0] for m in g.meetings) == ["셀바트", "오토링크"]


def test_date_said_after_a_meeting_belongs_to_the_next_one() -> None:
    g = extract("우서린 한결모터스 대표는 지난 9일 한스 뢰버 오토링크 CEO와 만찬 회동을 가진 데 이어 다음 날 "
                "마리 뒤퐁 셀바트 회장과 조찬을 함께했다.")
    assert sorted((m.participants[1], m.date) for m in g.meetings) == [("마리 뒤퐁", "2025-03-10"),
                                                                      ("한스 뢰버", "2025-03-09")]


def test_meeting_expected_in_the_future_adnominal_is_planned() -> None:
    for text in ("우서린 한결모터스 대표가 한스 뢰버 오토링크 CEO와 만날 것으로 보인다.",
                 "업계에서는 우서린 한결모터스 대표가 한스 뢰버 오토링크 CEO와 만날 것으로 보고 있다."):
        assert [m.status for m in extract(text).meetings] == ["planned"]
    assert [m.status for m in extract("우서린 한결모터스 대표가 한스 뢰버 오토링크 CEO와 만난 것으로 알려졌다.").meetings] \
        == ["held"]


def test_phone_call_and_the_talks_held_over_it_are_no_meeting() -> None:
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 통화하고 배터리 공급 일정을 논의했다.")
    assert met(g) == []
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 전화 통화를 했다.")
    assert met(g) == []


def test_phone_call_then_a_meeting_keeps_only_the_meeting() -> None:
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 통화한 뒤 이튿날 안나 벡 솔라닉스 CEO와 만났다.")
    assert met(g) == [(("안나 벡", "오하람"), (), "2025-03-06", "held")]


def test_video_call_is_a_meeting() -> None:
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 화상 통화를 하고 협력을 논의했다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03-05", "held")]


def test_pair_after_an_attendance_meeting_and_a_determiner_before_the_meeting_noun() -> None:
    first = "누리전자는 17일 그리드웍스와 협약을 맺었다. 이날 협약식에는 오하람 누리전자 대표와 잭 밀러 그리드웍스 CEO가 참석했다. "
    g = extract(first + "두 사람의 첫 만남은 지난 1월 독일 베를린에서 이뤄졌다.")
    assert ((("오하람", "잭 밀러"), (), "2025-01", "held")) in met(g)
    g = extract(first + "두 사람은 지난 1월 독일 베를린에서 처음 만났다.")
    assert ((("오하람", "잭 밀러"), (), "2025-01", "held")) in met(g)


def test_signers_told_after_the_deal_meet_on_the_day_of_the_deal() -> None:
    g = extract("누리전자는 13일 서울 본사에서 그리드웍스와 합작 계약을 맺었다고 14일 밝혔다.\n"
                "계약서에는 오하람 누리전자 대표와 잭 밀러 그리드웍스 CEO가 직접 서명했다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03-13", "held")]


def test_signature_after_a_meeting_is_no_attendance() -> None:
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 만나 투자 계약서에 서명했다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03-05", "held")]


def test_meeting_told_in_the_speakers_own_quote() -> None:
    g = extract('오하람 누리전자 대표는 20일 기자간담회에서 "지난 5일 잭 밀러 그리드웍스 CEO를 만나 공급 조건에 합의했다"고 밝혔다.')
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03-05", "held")]


def test_wish_in_a_quote_is_no_meeting() -> None:
    g = extract('오하람 누리전자 대표는 "언젠가 잭 밀러 그리드웍스 CEO를 만나고 싶다"고 말했다.')
    assert met(g) == []


def test_people_of_two_sides_concluding_an_agreement_meet() -> None:
    g = extract("오하람 누리전자 대표는 13일 잭 밀러 그리드웍스 CEO와 업무협약(MOU)을 체결했다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03-13", "held")]
    g = extract("오하람 누리전자 대표와 잭 밀러 그리드웍스 CEO는 13일 서울에서 업무협약을 체결했다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03-13", "held")]
    g = extract("누리전자는 13일 그리드웍스와 업무협약을 체결했다.")  # companies only: nobody met
    assert met(g) == []


def test_call_then_meeting_the_same_person() -> None:
    g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 통화한 데 이어 직접 만나 협력을 논의했다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03-05", "held")]


def test_idioms_of_meeting() -> None:
    for tail in ("자리를 함께했다.", "머리를 맞댔다.", "마주 앉았다.", "골프 라운딩을 함께했다.", "영상 회의를 열었다."):
        g = extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 " + tail)
        assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03-05", "held")], tail


def test_meetings_hoped_for_asked_for_or_weighed_are_no_meetings() -> None:
    a, b = "오하람 누리전자 대표", "잭 밀러 그리드웍스 CEO"
    for text in (f"{a}는 {b}와 만나기를 희망한다고 밝혔다.", f"{a}는 {b}를 만나 달라는 요청을 받았다.",
                 f"{a}는 {b}와의 면담을 요청했다.", f"{a}는 {b}와의 회동을 추진하고 있다.",
                 f"{a}는 {b}와 만남을 조율 중인 것으로 알려졌다.", f"업계에서는 {a}가 {b}와 만날 가능성도 제기된다.",
                 f"{a}와 {b}의 회동 여부에 관심이 쏠린다."):
        assert met(extract(text)) == [], text
    g = extract(f"{a}는 {b}와 만나 협력을 제안했다.")  # a proposal made at a meeting: held
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03", "held")]


def test_plan_told_only_in_a_quote_is_no_meeting() -> None:
    g = extract('오하람 누리전자 대표는 이날 기자들과 만나 "잭 밀러 그리드웍스 CEO와 다음 달 만날 예정"이라고 말했다.')
    assert met(g) == []


def test_a_table_of_many_is_one_meeting() -> None:
    g = extract("서지안 한결화학 회장은 이날 잭 밀러 그리드웍스 CEO를 비롯해 다나카 히로시 미나토상사 회장 등 "
                "해외 기업인 20여 명과 오찬을 함께했다.")
    assert pairs(g) == [("다나카 히로시", "서지안", "잭 밀러")]


def test_two_people_are_the_subject_and_partner_of_the_sentence_before() -> None:
    g = extract("오하람 누리에너지 대표가 잭 밀러 그리드웍스 CEO와 손잡고 북미 시장 공략에 나선다. "
                "두 사람은 지난 13일 서울에서 만나 합작법인 설립에 합의했다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03-13", "held")]


def test_titles_of_a_board_and_a_deputy_minister() -> None:
    g = extract("서지안 누리에너지 이사회 의장은 13일 잭 밀러 그리드웍스 CEO와 만났다. "
                "이 자리에는 산업통상자원부 오하람 통상차관보가 배석했다.")
    assert {p.name: p.orgs for p in g.people} == {"서지안": ["누리에너지"], "잭 밀러": ["그리드웍스"],
                                                   "오하람": ["산업통상자원부"]}
    assert pairs(g) == [("서지안", "오하람", "잭 밀러")]


def test_remote_channels_and_video_calls() -> None:
    a, b = "오하람 누리전자 대표", "잭 밀러 그리드웍스 CEO"
    for text in (f"{a}는 13일 {b}와 전화 회담을 했다.", f"{a}는 13일 {b}와 유선으로 협력 방안을 논의했다.",
                 f"{a}는 13일 {b}와 이메일로 협력 방안을 논의했다.", f"{a}는 13일 {b}와 서면으로 협의했다."):
        assert met(extract(text)) == [], text
    for text in (f"{a}는 13일 {b}와 화상통화를 했다.", f"{a}는 13일 {b}와 영상 통화로 협력을 논의했다."):
        assert met(extract(text)) == [(("오하람", "잭 밀러"), (), "2025-03-13", "held")], text


def test_put_off_past_plans_and_open_questions_are_no_meetings() -> None:
    a, b = "오하람 누리전자 대표", "잭 밀러 그리드웍스 CEO"
    for text in (f"{a}와 {b}의 회동이 연기됐다.", f"{a}는 당초 {b}와 만날 계획이었다.",
                 f"{a}는 {b}와 만날 수 있을지 주목된다.", f"{a}가 {b}와 회동할지는 미지수다.",
                 f"{a}는 {b}와 만나지는 않았지만 서한을 보냈다."):
        assert met(extract(text)) == [], text
    g = extract(f"{a}와 {b}의 회동은 다음 달로 연기됐다.")  # a new date: still planned
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-04", "planned")]


def test_meeting_in_a_quote_that_goes_on_with_myeo() -> None:
    g = extract('오하람 누리전자 대표는 "지난 5일 잭 밀러 그리드웍스 CEO를 만나 공급 조건에 합의했다"며 '
                '"연내 본계약을 맺겠다"고 말했다.')
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03-05", "held")]


def test_a_count_of_meetings_is_no_new_meeting() -> None:
    g = extract('오하람 누리전자 대표는 "잭 밀러 그리드웍스 CEO와는 지금까지 세 차례 만났다"며 "다음 달 다시 만날 것"이라고 말했다.')
    assert met(g) == []


def test_nominal_meetings_with_gan_a_middle_dot_or_a_day_between() -> None:
    a, b = "오하람 누리전자 회장", "잭 밀러 그리드웍스 CEO"
    for text in (f"{a}과 {b} 간 회동이 13일 서울에서 열렸다.", f"{a}·{b} 회동이 13일 성사됐다.",
                 f"{a}과 {b}의 13일 회동에서는 반도체 협력이 논의됐다."):
        assert met(extract(text)) == [(("오하람", "잭 밀러"), (), "2025-03-13", "held")], text


def test_ties_formed_are_no_agreement() -> None:
    for text in ("오하람 누리전자 대표는 잭 밀러 그리드웍스 CEO와 오랜 인연을 맺어왔다.",
                 "오하람 누리전자 대표는 2019년 잭 밀러 그리드웍스 CEO와 친분을 맺었다."):
        assert met(extract(text)) == [], text


def test_sharing_a_view_is_no_meeting() -> None:
    assert met(extract("오하람 누리전자 대표는 지난 5일 잭 밀러 그리드웍스 CEO와 뜻을 함께했다.")) == []


def test_two_meeting_verbs_each_after_its_own_date_are_two_occasions() -> None:
    g = extract("오하람 누리전자 대표와 잭 밀러 그리드웍스 CEO는 지난 1월 미국에서 처음 만난 뒤 지난달 서울에서 다시 회동했다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-01", "held"), (("오하람", "잭 밀러"), (), "2025-02", "held")]
    g = extract("오하람 누리전자 대표와 잭 밀러 그리드웍스 CEO는 지난 1월 처음 만난 데 이어 다음 달 다시 만날 예정이다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-01", "held"), (("오하람", "잭 밀러"), (), "2025-04", "planned")]


def test_person_met_before_in_an_adnominal_clause_is_an_earlier_meeting() -> None:
    g = extract("오하람 누리전자 대표는 지난 1월 처음 만난 잭 밀러 그리드웍스 CEO와 13일 다시 만났다.")
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-01", "held"), (("오하람", "잭 밀러"), (), "2025-03-13", "held")]
    g = extract("오하람 누리전자 대표는 13일 방한한 잭 밀러 그리드웍스 CEO와 만났다.")  # 방한: no meeting verb
    assert met(g) == [(("오하람", "잭 밀러"), (), "2025-03-13", "held")]


def test_the_place_of_a_meeting_leaves_out_the_date_said_before_it() -> None:
    g = extract("오하람 누리전자 대표는 지난달 말 일본 도쿄에서 잭 밀러 그리드웍스 CEO와 만났다.")
    assert [(m.place, m.date) for m in g.meetings] == [("일본 도쿄", "2025-02")]
    g = extract("오하람 누리전자 대표는 오는 28일 대만에서 잭 밀러 그리드웍스 CEO와 만날 예정이다.")
    assert [(m.place, m.status) for m in g.meetings] == [("대만", "planned")]


def test_a_deputy_prime_minister_sitting_in_is_an_attendee() -> None:
    g = extract("오하람 누리전자 대표는 지난 10일 잭 밀러 그리드웍스 CEO를 만났다. 이 자리에는 고민재 경제부총리가 배석했다.")
    assert [m.attendees for m in g.meetings] == [["고민재"]]


def test_a_surname_short_form_with_no_korean_bearer_is_the_family_name_of_a_foreign_participant() -> None:
    g = extract("곽하준 누리전자 사장이 젠슨 황 엔비디아 CEO를 만났다. 곽 사장은 지난 9일 새너제이에서 황 CEO와 회동했다. "
                "이 자리에는 고민재 누리전자 부사장이 동석했다.")
    assert met(g) == [(("고민재", "곽하준", "젠슨 황"), (), "2025-03-09", "held")]


def test_a_group_named_beside_a_person_of_its_affiliate_is_no_extra_party() -> None:
    g = extract("LG, 美 빅테크와 'AI 동맹' 잰걸음…조주완, 나델라 만나 AI 가전 협력\n"
                "LG전자 조주완 사장이 사티아 나델라 마이크로소프트(MS) 최고경영자(CEO)와 만나 협력을 논의했다.\n"
                "조 사장은 지난 13일(현지시간) 미국 레드먼드 MS 본사에서 나델라 CEO와 면담을 가졌다. "
                "이번 면담에는 김병훈 LG전자 최고기술책임자(CTO·부사장)가 동행했다.")
    assert met(g) == [(("김병훈", "사티아 나델라", "조주완"), (), "2025-03-13", "held")]


def test_a_meeting_that_did_not_take_place_or_whose_chance_is_watched_is_none() -> None:
    g = extract("곽하준 누리전자 사장은 잭 밀러 그리드웍스 CEO를 만났다. 같은 행사에는 고민재 한결전자 부회장도 "
                "참석했지만, 밀러 CEO와의 별도 회동은 이뤄지지 않은 것으로 전해졌다.")
    assert pairs(g) == [("곽하준", "잭 밀러")]
    g = extract("업계에서는 고민재 장관과 잭 밀러 그리드웍스 CEO의 만남이 성사될지도 주목하고 있다.")
    assert g.meetings == []


def test_this_meeting_being_no_first_is_no_other_meeting() -> None:
    g = extract("▲ 오하람 누리그룹 회장(오른쪽)과 잭 밀러 그리드웍스 CEO가 지난달 28일 경주에서 악수하고 있다. (사진=누리그룹 제공)\n"
                "오 회장과 밀러 CEO의 만남은 이번이 처음이 아니다. 두 사람은 회담 전날인 지난달 27일 저녁 서울의 한 식당에서 "
                "고민재 한결전자 회장과 함께 '치맥 회동'을 했다.")
    assert met(g) == [(("고민재", "오하람", "잭 밀러"), (), "2025-02-27", "held"),
                      (("오하람", "잭 밀러"), (), "2025-02-28", "held")]


def test_the_clauses_of_a_headline_have_their_own_subjects() -> None:
    g = extract("누리전자 오하람, 그리드웍스·솔라닉스 수장 만나…한결전자 곽하준은 13일 잭 밀러 회장과 회동\n"
                "오하람 누리전자 사장은 지난 6일 안나 벡 그리드웍스 회장과 만났다. 곽하준 한결전자 사장은 오는 25일 잭 밀러 "
                "노바모터스 회장과 회동할 계획이다.")
    assert ("곽하준", "안나 벡") not in pairs(g) and not any("곽하준" in p and "그리드웍스" in p for p in pairs(g))
    assert ("곽하준", "잭 밀러") in pairs(g)


def test_who_says_it_is_no_place() -> None:
    g = extract("업계에서는 오하람 누리전자 대표가 지난 3일 잭 밀러 그리드웍스 CEO를 만났다고 전했다.")
    assert [m.place for m in g.meetings] == [None]


def test_a_meeting_reported_as_expected_is_planned_and_one_reported_as_done_is_held() -> None:
    g = extract("곽하준 누리전자 사장은 방한 기간 중 잭 밀러 그리드웍스 CEO와 만날 것으로 전해졌다.")
    assert [m.status for m in g.meetings] == ["planned"]
    g = extract("곽하준 누리전자 사장은 지난 3일 잭 밀러 그리드웍스 CEO와 만난 것으로 전해졌다.")
    assert [m.status for m in g.meetings] == ["held"]


def test_a_meal_with_a_list_of_guests_is_one_meeting_but_meals_in_a_row_are_not() -> None:
    g = extract("고민재 금융위원장은 전날 곽하준 누리금융 회장, 오하람 한결금융 회장, 백서린 다온금융 회장과 오찬을 함께했다.")
    assert [tuple(sorted(m.participants)) for m in g.meetings] == [("고민재", "곽하준", "백서린", "오하람")]
    g = extract("고민재 금융위원장은 곽하준 누리금융 회장, 오하람 한결금융 회장과 잇따라 오찬을 함께했다.")
    assert pairs(g) == [("고민재", "곽하준"), ("고민재", "오하람")]


def test_a_bullet_item_of_a_column_is_no_photo_caption() -> None:
    g = extract("▲곽하준 한결협회 회장은 11일 잭 밀러 미국 상무부 장관 앞으로 서한을 보내 재계의 입장을 전달했다.\n"
                "▲당초 11일로 예정됐던 오하람 누리그룹 회장과 칼리드 알팔리 사우디아라비아 투자부 장관의 면담은 사우디 측 "
                "사정으로 취소됐다.")
    assert g.meetings == []


def test_heads_of_state_in_a_summit() -> None:
    g = extract("앞서 고민재 대통령과 또 럼(To Lam) 베트남 공산당 서기장은 지난달 11일 서울에서 정상회담을 했다. "
                "고 대통령은 25일 도널드 트럼프 대통령과 정상회담을 가졌다. 트럼프 대통령은 말했다. 트럼프와 고 대통령은 웃었다.")
    assert sorted(pairs(g)) == [("고민재", "도널드 트럼프"), ("고민재", "또 럼")]


def test_the_heads_of_several_companies_counted_together_are_one_meeting() -> None:
    g = extract("고민재 금융위원장은 지난달 27일에는 누리뱅크·한결뱅크·다온뱅크 등 인터넷전문은행 3사 대표들과 만나 "
                "대출 확대를 주문했다.")
    assert met(g) == [(("고민재",), ("누리뱅크", "다온뱅크", "한결뱅크"), "2025-02-27", "held")]


def test_a_meeting_agreed_on_for_later_over_the_phone_is_none() -> None:
    g = extract("고민재 대통령은 지난 6월 6일 잭 밀러 대통령과 첫 통화를 하고 조속한 시일 내에 정상회담을 열자는 데 합의했다.")
    assert g.meetings == []


def test_people_of_one_group_met_together_are_one_meeting() -> None:
    g = extract("고민재 대통령은 조선소에서 곽하준 한화그룹 부회장, 데이비드 김 한화필리조선소 대표와 만나 현황을 보고받을 예정이다.")
    assert met(g) == [(("고민재", "곽하준", "데이비드 김"), (), "2025-03", "planned")]


def test_those_present_at_a_roundtable_meet_there() -> None:
    g = extract("라운드테이블에는 한국 측에서 곽하준 한결협회 회장과 오하람 누리전자 회장 등이, 미국 측에서 잭 밀러 상무부 장관 "
                "등이 참석했다.")
    assert pairs(g) == [("곽하준", "오하람", "잭 밀러")]


def test_a_family_name_of_two_words_then_he_is_that_person() -> None:
    g = extract("카를로스 델 토로(Carlos Del Toro) 미국 해군성 장관이 울산을 찾아 곽하준 누리중공업 부회장과 면담했다. "
                "곽 부회장은 \"최고의 파트너가 되겠다\"고 말했다. 델 토로 장관은 면담 뒤 건조 현장을 둘러봤다. "
                "그는 29일 미쓰비시중공업 경영진과 만날 예정이다.")
    assert (("카를로스 델 토로",), ("미쓰비시중공업",), "2025-03-29", "planned") in met(g)


def test_an_interview_answer_is_told_by_its_speaker_and_its_people_are_no_speakers() -> None:
    g = extract("[인터뷰] 한지수 누리로보틱스 대표 \"관절, 이제 한국이 만들 차례\"\n"
                "한지수 누리로보틱스 대표는 최근 서울 본사에서 기자와 만나 회사의 계획을 설명했다.\n"
                "- 경쟁자는 누구인가.\n"
                "\"지난달 초 상하이 전시회에 노바로봇의 왕싱싱 대표도 왔는데, 따로 인사를 나누진 못했어요.\"\n"
                "- 다음 계획은.\n"
                "\"지난달 일본에 가서 야스카와전기의 오가사와라 히로시 사장을 만났습니다.\"")
    assert met(g) == [(("오가사와라 히로시", "한지수"), (), "2025-02", "held")]


def test_a_title_said_with_its_honorific() -> None:
    g = extract("\"지난해 11월 누리자동차 로보틱스랩의 현동진 상무님을 처음 만났어요.\"")
    assert [p.name for p in g.people] == ["현동진"]


def test_a_time_within_a_meeting_told_is_no_meeting() -> None:
    g = extract("손태승 전 누리금융 회장의 친인척 의혹으로 곤혹스러운 처지에 놓인 임종룡 한결금융 회장은 간담회 내내 말을 아낀 것으로 "
                "전해졌다.")
    assert g.meetings == []


def test_who_attended_a_gathering_meets_those_the_next_sentence_lists_there() -> None:
    g = extract("오하람 대통령은 회담을 마친 뒤 워싱턴DC의 한 호텔에서 한경협과 미국 상공회의소가 공동 주최한 "
                "'한미 비즈니스 라운드테이블'에 참석했다.\n"
                "라운드테이블에는 한국 측에서 곽하준 한경협 회장과 백서린 누리전자 회장 등이, 미국 측에서 잭 밀러 상무부 장관 "
                "등이 참석했다.")
    assert pairs(g) == [("곽하준", "백서린", "오하람", "잭 밀러")]


def test_those_who_sat_in_join_the_meeting_named_again_after_paragraphs_of_quotes() -> None:
    g = extract("한도윤 누리전자 회장은 6일 오세린 코렐반도체 대표를 접견했다.\n\n"
                "한 회장은 \"협력을 넓혀 달라\"고 요청했다.\n\n"
                "오 대표는 \"긴밀히 협력하겠다\"고 답했다.\n\n"
                "이날 접견에는 코렐반도체 측에서 박하람 부사장이, 누리전자에서는 최다온 전무가 각각 배석했다.")
    assert pairs(g) == [("박하람", "오세린", "최다온", "한도윤")]


def test_a_report_received_from_a_person_is_a_meeting_with_that_person() -> None:
    g = extract("한도윤 누리전자 회장은 오세린 코렐반도체 대표로부터 사업 현황을 보고받았다.")
    assert pairs(g) == [("오세린", "한도윤")]
    g = extract("한도윤 누리전자 회장은 오세린 코렐반도체 대표로부터 투자를 유치한 뒤 박하람 대표와 만났다.")
    assert pairs(g) == [("박하람", "한도윤")]


def test_on_a_visit_whoever_showed_or_told_the_visitor_something_is_met() -> None:
    g = extract("한도윤 누리전자 회장은 지난 7일 코렐로보틱스 본사를 방문해 오세린 대표로부터 로봇 시연을 보고 협력을 논의했다.")
    assert pairs(g) == [("오세린", "한도윤")]
    g = extract("한도윤 누리전자 회장은 지난 7일 코렐로보틱스 본사를 방문해 오세린 대표로부터 설명을 들었다.")
    assert pairs(g) == [("오세린", "한도윤")]
    g = extract("한도윤 누리전자 회장은 지난 7일 코렐로보틱스 본사를 방문했다. 이 회사는 오세린 대표로부터 투자를 받았다.")
    assert ("오세린", "한도윤") not in pairs(g)


def test_those_who_attended_and_discussed_there_meet_the_host() -> None:
    g = extract("누리협회는 지난 5일 간담회를 열었다. 한도윤 누리협회 부회장이 주재한 간담회에는 오세린 코렐반도체 대표와 "
                "박하람 누리전자 사장 등이 참석해 대응 방안을 논의했다.")
    assert pairs(g) == [("박하람", "오세린", "한도윤")]


def test_the_subject_of_a_clause_that_qualifies_a_noun_does_not_split_the_sentence() -> None:
    # "밀러 CEO가 방한했을 당시": a time clause; "두 사람은" stays the subject of 만찬을 함께하며, dated 지난해 10월
    g = extract("한도윤 누리전자 회장이 잭 밀러(Jack Miller) 그리드웍스 CEO와 만났다. 한 회장과 밀러 CEO의 만남은 이번이 "
                "처음이 아니다. 두 사람은 지난해 10월 밀러 CEO가 방한했을 당시 서울 여의도 콘래드호텔에서 만찬을 "
                "함께하며 친분을 쌓았다.")
    assert ("2024-10", "held") in [(m.date, m.status) for m in g.meetings]


def test_a_duration_keeps_the_day_of_the_meeting() -> None:
    g = extract("한도윤 누리전자 회장은 지난 4일 서울에서 오세린 코렐반도체 대표와 약 1시간 동안 회동했다.")
    assert [m.date for m in g.meetings] == ["2025-03-04"]


def test_organizations_only_talked_about_after_a_reception_are_not_met() -> None:
    g = extract("한도윤 누리유통 회장은 지난달 26일 서울에서 오세린 코렐커머스 CEO를 접견하고 누리마켓과 "
                "코렐익스프레스코리아를 자회사로 두는 합작법인의 협력 방향을 논의했다.")
    assert pairs(g) == [("오세린", "한도윤")]


def test_a_companion_who_did_not_come_along_sits_in_on_no_meeting() -> None:
    g = extract("한도윤 누리전자 회장은 지난 13일 오세린 코렐반도체 대표와 만났다. 당초 이번 출장에 동행할 것으로 "
                "알려졌던 박하람 누리전자 부회장은 국내 일정 때문에 함께하지 않았다.")
    assert pairs(g) == [("오세린", "한도윤")]


def test_a_meeting_said_not_to_have_happened_is_none() -> None:
    g = extract("한도윤 누리전자 회장은 오카다 겐지 누리자동차 회장과 만났다. 재계 일각에서 관심을 모았던 박하람 "
                "코렐전자 회장과의 만남은 없었다.")
    assert pairs(g) == [("오카다 겐지", "한도윤")]


def test_a_meal_held_apart_after_the_meeting_is_another_meeting_on_its_day() -> None:
    g = extract("오카다 겐지 누리자동차 회장은 지난 11일 한도윤 코렐모터스 회장과 회동했다. 코렐모터스에서는 박하람 "
                "부회장이, 누리자동차에서는 사토 고지 사장이 배석했다.\n\n"
                "회동이 끝난 뒤 사토 사장은 박 부회장과 별도로 오찬을 했다.")
    assert met(g) == [(("박하람", "사토 고지"), (), "2025-03-11", "held"),
                      (("박하람", "사토 고지", "오카다 겐지", "한도윤"), (), "2025-03-11", "held")]


def test_people_listed_with_a_middle_dot_before_a_meeting_verb_in_a_headline_are_met_not_meeting() -> None:
    g = extract("한도윤 누리전자 회장, 인도·베트남 잇따라 방문…바르마니·쩐반민 만나\n\n"
                "한도윤 누리전자 회장은 지난 11일 아디트 바르마니 누리인더스트리 회장과 회동했다. "
                "한 회장은 13일 하노이에서 쩐 반 민 베트남 총리와 만났다.")
    assert pairs(g) == [("아디트 바르마니", "한도윤"), ("쩐 반 민", "한도윤")]


def test_a_meeting_verb_said_in_the_negative_after_a_visit_is_no_meeting() -> None:
    g = extract("오세린 누리항공 회장은 오카다 겐지 코렐에어 회장과 만났다. 같은 기간 두바이를 방문한 한도윤 누리그룹 "
                "회장은 오카다 회장과 만나지 않은 것으로 확인됐다.")
    assert pairs(g) == [("오세린", "오카다 겐지")]


def test_a_meeting_that_did_not_come_about_far_into_the_sentence_is_none() -> None:
    g = extract("한도윤 누리전자 회장은 오카다 겐지 코렐전자 회장과 만났다. 관심을 모았던 박하람 누리그룹 회장과의 회동은 "
                "양측의 일정 조율이 끝내 이뤄지지 않으면서 성사되지 않았다.")
    assert pairs(g) == [("오카다 겐지", "한도윤")]


def test_meeting_put_off_for_a_reason_is_none_but_one_put_off_to_a_date_is_planned() -> None:
    g = extract("한스 로렌츠 볼텍스 회장은 오태민 한빛그룹 회장을 만났다. 이날 일정에는 임재원 지사장이 동행했다. "
                "당초 저녁으로 잡혀 있던 오하람 누리전자 대표와의 만찬은 누리전자 측 사정으로 연기됐다.")
    assert pairs(g) == [("오태민", "임재원", "한스 로렌츠")]
    g = extract("한스 로렌츠 볼텍스 회장과 오하람 누리전자 대표의 만찬은 다음 달로 연기됐다.")
    assert [m.status for m in g.meetings] == ["planned"]


def test_site_visited_for_talks_is_a_meeting_with_its_organization() -> None:
    g = extract("백서린 중소벤처기업부 장관은 16일 마운틴뷰 그리드웍스 본사를 방문해 클라우드 지원 방안을 논의했다. "
                "백 장관은 오는 24일 누리전자 본사를 찾아 협력 방안을 협의할 예정이다.")
    assert met(g) == [(("백서린",), ("그리드웍스",), "2025-03-16", "held"),
                      (("백서린",), ("누리전자",), "2025-03-24", "planned")]
    g = extract("백서린 중소벤처기업부 장관은 16일 그리드웍스 본사를 방문했다.")
    assert g.meetings == []  # a visit alone, with no talks, is no meeting


def test_two_subjects_sharing_the_table_attend_the_meeting_just_told() -> None:
    g = extract("백서린 장관은 지난 15일 '글로벌 VC 간담회'를 주재했다. 간담회에는 잭 밀러 그리드웍스 CEO 등 10여 명이 "
                "참석했다. 국내에서는 누리전자의 오하람 대표와 솔라닉스 하서진 대표가 자리를 함께했다.")
    assert ("오하람", "하서진") not in pairs(g)  # both sat at the 간담회, they did not meet on their own
    g = extract("오하람 누리전자 대표는 하서진 솔라닉스 대표와 자리를 함께했다.")
    assert pairs(g) == [("오하람", "하서진")]


def test_known_organization_that_is_a_persons_family_name_is_the_person() -> None:
    g = extract("독일 로봇 기업 베르크만 로보틱스(Bergmann Robotics)의 한스페터 로이터(Hans-Peter Reuter) 회장이 "
                "방한했다. 로이터 회장은 전날 오태민 한빛그룹 회장을 만났다.")
    assert pairs(g) == [("오태민", "한스페터 로이터")]
    assert "로이터" not in {o.name for o in g.organizations}


def test_meeting_noun_followed_by_after_tells_no_new_meeting_and_keeps_the_host() -> None:
    g = extract("최태민 누리그룹 회장은 5일 손정호 소프트웨이 회장과 만났다. 손 회장은 회동 직후 취재진에게 \"좋은 "
                "파트너\"라고 말했다. 이튿날인 6일에는 NTT 본사를 찾아 시마다 아키라(島田明) 사장과 논의했다.")
    assert pairs(g) == [("손정호", "최태민"), ("시마다 아키라", "최태민")]


def test_who_sat_in_after_a_since_sentence_sat_in_on_the_meeting_told_first() -> None:
    g = extract("박정민 미래케미칼 회장은 지난 14일 쩡위췬(曾毓群) 회장과 만났다. 박 회장과 쩡 회장의 만남은 지난해 3월 "
                "이후 1년 반 만이다. 회동에는 한동석 미래케미칼 사장이 배석했다.")
    assert met(g) == [(("박정민", "쩡위췬"), (), "2024-03", "held"),
                      (("박정민", "쩡위췬", "한동석"), (), "2025-03-14", "held")]


def test_short_form_with_a_two_syllable_particle_kiwi_cut() -> None:
    g = extract("최태민 누리그룹 회장은 시마다 아키라(島田明) NTT 사장과 만났다. 이튿날 최 회장은 NTT 본사를 찾아 시마다 "
                "사장과 다시 논의했다.")
    assert all("시마다 아키라" in m.participants for m in g.meetings) and len(g.meetings) == 2


def test_organization_met_through_its_researchers_in_a_field() -> None:
    g = extract("정하윤 코어휴먼로보틱스 대표는 27일 포항을 찾아 포스텍(포항공대) 로봇 연구진과 만나 협력 방안을 논의했다.")
    assert met(g) == [(("정하윤",), ("포스텍",), "2025-02-27", "held")]


def test_interview_credit_line_is_no_meeting() -> None:
    g = extract("서지훈 딥로직스 대표는 \"지난달 리사 수 AMD CEO를 만났다\"고 말했다.\n\n대담=최윤서 산업부장 / 정리=김하람 기자")
    assert pairs(g) == [("리사 수", "서지훈")]


def test_meeting_put_off_for_a_reason_to_next_time_is_none() -> None:
    g = extract("홍서진 누리텔레콤 대표는 이시카와 다이스케(石川大輔) 소프트웨이 사장과 만났다. 다만 관심을 모았던 "
                "그리드웍스와의 회동은 일본 측 사정으로 다음으로 미뤄졌다.")
    assert pairs(g) == [("이시카와 다이스케", "홍서진")]


def test_company_spelled_like_a_person_before_its_people_is_met() -> None:
    g = extract("선우하린 대표는 미국을 찾았다. 지난주에는 보스턴에서 제너럴캐털리스트(General Catalyst) "
                "측과 비공개 미팅을 진행했다.")
    assert [m.organizations for m in g.meetings] == [["제너럴캐털리스트"]]


def test_a_known_companys_fund_is_an_organization_of_its_own() -> None:
    g = extract("선우하린 대표는 오는 20일 시애틀에서 아마존 산업혁신펀드 관계자들과 만날 예정이다.")
    assert met(g) == [(("선우하린",), ("아마존 산업혁신펀드",), "2025-03-20", "planned")]


def test_investor_presentation_at_a_visited_firm_is_a_meeting_with_it() -> None:
    g = extract("선우하린 대표는 지난 8일 세쿼이아캐피탈(Sequoia Capital)을 찾아 투자 설명회를 가졌다.")
    assert met(g) == [(("선우하린",), ("세쿼이아캐피탈",), "2025-03-08", "held")]


def test_site_visited_then_its_officers_in_charge_of_a_field() -> None:
    g = extract("양종호 누리금융 회장은 이튿날 펜실베이니아의 뱅가드(Vanguard) 본사를 찾아 투자 담당 임원들과 면담했다.")
    assert [m.organizations for m in g.meetings] == [["뱅가드"]]


def test_long_quoted_name_of_a_gathering_then_who_came() -> None:
    g = extract("도민혁 산업통상자원부 장관이 반도체 기업 CEO들과 만났다. 산업부는 도 장관이 전날 서울에서 '글로벌 반도체 "
                "기업 CEO 라운드테이블'을 열었다고 18일 밝혔다. 이날 행사에는 잭 밀러 그리드웍스 CEO와 라즈 파텔 "
                "실리콘브룩 COO가 참석했다.")
    assert pairs(g) == [("도민혁", "라즈 파텔", "잭 밀러")]


def test_a_known_companys_workplace_visited_then_its_executives() -> None:
    g = extract("천하이 룽샹그룹 회장은 전날 충남 천안의 삼성SDI 사업장을 방문해 경영진과 배터리 개발 현황을 공유했다. "
                "베트남에 탄소섬유와 스판덱스 생산기지를 확대한다.")
    assert [m.organizations for m in g.meetings] == [["삼성SDI"]]
    assert "스판덱스" not in {o.name for o in g.organizations}


def test_a_visit_to_the_hosts_own_booth_leaves_the_host() -> None:
    g = extract("윤채린 딥하모닉스 대표는 지난해 6월 젠슨 황 엔비디아 CEO와 환담을 나눴다. 황 CEO는 딥하모닉스 부스를 "
                "직접 찾아 시제품 칩을 살펴봤다. 오는 5월에는 손정호 소프트웨이 회장과 도쿄에서 만날 예정이다.")
    assert pairs(g) == [("손정호", "윤채린"), ("윤채린", "젠슨 황")]


def test_what_was_said_at_the_meeting_told_is_no_new_meeting() -> None:
    g = extract("신동호 롯데그룹 회장은 18일 저녁 도쿄에서 사토 히로시(佐藤浩) 사장과 만났다. 신 회장은 이날 회동에서 "
                "\"물류망을 함께 만들자\"고 말한 것으로 전해졌다. 사토 사장은 오는 6월 준공식에 와 달라고 요청했다.")
    assert met(g) == [(("사토 히로시", "신동호"), (), "2025-03-18", "held")]


def test_proposal_made_at_a_ministry_visited_is_a_meeting_with_it() -> None:
    g = extract("윤채린 딥하모닉스 대표는 지난달 과학기술정보통신부를 찾아 AI 반도체 실증 사업 확대를 건의했다.")
    assert met(g) == [(("윤채린",), ("과학기술정보통신부",), "2025-02", "held")]


def test_hosts_who_greet_a_visiting_minister_meet_him_and_who_they_are_joins_them() -> None:
    g = extract("하명수 산업통상자원부 장관이 18일 창원의 대경로보틱스 공장을 찾았다. 이날 현장에서는 대경로보틱스 창업주인 "
                "김상철 회장과 장남인 김도윤 사장이 하 장관을 맞았다. 남궁민재 경상남도 행정부지사도 동행했다. "
                "회사는 창립 50주년을 맞았다.")
    assert met(g) == [(("김도윤", "김상철", "남궁민재", "하명수"), (), "2025-03-18", "held")]


def test_two_more_people_who_also_shared_the_table_made_no_meeting_of_their_own() -> None:
    g = extract("최은영 누리바이오 대표는 3일 라훌 메흐타 아르주나파마 회장과 만났다. 누리바이오 최동훈 부사장과 "
                "아르주나파마 아난야 크리슈난 최고운영책임자(COO)도 자리를 함께했다.")
    assert ("아난야 크리슈난", "최동훈") not in pairs(g)


def test_the_organization_of_a_second_title_after_gyeom_is_no_side_of_the_meeting() -> None:
    g = extract("칼리드 알 마즈루이 UAE 투자부 장관은 23일 배경훈 부총리 겸 과학기술정보통신부 장관과 만날 예정이다.")
    assert met(g) == [(("배경훈", "칼리드 알 마즈루이"), (), "2025-03-23", "planned")]


def test_hosts_who_will_greet_a_visiting_party_again_plan_a_meeting() -> None:
    g = extract("오하람 누리칩스 대표는 지난 2일 바르셀로나에서 사카모토 료헤이(坂本亮平) 하루텔 CEO를 만났다. "
                "오 대표는 오는 25일 누리칩스 본사에서 사카모토 CEO 일행을 다시 맞을 예정이다. 누리칩스는 창립 10주년을 맞았다.")
    assert met(g) == [(("사카모토 료헤이", "오하람"), (), "2025-03-02", "held"),
                      (("사카모토 료헤이", "오하람"), (), "2025-03-25", "planned")]


def test_an_organization_named_before_deung_and_a_category_is_met_through_its_people() -> None:
    g = extract("정하진 한빛중공업 부회장은 오는 27일 휴스턴에서 열리는 전시회에 참석해 셰브런(Chevron) 등 글로벌 에너지 "
                "기업 경영진과 만날 예정이다.")
    assert met(g) == [(("정하진",), ("셰브런",), "2025-03-27", "planned")]


def test_an_adverb_between_the_site_and_the_visit_keeps_the_talks_a_meeting_with_the_organization() -> None:
    g = extract("김도윤 대경로보틱스 사장은 지난달 일본 야마나시현의 토키와정공 본사를 직접 찾아 협력 방안을 논의했다.")
    assert met(g) == [(("김도윤",), ("토키와정공",), "2025-02", "held")]


def test_hosts_who_greet_a_delegation_counted_or_an_organizations_people_meet_them() -> None:
    g = extract("서도현 한울중공업 부회장은 지난 3일 본사에서 파르하드 알자히르(Farhad Al-Zahir) 알바딘 CEO를 비롯한 "
                "대표단 8명을 맞았다. 서 부회장은 지난달에도 창원공장에서 동해자동차 연구소 관계자들을 맞았다.")
    assert met(g) == [(("서도현",), ("동해자동차",), "2025-02", "held"),
                      (("서도현", "파르하드 알자히르"), (), "2025-03-03", "held")]


def test_a_known_companys_unit_before_its_people_is_no_organization_and_the_company_is_met() -> None:
    g = extract("김성훈 누리랩스 대표는 지난 19일 엔비디아 엔터프라이즈 소프트웨어 담당 임원진과 미팅을 갖고 협력 방안을 "
                "논의했다.")
    assert met(g) == [(("김성훈",), ("엔비디아",), "2025-03-19", "held")]


def test_a_planned_dinner_called_off_after_a_comma_is_no_meeting() -> None:
    g = extract("마이클 로든 노스웨이 CEO는 당초 13일 양재호 부산상공회의소 회장과 만찬을 하고 지역 기업인들과 교류할 "
                "계획이었지만, 방한 일정이 조정되면서 이 만찬도 취소됐다.")
    assert met(g) == []


def test_an_organization_and_three_nouns_ending_a_sentence_are_read_without_error() -> None:
    g = extract("오하람 누리전자 대표는 지난달 그리드웍스 로봇 사업 담당")
    assert met(g) == []


def test_a_compound_meeting_noun_is_a_meeting_but_a_press_conference_is_not() -> None:
    g = extract("한도윤 산업통상자원부 장관은 10일 브뤼셀에서 마렉 노바크(Marek Novak) EU 집행위원과 한-EU 통상장관회담을 "
                "가졌다. 이후 한 장관은 기자회견을 열었다.")
    assert met(g) == [(("마렉 노바크", "한도윤"), (), "2025-03-10", "held")]


def test_a_meeting_considered_but_not_held_is_no_meeting() -> None:
    g = extract("오노 게이스케 누리펀드 파트너는 이번 방한 기간 그리드웍스 경영진과의 미팅도 검토했으나 실제 만남은 이뤄지지 "
                "않았다.")
    assert met(g) == []


def test_meetings_during_a_stay_after_arrival_are_of_the_month_and_join_the_days_told_later() -> None:
    g = extract("한세린 누리랩스 CEO는 지난 10일 입국해 사흘간 머물며 그리드웍스와 다온금융 경영진을 차례로 만났다. "
                "한 CEO는 지난 11일 박도윤 그리드웍스 대표와 회동했다. 이튿날인 12일에는 오지환 다온금융 회장을 "
                "만났다.")
    assert met(g) == [(("박도윤", "한세린"), (), "2025-03-11", "held"),
                      (("오지환", "한세린"), (), "2025-03-12", "held")]


def test_a_future_date_of_the_thing_talked_about_is_not_the_date_of_the_talk() -> None:
    g = extract("한세린 누리랩스 CEO는 지난 11일 박도윤 그리드웍스 대표와 회동했다. 두 사람은 누리랩스가 내년 양산 "
                "예정인 가속기에 탑재할 메모리 물량을 논의한 것으로 전해졌다.")
    assert met(g) == [(("박도윤", "한세린"), (), "2025-03-11", "held")]


def test_a_joint_subject_leaves_the_traveller_the_subject_of_the_next_sentence() -> None:
    g = extract("한세린 누리랩스 CEO는 지난 12일 오지환 다온금융 회장을 예방했다. 오 회장과 한 CEO는 데이터센터 투자를 "
                "논의했다. 같은 날 오후에는 강민재 한빛통신 대표와 만났다.")
    assert met(g) == [(("강민재", "한세린"), (), "2025-03-12", "held"),
                      (("오지환", "한세린"), (), "2025-03-12", "held")]


def test_a_comma_list_after_an_organizations_genitive_is_one_meeting_with_its_people() -> None:
    g = extract("김철수 누리전자 사장은 지난 12일 한빛랩스의 박영수 대표, 이민호 상무와 만났다.")
    assert met(g) == [(("김철수", "박영수", "이민호"), (), "2025-03-12", "held")]


def test_the_gathering_named_with_dangsi_is_the_one_told_before() -> None:
    g = extract("한세린 누리금융 회장은 지난달 말 오지환 금융위원장 주재로 열린 간담회에 참석했다. 당시 간담회에는 한 회장과 "
                "박도윤 그리드웍스 대표, 강민재 한빛칩스 대표 등이 참석해 지원 방안을 논의했다.")
    assert met(g) == [(("강민재", "박도윤", "오지환", "한세린"), (), "2025-02", "held")]


def test_who_came_along_on_the_trip_before_any_meeting_is_told_met_no_one() -> None:
    g = extract("한세린 누리금융 회장은 지난 14일 출국해 현지 AI 기업 경영진과의 미팅 일정을 소화하고 있다. 이번 출장에는 오지환 누리금융 "
                "전무와 박도윤 그리드웍스 대표가 동행했다.")
    assert met(g) == []


def test_an_earlier_meeting_told_in_passing_leaves_the_host_the_subject() -> None:
    g = extract("한세린 누리금융 회장은 지난 15일 에밀리 하트먼 노바랩스 CEO와 만났다. 하트먼 CEO는 지난해 11월 방한해 "
                "한 회장과 처음 회동했다. 이튿날인 16일에는 토마스 쿠퍼 그리드클라우드 CEO와 만났다.")
    assert met(g) == [(("에밀리 하트먼", "한세린"), (), "2024-11", "held"),
                      (("에밀리 하트먼", "한세린"), (), "2025-03-15", "held"),
                      (("토마스 쿠퍼", "한세린"), (), "2025-03-16", "held")]


def test_talks_at_an_organizations_research_centre_meet_the_organization() -> None:
    g = extract("한세린 누리랩스 CEO는 지난 12일 경기 용인 한빛전자 기술연구소를 찾아 전장 부품 협력 방안을 논의했다.")
    assert met(g) == [(("한세린",), ("한빛전자",), "2025-03-12", "held")]


def test_organizations_meet_as_such_when_none_of_their_people_is_named() -> None:
    g = extract("누리캐피탈 대표단은 지난 12일 서울 중구 한빛투자공사 본사를 찾아 공동투자 방안을 협의했다. "
                "그리드웍스는 이달 말 다온로보틱스 실무진과 후속 협의를 가질 예정이다. "
                "그리드웍스는 지난해 누리전자와 공급 계약을 맺었다.")
    assert met(g) == [((), ("그리드웍스", "다온로보틱스"), "2025-03", "planned"),
                      ((), ("누리캐피탈", "한빛투자공사"), "2025-03-12", "held")]


def test_organizations_do_not_meet_as_such_in_a_quote_a_lead_with_no_date_or_before_a_title() -> None:
    g = extract("누리전자 관계자는 \"이번 방일 기간 중 다온로보틱스와는 만나지 않았다\"고 밝혔다.\n"
                "그리드웍스는 한빛칩스와 머리를 맞댔다.\n"
                "누리부 차관은 지난 3일 바이오협회와 간담회를 가졌다.")
    assert met(g) == []


def test_a_known_companys_unit_written_as_one_word_before_its_people_meets_the_company() -> None:
    g = extract("앨런 로버츠 누리칩스 수석부사장은 지난 4일 삼성전자 서초사옥에서 삼성전자 시스템LSI사업부 경영진과 만나 "
                "협력을 논의했다.")
    assert met(g) == [(("앨런 로버츠",), ("삼성전자",), "2025-03-04", "held")]


def test_those_at_this_seat_after_a_gathering_was_announced_with_no_one_named_meet() -> None:
    g = extract("한세린 누리칩스 대표와 오지환 그리드웍스 부사장은 타이베이를 찾았다. 22일 저녁에는 주타이베이한국대표부가 "
                "시내 한 호텔에서 네트워킹 만찬을 열었다. 박도윤 주타이베이한국대표부 대표가 주재한 이 자리에는 한 대표와 "
                "오 부사장이 참석해 협력 방안을 논의했다.")
    assert met(g) == [(("박도윤", "오지환", "한세린"), (), "2025-02-22", "held")]


def test_guests_invited_to_a_dinner_one_evening_are_one_meeting() -> None:
    g = extract("한세린 누리그룹 회장은 지난 11일 저녁 자택에서 로버트 플레인 보스턴로보틱스 CEO, 아르망 멘스 미스트랄랩 CEO "
                "등을 초청해 만찬을 열었다.")
    assert met(g) == [(("로버트 플레인", "아르망 멘스", "한세린"), (), "2025-03-11", "held")]


def test_a_planned_meeting_told_with_the_counterpart_as_subject_leaves_the_host() -> None:
    g = extract("한세린 누리중공업 부회장은 지난 8일 알렉스 카포 팔란티아 CEO와 만났다. 카포 CEO는 오는 27일 서울에서 한 "
                "부회장과 다시 만날 예정이다. 이튿날인 9일에는 팔머 러크 안두릴랩 창업자와 만났다.")
    assert met(g) == [(("알렉스 카포", "한세린"), (), "2025-03-08", "held"),
                      (("알렉스 카포", "한세린"), (), "2025-03-27", "planned"),
                      (("팔머 러크", "한세린"), (), "2025-03-09", "held")]


def test_an_organization_named_after_the_meeting_verb_is_no_subject_and_the_host_meets() -> None:
    g = extract("한지우 누리바이오 대표는 지난 14일 샌프란시스코에서 마이클 론 그리드랩스 CEO와 만났다. 15일에는 일본 "
                "아스텔라스제약 사업개발 담당 임원들과 미팅을 갖고 누리바이오가 개발 중인 후보물질의 공동연구 가능성을 "
                "타진했다.")
    assert met(g) == [(("마이클 론", "한지우"), (), "2025-03-14", "held"),
                      (("한지우",), ("아스텔라스제약",), "2025-03-15", "held")]


def test_a_meeting_the_sentence_says_was_called_off_is_no_meeting() -> None:
    # a meeting verb in a bare connective form before a plan in the past: the whole schedule was called off
    assert met(extract("곽하준 회장은 지난 2일 박도윤 대표, 김서진 사장과 잇따라 면담하고 현지 기업 경영진과 만날 계획이었다.")) == []
    # meeting nouns as the subject of "무산됐다", "열리지 않았다"
    assert met(extract("이에 따라 곽하준 회장과 박도윤 대표의 면담과 투자 양해각서(MOU) 체결식은 모두 무산됐다.")) == []
    assert met(extract("3일로 잡혀 있던 곽하준 회장과 박도윤 대표의 오찬, 같은 날 예정됐던 김서진 사장과의 회동도 열리지 않았다.")) == []
    # a meeting held, then a clause of its own about something else
    assert pairs(extract("곽하준 회장은 지난 2일 박도윤 대표와 만나 협력을 논의했고, 양사는 협약식을 열지 않았다.")) == [
        ("곽하준", "박도윤")]


def test_the_subject_of_an_attendance_verb_before_a_meeting_noun_sat_in_and_hosts_nothing() -> None:
    g = extract("곽하준 회장은 지난 2일 박도윤 한빛전자 대표와 만났다. 김서진 한빛전자 상무가 배석한 이날 회동에서 양측은 "
                "협력을 논의했다. 같은 날 오후에는 누리텍을 방문해 최민우 대표와 미팅을 가졌다.")
    assert pairs(g) == [("곽하준", "김서진", "박도윤"), ("곽하준", "최민우")]


def test_the_host_at_a_gathering_told_without_a_subject_meets_those_the_next_sentence_says_came() -> None:
    g = extract("곽하준 회장은 지난 5일 박도윤 한빛전자 대표와 만났다. 6일에는 서울 중구 상공회의소에서 열린 '한·독 로봇 "
                "라운드테이블'에 참석했다. 김서진 누리협회 회장이 주재한 이 행사에는 최민우 누리텍 대표 등 스타트업 대표 "
                "10여 명이 참석해 협력을 논의했다.")
    assert pairs(g) == [("곽하준", "김서진", "최민우"), ("곽하준", "박도윤")]
    assert sorted(m.date or "" for m in g.meetings) == ["2025-03-05", "2025-03-06"]


def test_a_meeting_that_never_happened_is_no_meeting() -> None:
    assert met(extract("곽하준 회장은 박도윤 대표와 만난 적이 없다.")) == []
    assert met(extract("곽하준 회장은 박도윤 대표와 회동한 일은 한 번도 없었다고 밝혔다.")) == []


def test_the_subject_of_a_relative_clause_is_not_who_meets() -> None:
    g = extract("곽하준 한빛전자 부사장이 리야드를 찾았다. 14일에는 국부펀드 공공투자펀드(PIF)가 소유한 게임사 누리게임즈를 찾아 "
                "이 회사의 최고경영자(CEO)인 레온 카스티요(Leon Castillo)와 협력 방안을 논의했다.")
    assert pairs(g) == [("곽하준", "레온 카스티요")]


def test_the_host_met_as_an_object_stays_the_host_and_a_meeting_told_in_passing_changes_nothing() -> None:
    g = extract("곽하준 한빛전자 부사장이 리야드를 찾았다. 레온 카스티요 누리청 청장은 지난 13일 곽 부사장을 접견했다. "
                "곽석진 한빛그룹 회장은 지난해 10월 카스티요 청장을 만찬에 초청해 협력 방안을 논의한 바 있다. "
                "14일에는 누리게임즈를 찾아 박도윤 대표와 만났다.")
    assert pairs(g) == [("곽석진", "레온 카스티요"), ("곽하준", "레온 카스티요"), ("곽하준", "박도윤")]


def test_the_host_attends_a_gathering_a_named_person_chaired_and_meets_them() -> None:
    g = extract("곽하준 한빛전자 부사장이 리야드를 찾았다. 15일에는 레온 카스티요 문화부 장관이 주재한 '콘텐츠 협력 간담회'에 "
                "참석했다.")
    assert pairs(g) == [("곽하준", "레온 카스티요")]


def test_organizations_listed_with_and_before_their_people_are_all_met() -> None:
    for sep in (", ", " 및 "):
        g = extract(f"곽하준 회장은 지난 16일 판교에서 한빛협회{sep}누리협회 관계자들과 간담회를 가졌다.")
        assert pairs(g) == [("곽하준", "누리협회", "한빛협회")]


def test_a_meeting_told_next_with_ieo_is_on_the_day_of_the_one_before() -> None:
    g = extract("곽하준 장관은 지난 14일 대전의 누리로봇을 찾아 박도윤 대표와 만났다.\n\n박 대표는 \"지원을 기대한다\"고 "
                "말했다.\n\n곽 장관은 이어 누리과학원을 찾아 김서진 원장과 만나 협력을 논의했다.")
    assert [(m.participants, m.date) for m in g.meetings] == [(["곽하준", "박도윤"], "2025-03-14"),
                                                              (["곽하준", "김서진"], "2025-03-14")]
    # a series told next may span days: its month only
    g = extract("곽하준 회장은 지난 14일 박도윤 대표와 면담했다.\n\n곽 회장은 이어 김서진 사장, 최민우 대표와 차례로 만났다.")
    assert sorted(m.date or "" for m in g.meetings) == ["2025-03", "2025-03", "2025-03-14"]


def test_an_organization_visited_under_its_quoted_name_is_met() -> None:
    g = extract("곽하준 대표는 지난 21일 누리 계열 연구소인 '우븐 바이 누리(Woven by Nuri)'를 찾아 연구진과 협력 방안을 "
                "논의했다.")
    assert pairs(g) == [("곽하준", "우븐 바이 누리")]


def test_what_the_one_the_host_met_does_next_leaves_the_host() -> None:
    g = extract("곽하준 주지사는 지난 10일 박도윤 한빛반도체 회장과 만났다. 박 회장은 생산라인을 직접 안내하며 협력 "
                "방안을 논의했다. 12일에는 누리테크 경영진과 면담했다.")
    assert pairs(g) == [("곽하준", "누리테크"), ("곽하준", "박도윤")]


def test_an_organization_said_with_eseoneun_before_its_people_is_a_side_not_the_place() -> None:
    g = extract("금융감독원은 지난달 27일 서울 여의도 본원에서 가상자산거래소 대표들과 간담회를 열었다.\n"
                "이날 간담회에는 정민석 금감원장과 오세훈 두나무 대표, 김태윤 코빗 대표가 참석했고 코인원에서는 실무 "
                "임원이 자리했다.")
    assert [m.place for m in g.meetings] == ["서울 여의도 본원"]


def test_an_organization_met_through_its_people_for_a_region_is_met_as_a_whole() -> None:
    g = extract("한도윤 청솔금융지주 회장은 지난 2월 서울에서 블랙록(BlackRock) 아시아태평양 대표단을 접견했다.")
    assert met(g) == [(("한도윤",), ("블랙록",), "2025-02", "held")]


def test_the_people_of_a_unit_of_an_organization_found_in_the_article_meet_for_the_organization() -> None:
    g = extract("해온카드는 서민규 사장이 지난 3일 케이틀린 브룩스 센티넬페이 CEO와 만났다고 밝혔다. 라지브 메논 센티넬페이 "
                "CTO는 4일 판교의 해온카드 데이터센터를 방문해 해온카드 IT본부 실무진과 서버 구성 방안을 논의했다.")
    assert (("라지브 메논",), ("해온카드",), "2025-03-04", "held") in met(g)
    assert "IT본부" not in [o.name for o in g.organizations]


def test_those_named_before_birotae_share_the_role_of_the_phrase_after_it() -> None:
    g = extract("금감원은 정은채 부원장 주재로 2일 본원에서 거래소 CEO 간담회를 열었다. 간담회에는 민경태 코인엘 대표와 "
                "에드워드 림(Edward Lim) 비트하늘 대표를 비롯해 원화 거래소 5곳이 참석했다.")
    assert any({"정은채", "민경태", "에드워드 림"} <= set(m.participants) for m in g.meetings)


def test_who_chairs_a_gathering_hosts_it_and_organizations_whose_people_came_attend_it() -> None:
    g = extract("금감원, 거래소 간담회 개최\n"
                "금감원은 정은채 부원장 주재로 2일 본원에서 가상자산거래소 CEO 간담회를 열었다. 간담회에는 민경태 코인엘 "
                "대표와 에드워드 림(Edward Lim) 비트하늘 대표를 비롯해 업비트 운영사 두나무, 빗썸 등 거래소 5곳이 참석했다. "
                "두나무와 빗썸에서는 각각 대표이사가 직접 자리했다. 디지털자산거래소 공동협의체(DAXA) 관계자도 함께했다.")
    assert met(g) == [(("민경태", "에드워드 림", "정은채"), ("두나무", "디지털자산거래소 공동협의체", "빗썸"), "2025-03-02",
                       "held")]


def test_someone_else_the_same_day_leaves_the_host_for_the_next_meeting_without_a_subject() -> None:
    g = extract("한도윤 청솔금융지주 회장은 13일 파리에서 악사 경영진과 만나 공동투자 방안을 논의했다. 박태오 청솔은행 본부장은 "
                "같은 날 루미에르페이를 방문해 장뤼크 모로 공동창업자와 기술 제휴를 협의했다. 이달 말에는 싱가포르를 찾아 "
                "테마섹 관계자들을 만날 예정이다.")
    assert (("한도윤",), ("테마섹",), "2025-03", "planned") in met(g)


def test_the_meeting_with_someone_reported_in_hearsay_is_a_meeting_of_the_host() -> None:
    g = extract("한도윤 청솔금융지주 회장은 지난 11일 런던에서 블랙록과 브라이트워터캐피털을 잇따라 찾았다. 블랙록과의 "
                "면담에서는 지배구조에 대한 질문이 집중된 것으로 전해졌다.")
    assert [(m.participants, m.organizations, m.date, m.place) for m in g.meetings] == [
        (["한도윤"], ["블랙록"], "2025-03-11", None)]


def test_attending_a_gathering_an_organization_holds_meets_the_organization() -> None:
    g = extract("윤채원 페이브릿지 대표는 오는 23일 금융위원회가 서울 중구 핀테크지원센터에서 여는 현장 간담회에 참석할 예정이다.")
    assert met(g) == [(("윤채원",), ("금융위원회",), "2025-03-23", "planned")]


def test_a_visiting_delegation_of_an_organization_is_met_as_a_whole() -> None:
    g = extract("이태경 가온생명 사장은 이달 초 서울 본사에서 일본 금융청(FSA) 방한단을 접견했다.")
    assert met(g) == [(("이태경",), ("일본 금융청",), "2025-03", "held")]


def test_who_did_not_come_to_a_gathering_is_no_attendee_and_who_came_instead_is() -> None:
    opening = ("강태형 금융위원장은 18일 은행연합회관에서 조현숙 은행연합회장과 주요 은행장들이 참석한 가운데 간담회를 "
               "열었다. 간담회에는 누리은행 고준영 행장이 참석했")
    g = extract(opening + "다. 다온은행 배상호 행장은 해외 IR 일정으로 참석하지 않았고, 황보민 다온은행 부행장이 대신 참석했다.")
    assert met(g) == [(("강태형", "고준영", "조현숙", "황보민"), (), "2025-03-18", "held")]
    g = extract(opening + "고, 송가람 청솔은행장은 참석하지 않았다.")
    assert met(g) == [(("강태형", "고준영", "조현숙"), (), "2025-03-18", "held")]


def test_a_meeting_put_off_at_the_other_sides_request_is_none() -> None:
    g = extract("남궁현 세광로지스틱스 대표는 지난 16일 프랭크 도너번 베리텍 CEO를 만났다. 다만 기대를 모았던 오르빗머티리얼즈"
                "(Orbit Materials)와의 면담은 상대측 요청으로 연기됐다.")
    assert met(g) == [(("남궁현", "프랭크 도너번"), (), "2025-03-16", "held")]


def test_a_gathering_held_by_an_organization_with_its_name_quoted_and_who_else_was_there() -> None:
    g = extract("정하린 신우리테일 사장과 노시현 말결AI 대표는 지난 9일 업무협약을 맺었다.\n"
                "두 사람은 지난 12일 과학기술정보통신부가 주최한 '유통·물류 AI 전환 간담회'에도 나란히 참석했다. 간담회는 "
                "임도훈 과기정통부 제2차관 주재로 열렸으며 백민재 해솔홈쇼핑 대표와 온라인 장보기 업체 마켓나우 관계자 등도 "
                "자리를 함께했다.")
    assert (("노시현", "백민재", "임도훈", "정하린"), ("마켓나우",), "2025-03-12", "held") in met(g)


def test_who_sat_in_is_named_after_the_quotes_of_what_was_said_at_the_meeting() -> None:
    g = extract("정하린 신우리테일 사장은 지난 11일 본사에서 라이언 파텔(Ryan Patel) 퀀트셸프 창업자를 만나 수요예측 시스템 "
                "도입 방안을 논의했다. 퀀트셸프는 AI 솔루션을 개발한 회사다. 북미 식료품 체인 30여 곳이 쓰고 있다.\n"
                "정 사장은 \"폐기율을 절반으로 줄이겠다\"며 \"시범 운영하겠다\"고 말했다. 파텔 창업자는 \"효과가 클 것\"이라고 "
                "했다. 이날 면담에는 신우리테일 디지털전환(DX)본부장인 구본혁 전무가 배석했다.")
    assert met(g) == [(("구본혁", "라이언 파텔", "정하린"), (), "2025-03-11", "held")]


def test_who_sat_in_on_the_meeting_named_by_its_guest_joins_that_meeting() -> None:
    g = extract("오태준 한결그룹 회장은 지난주 본사에서 올리버 베넷(Oliver Bennett) 브라이트웰 CEO, 에마 클라크(Emma Clarke) "
                "서던크로스푸드 회장을 차례로 만났다. 클라크 회장 면담에는 류재원 한결푸드 대표가 동석했다.")
    assert (("류재원", "에마 클라크", "오태준"), (), "2025-03", "held") in met(g)


def test_an_earlier_first_meeting_with_the_host_leaves_the_host_for_the_next_one() -> None:
    g = extract("윤채원 페이브릿지 대표는 지난주 미국 뉴욕과 워싱턴DC를 잇달아 방문했다.\n윤 대표는 뉴욕에서 마커스 벨"
                "(Marcus Bell) 허드슨리버벤처스 파트너와 만나 투자 방안을 논의했다.\n벨 파트너는 지난해 11월 서울 페이브릿지 사무실을 찾아 윤 대표와 처음 만났다.\n"
                "워싱턴DC에서는 미국 통화감독청(OCC)을 방문해 담당 부서 관계자들과 면담했다.")
    assert (("윤채원",), ("미국 통화감독청",), "2025-03", "held") in met(g)


def test_a_sentence_about_something_else_between_keeps_the_day_told_for_the_next() -> None:
    g = extract("알오타이비 PIF 총괄은 지난 16일 판교의 뉴로칩스를 찾아 장하늘 대표와 회동했다. 뉴로칩스는 지난해 시리즈C "
                "투자에서 기업가치 1조원을 인정받았다. 두 사람은 NPU를 공급하는 방안에 대해 의견을 나눈 것으로 알려졌다.")
    assert [m.date for m in g.meetings] == ["2025-03-16"]


def test_two_people_joining_hands_meet_and_two_companies_doing_so_do_not() -> None:
    g = extract("최강호 한빛전자 회장과 다니엘 뮐러 지멘스 회장이 6일 뮌헨에서 손을 맞잡았다.")
    assert met(g) == [(("다니엘 뮐러", "최강호"), (), "2025-03-06", "held")]
    assert extract("누리전자가 6일 그리드웍스와 손을 맞잡았다.").meetings == []


def test_a_visitor_guided_by_someone_meets_them() -> None:
    g = extract("사토 유키오 하나마루 CEO는 지난 10일 경기 평택의 동해음료 공장을 찾았다. 그는 한승우 동해음료 대표의 안내를 "
                "받으며 생산 라인을 둘러본 것으로 전해졌다.")
    assert met(g) == [(("사토 유키오", "한승우"), (), "2025-03-10", "held")]


def test_attendees_listed_past_the_organization_the_second_one_is_of_sit_in_on_the_meeting_told() -> None:
    g = extract("한결텔레콤은 오하람 사장이 12일 본사에서 마르코 비안키 주한 이탈리아 대사를 접견했다고 밝혔다. "
                "접견에는 한결텔레콤 곽하준 전무와 이탈리아 데이터센터 기업 누르 클라우드(Noor Cloud)의 "
                "최고기술책임자(CTO)인 조반니 로시(Giovanni Rossi)가 배석했다.")
    assert pairs(g) == [("곽하준", "마르코 비안키", "오하람", "조반니 로시")]


def test_two_people_after_the_one_the_host_was_with_are_the_host_and_that_one() -> None:
    g = extract("곽하준 대표는 지난 5일 서울에서 오하람 누리전자 사장, 이서윤 한빛소재 대표를 잇따라 만났다. "
                "오 사장과는 한빛반도체가 만드는 칩의 공급 일정을 점검했다. "
                "두 사람은 지난해 3월 대만에서 처음 만났다.")
    assert ("곽하준", "오하람") in pairs(g)
    assert ("곽하준", "이서윤") in pairs(g)
    assert sorted(m.date for m in g.meetings if sorted(m.participants) == ["곽하준", "오하람"]) == ["2024-03", "2025-03-05"]


def test_who_is_met_after_a_visit_to_a_site_works_at_its_organization_not_at_the_announcer() -> None:
    g = extract("산업부는 곽하준 차관이 모아칩 본사를 방문해 오하람 대표와 간담회를 열었다고 밝혔다.")
    assert {p.name: p.orgs for p in g.people}["오하람"] == ["모아칩"]
    assert pairs(g) == [("곽하준", "오하람")]


def test_a_meeting_told_with_no_date_during_a_stay_is_of_the_month_of_the_stay() -> None:
    g = extract("곽하준 대표는 지난달 말 대만을 방문했다. 그는 지난달 28일 타이베이에서 오하람 누리전자 사장을 만났다.\n\n"
                "곽 대표는 대만 체류 중 린즈밍 대만 경제부 차관과 만나 인센티브 문제를 논의했다.")
    assert ("곽하준", "린즈밍") in pairs(g)
    assert [m.date for m in g.meetings if "린즈밍" in m.participants] == ["2025-02"]


def test_title_modifiers_written_with_the_title_make_one_title() -> None:
    g = extract("곽하준 대표는 린즈밍 대만 경제부 정무차장과 만났다.")
    assert pairs(g) == [("곽하준", "린즈밍")]


def test_who_prepared_the_gathering_told_does_not_become_the_host() -> None:
    g = extract("곽하준 차관은 11일 새너제이에서 오하람 누리전자 사장과 면담했다. 같은 날 오후에는 스탠퍼드대에서 "
                "연구자 30여 명과 간담회를 가졌다. 간담회를 마련한 이서윤 스탠퍼드대 교수는 \"인력이 중요하다\"고 "
                "조언했다.\n\n12일에는 토론토의 마야 파텔 소장과 화상 회의를 열었다.")
    assert ("곽하준", "마야 파텔") in pairs(g)


def test_who_came_along_on_the_trip_and_did_something_else_sat_in_on_nothing() -> None:
    g = extract("곽하준 차관은 11일 새너제이에서 오하람 누리전자 사장과 면담했다. 이번 출장에 함께한 이서윤 "
                "한빛AI 대표는 현지 투자사들과 별도 일정을 소화했다.")
    assert pairs(g) == [("곽하준", "오하람")]


def test_who_came_along_on_the_trip_and_sat_in_on_the_meeting_named_sat_in_on_that_one_only() -> None:
    g = extract("곽하준 차관은 지난 10일 엔비디아 본사를 방문해 엔비디아 측과 GPU 공급을 논의했다.\n\n"
                "11일에는 새너제이에서 마커스 헤일 오로라컴퓨트 CEO와 면담했다. 면담에는 이번 출장에 동행한 "
                "오하람 누리AI 대표도 배석했다.")
    assert met(g) == [(("곽하준",), ("엔비디아",), "2025-03-10", "held"),
                      (("곽하준", "마커스 헤일", "오하람"), (), "2025-03-11", "held")]


def test_a_meeting_set_at_the_one_told_is_that_one_whatever_was_told_in_passing_between() -> None:
    g = extract("곽하준 차관은 11일 새너제이에서 마커스 헤일 오로라컴퓨트 CEO와 면담했다. 헤일 CEO는 지난해 11월 "
                "방한해 오하람 장관을 만났을 때 약속한 투자 계획을 설명했다. 곽 차관은 이 자리에서 헤일 CEO를 "
                "포럼에 기조연설자로 초청했다.")
    assert met(g) == [(("곽하준", "마커스 헤일"), (), "2025-03-11", "held"),
                      (("마커스 헤일", "오하람"), (), "2024-11", "held")]
    assert [m.place for m in g.meetings if "곽하준" in m.participants] == ["새너제이"]


def test_the_person_who_came_for_an_organization_met_as_a_whole_is_the_one_met() -> None:
    g = extract("곽하준 사장은 3일 노키아와 에릭슨 경영진과 잇따라 만났다. 에릭슨에서는 엘린 순드크비스트(Elin "
                "Sundqvist) 네트워크 부문 수석부사장이 직접 나와 6G 공동 연구에 대해 의견을 나눴다.\n\n"
                "4일에는 다카하시 료 사쿠라모바일 CEO와 화상 회의를 열었다.")
    assert met(g) == [(("곽하준",), ("노키아",), "2025-03-03", "held"),
                      (("곽하준", "다카하시 료"), (), "2025-03-04", "held"),
                      (("곽하준", "엘린 순드크비스트"), (), "2025-03-03", "held")]


def test_he_after_meetings_of_the_host_unsaid_is_the_host() -> None:
    g = extract("곽하준 부회장은 19일 도쿄에서 야마모토 겐지 히노데 사장을 만났다. 야마모토 사장이 직접 생산 라인을 "
                "안내했다.\n\n20일에는 오카다 다이스케 아사기리전자 회장과 회동했다.\n\n"
                "그는 같은 날 저녁 숙소에서 나탈리 휴즈 리사이클론 CEO와 화상 회의를 열었다.")
    assert ("곽하준", "나탈리 휴즈") in pairs(g)


def test_a_meeting_the_press_reported_and_the_company_denied_is_no_meeting() -> None:
    g = extract('일부 현지 매체는 곽하준 회장이 뭄바이에서 릴라이언스그룹 측과 만날 것이라고 보도했으나, 한결그룹은 '
                '"처음부터 일정에 없었다"고 밝혔다.')
    assert g.meetings == []


def test_who_came_to_the_hosts_gathering_told_without_a_subject_met_the_host() -> None:
    g = extract("곽하준 회장은 15일 뉴델리에서 라메시 싱 장관을 예방했다. 17일에는 벵갈루루로 이동해 현지 AI 스타트업 "
                "대표 10여 명과 간담회를 가졌다. 사르바AI(Sarva AI)의 아난야 라오(Ananya Rao) 공동창업자 등이 "
                "참석했으며, 소버린 AI 생태계 조성 방안이 논의됐다.")
    assert met(g) == [(("곽하준", "라메시 싱"), (), "2025-03-15", "held"),
                      (("곽하준", "아난야 라오"), (), "2025-03-17", "held")]


def test_who_sat_in_while_the_host_spoke_to_the_one_met_sat_in_on_that_meeting() -> None:
    g = extract("곽하준 회장은 15일 뉴델리에서 라메시 쿠마르 싱 장관을 예방했다. 도유진 원장이 배석한 가운데 그는 싱 "
                "장관에게 데이터센터를 현지에서 함께 구축하자고 제안했다.")
    assert met(g) == [(("곽하준", "도유진", "라메시 쿠마르 싱"), (), "2025-03-15", "held")]


def test_meetings_told_at_different_times_of_one_day_are_two() -> None:
    g = extract("곽하준 회장은 15일 오전 미카사전기의 사토 히로시 사장과 조찬 회동을 가졌다.\n\n"
                "곽 회장은 15일 저녁 한옥 리조트에서 만찬을 주재했다. 만찬에는 사토 사장과 올리비아 트랑블레 "
                "메이플AI CEO 등 10여명이 초청됐다.")
    assert met(g) == [(("곽하준", "사토 히로시"), (), "2025-03-15", "held"),
                      (("곽하준", "사토 히로시", "올리비아 트랑블레"), (), "2025-03-15", "held")]


def test_the_owners_of_booths_toured_are_not_met() -> None:
    g = extract("백승호 회장은 7일 전시장에서 엔비디아와 소니 부스를 둘러본 뒤 스타트업 휠리오(Wheelio)의 창업자 "
                "토마스 브라운을 만나 대화를 나눴다.")
    assert met(g) == [(("백승호", "토마스 브라운"), (), "2025-03-07", "held")]


def test_a_meeting_left_out_of_the_schedule_is_no_meeting() -> None:
    g = extract("백승우 회장은 지난 11일 라일라 페레이라 CEO와 만났다. 반면 업계의 관심을 모았던 테슬라 측과의 만남은 "
                "이번 일정에서 빠졌다.")
    assert met(g) == [(("라일라 페레이라", "백승우"), (), "2025-03-11", "held")]


def test_who_came_with_the_guest_sat_in_and_the_guest_named_in_their_clause_is_no_new_meeting() -> None:
    g = extract("이종혁 금강전자 회장은 13일 서울 금강전자 사옥에서 데일 프렌티스 미국 테네시 주지사를 접견했다. 이 "
                "자리에는 프렌티스 주지사와 함께 방한한 마이클 오즈번(Michael Osborne) 미국 연방 상원의원이 동석했다.")
    assert met(g) == [(("데일 프렌티스", "마이클 오즈번", "이종혁"), (), "2025-03-13", "held")]


def test_a_meeting_a_report_told_and_the_ministry_denied_is_no_meeting() -> None:
    g = extract('곽하준 본부장이 피터 홀랜드(Peter Holland) 상무부 장관과 비공개로 만났다는 일부 외신 보도에 대해 '
                '산업부는 "이번 방미 기간 홀랜드 장관과의 면담은 없었다"고 부인했다.')
    assert g.meetings == []


def test_a_meeting_told_after_a_sentence_about_the_stay_is_of_the_month_of_the_stay() -> None:
    g = extract("곽하준 회장은 지난달 28일 워싱턴에서 오하람 상무장관을 만났다.\n\n미국 체류 기간 곽 회장은 "
                "실리콘밸리도 찾았다. 그는 스타트업 오로라 컴퓨트(Aurora Compute)의 창업자 겸 CEO인 니콜라스 "
                "프레이(Nicholas Frey)와 만나 솔루션 도입을 논의했다.")
    assert [m.date for m in g.meetings if "니콜라스 프레이" in m.participants] == ["2025-02"]


def test_one_who_was_to_attend_and_stayed_away_met_no_one() -> None:
    g = extract("윤태호 과기부 차관은 지난 12일 판교에서 팹리스 대표들과 간담회를 열었다. 간담회에는 노을칩스 정하람 대표와 "
                "유재민 KAIST 교수가 참석했다. 정 대표는 실증 사업 확대를, 유 교수는 인력 양성을 각각 건의했다. "
                "당초 간담회에 참석할 예정이던 마루칩 측은 내부 일정을 이유로 불참했다.")
    assert [m[1] for m in met(g)] == [()]
    assert len(g.meetings) == 1 and "정하람" in g.meetings[0].participants


def test_a_meeting_told_next_with_no_date_is_of_the_day_of_the_one_before() -> None:
    g = extract("윤태호 과기부 차관은 지난 12일 ETRI를 방문해 방수현 ETRI 원장과 연구 성과를 논의했다.\n\n"
                "방 원장은 \"상용화를 앞당기겠다\"고 말했다.\n\n"
                "윤 차관은 이어 연구소 대회의실에서 팹리스 대표들과 간담회를 열었다. "
                "간담회에는 노을칩스 정하람 대표와 유재민 KAIST 교수가 참석했다.")
    assert [m[2] for m in met(g)] == ["2025-03-12", "2025-03-12"]


def test_both_sides_deciding_to_meet_again_later_is_a_planned_meeting_of_the_two() -> None:
    g = extract("남궁민 UNIST 총장은 버티컬로보틱스의 라지브 메논 CEO를 만나 실증 협력을 제안했다. 메논 CEO는 관심을 보였다. "
                "양측은 오는 9월 메논 CEO가 방한할 때 다시 만나 협력 범위를 정하기로 했다.")
    assert met(g) == [(("남궁민", "라지브 메논"), (), "2025-03", "held"), (("남궁민", "라지브 메논"), (), "2025-09", "planned")]
    # met and agreed: held
    g = extract("남궁민 총장과 라지브 메논 CEO는 지난 3일 만나 협력을 강화하기로 했다.")
    assert met(g) == [(("남궁민", "라지브 메논"), (), "2025-03-03", "held")]
    # "양측" after a meeting with a company is that meeting's two sides, not the pair of an earlier one
    g = extract("최현우 회장은 지난달 실리콘밸리를 찾아 오로라컴퓨트의 니콜라스 프레이 CEO와 만나 협력을 논의했다.\n\n"
                "이달 초에는 도쿄로 건너가 소프트뱅크 경영진과 회동했다. 양측은 소버린 AI 구축 사업에 데이터센터 운영 "
                "노하우를 접목하는 방안을 협의한 것으로 알려졌다.")
    assert [m[0] for m in met(g)] == [("니콜라스 프레이", "최현우"), ("최현우",)]


def test_a_meeting_told_on_the_same_day_is_another_event_of_that_day() -> None:
    g = extract("칼리드 하셰미 CEO는 19일 한울AI의 배서윤 대표를 만났다. 같은 날 저녁에는 하마드 다히리 주한 UAE 대사가 "
                "대사관저에서 만찬을 열고 하셰미 CEO와 배 대표 등을 초청했다.")
    assert [m[0] for m in met(g)] == [("배서윤", "칼리드 하셰미"), ("배서윤", "칼리드 하셰미", "하마드 다히리")]


def test_the_host_said_to_have_met_in_passing_is_who_he_means_next() -> None:
    g = extract("권세린 산업부 장관은 지난 4일 판교에서 반도체 기업 대표들과 간담회를 열었다. 간담회에는 도하린 에이치비칩 "
                "대표가 참석했다. 도 대표는 \"지원을 늘려 달라\"고 말했다.\n\n권 장관은 이에 앞서 지난달 말 대만을 방문해 "
                "TSMC 경영진과 만나 공급망 참여 확대를 요청한 바 있다. 그는 오는 27일 미국 상무부 고위 관계자들과 "
                "관세 문제를 협의할 예정이다.")
    assert ("권세린",) in [m[0] for m in met(g) if m[3] == "planned"]


def test_a_meeting_told_after_a_named_ceremony_is_another_one_on_its_day_past_a_flashback() -> None:
    g = extract("한양대는 10일 본관에서 아르고로보틱스와 협약을 체결했다. 협약식에는 도경민 한양대 총장과 채윤아 아르고로보틱스 "
                "대표, 아르고로보틱스의 CTO인 로버트 한, 송가은 한양대 교수가 참석했다.\n\n"
                "채 대표는 지난해 10월 독일 뮌헨에서 도 총장을 처음 만났다. 한 CTO는 협약식 뒤 송 교수 연구실을 "
                "둘러보며 시제품 개발 일정을 논의했다.")
    assert [(m[0], m[2]) for m in met(g)] == [(("도경민", "로버트 한", "송가은", "채윤아"), "2025-03-10"),
                                              (("도경민", "채윤아"), "2024-10"), (("로버트 한", "송가은"), "2025-03-10")]


def test_the_two_companies_pursuing_a_meeting_of_their_heads_is_a_planned_meeting_of_the_pair() -> None:
    g = extract("한결AI의 오승준 대표는 지난 2일 뤼미에르AI의 쥘리앵 모로 CEO와 화상 회의를 갖고 협력 방안을 논의했다. "
                "두 회사는 이달 중순 모로 CEO가 방한하면 서울에서 직접 만나 업무협약을 맺는 방안을 추진하고 있다.")
    assert met(g) == [(("오승준", "쥘리앵 모로"), (), "2025-03", "planned"),
                      (("오승준", "쥘리앵 모로"), (), "2025-03-02", "held")]
    g = extract("유정민 대표는 4일 다카하시 료 사쿠라모바일 CEO와 화상 회의를 열고 협력을 협의했다. 두 회사는 지난해 9월 "
                "업무협약(MOU)을 맺은 바 있다.")  # the companies signed: no meeting of their heads said
    assert [m[2] for m in met(g)] == ["2025-03-04"]


def test_a_meeting_said_never_to_have_happened_is_none() -> None:
    g = extract("남궁예린 넥스플레이 의장은 웃었다. 다만 남궁 의장이 최근 오픈AI 경영진과도 접촉했다는 일부 보도에 대해 "
                "넥스플레이 측은 \"만난 사실이 없다\"고 선을 그었다.")
    assert g.meetings == []
    assert extract("오하람 누리전자 대표는 \"잭 밀러 그리드웍스 CEO와 만난 적은 없다\"고 말했다.").meetings == []


def test_a_range_of_days_dates_a_meeting_by_its_month_and_a_day_told_later_is_the_same_one() -> None:
    g = extract("권해솔 대표는 전시 기간인 6~9일 라스베이거스에서 마야 굽타 유튜브 총괄, 토마스 베버 퀄컴 수석부사장 등을 "
                "잇따라 만났다.\n\n특히 권 대표는 7일 퀄컴 부스에서 베버 수석부사장을 만나 온디바이스 AI를 논의했다.")
    assert met(g) == [(("권해솔", "마야 굽타"), (), "2025-03", "held"), (("권해솔", "토마스 베버"), (), "2025-03-07", "held")]


def test_a_visit_that_only_qualifies_the_chair_of_a_gathering_attended_is_no_cue() -> None:
    g = extract("권해솔 픽셀로그 대표는 전시회를 찾았다. 권 대표는 8일에는 CES 현장을 찾은 류제하 산업부 제1차관이 주재한 "
                "스타트업 간담회에 참석해 애로사항을 전달했다.")
    assert met(g) == [(("권해솔", "류제하"), (), "2025-03-08", "held")]


def test_two_people_who_agreed_on_a_plan_met() -> None:
    g = extract("배성호 경상북도지사가 웃었다. 지난 19일에는 안니카 로누 주한 핀란드 대사가 도청을 찾았다. 배 지사와 "
                "로누 대사는 배터리 재활용 기술을 연계하는 방안에 의견을 모았다.")
    assert met(g) == [(("배성호", "안니카 로누"), (), "2025-03-19", "held")]
    assert extract("누리전자 김하람 대표와 박서진 CFO는 투자를 모았다.").meetings == []

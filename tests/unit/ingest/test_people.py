"""People: name shapes Kiwi reads badly, the word between a name and its title, titles, family names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.extract import get_extractor
from ingest.models import ArticleGraph, Person
from ingest.reader import read_article


def extract(text: str) -> ArticleGraph:
    return get_extractor().extract_text(text, published=dt.date(2025, 3, 20))


def person(g: ArticleGraph, name: str) -> Person:
    return next(p for p in g.people if p.name == name)


def names(g: ArticleGraph) -> list[str]:
    return sorted(p.name for p in g.people)


def test_latin_parenthetical_with_initials_hyphens_and_accents() -> None:
    g = extract("곽하준 대표는 린웨이밍(Lin Wei-ming) 포모사칩 CEO와 만났다. 요나스 뮐러(Jonas Müller) CTO가 배석했다.")
    assert person(g, "린웨이밍").latin_name == "Lin Wei-ming"
    assert person(g, "요나스 뮐러").latin_name == "Jonas Müller"
    g = extract("곽하준 대표는 첸웨이(C.W. Chen) 포모사칩 회장과 만났다.")
    assert person(g, "첸웨이").latin_name == "C.W. Chen"


def test_a_surname_can_end_a_foreign_name_but_not_start_a_phrase() -> None:
    assert "스텔라 박" in names(extract("스텔라 박(Stella Park) 노바칩 CEO가 방한했다."))
    assert names(extract("오하람 누리전자 회장은 이들과 만난 후 최 회장과 통화했다.")) == ["오하람"]


def test_word_between_name_and_title_is_an_organization_or_part_of_the_title() -> None:
    g = extract("윤하진 한결증권 연구원은 \"수요가 늘 것\"이라고 분석했다.")
    assert person(g, "윤하진").orgs == ["한결증권"]
    g = extract("누리전자에서는 고민재 AI인프라 사장이 배석했다.")
    assert person(g, "고민재").orgs == ["누리전자"]
    assert "AI인프라" not in [o.name for o in g.organizations]


def test_title_written_with_a_modifier_and_titles_in_parentheses() -> None:
    g = extract("남채원 청솔리서치 수석연구원은 말했다. 백서린 누리전자 배터리사업부장(부사장)과 "
                "하도윤 누리전자 최고기술책임자(CTO·전무)가 배석했다.")
    assert "수석연구원" in person(g, "남채원").titles and person(g, "남채원").orgs == ["청솔리서치"]
    assert "부사장" in person(g, "백서린").titles
    assert {"CTO", "전무"} <= set(person(g, "하도윤").titles)


def test_institute_name_is_no_title_but_a_title_after_it_is() -> None:
    g = extract("하서진 한국미래정책연구원 선임연구위원은 평가했다.")
    assert person(g, "하서진").orgs == ["한국미래정책연구원"]


def test_name_in_latin_letters_only() -> None:
    g = extract("오하람 누리전자 대표는 독일 지멘스의 Karl Weber CEO와 만났다.")
    assert "Karl Weber" in names(g)
    assert "Weber" not in [o.name for o in g.organizations]


def test_common_nouns_after_a_title_are_no_name() -> None:
    assert names(extract("피터 린드 구글 CEO, 스타트업·통신사 CEO 연쇄 회동")) == ["피터 린드"]


def test_family_name_first_or_last_and_a_family_name_read_as_a_korean_name() -> None:
    g = extract("야마다 다로(Yamada Taro) 니혼정밀 사장이 방한했다. 야마다 사장은 협력을 강조했다.")
    assert "야마다 사장" in person(g, "야마다 다로").aliases
    g = extract("에릭 오도넬 스카이랩스 CEO가 방한했다. 오도넬 CEO는 협력을 강조했다.")
    assert names(g) == ["에릭 오도넬"]


def test_a_word_used_alone_with_a_particle_is_no_given_name() -> None:
    g = extract("누리온은 신제품을 공개했다. 누리온 서다온 대표가 직접 발표했다.")
    assert names(g) == ["서다온"]


def test_organization_right_before_a_name_by_its_shape_or_its_use_alone() -> None:
    g = extract("로보라인은 협동로봇을 만든다. 로보라인 권하진 대표가 말했다.")
    assert person(g, "권하진").orgs == ["로보라인"]
    g = extract("오하람 대표는 일본 니혼기어의 이나다 겐타 부사장을 맞이했다.")
    assert person(g, "이나다 겐타").orgs == ["니혼기어"]


def test_one_word_foreign_name_after_its_organization() -> None:
    g = extract("오하람 대표는 포모사칩의 차이밍위 부회장을 만났다.")
    assert "차이밍위" in names(g) and "차이밍위" not in [o.name for o in g.organizations]


def test_government_body_read_as_a_name_piece_and_acronym_parenthesis() -> None:
    g = extract("하워드 밀스 미국 상무부 차관과 칼리드 알사디 사우디 공공투자펀드(PIF) 총재가 만났다.")
    assert person(g, "하워드 밀스").orgs == ["미국 상무부"]  # a foreign body is named with its country
    assert person(g, "칼리드 알사디").orgs == ["공공투자펀드"]


def test_a_topic_word_is_no_organization() -> None:
    g = extract("누리봇은 협동로봇 스타트업이다. 엣지AI 칩을 만드는 뉴로칩의 안나 벡 CEO가 방한했다.")
    orgs = [o.name for o in g.organizations]
    assert "협동로봇" not in orgs and "엣지AI" not in orgs and "뉴로칩" in orgs


def test_korean_name_before_an_organization_when_its_surname_is_used_alone() -> None:
    g = extract("윤서하 한울수소 대표는 말했다. 윤 대표는 계약을 서둘렀다.")
    assert person(g, "윤서하").orgs == ["한울수소"]
    assert "윤서하 한울수소" not in names(g)


def test_one_word_chinese_name_its_headline_and_its_family_name_short_form() -> None:
    g = extract("포모사칩 황위밍 회장, 방한\n배터리 업체 포모사칩의 황위밍 회장이 방한했다. 황 회장은 협력을 강조했다.")
    assert names(g) == ["황위밍"]
    assert "황위밍" not in [o.name for o in g.organizations]


def test_first_name_kiwi_reads_as_or() -> None:
    g = extract("오하람 대표는 노바칩의 리나 하퍼 부사장과 만났다.")  # 리 + 나/JC
    assert "리나 하퍼" in names(g)


def test_common_nouns_before_a_foreign_name_are_no_given_names() -> None:
    g = extract("中 배터리 거물 황위밍 회장이 방한했다.")
    assert "배터리 거물" not in names(g)


def test_agency_by_its_ending_and_title_and_a_division_is_no_organization() -> None:
    g = extract("하민준 관세청 국장은 말했다. 니코 바우어 지멘스 CEO 및 엘라 랑 디지털인더스트리 부문 CEO가 방한했다.")
    orgs = {o.name: o.kind for o in g.organizations}
    assert orgs.get("관세청") == "government" and "디지털인더스트리" not in orgs
    g = extract("누리특허청은 미국 특허상표청(USPTO)과 협약을 맺었다.")
    assert "미국 특허상표청" in [o.name for o in g.organizations]


def test_one_word_foreign_names_before_an_organization_or_a_place() -> None:
    g = extract("오하람 회장은 왕리밍 포모사그룹 동사장과 만났다. 리밍 중국 국무원 총리도 참석했다.")
    assert {"왕리밍", "리밍"} <= set(names(g))
    assert person(g, "왕리밍").orgs == ["포모사"]
    assert "국무원" not in names(g)


def test_names_ending_like_a_modifier_and_a_genitive_left_in_an_unknown_word() -> None:
    g = extract("김서현 누리전자 회장, 다온그룹 선우지현 의장 등이 참석했다.")
    assert {"김서현", "선우지현"} <= set(names(g))
    g = extract("오하람 대표는 셸의 토마스 베르그 CEO와 만났다.")
    assert "토마스 베르그" in names(g)


def test_hangul_family_name_of_a_latin_only_name() -> None:
    g = extract("오하람 대표는 지난 8일 Jun Nomura 사쿠라벤처스 대표 파트너와 만났다. "
                "오 대표와 노무라 파트너는 지난해 처음 만난 것으로 전해졌다.")
    assert names(g) == ["Jun Nomura", "오하람"]
    assert len(g.meetings) == 2


def test_korean_name_kiwi_reads_as_a_clause_and_a_name_before_an_organization_used_alone() -> None:
    g = extract("오하람 회장은 서울에서 박가온 누리그룹 회장과 만찬을 했다.")  # 박 + 가 + 오/VV + ㄴ
    assert person(g, "박가온").orgs == ["누리"]
    g = extract("| ▲ 서다온 마이크로닉스 대표(오른쪽)와 다카하라 준 니혼케미컬 사장이 악수하고 있다. |\n"
                "니혼케미컬은 마이크로닉스에 소재를 공급한다.")
    assert person(g, "서다온").orgs == ["마이크로닉스"]
    assert [sorted(m.participants) for m in g.meetings] == [["다카하라 준", "서다온"]]


def test_family_syllable_of_a_one_word_foreign_name_and_colleges() -> None:
    g = extract("빈그룹의 팜반득 회장이 방한했다. 팜 회장은 누리자동차 정윤재 부회장과 만났다.")
    assert "팜 회장" in person(g, "팜반득").aliases
    g = extract("윤하람 대표는 마이클 쿠퍼 의대 학장과 만났다.")
    assert "의대" not in [o.name for o in g.organizations]


def test_a_line_naming_only_the_outlet_is_chrome(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("반도체신문\n오하람 누리전자 대표가 공장을 지었다.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": "2025-03-20", "source": "반도체신문"}', encoding="utf-8")
    g = get_extractor().extract(read_article(article))
    assert "반도체" not in [t.name for t in g.topics]


def test_a_rare_korean_name_kiwi_reads_as_two_nouns_is_a_name() -> None:
    g = extract("배기설 누리전자 대표는 협력을 강조했다.")  # 배기/NNG + 설/NNG
    assert names(g) == ["배기설"]


def test_name_before_a_securities_firm_ending_in_geumyung_tuja_is_only_the_name() -> None:
    g = extract('도민결 새솔금융투자 연구원은 "수요가 늘 것"이라고 말했다.')
    assert names(g) == ["도민결"]
    assert person(g, "도민결").orgs == ["새솔금융투자"]


def test_latin_parenthetical_ending_in_micro_names_an_organization() -> None:
    g = extract("곽하준 대표는 지난 3일 펠리온 마이크로(Pelion Micro) 경영진과 만났다.")
    assert names(g) == ["곽하준"]
    assert "펠리온 마이크로" in [o.name for o in g.organizations]


def test_foreign_name_before_a_solid_hangul_organization_with_two_latin_words_keeps_both_pieces() -> None:
    g = extract("토마스 헬러 페노바로보틱스(Penova Robotics) 회장은 지난 3일 곽하준 대표와 만났다.")
    assert "토마스 헬러" in names(g)
    assert person(g, "토마스 헬러").orgs == ["페노바로보틱스"]


def test_month_word_of_a_date_is_no_given_name() -> None:
    g = extract("곽하준 대표는 다음 달 토마스 헬러 페노바 CTO와 만날 예정이다.")
    assert "달 토마스 헬러" not in names(g)


def test_given_name_kiwi_misreads_is_taken_from_the_latin_parenthetical() -> None:
    g = extract("곽하준 대표는 지난 3일 페노바(Penova) CTO 키라 베르단(Kira Verdan)과 만났다.")
    assert "키라 베르단" in names(g)
    assert "베르단" not in names(g)


def test_a_determiner_and_one_known_noun_is_no_name_but_a_name_kiwi_cuts_after_a_determiner_is() -> None:
    """"CEO 한자리에" (한/MM + 자리: "in one place") after a title is no person; "한종미" (한/MM + 종 + 미 in
    Kiwi's reading) is one."""
    g = get_extractor().extract_text(
        "화학 3사 CEO 한자리에…장관 \"공급망 지원\"\n"
        "정하윤 장관은 21일 서울에서 화학 업계 간담회를 열었다. 이날 간담회에는 한빛화학 오하람 대표, "
        "한종미 누리전자 회장 등 3사 CEO가 참석했다.", published=dt.date(2025, 3, 22))
    assert sorted(p.name for p in g.people) == ["오하람", "정하윤", "한종미"]


def test_derived_common_noun_before_a_title_is_no_name() -> None:
    g = extract("설명회에는 지역별 협력사 대표 20명과 탁서윤 한울상사 전무가 참석했다.")
    assert names(g) == ["탁서윤"]


def test_district_before_a_short_form_is_no_name() -> None:
    g = extract("도민혁 한결해운 회장은 지난 3일 마르타 쿠비아크 폴마린 회장과 만났다. "
                "두 사람의 만남은 서울 성북동 도 회장 자택에서 이뤄졌다.")
    assert names(g) == ["도민혁", "마르타 쿠비아크"]


def test_vietnamese_name_of_one_syllable_pieces() -> None:
    g = extract("도민혁 한결해운 회장은 지난 3일 레 티 하 사이공링크 회장과 만났다.")
    assert person(g, "레 티 하").orgs == ["사이공링크"]


def test_company_after_a_foreign_name_whose_family_name_is_used_alone() -> None:
    g = extract("우서린 한결모터스 사장은 파비안 노르트 모빌텍 회장과 만났다. 노르트 회장은 협력을 약속했다.")
    assert person(g, "파비안 노르트").orgs == ["모빌텍"]


def test_unknown_third_word_after_a_two_word_foreign_name_is_the_company() -> None:
    g = extract("우서린 한결모터스 사장은 파비안 크뤼너 노르빅 회장과 만나 협력 방안을 논의했다.")
    assert person(g, "파비안 크뤼너").orgs == ["노르빅"]


def test_organization_listed_with_wa_before_another_met_as_a_whole() -> None:
    g = extract("우서린 한결모터스 사장은 지난 10일 오토링크와 셀바트 경영진을 잇따라 만났다.")
    assert sorted(m.organizations[0] for m in g.meetings) == ["셀바트", "오토링크"]


def test_korean_name_read_with_its_organization_in_a_list_of_such() -> None:
    g = extract("간담회에는 탁서윤 한울상사 대표, 우서린 가람엔지 대표, 변지후 온새미텍 대표 등이 참석했다.")
    assert person(g, "변지후").orgs == ["온새미텍"]


def test_word_after_a_name_spelled_in_latin_is_its_organization() -> None:
    g = extract("한스 뢰버(Hans Löber) 오토링크 CEO는 이날 우서린 한결모터스 대표와 만났다.")
    assert person(g, "한스 뢰버").orgs == ["오토링크"]


def test_word_after_a_place_after_a_name_is_its_organization() -> None:
    g = extract("우서린 한결모터스 대표는 한스 뢰버 독일 오토링크 CEO와 만났다.")
    assert person(g, "한스 뢰버").orgs == ["오토링크"]


def test_category_noun_ending_in_sa_introduces_an_organization() -> None:
    g = extract("한결모터스는 독일 부품사 오토링크와 전략적 제휴를 맺었다.")
    assert sorted(o.name for o in g.organizations) == ["오토링크", "한결모터스"]


def test_latin_spelling_vouches_for_short_pieces_and_one_that_is_a_company_name() -> None:
    g = extract("카를로스 델 토로(Carlos Del Toro) 미국 해군성 장관이 오하람 누리전자 대표와 만났다. 델 토로 장관은 말했다.")
    assert "카를로스 델 토로" in names(g)
    assert "델" not in [o.name for o in g.organizations]  # the company Dell is in the lexicon
    g = extract("곽하준 대표는 혹 탄(Hock Tan) 노바칩 CEO와 만났다. 곽 대표는 잭 탄(Jack Tan) 그리드웍스 CEO와도 만났다.")
    assert person(g, "혹 탄").orgs == ["노바칩"] and person(g, "잭 탄").orgs == ["그리드웍스"]


def test_a_korean_full_name_takes_no_word_before_it_as_a_given_name() -> None:
    g = extract("전날엔 누리전자 거제사업장서 곽하준 부회장과 회동")
    assert names(g) == ["곽하준"] and person(g, "곽하준").orgs == []
    g = extract("고 장관은 출범식을 마친 뒤 곽하준 누리로보틱스 대표와 오찬 간담회를 가졌다.")
    assert names(g) == ["곽하준"]


def test_a_unit_between_the_organization_and_the_title() -> None:
    g = extract("이 자리에는 고민재 SK하이닉스 AI 인프라 사장(CMO)이 동석했다.")
    assert person(g, "고민재").orgs == ["SK하이닉스"]
    assert "AI 인프라 사장" in person(g, "고민재").titles
    g = extract("SK하이닉스 곽하준 사장과 만났다.")
    assert person(g, "곽하준").orgs == ["SK하이닉스"]


def test_a_foreign_name_that_starts_like_a_korean_one_is_not_split_outside_a_list() -> None:
    g = extract("▲ 누리전자 곽하준 사장(왼쪽)이 미국 본사에서 사티아 나델라 CEO와 기념 촬영을 하고 있다.")
    assert names(g) == ["곽하준", "사티아 나델라"]


def test_a_name_kiwi_reads_as_determiner_and_noun_before_an_organization_and_title() -> None:
    g = extract('이동헌 한결투자증권 연구원은 "의미가 크다"고 분석했다. 이들은 한자리에 모였다.')
    assert names(g) == ["이동헌"] and person(g, "이동헌").orgs == ["한결투자증권"]


def test_a_title_compounded_with_its_office_and_a_team_is_no_person() -> None:
    g = extract("하서진 대통령실 AI미래기획수석은 말했다. 고 장관은 12일 정예팀 대표 간담회를 열었다.")
    assert names(g) == ["하서진"] and person(g, "하서진").titles == ["AI미래기획수석"]


def test_a_place_before_a_government_title_is_no_organization() -> None:
    g = extract("곽하준 회장은 필 머피(Phil Murphy) 뉴저지 주지사와 만날 예정이다. 한미 조선 협력이 기대된다.")
    assert person(g, "필 머피").orgs == []
    assert [o.name for o in g.organizations] == []


def test_a_short_form_of_two_bearers_is_the_one_just_named() -> None:
    text = ("고민재 산업부 장관은 이정호 누리로보틱스 대표, 이서준 뉴로핸즈 대표 등과 오찬 간담회를 가졌다. 행사는 성황리에 끝났다. "
            "업계는 기대가 크다. 이서준 뉴로핸즈 대표는 \"마지막 관문\"이라고 말했다. "
            "이 대표는 지난해 12월 디푸 탈라(Deepu Talla) 엔비디아 부사장과 만났다.")
    assert ["디푸 탈라", "이서준"] in [sorted(m.participants) for m in extract(text).meetings]
    text = "이정호 누리로보틱스 대표와 이서준 뉴로핸즈 대표가 참석했다. 이 대표는 디푸 탈라 엔비디아 부사장과 만났다."
    assert extract(text).meetings == []  # both just named: left unresolved


def test_a_vietnamese_name_whose_last_syllable_kiwi_reads_as_a_verb() -> None:
    g = extract("오하람 누리전자 회장은 지난 10일 방한한 팜 민 찐 베트남 총리와 회담을 가졌다.")
    assert names(g) == ["오하람", "팜 민 찐"] and person(g, "팜 민 찐").orgs == []
    assert [sorted(m.participants) for m in g.meetings] == [["오하람", "팜 민 찐"]]


def test_mayors_and_governors_written_with_their_city() -> None:
    g = extract("고민재 경기도지사는 9일 곽하준 용인특례시장, 오하람 평택시장과 만났다. 반도체시장과 중국시장은 커졌다.")
    assert {p.name: p.titles for p in g.people} == {"고민재": ["경기도지사"], "곽하준": ["용인특례시장"],
                                                   "오하람": ["평택시장"]}


def test_a_place_with_the_headline_short_form_of_eseo_is_no_name_nor_organization() -> None:
    g = extract("거제선 곽하준 부회장이 직접 안내\n곽 부회장은 말했다.")
    assert names(g) == ["곽하준"] and person(g, "곽하준").orgs == []


def test_a_foreign_name_before_a_country_and_a_title_keeps_its_three_pieces() -> None:
    g = extract("고민재 총리는 응우옌 홍 디엔(Nguyen Hong Dien) 베트남 장관의 예방을 받았다.")
    assert names(g) == ["고민재", "응우옌 홍 디엔"] and [o.name for o in g.organizations] == []


def test_a_hanja_and_latin_spelling_in_parentheses_and_a_place_with_its_particle_before_the_name() -> None:
    g = extract("곽하준 사장은 지난해 11월 대만 신주에서 웨이저자(魏哲家·C.C. Wei) TSMC 회장과 만났다.")
    assert names(g) == ["곽하준", "웨이저자"] and person(g, "웨이저자").orgs == ["TSMC"]
    assert "웨이저자" not in [o.name for o in g.organizations]


def test_the_head_of_an_organization_named_in_its_parentheses() -> None:
    g = extract("협약에는 한빛세미텍(대표 박정우), 누리머티리얼즈(대표 이수경)가 참여했다.")
    assert {p.name: p.orgs for p in g.people} == {"박정우": ["한빛세미텍"], "이수경": ["누리머티리얼즈"]}


def test_a_name_kiwi_took_for_a_nominal_ending_does_not_end_the_sentence() -> None:
    g = extract("곽 회장은 다음 달 중순 뉴저지를 찾아 짐 캘러핸(Jim Callahan) 뉴저지 주지사와 만날 예정이다.")
    assert names(g) == ["짐 캘러핸"] and len(g.sentences) == 1


def test_a_sector_is_no_given_name() -> None:
    assert names(extract("철강업계 곽하준 회장이 말했다.")) == ["곽하준"]


def test_a_korean_name_kiwi_cut_into_a_word_and_a_particle_next_to_an_organization_and_a_title() -> None:
    g = extract("지성은 신우금융투자 연구원은 \"수요가 늘 것\"이라고 말했다.")
    assert names(g) == ["지성은"] and person(g, "지성은").orgs == ["신우금융투자"]
    g = extract("곽하준 대표는 푸름솔루션 연중의 창업자와 만났다.")
    assert names(g) == ["곽하준", "연중의"] and person(g, "연중의").orgs == ["푸름솔루션"]
    assert names(extract("곽하준 대표는 성과도 좋았다고 말했다.")) == ["곽하준"]  # no organization, no name's place


def test_a_name_kiwi_read_as_two_common_nouns_between_organization_and_title_is_no_unit() -> None:
    g = extract("곽하준 대표는 하늬에너지 이남희 COO와 만났다.")
    assert names(g) == ["곽하준", "이남희"] and person(g, "이남희").orgs == ["하늬에너지"]
    assert [m.participants for m in g.meetings] == [["곽하준", "이남희"]]
    g = extract("박지훈 누리전자 AI 인프라 사장은 말했다.")  # a unit still, when a name stands before
    assert names(g) == ["박지훈"] and "AI 인프라 사장" in person(g, "박지훈").titles


def test_an_unknown_name_kiwi_kept_whole_with_its_particle_loses_the_particle() -> None:
    g = extract("곽하준 대표는 지난 16일 엘비온로보틱스 사장 겸 CEO 나디아 노박과 회동했다.")
    assert names(g) == ["곽하준", "나디아 노박"]
    assert [m.participants for m in g.meetings] == [["곽하준", "나디아 노박"]]
    g = extract("이 자리에는 소프트뱅크의 미야카와 준이치 CEO가 동석했다.")  # 와 also ends names
    assert names(g) == ["미야카와 준이치"]


def test_a_foreign_name_ending_in_a_syllable_kiwi_read_as_a_particle() -> None:
    g = extract("이 자리에는 루카스 오르테가 코베인 부사장이 배석했다.")  # 오르테 + 가 (subject)
    assert names(g) == ["루카스 오르테가"] and person(g, "루카스 오르테가").orgs == ["코베인"]
    g = extract("젠트릭스 시스템즈 CFO 마야 하르트만은 최근 사업 계획을 공개했다.")  # 마 + 야 (vocative)
    assert names(g) == ["마야 하르트만"] and person(g, "마야 하르트만").orgs == ["젠트릭스 시스템즈"]
    g = extract("신세계 측은 곽 회장이 알리바바 창업자인 탕밍과도 만났다는 보도를 부인했다.")
    assert "곽 회장이" not in names(g)


def test_a_given_name_kiwi_knows_as_a_common_noun_counts_when_the_latin_spelling_says_so() -> None:
    g = extract("곽하준 대표는 드라본로보틱스 달리아 보르트만(Dalia Wortmann) CSO와 면담했다.")
    assert names(g) == ["곽하준", "달리아 보르트만"] and person(g, "달리아 보르트만").orgs == ["드라본로보틱스"]
    assert names(extract("배터리 거물 김철수(Kim Chulsoo) 회장이 왔다.")) == ["김철수"]
    g = extract("곽하준 사장은 헬싱키에서 제프라 랩스 달리아 노박(Dalia Novak) 부사장과 회동할 계획이다.")
    assert names(g) == ["곽하준", "달리아 노박"]  # Kiwi read 달리아 and 노+박 (prefix + noun): common nouns both


def test_a_name_before_a_comma_does_not_take_the_title_of_an_unnamed_person_after_it() -> None:
    g = extract("한도윤, 코렐반도체 CEO와 오찬\n한도윤 누리전자 회장이 코렐반도체 CEO와 만났다.")
    assert person(g, "한도윤").orgs == ["누리전자"]
    assert person(g, "한도윤").titles == ["회장"]


def test_a_particle_kiwi_read_before_parentheses_ends_the_name() -> None:
    g = extract("김민의(金敏義) 누리전자 회장이 방한했다.")
    assert person(g, "김민의").orgs == ["누리전자"]


def test_a_latin_personal_name_makes_a_known_company_word_a_family_name() -> None:
    g = extract("한도윤 대표는 아르준 메타(Arjun Mehta) 누리캐피털 파트너와 만났다.")
    assert person(g, "아르준 메타").orgs == ["누리캐피털"]
    assert "메타" not in [o.name for o in g.organizations]


def test_a_foreign_family_name_said_alone_is_its_person() -> None:
    g = extract("한도윤 코렐반도체 대표는 팻 로웰(Pat Lowell) 전 누리전자 CEO와의 만남에 관심을 보였다. "
                "지난해 누리캐피털에 합류한 로웰은 지난 11일 팔로알토에서 한 대표와 만났다.")
    assert [(m.participants, m.date) for m in g.meetings] == [(["한도윤", "팻 로웰"], "2025-03-11")]


def test_a_region_before_a_title_is_part_of_the_title_not_an_organization() -> None:
    g = extract("이날 접견에는 케빈 로(Kevin Lo) 아시아태평양 총괄 부사장이 배석했다.")
    assert person(g, "케빈 로").orgs == []
    assert "아시아태평양" not in [o.name for o in g.organizations]


def test_a_visit_verb_before_an_organization_and_a_title_is_no_name() -> None:
    g = extract("한도윤, 방한한 코렐반도체 CEO와 회담\n한도윤 누리전자 회장이 코렐반도체 CEO와 만났다.")
    assert names(g) == ["한도윤"]


def test_a_subsidiary_or_branch_before_a_title_is_part_of_the_title() -> None:
    g = extract("오세린 누리게임즈 일본법인 대표는 해외 일정으로 불참했다. 한도윤 코렐반도체 한국지사 대표가 말했다.")
    assert {p.name: p.orgs for p in g.people} == {"오세린": ["누리게임즈"], "한도윤": ["코렐반도체"]}


def test_a_chinese_name_is_short_for_the_family_name_its_latin_spelling_gives() -> None:
    g = extract("한도윤 누리전자 회장이 코렐반도체의 웨이저밍(C.M. Wei) 회장과 만났다. "
                "한 회장은 지난 13일 대만 신주에서 웨이 회장과 회동했다.")
    assert [(m.participants, m.date) for m in g.meetings] == [(["한도윤", "웨이저밍"], "2025-03-13")]


def test_a_division_written_apart_from_its_name_is_part_of_the_title() -> None:
    g = extract("누리미디어 스트리밍 부문 사장 출신인 모레노 CEO는 2021년 취임했다.")
    assert names(g) == ["모레노"]
    g = extract("한도윤 누리전자 반도체 부문 사장이 말했다.")
    assert person(g, "한도윤").orgs == ["누리전자"]


def test_the_time_of_a_clause_is_no_given_name() -> None:
    g = extract("사토 겐지(佐藤健二) 누리자동차 사장이 방한했다. 회동이 끝난 뒤 사토 사장은 한도윤 코렐모터스 "
                "부회장과 오찬을 했다.")
    assert names(g) == ["사토 겐지", "한도윤"]


def test_an_unknown_word_made_of_a_visit_noun_and_a_verb_ending_is_no_name_nor_organization() -> None:
    g = extract("한 회장은 다음 달 누리자동차 본사를 답방해 오카다 겐지 회장과 다시 만날 예정이다.")
    assert names(g) == ["오카다 겐지"]
    assert [o.name for o in g.organizations] == ["누리자동차"]


def test_a_family_name_right_before_its_own_group_ends_the_name() -> None:
    g = extract("한도윤 회장은 라지브 메라 메라그룹 회장과 만났다.")
    assert person(g, "라지브 메라").orgs == ["메라"]


def test_a_foreign_given_name_with_a_rare_surname_shape_keeps_its_family_name_said_alone() -> None:
    g = extract("최 회장은 레드먼드에서 사티아 나델라 CEO와 회담했다. 나델라는 협력을 약속했다.")
    assert names(g) == ["사티아 나델라"]


def test_a_family_name_shared_by_two_people_goes_to_the_one_with_the_title() -> None:
    g = extract("오카다 겐지 누리자동차 회장이 방한해 한도윤 코렐모터스 회장과 만났다. 오카다 회장은 누리자동차 "
                "창업자인 오카다 신스케의 손자다.")
    assert names(g) == ["오카다 겐지", "오카다 신스케", "한도윤"]


def test_a_one_word_name_spelled_in_hanja_before_a_title() -> None:
    g = extract("한도윤 회장은 누리에너지의 리자오밍(李兆明) 회장과 만찬을 함께했다.")
    assert person(g, "리자오밍").orgs == ["누리에너지"]


def test_a_one_syllable_last_piece_of_a_three_word_name_is_no_organization() -> None:
    g = extract("한도윤 누리전자 회장은 쩐 반 민 총리와 악수했다.")
    assert "쩐 반 민" in names(g)
    assert [o.name for o in g.organizations] == ["누리전자"]


def test_a_name_kiwi_read_as_a_final_ending_before_its_latin_spelling() -> None:
    # Kiwi reads 라오 as a final ending and ends the sentence after "(Anand Rao)"; the Latin spells the name
    g = extract("설하준 대표는 지난 24일 인천 송도 누리바이오 본사에서 아난드 라오(Anand Rao) 코렐파마(Korel Pharma) "
                "회장과 회동했다.")
    assert person(g, "아난드 라오").orgs == ["코렐파마"]
    assert [m.participants for m in g.meetings] == [["설하준", "아난드 라오"]]


def test_a_given_name_kiwi_knows_as_an_adverb_counts_when_the_latin_spells_it() -> None:
    g = extract("어윤택 회장은 지난 6월 자카르타에서 부디 하르토노(Budi Hartono) 누리인프라 회장을 만났다.")
    assert person(g, "부디 하르토노").orgs == ["누리인프라"]


def test_a_three_word_name_its_latin_spells_keeps_its_last_word() -> None:
    g = extract("어윤택 회장은 누리인프라(Nuri Infra)의 비제이 쿠마르 샤르마(Vijay Kumar Sharma) 회장과 만났다.")
    assert names(g) == ["비제이 쿠마르 샤르마", "어윤택"]


def test_japanese_name_whose_hanja_spells_a_word_before_the_last() -> None:
    g = extract("손 회장 측에서는 이시카와 다이스케(石川大輔) 소프트뱅크 사장이 동행했다. 김도윤(金度潤) 한빛전자 대표도 왔다.")
    assert "이시카와 다이스케" in names(g)  # Kiwi's 이시카 + 와 ("and"): four Hanja, and 다이스케 is no Korean name
    assert "김도윤" in names(g)  # three Hanja, three syllables: nothing before the name
    g = extract("손 회장 측에서는 미야카와 준이치(宮川潤一) 소프트뱅크 사장 겸 CEO가 동행했다.")
    assert "미야카와 준이치" in names(g)  # four Hanja for a three-syllable word


def test_region_between_organization_and_title_belongs_to_the_title() -> None:
    g = extract("라일라 칸 엔비디아 아시아태평양 총괄 부사장이 배석했다. 오세린 한빛모터스 북미 법인장도 참석했다.")
    assert person(g, "라일라 칸").orgs == ["엔비디아"]
    assert person(g, "오세린").orgs == ["한빛모터스"]


def test_one_unknown_word_before_a_title_of_state_is_a_name() -> None:
    g = extract("구 회장은 하노이에서 팜반뚜언 총리와 면담했다. 다음 날 팜반뚜언 베트남 총리와 다시 만났다.")
    assert "총리" in person(g, "팜반뚜언").titles
    g = extract("제임스 오닐 영국 해양과학청 청장은 말했다. 해양과학청 청장은 자리에 없었다.")
    assert names(g) == ["제임스 오닐"]  # a government body before its head's title is no name


def test_vietnamese_latin_spelling_vouches_for_four_words() -> None:
    g = extract("베트남 정부에서는 응우옌 티 마이 안(Nguyễn Thị Mai Anh) 재무부 차관이 배석했다.")
    assert person(g, "응우옌 티 마이 안").latin_name == "Nguyễn Thị Mai Anh"


def test_word_ending_like_a_county_after_a_place_with_a_particle_is_part_of_a_name() -> None:
    g = extract("김 부회장은 서울에서 올루군 아데바요(Olugun Adebayo) 나이지리아 해양경제부 장관과 만날 예정이다.")
    assert person(g, "올루군 아데바요").orgs == ["나이지리아 해양경제부"]  # 군 after "서울에서" is no county


def test_headline_comma_ends_the_subject_not_a_list_of_names() -> None:
    g = extract("오태민, 리밍 중국 국무원 총리와 재회…\"배터리 투자 확대\"\n\n[베이징=박소윤 기자] 오태민 한빛그룹 회장이 중국을 "
                "찾아 리밍 총리를 만나 인공지능(AI)과 배터리 분야 투자 확대 계획을 밝혔다.\n\n두 사람은 지난해 처음 만났다.")
    assert "총리" not in " ".join(person(g, "오태민").titles)


def test_government_office_titles_ending_in_gwan() -> None:
    g = extract("중기부 윤서하 창업정책관이 배석했다.")
    assert person(g, "윤서하").orgs == ["중소벤처기업부"]


def test_last_two_words_of_a_longer_name_are_that_person() -> None:
    g = extract("오 시장은 칼리드 알 만수리(Khalid Al Mansouri) 최고경영자(CEO)를 접견했다. 알 만수리 CEO는 투자를 검토한다.")
    assert names(g) == ["칼리드 알 만수리"]


def test_surname_and_a_local_government_heads_title_is_a_short_form() -> None:
    g = extract("하민석 부산시장은 투자자를 찾았다. 하 시장은 19일 잭 밀러 그리드웍스 CEO를 만났다. "
                "고서진 경기도지사도 왔다. 고 지사는 20일 잭 밀러 CEO를 만났다. AI 시장은 커졌다.")
    assert sorted((tuple(sorted(m.participants)), m.date) for m in g.meetings) == [
        (("고서진", "잭 밀러"), "2025-03-20"), (("잭 밀러", "하민석"), "2025-03-19")]


def test_latin_spelled_name_listed_after_another_person_keeps_both_words_and_its_organization() -> None:
    g = extract("▲권태오 한울텔레콤 회장(오른쪽)과 마르코 비안키(Marco Bianchi) 텔레알파 CEO가 3일 악수하고 있다.")
    assert person(g, "마르코 비안키").orgs == ["텔레알파"]


def test_institution_named_in_its_heads_title() -> None:
    g = extract("지난주에는 박은채 한국AI반도체산업협회장과 만났다. 이영희 한국전자통신연구원장도 참석했다.")
    assert person(g, "박은채").orgs == ["한국AI반도체산업협회"]  # (Kiwi reads 박은채 as a verb: 박 + 은 + 채)
    assert person(g, "이영희").orgs == ["한국전자통신연구원"]


def test_city_before_a_name_and_a_mayors_title_is_the_city() -> None:
    g = extract("협약식에는 고서진 경북도지사와 포항시 이강우 시장, 정하윤 코어휴먼로보틱스 대표가 참석해 서명했다.")
    assert person(g, "이강우").orgs == ["포항시"]
    assert person(g, "고서진").orgs == ["경상북도"]  # the province by its full name


def test_arabic_name_particles_join_the_name() -> None:
    g = extract("최 대표는 알나크라 텔레콤(Al-Nakhla Telecom)의 사미 알 하르비(Sami Al-Harbi) CEO와 만났다.")
    assert person(g, "사미 알 하르비").orgs == ["알나크라 텔레콤"]
    g = extract("정 회장은 알사크르 테크놀로지스(Al Saqr Technologies)의 하마드 알 만수리 CEO를 만났다.")
    assert person(g, "하마드 알 만수리").orgs == ["알사크르 테크놀로지스"]  # 만수리 is no company


def test_instead_is_no_ministers_title_and_a_day_word_no_given_name() -> None:
    g = extract("백 회장은 대신 이튿날 디푸 탈라(Deepu Talla) 엔비디아 부사장과 만났다.")
    assert "디푸 탈라" in names(g)


def test_state_minister_after_a_spelled_name_is_not_a_one_word_name() -> None:
    g = extract("구 회장은 이달 말 프리야 나이르(Priya Nair) 타밀나두주 산업장관과 만날 예정이다.")
    assert names(g) == ["프리야 나이르"]


def test_short_form_shared_by_a_korean_surname_and_a_foreign_family_name() -> None:
    g = extract("국내 기업인들이 젠슨 황 엔비디아 최고경영자(CEO)와 만났다. 최태민 누리그룹 회장은 지난 5일 황 CEO와 "
                "만났다. 6일에는 한결로보틱스의 황성준 대표가 황 CEO와 만났다. 황 대표는 로봇을 소개했다.")
    assert sorted(tuple(sorted(m.participants)) for m in g.meetings) == [("젠슨 황", "최태민"), ("젠슨 황", "황성준")]


def test_an_event_after_a_title_is_no_name() -> None:
    g = extract("두 사람은 지난해 10월 말 경주 APEC CEO 서밋을 계기로 처음 만났다.")
    assert names(g) == []


def test_a_common_noun_before_market_is_no_mayor() -> None:
    assert names(extract("AI 가속기 시장에서 성과를 낼 것이다. 올해 전망치 시장 평균을 웃돌았다.")) == []


def test_a_title_with_the_copula_before_a_hanja_spelled_name_is_no_part_of_it() -> None:
    assert "레이쥔" in names(extract("이 회장은 샤오미 창업자인 레이쥔(雷軍) 회장과 만났다."))


def test_link_words_inside_arabic_names() -> None:
    g = extract("무함마드 빈 살만 사우디아라비아 왕세자와의 면담은 성사되지 않았다.")
    assert names(g) == ["무함마드 빈 살만"]  # 빈 is also Vienna


def test_korean_full_name_with_a_two_syllable_surname_then_a_company_the_article_names_alone() -> None:
    g = extract("선우하린 스텔라큐브 대표는 미국을 찾았다. 스텔라큐브는 2021년 설립됐다.")
    assert person(g, "선우하린").orgs == ["스텔라큐브"]
    assert names(extract("이사벨 하르트만 CEO가 왔다.")) == ["이사벨 하르트만"]


def test_korean_name_kiwi_does_not_know_then_an_unknown_word_is_name_and_company() -> None:
    assert person(extract("윤채린 딥하모닉스 대표가 왔다."), "윤채린").orgs == ["딥하모닉스"]
    assert names(extract("이반 페트로프 CEO가 왔다.")) == ["이반 페트로프"]  # Kiwi knows 이반 as a given name


def test_two_syllable_korean_name_kiwi_knows_as_a_word_before_an_organization_and_a_title() -> None:
    g = extract("진솔 한빛전자 대표가 왔다. 여중 누리바이오 부사장이 배석했다.")
    assert person(g, "진솔").orgs == ["한빛전자"] and person(g, "여중").orgs == ["누리바이오"]
    g = extract("한편 한빛전자 대표는 말했다. 전날 누리바이오 대표가 왔다. 주요 그리드웍스 임원이 왔다.")
    assert names(g) == []


def test_a_given_name_kiwi_reads_as_a_verb_before_an_unknown_family_name() -> None:
    g = extract("김 장관은 지나 러몬도 미국 상무장관을 만났다. 서울을 지나 부산에 도착했다.")
    assert names(g) == ["지나 러몬도"]


def test_link_words_do_not_count_toward_a_names_length() -> None:
    g = extract("이 차관은 파이살 빈 압둘라 알 카타니 사우디 투자부 차관과 만났다. 무함마드 빈 살만 왕세자를 만났다.")
    assert names(g) == ["무함마드 빈 살만", "파이살 빈 압둘라 알 카타니"]


def test_plant_managers_title() -> None:
    assert person(extract("조윤서 오창공장장이 안내를 맡았다."), "조윤서").titles[0] == "오창공장장"


def test_a_family_name_kiwi_reads_as_a_verb_after_a_link_word() -> None:
    assert "무함마드 알 도사리" in names(extract("이승렬 차관은 무함마드 알 도사리 사우디 투자부 차관을 만났다."))


def test_a_hyphenated_family_name_is_one_piece_of_the_name() -> None:
    g = extract("한빛전자 오하람 대표는 북유럽 통신사 노르텔의 베르나데트 솔베르-하우겐(Bernadette Solberg-Haugen) "
                "CEO와 만났다. 솔베르-하우겐 CEO는 \"수요가 늘고 있다\"고 말했다.")
    assert person(g, "베르나데트 솔베르-하우겐").titles == ["CEO"]
    assert "하우겐" not in names(g) and "솔베르-하우겐" not in [o.name for o in g.organizations]


def test_a_region_written_with_the_business_is_part_of_the_title_not_a_name() -> None:
    g = extract("조민혁 누리마트 전무는 이달 초 항저우를 찾아 왕쉬란(王旭然) 알리익스프레스 한국사업 총괄과 만났다.")
    assert names(g) == ["왕쉬란", "조민혁"]
    assert person(g, "왕쉬란").titles[0] == "한국사업 총괄"


def test_after_a_name_spelled_in_hanja_an_unknown_word_is_the_organization() -> None:
    g = extract("오하람 누리칩스 대표는 지난 2일 사카모토 료헤이(坂本亮平) 하루텔 CEO를 만났다.")
    assert person(g, "사카모토 료헤이").orgs == ["하루텔"]


def test_two_initials_before_a_foreign_family_name_are_part_of_the_name_but_a_known_company_is_not() -> None:
    g = extract("오하람 누리모터스 대표는 지난 11일 TJ 베르코비츠 볼트로보틱스 CEO를 만났다. 이 자리에는 HP 휘트먼 CEO도 있었다.")
    assert "TJ 베르코비츠" in names(g) and person(g, "TJ 베르코비츠").orgs == ["볼트로보틱스"]
    assert "HP 휘트먼" not in names(g)


def test_the_founder_said_to_have_set_up_an_organization_is_a_person_with_no_title() -> None:
    g = extract("오하람 대표는 빌 게이츠가 설립한 테라파워의 크리스 르베크 CEO를 만났다. 정주영이 세운 누리건설도 찾았다.")
    assert names(g) == ["빌 게이츠", "오하람", "정주영", "크리스 르베크"]
    assert names(extract("누리텍이 설립한 재단이 나섰다. 소프트뱅크가 세운 회사다.")) == []


def test_a_department_between_the_university_and_a_name_goes_with_the_title() -> None:
    g = extract("이 자리에는 KAIST 전기및전자공학부 송민규 교수와 서울대 기계공학과 윤태식 교수가 배석했다.")
    assert person(g, "송민규").orgs == ["KAIST"] and person(g, "송민규").titles[0] == "전기및전자공학부 교수"
    assert person(g, "윤태식").orgs == ["서울대"]
    assert sorted(o.name for o in g.organizations) == ["KAIST", "서울대"]


def test_a_unit_of_two_words_joined_by_a_middle_dot_stands_between_organization_and_title() -> None:
    g = extract("오하람 대표는 지난 15일 파하드 알오타이비(Fahad Al-Otaibi) PIF 기술·혁신투자 총괄을 면담했다.")
    assert person(g, "파하드 알오타이비").orgs == ["공공투자펀드"]
    assert person(g, "파하드 알오타이비").titles[0] == "기술·혁신투자 총괄"
    g = extract("이 자리에는 한지수 LG유플러스 AI·데이터사이언스그룹장이 배석했다.")
    assert person(g, "한지수").orgs == ["LG유플러스"] and person(g, "한지수").titles[0] == "AI·데이터사이언스그룹장"


def test_a_quoted_organization_with_its_genitive_after_the_quote_is_the_next_persons() -> None:
    g = extract("간담회에는 협동로봇 기업 '로보링크(Robolink)'의 김성훈 대표와 칩 설계사 '스파크엣지(SparkEdge)'의 이나래 "
                "대표가 함께했다.")
    assert person(g, "김성훈").orgs == ["로보링크"] and person(g, "이나래").orgs == ["스파크엣지"]


def test_the_head_of_a_groups_field_institute_works_for_that_institute() -> None:
    g = extract("간담회에는 오하람 누리전자 대표와 배경훈 LG AI연구원장 등이 참석했다. 김다온 누리전자 연구소장도 왔다.")
    assert person(g, "배경훈").orgs == ["LG AI연구원"] and "LG AI연구원" in {o.name for o in g.organizations}
    assert person(g, "김다온").orgs == ["누리전자"]
    g = extract("간담회에는 오하람 누리전자 대표, 방준서 LG AI연구원 공동연구원장 등이 참석했다.")
    assert person(g, "방준서").orgs == ["LG AI연구원"]  # (a co-head: 공동연구원 is a researcher's title)


def test_a_headlines_family_name_and_organization_read_as_one_name_join_the_person_of_the_body() -> None:
    g = extract("맥이너니 비자 CEO 방한…카드사 수장들과 연쇄 회동\n\n라이언 맥이너니(Ryan McInerney) 비자(Visa) "
                "최고경영자(CEO)가 방한했다.\n\n맥이너니 CEO는 지난 18일 정태영 현대카드 부회장과 회동했다.\n\n같은 날 "
                "오후에는 문동권 신한카드 사장과 미팅을 가졌다. 이 자리에는 패트릭 윤 비자코리아 사장이 배석했다.")
    assert names(g) == ["라이언 맥이너니", "문동권", "정태영", "패트릭 윤"]
    assert person(g, "라이언 맥이너니").orgs == ["비자"]
    g = extract("홀럽 옥시덴탈 CEO와는 탄소포집 사업 미팅\n\n오하람 누리중공업 부회장은 4일 옥시덴탈 페트롤리엄의 "
                "최고경영자(CEO)인 비키 홀럽(Vicki Hollub)과 미팅을 가졌다. 홀럽 CEO는 협력을 강조했다.")
    assert names(g) == ["비키 홀럽", "오하람"]  # (the organization's first word, as headlines shorten it)
    assert person(g, "비키 홀럽").orgs == ["옥시덴탈 페트롤리엄"]


def test_the_chair_of_a_known_committee_works_for_it() -> None:
    g = extract("김병환 금융위원장은 20일 오하람 누리카드 대표와 만났다. 한기정 공정거래위원장도 왔다.")
    assert person(g, "김병환").orgs == ["금융위원회"] and person(g, "한기정").orgs == ["공정거래위원회"]
    assert {"금융위원회", "공정거래위원회"} <= {o.name for o in g.organizations}
    g = extract("그는 방한 첫날 석종건 방위사업청장과 회담을 열었다.")
    assert person(g, "석종건").orgs == ["방위사업청"]


def test_a_known_companys_word_and_one_more_after_a_spelled_name_are_the_company_and_a_unit() -> None:
    g = extract("세드릭 나이케(Cedrik Neike) 지멘스 디지털인더스트리 CEO가 방한했다. 잭 탄(Jack Tan) 노바칩 CEO도 왔다.")
    assert names(g) == ["세드릭 나이케", "잭 탄"]
    assert person(g, "세드릭 나이케").orgs == ["지멘스"] and person(g, "세드릭 나이케").titles[0] == "디지털인더스트리 CEO"
    assert person(g, "잭 탄").orgs == ["노바칩"]


def test_a_topic_acronym_before_a_common_noun_is_no_name_with_initials() -> None:
    g = extract("누리생명이 주최한 'AI 보험 CEO 라운드테이블'에는 오하람 누리생명 사장이 참석했다.")
    assert names(g) == ["오하람"]


def test_an_acronym_unit_head_and_a_special_adviser_are_titles() -> None:
    g = extract("한도윤 부총리는 4일 오후 정하람 누리텔레콤 AI CIC장과 만났다. 면담에는 대통령실 최서진 경제특별보좌관이 동석했다.")
    assert person(g, "정하람").titles[-1] == "CIC장" and person(g, "정하람").orgs == ["누리텔레콤"]
    assert person(g, "최서진").titles == ["경제특별보좌관"]


def test_a_loanword_before_market_is_no_mayor_but_a_korean_name_is() -> None:
    g = extract("박서준 대표는 \"인도는 세계 최대 제네릭 시장\"이라고 말했다. 포항시 이강덕 시장도 참석했다.")
    assert names(g) == ["박서준", "이강덕"]


def test_the_union_before_a_ministers_title_is_no_name() -> None:
    g = extract("노조는 고용노동부 장관이 참석하는 노사정 3자 면담도 요구했다. 지성은 한빛증권 연구원은 말했다.")
    assert names(g) == ["지성은"]


def test_the_head_of_a_trade_office_is_a_title() -> None:
    g = extract("문태식 KOTRA 리스본무역관장은 지난 11일 포르투갈 투자청(AICEP) 관계자들을 면담했다.")
    assert person(g, "문태식").titles == ["리스본무역관장"]


def test_a_meeting_verb_kiwi_read_as_a_noun_in_a_subheadline_is_no_piece_of_a_name() -> None:
    g = extract("르네 하스 Arm CEO 방한…AI 칩 스타트업과 MOU\n- 네이버랩스 찾아 석상옥 대표와 로봇용 칩 협력 논의")
    assert "석상옥" in names(g) and not any("찾아" in n for n in names(g))


def test_a_korean_name_before_an_unknown_word_is_the_name_when_the_article_says_its_surname_with_the_title() -> None:
    g = extract("정수아 리걸마인드 대표는 지난 9일 간담회에 참석했다. 정 대표는 \"법률 AI 수요가 늘고 있다\"고 말했다.")
    assert person(g, "정수아").orgs == ["리걸마인드"]
    g = extract("이사벨 코발스키 대표는 지난 9일 간담회에 참석했다. 코발스키 대표는 \"수요가 늘고 있다\"고 말했다.")
    assert names(g) == ["이사벨 코발스키"]


def test_a_korean_full_name_before_a_short_company_name_said_once_is_the_name_and_the_company() -> None:
    g = extract("김민준 누리텍 대표가 이날 신제품을 발표했다.")
    assert person(g, "김민준").orgs == ["누리텍"]
    g = extract("박도윤 씨엠랩 사장은 지난 9일 간담회에 참석했다.")
    assert person(g, "박도윤").orgs == ["씨엠랩"]


def test_a_quoted_company_before_title_name_and_title_is_the_persons_organization() -> None:
    g = extract("웹툰 플랫폼 '코믹스타' 창업자 송민재 의장은 지난 3일 존 밀러 디즈니 부사장을 만났다.")
    assert person(g, "송민재").orgs == ["코믹스타"]
    g = extract("웹툰 플랫폼 '코믹스타'의 창업자 송민재 의장은 이날 간담회에 참석했다.")
    assert person(g, "송민재").orgs == ["코믹스타"]


def test_a_rank_after_a_title_spelled_in_parentheses_is_a_title_too_and_makes_the_short_form() -> None:
    g = extract("이번 출장에는 오세린 청솔금융지주 최고재무책임자(CFO) 부사장이 동행했다. 이 자리에는 오 부사장이 배석했다.")
    assert "부사장" in person(g, "오세린").titles and "오 부사장" in person(g, "오세린").aliases


def test_a_compound_with_an_organization_ending_before_a_unit_title_is_the_organization() -> None:
    g = extract("오세린 청솔금융지주 재무총괄 부사장이 동행했다.")
    assert person(g, "오세린").orgs == ["청솔금융지주"]


def test_a_full_name_said_again_before_a_title_is_the_person_not_a_given_name_and_a_company() -> None:
    g = extract("이날 회동에는 센티넬페이 최고기술책임자(CTO)인 라지브 메논(Rajiv Menon)이 함께했다.\n"
                "▲ 서민규 해온카드 사장(가운데)이 케이틀린 브룩스 센티넬페이 CEO(왼쪽), 라지브 메논 CTO와 기념 촬영을 하고 있다.")
    assert "메논" not in [o.name for o in g.organizations] and person(g, "라지브 메논").orgs == ["센티넬페이"]


def test_a_vice_title_written_with_bu_is_a_title_and_an_operating_company_is_none() -> None:
    g = extract("금감원은 정은채 부원장 주재로 간담회를 열었다. 업비트 운영사 두나무는 이날 입장을 밝혔다.")
    assert names(g) == ["정은채"] and person(g, "정은채").titles == ["부원장"]


def test_a_korean_name_with_a_rarer_surname_kiwi_does_not_know_before_a_company_is_the_name() -> None:
    g = extract("간담회에는 민경태 코인엘 대표와 천종윤 씨젠 대표가 참석했다.")
    assert person(g, "민경태").orgs == ["코인엘"] and person(g, "천종윤").orgs == ["씨젠"]


def test_a_word_with_the_headlines_locative_after_a_title_is_no_name() -> None:
    g = extract("이태경 사장, 도쿄서 미즈노 사장 회동\n주일대사 초청 만찬서 현지 보험사 CEO들과도 교류\n"
                "이태경 가온생명 사장은 지난 8일 미즈노 겐타로 사장과 회동했다.")
    assert names(g) == ["미즈노 겐타로", "이태경"]


def test_vice_and_assistant_forms_of_a_title_are_titles() -> None:
    g = extract("황보민 다온은행 부행장이 대신 참석했다. 금융감독원에서는 유정란 은행담당 부원장보가 배석했다.")
    assert person(g, "황보민").titles == ["부행장"] and "부원장보" in person(g, "유정란").titles


def test_a_bank_named_before_a_name_and_title_is_the_persons_and_a_kind_of_bank_is_not() -> None:
    g = extract("간담회에는 누리은행 고준영 행장, 지방은행인 동백은행의 최우람 행장이 참석했다.")
    assert person(g, "고준영").orgs == ["누리은행"] and person(g, "최우람").orgs == ["동백은행"]
    assert "지방은행" not in [o.name for o in g.organizations]


def test_an_unknown_title_with_the_copula_left_on_is_the_title_and_no_organization() -> None:
    g = extract("이 자리에는 라온코스메틱 해외사업부문장인 문채원 전무가 동행했다.")
    assert person(g, "문채원").titles == ["해외사업부문장", "전무"] and "해외사업부문장인" not in [o.name for o in g.organizations]


def test_a_senator_is_a_person_with_a_title_of_state() -> None:
    g = extract("릭 스콧 미국 상원의원은 지난 4일 방한해 조태열 외교부 장관과 회담했다.")
    assert person(g, "릭 스콧").titles[-1] == "상원의원" and len(g.meetings) == 1


def test_a_given_name_kiwi_read_as_a_noun_and_or_is_part_of_the_name_its_latin_spells() -> None:
    g = extract("그는 카롤리나 베가(Carolina Vega) 칠레 광업부 장관과 회담했다.")
    assert names(g) == ["카롤리나 베가"]


def test_military_ranks_and_commands_are_titles_and_organizations() -> None:
    g = extract("이 자리에는 엄기태 육군 준장이 배석했다. 존 파파로 인도태평양사령부 사령관은 말했다.")
    assert person(g, "엄기태").titles[-1] == "준장"
    assert person(g, "존 파파로").orgs == ["인도태평양사령부"] and person(g, "존 파파로").titles == ["사령관"]


def test_a_director_with_a_three_word_unit_works_for_the_company_before_it_and_an_event_is_no_person() -> None:
    g = extract("유럽 최대 기술 콘퍼런스 '웹서밋(Web Summit) 2024'에서 송민재 보이스루프 대표는 13일 소피 르블랑(Sophie "
                "Leblanc) 메타 생성형 AI 파트너십 디렉터와 미팅을 가졌다.")
    assert names(g) == ["소피 르블랑", "송민재"]
    assert person(g, "소피 르블랑").orgs == ["메타"] and person(g, "소피 르블랑").titles[-1] == "디렉터"


def test_a_governor_titled_by_the_provinces_abbreviation_works_for_the_province() -> None:
    g = extract("김태주 충남지사는 12일 도청에서 데이비드 클라크(David Clarke) 에이펙스 머티리얼즈 CEO와 투자협약을 체결했다.")
    assert person(g, "김태주").orgs == ["충청남도"]
    assert {"충남도", "충남"} <= set(next(o for o in g.organizations if o.name == "충청남도").aliases)


def test_a_province_said_before_a_city_is_no_title() -> None:
    g = extract("오하람 누리전자 대표는 경기 성남시 본사에서 잭 밀러 그리드웍스 CEO와 만났다.")
    assert names(g) == ["오하람", "잭 밀러"]


def test_a_place_cut_short_after_a_title_is_no_name_before_a_common_noun() -> None:
    g = extract("새봄배터리·독일 폴라리스 '차세대 전고체 동맹'…양사 CEO 서울서 협약")
    assert names(g) == []


def test_a_japanese_family_name_kiwi_read_as_a_name_and_wa_is_kept_after_a_listed_person() -> None:
    g = extract("이 자리에는 팀 브라운 누리텔레콤 CEO와 미야카와 준이치 한빛뱅크 사장이 참석했다.")
    assert names(g) == ["미야카와 준이치", "팀 브라운"]


def test_a_title_or_topic_kiwi_kept_whole_with_its_particle_is_cut_from_it() -> None:
    g = extract("이 자리에는 시드 투자사인 K누리파트너스 강도현 이사와 최하람 누리핸즈 최고기술책임자(CTO)가 동석했다.")
    assert names(g) == ["강도현", "최하람"]
    assert person(g, "강도현").titles[:1] == ["이사"]


def test_of_a_places_descent_is_neither_a_name_nor_an_organization() -> None:
    g = extract("- 홍콩계 VC 파트너 방한해 성수동 사무실서 투자 논의")
    assert (names(g), g.organizations) == ([], [])


def test_a_chinese_surname_with_a_title_is_the_one_word_name_it_starts() -> None:
    g = extract("류샤오밍 폭스랩 회장은 지난 12일 구도현 한빛그룹 회장과 회동했다. 류 회장은 이튿날 협력 방안을 논의했다.")
    assert "류 회장" in person(g, "류샤오밍").aliases


def test_a_name_ending_in_man_kiwi_read_as_only_before_an_organization_and_title() -> None:
    g = extract("사절단에 동행한 안도현 산업부 장관은 같은 날 압둘카림 빈 살만 사우디 에너지부 장관과 양자 회담을 열고 "
                "협력을 논의했다.")
    assert names(g) == ["안도현", "압둘카림 빈 살만"]


def test_a_unit_named_by_an_acronym_and_a_noun_between_organization_and_title_is_no_organization() -> None:
    g = extract("카를 베버(Karl Weber) 누리컴 반도체솔루션그룹 사장은 지난 11일 방한해 경기 성남시 분당구 SK하이닉스 "
                "사옥에서 김도윤 SK하이닉스 AI인프라 사장과 만나 공급 확대 방안을 논의한 것으로 파악됐다.")
    assert person(g, "김도윤").orgs == ["SK하이닉스"]
    assert "AI인프라" not in [o.name for o in g.organizations]


def test_a_provinces_short_name_before_a_title_is_the_province_not_a_name() -> None:
    g = extract("[인터뷰] 권도윤 경북도 경제부지사 \"구미를 로봇 허브로\"\n"
                "권도윤 경상북도 경제부지사는 4일 말했다. 권 부지사는 지난달 말 일본 도쿄를 찾았다.")
    assert [(p.name, p.orgs) for p in g.people] == [("권도윤", ["경상북도"])]
    assert [o.name for o in g.organizations] == ["경상북도"]


def test_a_kind_of_investor_before_an_organization_and_a_title_is_no_name() -> None:
    g = extract("오도윤 부총리와 회담…국부펀드 누리카즈나 부회장 동석")
    assert names(g) == ["오도윤"]


def test_a_middle_initial_stands_inside_a_name() -> None:
    g = extract("한 회장은 알렉산더 C. 카포 누리랩스 CEO와 만났다. 토머스 K. 웰본(Thomas K. Wellborn) 회장도 참석했다.")
    assert names(g) == ["알렉산더 C. 카포", "토머스 K. 웰본"]


def test_a_family_or_ceremony_role_before_a_name_is_no_part_of_it() -> None:
    g = extract("빈소에서는 상주 윤재민 동하전자 부회장이 조문객을 맞았다.")
    assert names(g) == ["윤재민"]


def test_a_role_with_the_copula_before_a_name_is_no_part_of_it_and_jeonseon_ends_a_company() -> None:
    g = extract("이튿날에는 신부 측 혼주인 김태준 누리전선 회장이 오찬을 함께했다.")
    assert [(p.name, p.orgs) for p in g.people] == [("김태준", ["누리전선"])]


def test_a_korean_full_name_with_the_honorific_ssi_is_a_person() -> None:
    g = extract("유족으로는 부인 김순애씨와 아들 윤도민 동하전자 부회장, 딸 윤미란씨 등이 있다. 김씨는 말이 없었다.")
    assert names(g) == ["김순애", "윤도민", "윤미란"]


def test_an_ambassadors_posting_is_part_of_the_title_not_a_name_or_organization() -> None:
    g = extract("한재원 주루마니아 한국대사와 정도윤 주폴란드 대사가 참석했다.")
    assert [(p.name, p.orgs) for p in g.people] == [("한재원", []), ("정도윤", [])]
    assert g.organizations == []


def test_a_korean_name_then_a_word_spelled_as_one_latin_word_is_the_name_and_its_company() -> None:
    g = extract("간담회에는 서도훈 로보웨이(RoboWay) 대표가 참석했다.")
    assert [(p.name, p.orgs) for p in g.people] == [("서도훈", ["로보웨이"])]


def test_a_source_clause_before_a_name_spelled_in_latin_is_no_piece_of_it() -> None:
    g = extract("6일 업계에 따르면 응우옌찌꽝(Nguyen Chi Quang) 베트남 기획투자부 장관은 지난 3일 김 대표를 접견했다.")
    assert names(g) == ["응우옌찌꽝"]


def test_an_organization_ending_with_its_genitive_before_a_name_names_the_two_words() -> None:
    g = extract("그는 독일 반도체 기업 인피니언 테크놀로지스(Infineon Technologies)의 요헨 하네만 CEO와 만났다.")
    assert [(p.name, p.orgs) for p in g.people] == [("요헨 하네만", ["인피니언"])]


def test_a_word_joined_by_and_to_a_title_is_no_korean_name() -> None:
    # 주민 + 과 ("and"), 여당 + 과: not a three-syllable name Kiwi cut into a word and a particle
    assert names(extract("곽하준 대표는 주민과 부산시장을 잇따라 만났다.")) == ["곽하준"]
    assert names(extract("곽하준 대표는 여당과 부산시장을 만났다.")) == ["곽하준"]
    assert names(extract("곽하준 대표는 정부 고위 인사와 서울시장을 만났다.")) == ["곽하준"]  # 인사: a people noun


def test_a_span_of_time_is_no_name_before_a_title() -> None:
    assert names(extract("- 사흘간 스타트업 대표 만찬, 곽하준 경기지사 접견")) == ["곽하준"]
    assert names(extract("- 사흘간 리버스톤 대표 만찬")) == []  # nor a foreign given name


def test_an_acting_title_is_the_title_with_its_acting_word() -> None:
    g = extract("곽하준 한빛전자 회장 직무대행 겸 사업부장이 박도윤 대표와 만났다.")
    assert person(g, "곽하준").titles[:2] == ["회장 직무대행", "사업부장"]
    assert [m.participants for m in g.meetings] == [["곽하준", "박도윤"]]


def test_a_division_name_of_two_words_between_organization_and_title_is_no_name() -> None:
    g = extract("곽하준 회장은 레온 카스티요(Leon Castillo) 한빛전자 애저 인프라 부문 부사장과 만났다.")
    assert names(g) == ["곽하준", "레온 카스티요"] and person(g, "레온 카스티요").orgs == ["한빛전자"]


def test_a_place_with_eseo_cut_short_before_a_foreign_name_in_a_headline() -> None:
    assert sorted(names(extract("- 펜타곤서 존 펠란 장관 만나…곽하준 사장 배석"))) == ["곽하준", "존 펠란"]


def test_titles_in_parentheses_after_a_second_title_are_the_persons() -> None:
    g = extract("곽하준 한빛전자 DX부문장 겸 MX사업부장(사장)이 방한했다. 곽 사장은 박도윤 누리전자 대표와 만났다.")
    assert "사장" in person(g, "곽하준").titles
    assert [m.participants for m in g.meetings] == [["곽하준", "박도윤"]]


def test_a_headline_name_of_first_and_last_words_is_the_person_of_the_longer_name() -> None:
    g = extract("레온 카스티요 회장 방한\n\n누리그룹의 레온 마르틴 카스티요(Leon Martin Castillo) 회장이 방한했다. "
                "카스티요 회장은 곽하준 한빛전자 대표와 만났다.")
    assert sorted(names(g)) == ["곽하준", "레온 마르틴 카스티요"]
    assert [sorted(m.participants) for m in g.meetings] == [["곽하준", "레온 마르틴 카스티요"]]


def test_an_arabic_name_of_four_parts_and_two_links_spelled_in_latin_is_one_name() -> None:
    g = extract("곽하준 대표는 바드르 빈 압둘라 빈 파르한 알사우드(Badr bin Abdullah bin Farhan Al Saud) 사우디 문화부 장관과 "
                "만났다.")
    assert names(g) == ["곽하준", "바드르 빈 압둘라 빈 파르한 알사우드"]


def test_a_family_clan_is_no_person() -> None:
    assert names(extract("누리코스는 창업주 쿠르탱클라랭 가문이 경영하는 프랑스의 가족기업이다.")) == []


def test_regions_joined_by_a_dot_before_a_title_are_part_of_it() -> None:
    g = extract("곽하준 대표는 누리코스(Nuricos)의 로랑 마르셰(Laurent Marchet) 아시아·태평양 총괄을 만났다.")
    assert person(g, "로랑 마르셰").orgs == ["누리코스"]
    assert [m.participants for m in g.meetings] == [["곽하준", "로랑 마르셰"]]


def test_deputy_heads_and_attaches_are_titles() -> None:
    assert names(extract("이 자리에는 곽하준 누리항공청 차장이 배석했다.")) == ["곽하준"]
    assert person(extract("박도윤 대표는 곽하준 누리대사관 국방무관과 만났다."), "곽하준").titles[:1] == ["국방무관"]


def test_a_key_partner_is_no_person() -> None:
    assert names(extract("- 현지 생산 논의…곽하준 사장 \"폴란드 기갑전력 핵심 파트너\"")) == ["곽하준"]


def test_a_portuguese_name_with_its_link_da() -> None:
    assert names(extract("곽하준 회장은 룰라 다 시우바 브라질 대통령과 만났다.")) == ["곽하준", "룰라 다 시우바"]


def test_a_korean_full_name_kiwi_knows_before_an_unknown_company_and_a_title() -> None:
    g = extract("간담회에는 배성진 보이스웨어 대표, 정수아 리걸마인드 대표, 노경태 에듀플로 대표 등이 참석했다.")
    assert {p.name: p.orgs for p in g.people} == {"배성진": ["보이스웨어"], "정수아": ["리걸마인드"],
                                                  "노경태": ["에듀플로"]}
    # a foreign given name Kiwi knows stays the first piece of a name ("나단" is no Korean given name)
    assert names(extract("곽하준 회장은 조나단 하르트만 대표와 만났다.")) == ["곽하준", "조나단 하르트만"]


def test_a_hangul_and_a_latin_spelling_of_an_english_name_in_parentheses() -> None:
    g = extract("곽하준 회장은 류양웨이(영 리우·Young Liu) 폭스콘 회장과 만났다.")
    assert names(g) == ["곽하준", "류양웨이"] and person(g, "류양웨이").orgs == ["폭스콘"]


def test_an_engineer_is_a_title() -> None:
    g = extract("누리모빌 측에서는 배터리 셀 엔지니어링을 담당하는 프리야 라마찬드란 수석엔지니어가 동행했다.")
    assert names(g) == ["프리야 라마찬드란"]


def test_a_verb_that_qualifies_a_name_spelled_in_latin_is_no_piece_of_it() -> None:
    g = extract("테마섹에서 기술 투자를 이끄는 추아 웨이밍(Chua Wei Ming) 매니징디렉터가 곽하준 대표와 만났다.")
    assert sorted(names(g)) == ["곽하준", "추아 웨이밍"]
    g = extract("다만 업계에서 거론됐던 야시르 알루마이얀(Yasir Al-Rumayyan) PIF 총재와의 만남은 성사되지 않았다.")
    assert names(g) == ["야시르 알루마이얀"]


def test_a_given_name_kiwi_read_as_a_verb_after_a_particle_counts_when_the_latin_spells_it_exactly() -> None:
    g = extract("곽하준 대표는 지난 3일 누리거래소 본사에서 보니 챈(Bonnie Chan) 누리거래소 CEO와 면담했다.")
    assert names(g) == ["곽하준", "보니 챈"]


def test_a_common_noun_spelled_in_latin_after_a_spelled_name_is_the_organization() -> None:
    g = extract("라이언 맥이너니(Ryan McInerney) 비자(Visa) CEO가 방한해 곽하준 회장과 만났다.")
    assert person(g, "라이언 맥이너니").orgs == ["비자"]


def test_a_korean_name_before_a_name_shaped_word_of_no_given_name_syllables_and_a_title_is_name_and_company() -> None:
    g = extract("곽하준 대표는 서하윤 마루넷 대표를 만났다.")
    assert person(g, "서하윤").orgs == ["마루넷"]


def test_a_korean_name_whose_surname_a_short_form_uses_is_the_person_before_a_name_shaped_company() -> None:
    g = extract("곽하준 대표는 남궁현 마루넷 대표를 만났다. 남궁 대표는 협력을 강조했다.")
    assert person(g, "남궁현").orgs == ["마루넷"]
    assert {p.name for p in g.people} == {"곽하준", "남궁현"}


def test_a_given_name_kiwi_read_as_a_noun_and_the_copula_is_spelled_by_the_latin_name() -> None:
    g = extract("류 대표는 에피택시 장비업체를 방문해 마르테인 바커르(Martijn Bakker) CEO와 공정 개발을 논의했다.")
    assert "마르테인 바커르" in {p.name for p in g.people}


def test_a_known_company_name_before_the_end_of_a_persons_title_is_that_persons_family_name() -> None:
    g = extract("곽하준 장관은 필리프 르노(Philippe Renaud) 주한 프랑스대사를 만났다. 르노 대사는 협력을 강조했다.")
    assert "르노" not in {o.name for o in g.organizations}
    assert "르노 대사" in person(g, "필리프 르노").aliases


def test_an_unknown_word_before_a_company_title_and_a_name_is_the_company() -> None:
    g = extract("간담회에는 코드라인 공동창업자인 서동훈 최고기술책임자(CTO)가 참석했다.")
    assert person(g, "서동훈").orgs == ["코드라인"]
    assert {o.name for o in g.organizations} == {"코드라인"}


def test_an_unknown_company_kiwi_read_as_a_noun_and_the_copula_is_the_persons_organization() -> None:
    g = extract("간담회에는 코드라인 서동훈 CTO가 참석했다.")  # Kiwi: 코드라 + 인
    assert person(g, "서동훈").orgs == ["코드라인"]
    assert {o.name for o in g.organizations} == {"코드라인"}


def test_an_institute_after_a_university_short_name_is_part_of_the_professors_title() -> None:
    for uni in ("한국외대", "누리대"):
        g = extract(f"박주원 {uni} 중동연구소 교수는 \"기회\"라고 말했다.")
        assert person(g, "박주원").orgs == [uni]
        assert {o.name for o in g.organizations} == {uni}


def test_a_given_name_kiwi_read_as_a_verb_with_only_a_pre_final_ending_is_a_name_piece() -> None:
    g = extract("곽하준 회장은 경제산업성 하야시 유이치 국장과 만났다.")  # Kiwi: 하/VA + 야시/EP
    assert person(g, "하야시 유이치").orgs == ["경제산업성"]


def test_a_bureau_chief_is_a_title() -> None:
    g = extract("곽 대표는 대만 경제부 청사를 찾아 천메이링(陳美玲) 경제부 산업발전서 부서장을 면담했다.")
    assert person(g, "천메이링").titles[-1] == "부서장"


def test_an_event_with_the_headlines_short_at_after_a_title_is_no_name() -> None:
    g = extract("육성준 서진그룹 회장, APEC CEO 서밋서 '경주 외교'")
    assert {p.name for p in g.people} == {"육성준"}


def test_a_university_before_a_department_and_a_title_is_the_professors_organization() -> None:
    g = extract("곽민서 한국외국어대 중동학과 교수는 \"기회가 크다\"고 말했다.")
    assert person(g, "곽민서").orgs == ["한국외국어대"]


def test_a_place_with_the_headlines_short_at_before_a_family_name_and_a_title_is_no_name() -> None:
    g = extract("도쿄서 다카하시 사장과 회담…AI 칩 스타트업과는 화상회의")
    assert g.people == []


def test_a_korean_name_ending_in_seo_before_a_title_is_a_name() -> None:
    g = extract("여승환 회장은 독일·스위스, 여준서 부회장은 스웨덴·네덜란드를 돌았다.")
    assert {p.name for p in g.people} == {"여승환", "여준서"}
    assert {o.name for o in g.organizations} == set()


def test_the_head_of_a_unit_written_with_it_is_a_title() -> None:
    g = get_extractor().extract_text("이규민 포스텍 산학협력단장은 \"협력을 넓히겠다\"고 말했다. 시연은 반세아 KIST "
                                     "지능로봇연구단장이 맡았다. 반 단장은 \"모델\"이라고 설명했다. 매장은 새 단장을 마쳤다.",
                                     published=None)
    assert {p.name: p.orgs for p in g.people} == {"이규민": ["포스텍"], "반세아": ["한국과학기술연구원"]}


def test_a_governor_named_in_full_or_with_a_rare_surname_beside_the_province_is_a_person() -> None:
    g = get_extractor().extract_text("오재환 전라남도지사가 리옹 뉴럴 CEO와 만났다. 강원도는 염태식 지사가 지난 7일 서울에서 "
                                     "간담회를 가졌다고 8일 밝혔다.", published=None)
    assert {p.name: p.orgs for p in g.people if p.name != "리옹 뉴럴"} == {"오재환": ["전라남도"], "염태식": []}
    assert "염태식" not in {o.name for o in g.organizations}


def test_a_surname_and_a_title_with_a_particle_before_a_company_title_is_no_name() -> None:
    g = get_extractor().extract_text("오재환 전라남도지사가 르노의 카미유 CEO와 만났다. 오 지사는 르노 CEO와의 회동에 앞서 "
                                     "KT클라우드 관계자들과도 만났다.", published=None)
    assert "오 지사는" not in {p.name for p in g.people}


def test_a_family_name_that_names_a_known_company_after_an_organizations_genitive_is_the_name() -> None:
    g = get_extractor().extract_text("한도윤 지사는 12일 베리디안 세미컨덕터의 아르준 메타 사장 겸 CEO를 만났다. 아르준 메타 "
                                     "CEO는 \"증원이 불가피하다\"고 말했다.", published=None)
    assert {p.name: p.orgs for p in g.people if p.name != "한도윤"} == {"아르준 메타": ["베리디안 세미컨덕터"]}
    assert {o.name for o in g.organizations} == {"베리디안 세미컨덕터"}


def test_a_genitive_right_before_a_title_is_the_organizations_not_a_name() -> None:
    g = get_extractor().extract_text("오재환 지사는 지난 26일 리옹 뉴럴(Lyon Neural)의 CEO 카미유 마르탱과 회동했다.",
                                     published=None)
    assert "리옹 뉴럴" not in {p.name for p in g.people} and "카미유 마르탱" in {p.name for p in g.people}


def test_a_family_name_before_a_title_after_the_full_name_read_with_its_company_is_the_person() -> None:
    g = get_extractor().extract_text("간담회에는 노스폴 클라우드(Northpole Cloud)의 에릭 스벤손 CEO, 메리디안DC의 탄웨이밍 "
                                     "대표가 참석했다. 간담회에 앞서 염 지사는 스벤손 CEO와 따로 만나 업무협약을 맺었다.",
                                     published=None)
    assert {o.name for o in g.organizations} == {"노스폴 클라우드", "메리디안DC"}


def test_a_producer_is_a_title_written_with_its_modifier_too() -> None:
    g = get_extractor().extract_text("마르탱 대사는 하모니아 창업자인 모가온 총괄프로듀서와 면담했다. 모 총괄프로듀서는 "
                                     "\"도움이 될 것\"이라고 말했다.", published=None)
    assert "모가온" in {p.name for p in g.people}


def test_a_diplomats_title_written_with_its_field_is_a_title() -> None:
    g = get_extractor().extract_text("협약식에는 주한독일대사관의 카트린 로테 경제참사관이 함께했다.", published=None)
    assert {p.name: p.orgs for p in g.people} == {"카트린 로테": ["주한독일대사관"]}

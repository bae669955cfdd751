"""Organizations from context and by ending: people nouns after a name, lists, Latin names, kinds."""

from __future__ import annotations

import datetime as dt

from ingest.extract import get_extractor
from ingest.models import ArticleGraph


def extract(text: str) -> ArticleGraph:
    return get_extractor().extract_text(text, published=dt.date(2025, 3, 20))


def orgs(g: ArticleGraph) -> dict[str, str]:
    return {o.name: o.kind for o in g.organizations}


def test_proper_noun_before_executives_is_an_organization() -> None:
    g = extract("오하람 누리전자 대표는 지난 8월 대만 포모사칩, 이달 초에는 일본 니혼세미 경영진과 만났다.")
    assert {"포모사칩", "니혼세미"} <= set(orgs(g))


def test_one_quoted_word_before_a_company_title_or_its_offices_is_an_organization_and_a_nickname_is_none() -> None:
    g = extract("웹툰 플랫폼 '코믹스타' 창업자 송민재 의장은 지난 3일 존 밀러 디즈니 부사장을 만났다.")
    assert "코믹스타" in orgs(g)
    assert "코믹스타" in orgs(extract("송민재 의장은 '코믹스타' 본사에서 기자들과 만났다."))
    assert orgs(extract("'승부사' 회장 김철수는 이날 기자들과 만났다.")) == {}
    assert orgs(extract("그는 휴머노이드 '아틀라스'의 공장 투입 준비 현황을 보고받았다.")) == {}


def test_a_list_after_a_category_names_companies_even_when_shaped_like_a_korean_name() -> None:
    g = extract("간담회에는 업비트 운영사 두나무, 빗썸 등 원화 거래소 5곳이 참석했다.")
    assert {"두나무", "빗썸"} <= set(orgs(g))


def test_a_body_with_an_acronym_is_named_with_the_kind_of_organization_written_before_it() -> None:
    assert "디지털자산거래소 공동협의체" in orgs(extract("업계 자율기구인 디지털자산거래소 공동협의체(DAXA) 관계자도 함께했다."))
    g = extract("그는 노르웨이중앙은행 투자관리청(NBIM)과 만났다.")
    assert list(orgs(g)) == ["노르웨이 국부펀드"]
    assert "노르웨이중앙은행 투자관리청" in g.organizations[0].aliases


def test_a_quoted_term_before_a_common_noun_and_a_field_s_authorities_are_no_organizations() -> None:
    assert orgs(extract("AI가 대신 결제하는 '에이전틱 커머스' 결제 인프라로 시장을 공략한다. 한 애널리스트는 \"에이전틱 "
                        "커머스 결제 규모가 커질 것\"이라고 전망했다.")) == {}
    assert orgs(extract("관계자는 \"미국 금융당국을 직접 찾은 스타트업은 손에 꼽힌다\"고 말했다.")) == {}
    assert "갈데라 바이오" in orgs(extract("'갈데라 바이오' 본사를 찾았다."))
    g = extract("윤채원 페이브릿지 대표는 미국 뉴욕을 방문해 현지 투자사와 금융당국 관계자들을 만났다.")
    assert list(orgs(g)) == ["페이브릿지"] and g.meetings == []


def test_a_conglomerate_named_by_a_common_word_and_geurub_with_its_affiliates_is_an_organization() -> None:
    assert "청운" in orgs(extract("청운그룹의 식품 계열사 청운식품이 공급을 늘린다."))
    assert orgs(extract("금융그룹 계열사와 방산그룹 등이 있다.")) == {}


def test_a_latin_spelling_with_a_retail_word_names_a_company_and_an_adjective_of_a_region_is_no_name() -> None:
    g = extract("청운식품이 미국 대형 식료품 체인 그린베일마켓(Greenvale Market)과 손잡았다. 하트웰 CEO는 \"아시안 푸드 "
                "매출을 늘리겠다\"고 말했다.")
    assert "그린베일마켓" in orgs(g) and "아시안 푸드" not in orgs(g) and [p.name for p in g.people] == ["하트웰"]


def test_a_chain_named_after_its_category_with_an_accented_latin_spelling_is_one_organization() -> None:
    g = extract("간담회에는 프랑스 뷰티 편집숍 체인 메종 보테(Maison Beauté)의 카미유 르루아(Camille Leroy) CEO가 참석했다.")
    assert "메종 보테" in orgs(g) and "메종" not in orgs(g)
    assert orgs(extract("올해 중동 지역에서 K-프랜차이즈 로드쇼를 연다.")) == {}  # a business model, no category


def test_a_public_body_named_by_common_nouns_after_a_city_or_state_is_named_with_it() -> None:
    g = extract("그는 독일 함부르크 항만공사(HPA)를 방문했다. 이어 텍사스주 경제개발청을 찾아 협의했다.")
    assert {"함부르크 항만공사", "텍사스주 경제개발청"} <= set(orgs(g)) and "항만공사" not in orgs(g)
    assert "호찌민시 인민위원회" in orgs(extract("호찌민시 인민위원회 부위원장과의 면담은 현지 사정으로 무산됐다."))
    assert list(orgs(extract("그는 LA 카운티 경제개발공사 관계자들과 만났다."))) == ["LA 카운티 경제개발공사"]


def test_a_bank_before_its_headquarters_is_an_organization_and_is_met_through_its_officer() -> None:
    g = extract("엄태준 새길은행장은 지난 18일 하노이의 베트남중앙은행(SBV) 본부를 방문해 SBV 부총재와 면담했다.")
    assert "베트남중앙은행" in orgs(g)
    assert [(m.participants, m.organizations) for m in g.meetings] == [(["엄태준"], ["베트남중앙은행"])]


def test_a_latin_name_whose_particle_kiwi_read_as_a_noun_is_still_the_organization() -> None:
    assert "TSMC" in orgs(extract("삼성전자가 텍사스주 테일러에, TSMC가 애리조나주 피닉스에 공장을 짓고 있다."))


def test_a_companys_legal_form_marks_it_and_is_no_part_of_its_name() -> None:
    assert set(orgs(extract("㈜누리텍과 (주)한빛소재, 누리랩㈜이 참여했다."))) == {"누리텍", "한빛소재", "누리랩"}
    assert set(orgs(extract("일본 도요타社와 독일 BMW社가 참여했다."))) == {"도요타", "BMW"}
    assert list(orgs(extract("누리텍 주식회사는 밝혔다."))) == ["누리텍"]


def test_a_fields_institute_is_an_organization_and_a_researchers_title_is_none() -> None:
    assert list(orgs(extract("보험연구원에 따르면 국내 요양 시장 규모는 커질 전망이다."))) == ["보험연구원"]
    assert orgs(extract("김철수 수석연구원은 말했다. 책임연구원 이철수는 말했다.")) == {}
    assert list(orgs(extract("한국은행 경제연구원은 밝혔다."))) == ["한국은행"]
    assert list(orgs(extract("그는 삼성전자 북미 반도체연구소에서 회동했다."))) == ["삼성전자"]


def test_a_school_spelled_like_a_person_in_latin_is_an_organization_and_no_person() -> None:
    g = extract("우경호 누리소재 회장은 지난 21일 아헨공대(RWTH Aachen)를 찾아 카를하인츠 베버(Karl-Heinz Weber) 교수와 "
                "공동 연구 방안을 논의했다.")
    assert "아헨공대" in orgs(g) and "아헨공대" not in [p.name for p in g.people]


def test_a_place_and_dae_before_researchers_is_a_university() -> None:
    g = extract("오하람 누리전자 대표는 오는 27일 일본으로 건너가 도쿄대 연구진과 만날 계획이다.")
    assert "도쿄대" in orgs(g)


def test_a_state_named_with_ju_and_a_region_are_places_not_organizations() -> None:
    g = extract("간담회에는 한국전력 미주 법인 관계자들과 버지니아주 데이터센터 개발사 블루리지컴퓨트의 에밀리 카터 대표가 참석했다.")
    assert set(orgs(g)) == {"한국전력", "블루리지컴퓨트"}


def test_a_regional_central_bank_is_known_under_its_press_short_name() -> None:
    g = extract("오하람 누리금융 회장은 10일 뉴욕 연방준비은행(뉴욕 연은)을 방문해 관계자들과 면담했다. 뉴욕 연은은 금리를 논의했다.")
    assert "뉴욕 연방준비은행" in orgs(g)
    assert ("오하람",) in [tuple(m.participants) for m in g.meetings if m.organizations == ["뉴욕 연방준비은행"]]


def test_companies_listed_before_a_category_keep_their_latin_spelling_and_a_so_called_term_is_none() -> None:
    g = extract("리버스톤은 GPU를 빌려주는 이른바 '네오클라우드' 업체다. 이 시장은 코어위브(CoreWeave)와 람다(Lambda) 등 "
                "미국 업체들이 주도하고 있다.")
    assert {"코어위브", "람다"} <= set(orgs(g)) and "네오클라우드" not in orgs(g)


def test_a_known_companys_fund_in_one_word_a_federation_and_an_asset_manager_spelled_in_latin() -> None:
    g = extract("오후에는 소프트뱅크비전펀드(SVF)의 다카하시 겐지(Kenji Takahashi) 파트너와 만났다. 테마섹을 비롯해 "
                "미래에셋벤처투자 등이 참여했다. 국제로봇연맹(IFR)에 따르면 설치가 늘었다. 그는 하버라인자산운용(Harborline "
                "Asset Management)의 마이클 로 대표와도 만났다.")
    assert {"소프트뱅크비전펀드", "미래에셋벤처투자", "국제로봇연맹", "하버라인자산운용"} <= set(orgs(g))


def test_a_district_before_an_organization_ending_and_a_kind_of_media_are_no_organization() -> None:
    g = extract("한도윤 누리게임즈 의장은 LA에서 할리우드 스튜디오와 현지 게임사 경영진을 만나 트랜스미디어 협업을 논의했다.")
    assert set(orgs(g)) == {"누리게임즈"}


def test_a_word_kiwi_knows_is_a_company_named_after_a_category_when_its_latin_spells_it() -> None:
    g = extract("오하람 경기도지사는 오는 22일 벨뷰의 게임 개발사 번지(Bungie) 경영진과 만날 예정이다. 한 게임 회사 "
                "최고경영자(CEO)도 동행했다.")
    assert set(orgs(g)) == {"경기도", "번지"}  # (a title its acronym spells is none)
    assert [(m.organizations, m.status) for m in g.meetings] == [(["번지"], "planned")]
    g = extract("홍범식 누리텔레콤 대표는 프랑스 최대 통신사 오렌지(Orange) 경영진과 만났다.")  # (shaped like 오 + 렌지)
    assert "오렌지" in orgs(g)
    g = extract("이 자리에는 윤서진 SKT 아메리카 법인장이 배석했다.")
    assert [p.name for p in g.people] == ["윤서진"]


def test_a_category_then_a_name_and_a_word_ending_in_an_institutions_ending_is_one_organization() -> None:
    g = extract("그는 12일 시애틀의 비영리 AI 연구기관인 앨런 인공지능연구소(Ai2)를 찾아 알리 파르하디(Ali Farhadi) CEO와 "
                "논의했다.")
    assert set(orgs(g)) == {"앨런 인공지능연구소"}


def test_sector_and_category_words_before_people_nouns_are_no_organization() -> None:
    g = extract("한 벤처캐피털 관계자는 \"좋은 신호\"라고 말했다. 바이오업계 관계자도 같은 의견이다.")
    assert orgs(g) == {}


def test_a_city_written_after_a_country_is_no_organization_before_factory() -> None:
    g = extract("누리바이오는 지난해 미국 오번데일 공장을 인수했다. 오번데일 공장은 내년 가동한다.")
    assert "오번데일" not in orgs(g)


def test_latin_organization_name_spans_as_many_hangul_words() -> None:
    g = extract("오하람 대표는 보스턴의 벨라노바 테라퓨틱스(Bellanova Therapeutics) 본사를 방문했다.")
    org = next(o for o in g.organizations if o.name == "벨라노바 테라퓨틱스")
    assert "Bellanova Therapeutics" in org.aliases
    assert "테라퓨틱스" not in orgs(g)


def test_government_body_by_ending_before_its_title_and_former_titles() -> None:
    g = extract("제임스 오닐 영국 해양과학청 청장은 말했다. 하민준 전 산업부 장관도 참석했다.")
    assert orgs(g).get("영국 해양과학청") == "government"  # named with its country (not Korea's)
    assert "산업통상자원부" in orgs(g)
    assert {p.name for p in g.people} == {"제임스 오닐", "하민준"}


def test_institutes_and_universities_get_their_kind_and_short_forms() -> None:
    g = extract("임채윤 한국미래기술연구원 원장과 고수민 누리대학교 총장이 만났다. 누리대는 협약을 맺었다.")
    kinds = orgs(g)
    assert kinds["한국미래기술연구원"] == "institution" and kinds["누리대학교"] == "institution"
    assert "누리대" not in kinds


def test_group_suffix_of_a_known_organization_is_still_a_mention() -> None:
    g = extract("하시우 소프트뱅크그룹 회장은 투자를 늘렸다.")
    assert "소프트뱅크" in orgs(g)


def test_two_word_name_ending_in_an_organization_word() -> None:
    g = extract("오하람 대표는 칼벡스 시스템즈의 잭 밀러 CEO와 만났다. 윤하진 한결증권 연구원은 분석했다.")
    names = [o.name for o in g.organizations]
    assert "칼벡스 시스템즈" in names and "시스템즈" not in names
    assert "한결증권 연구원" not in names


def test_latin_named_organization_whose_hangul_ends_in_a_generic_ending_word() -> None:
    g = extract("오하람 대표는 지난 2월 펠로운 클라우드(Pelown Cloud), 누리데이터 경영진과 잇따라 만났다.")
    assert "펠로운 클라우드" in orgs(g)
    assert sorted(m.organizations[0] for m in g.meetings) == ["누리데이터", "펠로운 클라우드"]


def test_name_shaped_word_before_a_bare_organization_ending_is_an_organization() -> None:
    g = extract("오하람 대표는 지난 3일 신다온 랩스 CTO 클로이 케슬러와 만났다.")
    assert "신다온 랩스" in orgs(g)
    assert "랩스" not in orgs(g)


def test_short_form_of_an_organization_found_from_context_is_that_organization() -> None:
    from ingest.extract import get_extractor
    g = get_extractor().extract_text("중국 파운드리 업체 진다오반도체 대표단이 방한했다. 한 관계자는 \"진다오 측이 장기 계약을 원한다\"고 말했다.")
    names = {o.name: o.aliases for o in g.organizations}
    assert "진다오" not in names and "진다오" in names.get("진다오반도체", [])


def test_group_is_not_the_short_form_of_its_affiliate() -> None:
    from ingest.extract import get_extractor
    g = get_extractor().extract_text("해람그룹은 계열사 해람로보틱스를 통해 로봇 사업을 키운다.")
    assert {"해람", "해람로보틱스"} <= {o.name for o in g.organizations}


def test_company_written_with_sa_is_that_company() -> None:
    from ingest.extract import get_extractor
    ex = get_extractor()
    g = ex.extract_text("그리드웍스사는 이날 성명을 내고 공급 중단을 발표했다.")
    assert [(o.name, "그리드웍스사" in o.aliases) for o in g.organizations] == [("그리드웍스", True)]
    for text in ("김 청장은 8일 대전 정부청사에서 회의를 열었다.", "한국사 교과서를 읽었다.", "그는 변호사와 상의했다."):
        assert ex.extract_text(text).organizations == [], text


def test_name_read_as_two_common_nouns_is_an_organization_before_its_people() -> None:
    from ingest.extract import get_extractor
    ex = get_extractor()
    g = ex.extract_text("누리전자 경영진은 13일 그리드웍스 경영진과 회의를 열었다.")
    assert {o.name for o in g.organizations} == {"누리전자", "그리드웍스"}
    assert ex.extract_text("전력반도체 경영진이 모였다.").organizations == []


def test_more_endings_of_company_names() -> None:
    from ingest.extract import get_extractor
    g = get_extractor().extract_text("서지안 누리파워 대표와 잭 밀러 그리드웍스 CEO가 13일 만났다.")
    assert {p.name: p.orgs for p in g.people} == {"서지안": ["누리파워"], "잭 밀러": ["그리드웍스"]}


def test_a_surname_and_two_syllables_is_a_person_even_when_they_end_like_a_company() -> None:
    g = get_extractor().extract_text("한빛전자 허솔라 사장은 13일 잭 밀러 그리드웍스 CEO와 만났다.")
    assert {p.name: p.orgs for p in g.people} == {"허솔라": ["한빛전자"], "잭 밀러": ["그리드웍스"]}


def test_well_known_organizations_and_press_short_forms_map_to_their_canonical_names() -> None:
    g = extract("금감원과 한은은 13일 합동 점검 회의를 열었다. 한수원과 KAI, 현대중공업은 셸, 램리서치와 협력을 확대한다.")
    kinds = orgs(g)
    assert kinds == {"금융감독원": "government", "한국은행": "institution", "한국수력원자력": "institution",
                     "한국항공우주산업": "company", "HD현대중공업": "company", "셸": "company", "램리서치": "company"}
    aliases = {o.name: o.aliases for o in g.organizations}
    assert "한수원" in aliases["한국수력원자력"] and "현대중공업" in aliases["HD현대중공업"]


def test_a_latin_name_in_parentheses_bounds_the_organization_before_it() -> None:
    # one Hangul word that spells both Latin words: the word before it is the person's
    g = extract("곽하준 회장은 지난 12월 레온 카스티요 코베인바이오(Corvane Bio) 부사장과 만났다.")
    assert set(orgs(g)) == {"코베인바이오"}
    assert {p.name: p.orgs for p in g.people}["레온 카스티요"] == ["코베인바이오"]
    # 코베인 read 코베 + 인 (copula): the Latin word says it is the first word of the name
    g = extract("곽 회장은 이달 중순 키라 노박 코베인 랩스(Corvane Labs) COO와 만났다.")
    assert set(orgs(g)) == {"코베인 랩스"}
    assert {p.name: p.orgs for p in g.people} == {"키라 노박": ["코베인 랩스"]}
    assert set(orgs(extract("곽하준 회장은 리리온 클라우드(Lyrion Cloud) 부사장과 만났다."))) == {"리리온 클라우드"}
    # one word holds the name and its ending in Korean ("Semiconductor" is 반도체): the Korean name before it is
    # the person's, though it sounds like "Kodis"
    g = extract("간담회에는 오도현 코디스반도체(Kodis Semiconductor) 회장이 참석했다.")
    assert set(orgs(g)) == {"코디스반도체"}
    assert {p.name: p.orgs for p in g.people} == {"오도현": ["코디스반도체"]}


def test_hangul_words_that_spell_a_latin_name_word_for_word_are_the_organization_even_common_ones() -> None:
    g = extract("한도윤 대표는 벤처캐피털 브라이트웨이 글로벌(Brightway Global)의 파트너와 만났다.")
    org = next(o for o in g.organizations if o.name == "브라이트웨이 글로벌")
    assert "Brightway Global" in org.aliases


def test_a_known_organization_kiwi_kept_whole_with_its_particle_in_a_headline() -> None:
    g = extract("삼성바이오로직스와 ADC 위탁생산 논의")
    assert orgs(g) == {"삼성바이오로직스": "company"}


def test_a_known_organization_kiwi_read_as_one_common_noun_with_its_particle() -> None:
    g = extract("대형 수주가 이어질 경우 삼성바이오로직스의 하반기 실적 전망도 상향될 수 있다.")
    assert orgs(g) == {"삼성바이오로직스": "company"}


def test_an_airline_spelled_in_latin_is_an_organization_not_a_person() -> None:
    g = extract("석민호 부회장은 무함마드 알하미(Mohammed Al Hami) 누리스타항공(Nuri Star Airways) 회장과 만났다.")
    assert orgs(g) == {"누리스타항공": "company"}


def test_an_energy_company_spelled_in_latin_is_an_organization_not_a_person() -> None:
    g = extract("윤해솔 사장은 런던에서 올리버 펜윅(Oliver Fenwick) 누리뉴클리어(Nuri Nuclear) CEO와 만났다.")
    assert orgs(g) == {"누리뉴클리어": "company"}
    assert [m.participants for m in g.meetings] == [["윤해솔", "올리버 펜윅"]]


def test_a_government_body_after_a_foreign_country_is_named_with_the_country() -> None:
    g = extract("한도윤 누리방산 회장은 UAE 국방부 관계자들과 만났다. 오세린 사장은 제인 로스 美 상무부 차관과 만났다.")
    names = {o.name: o.aliases for o in g.organizations}
    assert "UAE 국방부" in names and "국방부" in names["UAE 국방부"]
    assert "미국 상무부" in names and "美 상무부" in names["미국 상무부"]
    assert {p.name: p.orgs for p in g.people}["제인 로스"] == ["미국 상무부"]


def test_short_form_of_a_two_word_organization_name_is_the_organization() -> None:
    g = extract("김 지사는 넥스트리소 테크놀로지(Nextriso Technology)의 마이클 해리건 회장을 면담했다. "
                "장비 업체인 넥스트리소는 평택에 공장을 짓는다.")
    assert list(orgs(g)) == ["넥스트리소 테크놀로지"]


def test_words_after_a_category_noun_up_to_an_organization_ending() -> None:
    g = extract("오 시장은 아부다비 국부펀드 계열 투자사인 알 사파 인베스트먼트의 칼리드 알 만수리 CEO를 접견했다.")
    assert "알 사파 인베스트먼트" in orgs(g)


def test_local_government_named_in_its_heads_title() -> None:
    g = extract("한편 하민석 부산시장도 지난달 설명회를 열었다. 고서진 경기도지사는 투자자를 만났다.")
    assert orgs(g) == {"부산시": "government", "경기도": "government"}


def test_unit_of_a_company_before_a_title_is_no_organization() -> None:
    g = extract("윤서진 대표, 엔비디아 로보틱스 총괄과 별도 미팅\n\n윤서진 한결로보틱스 대표는 엔비디아 로보틱스 총괄 "
                "라지브 메논(Rajiv Menon) 부사장과 회동했다.")
    assert "로보틱스" not in orgs(g)


def test_a_foreign_countrys_government_ministry_and_navy() -> None:
    g = extract("이슬기 대표는 리야드를 방문해 사우디 투자부 관계자들과 만났다. 정기선 부회장은 미 해군과 협의했다. "
                "코발스키 폴란드 국방부 차관과 만났고, 캐나다 국방부 조달 담당자들과도 만났다. 중국 하이난성에 공장이 있다.")
    assert {"사우디 투자부", "미국 해군", "폴란드 국방부", "캐나다 국방부"} <= set(orgs(g))
    assert "중국 하이난성" not in orgs(g)


def test_press_abbreviation_of_indonesia() -> None:
    g = extract("[재계 동정] 정의선 회장, 인니 투자부 차관 접견\n\n정의선 현대차그룹 회장은 인니 투자부 차관을 접견했다.")
    assert "인도네시아 투자부" in orgs(g) and "인니" not in {p.name for p in g.people}


def test_latin_particle_joins_the_word_after_it_in_an_organizations_name() -> None:
    g = extract("서준기 동하중공업 부회장이 방한한 사우디아라비아 알마나르 인더스트리얼(Al Manar Industrial) 대표단을 접견했다.")
    assert "알마나르 인더스트리얼" in orgs(g)


def test_province_before_a_vice_governors_title_is_the_organization() -> None:
    g = extract("남궁민재 경상남도 행정부지사도 동행했다.")
    assert orgs(g) == {"경상남도": "government"}


def test_words_as_many_as_the_acronym_letters_ending_like_a_company_name_one_organization() -> None:
    g = extract("오하람 누리게임즈 대표는 20일 쾰른에서 소니 인터랙티브 엔터테인먼트(SIE) 측과 만나 협력을 논의했다.")
    assert "소니 인터랙티브 엔터테인먼트" in orgs(g)
    assert [m.organizations for m in g.meetings] == [["소니 인터랙티브 엔터테인먼트"]]


def test_shipping_words_end_a_company_name() -> None:
    g = extract("정하진 한빛중공업 부회장은 그리스 선사 칼리스토 마리타임의 니코스 안드레우 회장을 만났다.")
    assert "칼리스토 마리타임" in orgs(g)


def test_a_law_spelled_in_latin_and_an_agreement_are_no_organizations() -> None:
    g = extract("한도윤 장관은 EU 반도체법(Chips Act)과 인공지능법(AI Act)을 언급했다.\n- 렉시온 AI와 투자협약, 노바칩스와 R&D센터 설립 논의")
    assert not {"반도체법", "인공지능법", "투자협약"} & set(orgs(g))
    assert not {"반도체법", "인공지능법"} & {p.name for p in g.people}


def test_a_category_noun_then_hangul_words_spelling_a_latin_name_name_one_organization() -> None:
    g = extract("유 대표는 전력 관리 스타트업 누비아 그리드(Nubia Grid)의 나탈리 브룩스(Natalie Brooks) 창업자를 만났다. "
                "이어 투자진흥기관인 비즈니스 스웨덴(Business Sweden)을 찾았다.")
    assert {"누비아 그리드", "비즈니스 스웨덴"} <= set(orgs(g))
    assert "누비아" not in orgs(g)
    assert [p.name for p in g.people] == ["나탈리 브룩스"]


def test_a_quoted_name_whose_acronym_has_a_letter_per_word_is_one_organization() -> None:
    g = extract("한 대표는 '글로벌 누리 AI 얼라이언스(GNAA)' 회의를 주재했다.")
    assert "글로벌 누리 AI 얼라이언스" in orgs(g)


def test_the_people_of_an_organization_said_with_eseoneun_name_it() -> None:
    g = extract("누비아텔에서는 실무 임원진이 대신 참석했다. 현지에서는 관계자들이 참석했다.")
    assert set(orgs(g)) == {"누비아텔"}


def test_the_head_of_a_bank_works_for_the_bank_and_banks_are_not_their_holding_groups() -> None:
    g = extract("정도윤 한빛은행장과 김서진 KB국민은행장, 박지훈 KB금융지주 부회장이 참석했다.")
    assert {p.name: p.orgs for p in g.people} == {"정도윤": ["한빛은행"], "김서진": ["KB국민은행"],
                                                  "박지훈": ["KB금융"]}


def test_the_first_word_of_a_name_spelled_in_latin_is_its_short_form() -> None:
    g = extract("독일 로봇기업 크라운베르크 로보틱(Kronberg Robotik)의 한스 베버(Hans Weber) CEO가 방한했다. "
                "크라운베르크 측은 한국 법인을 세웠다.")
    assert [o.name for o in g.organizations] == ["크라운베르크 로보틱"]


def test_an_acronym_after_common_nouns_names_no_organization() -> None:
    g = extract("김도현 누리게임즈 대표가 세계 최대 정보기술(IT)·가전 전시회에서 경영진과 만났다.")
    assert set(orgs(g)) == {"누리게임즈"}


def test_a_person_spelled_in_latin_before_a_site_noun_and_a_bare_ending_are_no_organizations() -> None:
    g = extract("오도윤 대표는 14일 샌타클래라의 마벨 테크놀로지(Marvell Technology) 사옥에서 라지브 메라(Rajiv Mera) "
                "데이터센터 사업부 부사장과 미팅을 갖고 논의했다.")
    assert set(orgs(g)) == {"마벨"}
    assert [p.name for p in g.people] == ["오도윤", "라지브 메라"]


def test_a_latin_name_with_van_is_spelled_by_one_hangul_word_after_a_category_noun() -> None:
    g = extract("5일에는 에인트호번의 메카트로닉스 기업 판호번 메카트로닉스(Van Hoven Mechatronics)를 방문해 이 회사 "
                "최고경영자(CEO)인 마르크 판호번(Mark van Hoven)과 방안을 논의했다.")
    assert set(orgs(g)) == {"판호번 메카트로닉스"}
    assert [p.name for p in g.people] == ["마르크 판호번"]


def test_a_category_noun_makes_a_person_like_latin_spelling_a_company() -> None:
    g = extract("지난 20일 자카르타의 한 호텔에서 누사그룹 유통 계열사 프리마텔로(Prima Tello)와 협약식을 열었다. "
                "그는 아시아·태평양 투자총괄을 만났다.")
    assert "프리마텔로" in orgs(g)
    assert g.people == []


def test_a_latin_spelled_name_between_a_latin_spelled_person_and_a_title_is_the_persons_organization() -> None:
    g = extract("한도윤 누리텔레콤 대표는 크리스티안 하르트빅(Christian Hartwig) 슈반 디오라(Schwan Diora) 대표와 "
                "회담을 가졌다.")
    assert {p.name: p.orgs for p in g.people} == {"한도윤": ["누리텔레콤"], "크리스티안 하르트빅": ["슈반 디오라"]}


def test_an_organization_ending_before_a_site_noun_names_the_two_words_not_the_ending_alone() -> None:
    g = extract("조 대표는 캘리포니아의 안두릴 인더스트리즈 본사를 찾아 논의했다.")
    assert "인더스트리즈" not in orgs(g)


def test_one_hangul_word_spelling_a_two_word_latin_name_between_a_person_and_a_title_is_the_organization() -> None:
    g = extract("최 부회장은 3일 니코스 파파도풀(Nikos Papadopul) 할키스페로(Halkis Pero) 회장과 만나 협의했다.")
    assert [(p.name, p.orgs) for p in g.people] == [("니코스 파파도풀", ["할키스페로"])]


def test_a_headline_subject_set_off_by_a_comma_is_no_organization() -> None:
    g = extract("곽하준, 한빛전자 경영진과 회동\n\n곽하준 누리전자 회장은 지난 2일 한빛전자 경영진과 만나 협력을 논의했다. "
                "그는 이 자리에서 투자를 약속했다.")
    assert set(orgs(g)) == {"한빛전자", "누리전자"}
    assert [p.name for p in g.people] == ["곽하준"]


def test_names_joined_by_and_before_a_category_noun_are_organizations() -> None:
    assert set(orgs(extract("타타스틸과 모리텍 등 경쟁사들도 잇따라 증설에 나서고 있다."))) == {"타타스틸", "모리텍"}
    assert set(orgs(extract("이재용, 곽하준 등 기업 총수들이 참석했다."))) == set()  # people of them: no organizations


def test_a_name_that_starts_like_an_organization_of_the_article_before_a_title_is_its_affiliate() -> None:
    g = extract("곽경수 동하제지 명예회장이 별세했다. 곽 명예회장의 장남 곽재민 동하제지 부회장이 빈소를 지켰다. 유족으로는 "
                "곽재민 동하제지 부회장, 곽재석 동하팩 대표가 있다. 곽 부회장은 조문객을 맞았다.")
    assert {p.name: p.orgs for p in g.people}["곽재석"] == ["동하팩"]
    assert set(orgs(g)) == {"동하제지", "동하팩"}


def test_a_hangul_short_name_in_parentheses_is_the_same_organization() -> None:
    g = extract("한빛산업연합회(한산련)가 마련한 간담회가 열렸다. 곽하준 한산련 회장이 주재했다.")  # 련: 연 of 연합회
    assert {o.name: o.aliases for o in g.organizations} == {"한빛산업연합회": ["한산련"]}
    assert {p.name: p.orgs for p in g.people} == {"곽하준": ["한빛산업연합회"]}


def test_the_name_of_an_organization_without_its_ending_is_its_short_form() -> None:
    g = extract("- 누리사미 사토미 사장과 IP 협력 논의\n\n곽하준 의장은 지난 26일 누리사미홀딩스 본사를 찾아 사토미 "
                "하루키(里見治紀) 누리사미홀딩스 사장과 회동했다.")
    assert {o.name: o.aliases for o in g.organizations} == {"누리사미홀딩스": ["누리사미"]}
    assert sorted(p.name for p in g.people) == ["곽하준", "사토미 하루키"]


def test_medicine_and_scientific_name_organizations_in_latin() -> None:
    g = extract("곽하준 대표는 셀리코 메디슨(Celico Medicine)의 최고경영자(CEO)인 레온 카스티요(Leon Castillo)와 만났다.")
    assert set(orgs(g)) == {"셀리코 메디슨"}


def test_a_quoted_phrase_after_a_group_name_is_no_organization() -> None:
    assert set(orgs(extract("장재훈 부회장, 곽하준 장관 면담…한빛그룹 '관세 설득전' 본격화"))) == {"한빛"}


def test_a_promotion_agency_is_an_institution() -> None:
    g = extract("이 자리에는 곽하준 누리진흥원 글로벌사업본부장이 배석했다.")
    assert orgs(g) == {"누리진흥원": "institution"} and [p.name for p in g.people] == ["곽하준"]


def test_an_embassy_is_named_with_its_posting() -> None:
    g = extract("곽하준 장관은 마르크 더용 주한 네덜란드대사관 대사를 접견했다. 네덜란드대사관 관계자들도 배석했다.")
    assert {o.name: o.aliases for o in g.organizations} == {"주한 네덜란드대사관": ["네덜란드대사관"]}
    assert set(orgs(extract("김지성 주미 한국대사관 국방무관이 참석했다."))) == {"주미 한국대사관"}


def test_a_government_body_of_an_emirate_is_named_with_it() -> None:
    assert set(orgs(extract("곽하준 대표는 아부다비 투자청 관계자들과 만났다."))) == {"아부다비 투자청"}


def test_an_industry_with_an_organization_ending_is_no_organization() -> None:
    assert set(orgs(extract("폴란드 국영 방산그룹 PGZ의 곽하준 대표는 국내 방산업계 CEO들과 만났다."))) == {"PGZ"}
    assert set(orgs(extract("두 사람은 극자외선(EUV) 노광장비의 공급 방안을 논의했다."))) == set()


def test_a_city_with_its_particle_before_a_head_office_it_is_in_is_no_organization() -> None:
    assert set(orgs(extract("곽하준 대표는 브르노에 본사를 둔 누리텍과 협약을 맺었다."))) == set()


def test_kinds_of_technology_companies_are_no_organizations() -> None:
    g = extract("곽하준 사장은 싱가포르를 찾아 글로벌 인슈어테크·로봇 기업 경영진과 잇따라 만났다.")
    assert set(orgs(g)) == set()


def test_a_bare_name_the_sentence_gave_qualified_by_a_country_is_that_body() -> None:
    g = extract("곽하준 산업통상자원부 장관이 체코를 찾았다. 곽 장관은 지난 12일 체코 산업통상부 청사에서 루카시 "
                "블체크(Lukáš Vlček) 산업통상부 장관과 회담했다.")
    assert {p.name: p.orgs for p in g.people} == {"곽하준": ["산업통상자원부"], "루카시 블체크": ["체코 산업통상부"]}
    assert [sorted(m.participants) for m in g.meetings] == [["곽하준", "루카시 블체크"]]


def test_a_name_word_read_as_a_bare_verb_stem_is_spelled_by_the_latin_organization_name() -> None:
    g = extract("AI 인프라 기업 누르 컴퓨트(Noor Compute)의 최고기술책임자(CTO)인 오하린이 참석했다.")
    assert set(orgs(g)) == {"누르 컴퓨트"}
    assert {p.name: p.orgs for p in g.people} == {"오하린": ["누르 컴퓨트"]}
    g = extract("곽하준 대표는 가르 시스템즈(Gar Systems)와 협약을 맺었다.")
    assert set(orgs(g)) == {"가르 시스템즈"}


def test_a_name_word_read_as_a_bare_verb_stem_still_begins_the_name_where_it_comes_again() -> None:
    g = extract("곽하준 대표는 AI 기업 누르 컴퓨트(Noor Compute)와 협약을 맺었다. 곽 대표는 지난해 12월 아부다비를 "
                "방문해 누르 컴퓨트 경영진과 만났다.")
    assert set(orgs(g)) == {"누르 컴퓨트"}


def test_a_generic_ending_after_an_unknown_word_the_category_noun_announced_ends_the_name() -> None:
    g = extract("곽하준 대표는 프랑스 클라우드 기업 오베른 클라우드의 소피 베르나르 최고운영책임자(COO)와 만났다.")
    assert set(orgs(g)) == {"오베른 클라우드"}


def test_a_latin_name_with_two_particles_in_a_row_is_spelled_as_one_hangul_word() -> None:
    g = extract("곽하준 대표는 장비업체 판데르후크 시스템스(Van der Hoek Systems)를 방문해 공정 개발을 논의했다.")
    assert set(orgs(g)) == {"판데르후크 시스템스"}


def test_a_quoted_name_after_a_category_noun_is_a_company_whatever_its_latin_spelling_looks_like() -> None:
    g = extract("곽하준 사장은 서니베일에 있는 AI 반도체 스타트업 '벡터나인(Vector Nine)'을 찾았다.")
    assert set(orgs(g)) == {"벡터나인"}
    assert {p.name for p in g.people} == {"곽하준"}


def test_a_company_and_its_korean_arm_named_after_it_are_two_organizations() -> None:
    g = extract("조한결 오로라컴퓨트코리아 대표도 자리를 함께했다. 한울텔레콤은 미국 기업 오로라컴퓨트와 계약을 맺었다.")
    assert {"오로라컴퓨트코리아", "오로라컴퓨트"} <= set(orgs(g))


def test_a_countrys_mission_named_with_its_country_and_posting_is_one_organization() -> None:
    assert set(orgs(extract("주한 UAE 대사관은 접견 내용을 본국 정부에 보고할 예정이라고 밝혔다."))) == {"주한 UAE 대사관"}
    assert set(orgs(extract("주한미국대사관은 보고할 예정이라고 밝혔다."))) == {"주한미국대사관"}


def test_a_korean_mission_posted_in_a_city_is_one_organization_and_the_city_is_no_name() -> None:
    g = extract("회담에는 여민호 주제네바 대한민국 대표부 대사가 배석했다.")
    assert set(orgs(g)) == {"주제네바 대한민국 대표부"}
    assert {p.name: p.orgs for p in g.people} == {"여민호": ["주제네바 대한민국 대표부"]}


def test_a_name_after_this_company_is_one_of_its_people_not_a_company() -> None:
    g = extract("조 교수는 지난해 12월 이 회사 레이철 김(Rachel Kim) 매니징파트너의 초청으로 샌프란시스코를 방문했다.")
    assert set(orgs(g)) == set()
    assert {p.name for p in g.people} == {"레이철 김"}


def test_a_mission_written_with_its_posting_before_an_ambassadors_title_is_one_organization() -> None:
    g = extract("토마스 레너르트 주한 EU대표부 대사가 참석했다.")
    assert set(orgs(g)) == {"주한 EU대표부"}


def test_japanese_prefectures_before_a_plant_are_places() -> None:
    assert set(orgs(extract("하늘반도체는 라피더스의 홋카이도 공장에 기판을 공급한다."))) == {"하늘반도체", "라피더스"}


def test_words_of_deals_and_policy_finance_are_no_organizations() -> None:
    g = extract("국내 초기 기업 밸류에이션도 덩달아 뛰고 있다. 다음 달에는 국내 스타트업 IR 행사를 열 계획이다. "
                "후속 투자를 책임질 정책금융과의 연계가 관건이다.")
    assert set(orgs(g)) == set()


def test_a_world_region_before_an_industry_word_is_a_market_not_a_company() -> None:
    assert set(orgs(extract("림 파트너는 동남아시아 물류 시장 진출에 대해 질문했다."))) == set()


def test_a_role_before_a_name_and_a_postdoc_are_no_organizations() -> None:
    g = extract("노벨상 수상자 소렌센 교수 \"AI는 과학의 새 망원경\"\n\n노벨 물리학상 수상자인 헨리크 소렌센(Henrik Sørensen) "
                "덴마크 코펜하겐대 교수가 방한했다. 두 사람은 공동 박사후연구원 프로그램을 신설하는 데 뜻을 모았다.")
    assert set(orgs(g)) == {"코펜하겐대"}


def test_a_joint_committee_of_korea_and_a_country_is_not_that_countrys_body() -> None:
    g = extract("호프만 대사는 윤태호 과기부 차관을 예방하고 한·스위스 과학기술공동위원회 개최 일정을 협의했다.")
    assert "스위스 과학기술공동위원회" not in orgs(g)


def test_a_known_name_of_hangul_and_a_latin_word_is_found_written_with_a_space() -> None:
    g = extract("박경민 연구원은 \"미국 피규어 AI 등 해외 기업들의 기업가치가 급등했다\"고 말했다.")
    assert orgs(g) == {"피규어AI": "company"}
    assert "피규어 AI" in g.organizations[0].aliases


def test_an_ending_after_a_known_name_of_two_words_names_no_company_of_the_second() -> None:
    g = extract("어플라이드 머티어리얼즈 코리아 대표는 참석하지 않기로 했다.")
    assert set(orgs(g)) == {"어플라이드머티리얼즈"} and g.people == []  # (a short name, then the rest of the name)


def test_a_name_with_its_ending_clipped_is_the_same_organization() -> None:
    g = extract("드라마 제작사 온새미로엔터테인먼트의 도윤서 대표가 LA에 갔다. 온새미로엔터는 유튜브와 협력한다.")
    assert set(orgs(g)) == {"온새미로엔터테인먼트", "유튜브"}


def test_a_council_named_with_its_city_is_an_organization_and_a_bare_council_is_none() -> None:
    g = extract("장기석 평택시장이 오사카를 찾았다. 이번 출장에는 평택시의회 최윤아 산업건설위원장이 동행했다. "
                "평택시는 장 시장이 카와나미 로보틱스 사장과 회동했다고 밝혔다. 시의회에서 논의했다.")
    assert orgs(g) == {"평택시": "government", "평택시의회": "government", "카와나미 로보틱스": "company"}
    assert {p.name: p.orgs for p in g.people} == {"장기석": ["평택시"], "최윤아": ["평택시의회"]}


def test_a_mission_named_with_its_posting_alone_is_one_organization() -> None:
    assert orgs(extract("한도윤 지사는 주샌프란시스코 총영사관에서 현지 기업인들과 간담회를 열었다.")) == {
        "주샌프란시스코 총영사관": "government"}


def test_a_size_before_a_site_is_no_organization() -> None:
    assert orgs(extract("송영란 연구위원은 \"100MW급 데이터센터는 전력을 많이 쓴다\"고 말했다. 3나노급 공장도 짓는다.")) == {}

"""Word lists of the synthetic corpus: invented people, organizations, places, media and topics.

These lists are the benchmark's own. They must never be read from, or copied into, the extraction's lexicons
(`ingest/data/`): the point of the synthetic corpus is to measure the extraction on names it has never seen.
Names of the real people and companies of `seeds/` are excluded explicitly (`EXCLUDED_NAMES`).
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of a string (long word lists read better this way)."""
    return tuple(text.split())

# --- Korean people: surname + given-name syllables ------------------------------------------------------------

SURNAMES = _words(
    "강 고 곽 구 권 길 김 나 남 노 류 마 문 민 박 반 방 배 백 변 봉 서 석 선 설 성 소 손 송 신 심 안 양 엄 여 연 "
    "염 오 옥 우 원 유 육 윤 은 이 인 임 장 전 정 조 주 지 진 차 채 천 최 추 탁 표 하 한 함 허 현 홍 황"
)
SURNAMES_TWO = ("남궁", "선우", "황보", "제갈", "독고")

GIVEN_SYLLABLES = _words(
    "가 건 겸 경 규 근 기 나 남 다 단 담 도 동 라 람 래 린 명 무 문 민 범 별 병 보 빈 산 상 서 석 선 설 성 세 소 "
    "솔 송 수 슬 승 시 아 안 여 연 열 영 예 온 완 용 우 운 웅 원 유 윤 율 은 의 익 인 일 재 정 제 종 주 준 중 지 "
    "진 찬 창 채 철 초 춘 태 택 하 한 해 혁 현 형 혜 호 홍 화 환 효 훈 휘 희"
)

# Real people of the seed articles and well-known figures: a generated name must never be one of them.
EXCLUDED_NAMES = frozenset(_words(
    "이재용 최태원 구광모 정의선 신동빈 이해진 최수연 김범수 김유원 전영현 이정배 한진만 최경식 최시영 김정은 "
    "문재인 윤석열 이재명 박근혜 이명박 김대중 노무현 정용진 김승연 허태수 조현준 김윤경 이소연 이건희 정주영 "
    "구본무 최종현 신격호 김우중 이병철 손정의 김동관 정기선 조원태 이부진 이서현 홍라희 한종희 경계현 노태문"
))

# --- Foreign people: (Hangul, Latin) -----------------------------------------------------------------------------

FOREIGN_FIRST = (
    ("라파엘", "Rafael"), ("루카스", "Lucas"), ("엘레나", "Elena"), ("마르코", "Marco"), ("소피아", "Sofia"),
    ("다니엘", "Daniel"), ("잉그리드", "Ingrid"), ("토비아스", "Tobias"), ("아마라", "Amara"), ("프리야", "Priya"),
    ("마테오", "Mateo"), ("클라라", "Clara"), ("펠릭스", "Felix"), ("나디아", "Nadia"), ("오스카르", "Oskar"),
    ("레온", "Leon"), ("마야", "Maya"), ("빅토르", "Viktor"), ("아니카", "Anika"), ("위고", "Hugo"),
    ("이사벨", "Isabel"), ("줄리언", "Julian"), ("레나", "Lena"), ("미카엘", "Mikael"), ("노아", "Noah"),
    ("올리비아", "Olivia"), ("파블로", "Pablo"), ("로사", "Rosa"), ("슈테판", "Stefan"), ("테사", "Tessa"),
    ("아르준", "Arjun"), ("비앙카", "Bianca"), ("케일럽", "Caleb"), ("달리아", "Dalia"), ("에밀", "Emil"),
    ("프레야", "Freya"), ("가브리엘", "Gabriel"), ("헬레나", "Helena"), ("요나스", "Jonas"), ("키라", "Kira"),
    ("리암", "Liam"), ("마르타", "Marta"), ("니콜라이", "Nikolai"), ("오언", "Owen"), ("페트라", "Petra"),
    ("라니아", "Rania"), ("사미르", "Samir"), ("테아", "Thea"), ("베라", "Vera"), ("야라", "Yara"),
    ("클로이", "Chloe"), ("에런", "Aaron"), ("아이린", "Irene"), ("사이먼", "Simon"), ("안드레아", "Andrea"),
    ("베아트리스", "Beatrice"), ("카밀라", "Camila"), ("디에고", "Diego"), ("에스더", "Esther"), ("파비안", "Fabian"),
)
FOREIGN_LAST = (
    ("코스타", "Costa"), ("노박", "Novak"), ("린드크비스트", "Lindqvist"), ("모로", "Moreau"), ("피셔", "Fischer"),
    ("오카포", "Okafor"), ("브레넌", "Brennan"), ("카스티요", "Castillo"), ("하다드", "Haddad"), ("이바노바", "Ivanova"),
    ("코발스키", "Kowalski"), ("산도발", "Sandoval"), ("휫필드", "Whitfield"), ("알브레히트", "Albrecht"),
    ("들라크루아", "Delacroix"), ("에스포지토", "Esposito"), ("퐁텐", "Fontaine"), ("갤러거", "Gallagher"),
    ("하르트만", "Hartmann"), ("얀센", "Jansen"), ("랑베르", "Lambert"), ("마르케티", "Marchetti"), ("닐센", "Nilsen"),
    ("올리베이라", "Oliveira"), ("페트로프", "Petrov"), ("로시", "Rossi"), ("슈나이더", "Schneider"),
    ("손턴", "Thornton"), ("바르가", "Varga"), ("바그너", "Wagner"), ("치머", "Zimmer"), ("아코스타", "Acosta"),
    ("브란트", "Brandt"), ("카르발류", "Carvalho"), ("뒤부아", "Dubois"), ("에릭센", "Eriksen"), ("그랜트", "Grant"),
    ("홀름", "Holm"), ("이바라", "Ibarra"), ("요바노비치", "Jovanovic"), ("린드그렌", "Lindgren"), ("멘데스", "Mendes"),
    ("나바로", "Navarro"), ("오르테가", "Ortega"), ("페레이라", "Pereira"), ("레예스", "Reyes"), ("비달", "Vidal"),
    ("베버", "Weber"), ("애벗", "Abbott"), ("비숍", "Bishop"), ("카버", "Carver"), ("도슨", "Dawson"),
    ("포스터", "Foster"), ("머서", "Mercer"), ("스털링", "Sterling"), ("할로웨이", "Holloway"), ("케슬러", "Kessler"),
    ("라르센", "Larsen"), ("마드리갈", "Madrigal"), ("보르트만", "Wortmann"),
)

# --- Organizations -----------------------------------------------------------------------------------------------

KOREAN_ORG_STEMS = _words(
    "한결 누리 세온 다온 라온 가온 해솔 이룸 미르 온새 비채 새봄 도담 하람 나래 아라 로아 윤슬 소담 예담 마루 가람 "
    "단비 별하 푸름 여울 초롱 하늬 다솜 바론 제온 태림 한울 서광 동진 신우 명성 보람 성원 태성 진화 해광 대원 우성 "
    "청람 은결 새결 빛담 온빛 해온 담온 솔빛 늘봄 세움 이음 한빛 큰솔 참빛 두리 나린 별솔 아름 그루 라임 시온 휴온 "
    "모아 포레 엘리 케이온 제이원 비오 에이스원 유니온 코어원 넥스온"
)

# (suffix, topic it implies or None): an organization whose name implies a topic only appears in articles on it.
KOREAN_ORG_SUFFIXES = (
    ("전자", None), ("반도체", "반도체"), ("로보틱스", "로봇"), ("바이오", None), ("테크", None), ("랩스", None),
    ("AI", "AI"), ("솔루션", None), ("모빌리티", None), ("시스템즈", None), ("디스플레이", None), ("에너지", None),
    ("소프트", None), ("네트웍스", None), ("인더스트리", None), ("머티리얼즈", None), ("정밀", None), ("화학", None),
    ("홀딩스", None), ("클라우드", None), ("로봇", "로봇"), ("세미콘", "반도체"), ("데이터", None), ("인베스트", None),
)

FOREIGN_ORG_STEMS = (
    ("벨로아", "Veloa"), ("쿼벡스", "Quorvex"), ("노르빅", "Norvik"), ("젠트릭스", "Zentrix"), ("오르바나", "Orvana"),
    ("켈브라", "Kelvra"), ("신타로", "Syntaro"), ("럭센트", "Luxent"), ("타보라", "Tavora"), ("브리비오", "Brivio"),
    ("드라본", "Dravon"), ("엘비온", "Elvion"), ("펜릭", "Fenrik"), ("이스트라", "Istra"), ("조비안", "Jovian"),
    ("카스피안", "Kaspian"), ("루모라", "Lumora"), ("미레보", "Mirevo"), ("넥소라", "Nexora"), ("펠로라", "Pelora"),
    ("퀸테라", "Quintera"), ("로베나", "Rovena"), ("솔베인", "Solvane"), ("테랄리스", "Teralis"), ("발트릭스", "Valtrix"),
    ("잔도르", "Xandor"), ("제프라", "Zephra"), ("아르크투로", "Arcturo"), ("벨모라", "Belmora"), ("코베인", "Corvane"),
    ("델빅스", "Delvix"), ("에스트렐", "Estrel"), ("피오라", "Fiora"), ("갈데라", "Galdera"), ("할벡스", "Halvex"),
    ("리리온", "Lyrion"), ("노베스", "Noveth"), ("프랙슨", "Praxon"), ("사로바", "Sarova"), ("테사로", "Tessaro"),
    ("비레온", "Vireon"), ("윈드라", "Wyndra"), ("오르텍", "Ortech"), ("브라이트온", "Brighton"), ("카이로스", "Kairos"),
)
FOREIGN_ORG_SUFFIXES = (
    ("테크", "Tech", None), ("랩스", "Labs", None), ("로보틱스", "Robotics", "로봇"), ("AI", "AI", "AI"),
    ("시스템즈", "Systems", None), ("세미컨덕터", "Semiconductor", "반도체"), ("다이내믹스", "Dynamics", None),
    ("네트웍스", "Networks", None), ("바이오", "Bio", None), ("클라우드", "Cloud", None), ("마이크로", "Micro", None),
    ("", "", None),
)

SECURITIES_STEMS = _words("한결 누리 세온 다온 가온 미르 나래 마루 가람 바론 태림 서광 신우 명성 청람 빛담 이음 큰솔 두리 모아")
SECURITIES_SUFFIXES = ("투자증권", "증권", "금융투자")

# --- Titles ------------------------------------------------------------------------------------------------------

KOREAN_HEAD_TITLES = ("회장", "대표", "대표이사", "사장", "의장", "CEO")
KOREAN_EXEC_TITLES = ("부회장", "사장", "부사장", "전무", "상무", "CTO", "CFO", "COO", "창업자", "대표")
COMPOUND_TITLES = ("사장 겸 CEO", "대표 겸 CTO", "부사장 겸 CFO", "회장 겸 CEO", "창업자 겸 CEO")
DIVISIONS = _words("DX DS MX CE VS 모바일 디바이스 클라우드 배터리 디스플레이 전장 소재 네트워크 플랫폼 솔루션 가전")
FOREIGN_HEAD_TITLES = ("CEO", "창업자", "회장")
FOREIGN_EXEC_TITLES = ("CTO", "CFO", "COO", "부사장", "사장", "CSO")

# Titles that make a coreference form ("박 회장", "코스타 CEO"): the ones the scorer treats as title endings.
COREF_TITLES = ("회장", "부회장", "의장", "대표", "사장", "부사장", "CEO", "CTO", "CFO", "창업자", "부문장", "사업부장")

# --- Places, events, media ---------------------------------------------------------------------------------------

FOREIGN_CITIES = _words(
    "실리콘밸리 샌프란시스코 새너제이 라스베이거스 시애틀 뉴욕 보스턴 오스틴 런던 파리 뮌헨 베를린 암스테르담 스톡홀름 "
    "취리히 도쿄 오사카 싱가포르 타이베이 두바이 바르셀로나 밴쿠버 토론토 헬싱키 리스본"
)
KOREAN_CITIES = _words("서울 판교 부산 인천 수원 대전 광주 울산 세종 평택")
VENUES = ("시내 한 호텔", "현지 사무소", "비공개 장소", "연구개발센터", "한 식당")
EVENTS = ("CES", "MWC", "IFA", "컴퓨텍스", "다보스포럼", "G-테크 서밋", "K-테크 엑스포", "퓨처테크 포럼")

MEDIA = (
    ("한빛경제", "hanbit-econ.co.kr"), ("비즈온데일리", "bizondaily.com"), ("테크브리프", "techbrief.kr"),
    ("누리경제신문", "nurieconomy.co.kr"), ("마켓인사이트뉴스", "mi-news.kr"), ("더밸류타임스", "thevaluetimes.com"),
    ("코리아테크리뷰", "ktreview.co.kr"), ("디지털포커스", "digitalfocus.kr"), ("산업온뉴스", "saneopon.com"),
    ("이코노브리핑", "econobriefing.kr"), ("데일리인더스트리", "dailyindustry.co.kr"), ("퓨처비즈", "futurebiz.kr"),
)
EMAIL_HANDLES = _words("news kim park lee jh sy mk hj yk dw sb jw tech biz desk reporter hana joon min seo")

# --- Topics ------------------------------------------------------------------------------------------------------

CORE_TOPICS = ("AI", "로봇", "반도체", "소버린 AI")
# narrower topic -> the core topics it implies (all of them must be chosen for the article)
NARROWER = {
    "생성형 AI": ("AI",),
    "온디바이스 AI": ("AI",),
    "AI 에이전트": ("AI",),
    "거대언어모델": ("AI",),
    "휴머노이드": ("로봇",),
    "협동로봇": ("로봇",),
    "산업용 로봇": ("로봇",),
    "HBM": ("반도체",),
    "파운드리": ("반도체",),
    "메모리": ("반도체",),
    "시스템반도체": ("반도체",),
    "AI 반도체": ("AI", "반도체"),
}
# how a topic is written in running text (the first form is the canonical name)
TOPIC_FORMS = {
    "AI": ("AI", "인공지능(AI)"),
    "로봇": ("로봇",),
    "반도체": ("반도체",),
    "소버린 AI": ("소버린 AI", "소버린(주권) AI"),
    "생성형 AI": ("생성형 AI",),
    "온디바이스 AI": ("온디바이스 AI",),
    "AI 에이전트": ("AI 에이전트",),
    "거대언어모델": ("거대언어모델(LLM)",),
    "휴머노이드": ("휴머노이드", "휴머노이드 로봇"),
    "협동로봇": ("협동로봇",),
    "산업용 로봇": ("산업용 로봇",),
    "HBM": ("HBM", "고대역폭메모리(HBM)"),
    "파운드리": ("파운드리", "파운드리(반도체 위탁생산)"),
    "메모리": ("메모리",),
    "시스템반도체": ("시스템반도체",),
    "AI 반도체": ("AI 반도체",),
}

"""Write set-hm gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


ART = {}
D = "2025-09-26"
ART["hm-01-seoul.txt"] = dict(
    metadata=dict(headline=None, published=D, reporter="정철욱", outlet="서울신문", jurisdiction="48820"),
    officials=[],
    claims=[
        c("내년 중 올해보다 배 많은 출산장려금을 지급한다", None, D, ["childcare-birth"], "plan"),
        c("출산장려금 지원 확대방안을 두고 보건복지부외 사회보장제도 협의를 완료했다", None, D, ["childcare-birth"], "achievement"),
        c("현재 첫째아 출산 가정에 100만원, 둘째아는 200만원", None, D, ["childcare-birth"], "statement"),
        c("내년부터는 이를 2배로 확대해 첫째아에 200만원", None, D, ["childcare-birth"], "plan"),
        c("분할지급 주기를 현재의 6개월에서 1년으로 변경한다", None, D, ["childcare-birth"], "plan"),
        c("출산 장려금 중 일정 비율은 지역화폐로 지급한다", None, D, ["childcare-birth", "small-merchants"], "plan"),
        c("이르면 내년 하반기부터 상향한 출산장려금을 지급할 수 있을 것으로 보고 있다", None, D, ["childcare-birth"], "plan"),
        c("출산과 양육에 대한 경제적 부담을 줄여", None, D, ["childcare-birth"], "statement"),
    ],
    not_claims=["이미지 확대 고성군청 전경. 연합뉴스", "Copyright ⓒ 서울신문 All rights reserved"],
)

D = "2021-12-06"
ART["hm-02-shinailbo.txt"] = dict(
    metadata=dict(headline="창원시, 전국 최초 탄소중립마을 추진협의회 발대식 개최", published="2021-12-06T16:30+09:00",
                  reporter="박민언", outlet=None, jurisdiction="48120"),
    officials=[],
    claims=[
        c("전국에서 최초로 마을단위의 탄소중립 추진협의회가 출범하는 행사였으며", None, D, ["climate-carbon"], "achievement"),
        c("‘2030 기후환경도시 창원’ 달성을 위해 탄소중립 마을을 만들어 나가는 실천을 선언했다", None, D, ["climate-carbon"], "plan"),
        c("친환경교통 실천으로 미세먼지 없는 깨끗한 마을 조성", None, D, ["fine-dust", "climate-carbon"], "plan"),
    ],
    not_claims=["창원시, 전국 최초 탄소중립마을 추진협의회 발대식 개최",
                "탄소중립마을 추진협의회 발대식을 개최했다",
                "2050탄소중립 실천 선언과 시민실천 특강도 실시했다",
                "탄소중립 실천특강과 탄소중립 사례 발표를 통해",
                "도심 생태계 보전과 생물 다양성이 살아 있는 마을 만들"],
)

D = "2015-05-13"
K = "kim-maeng-gon"
ART["hm-03-powerkoream.txt"] = dict(
    metadata=dict(headline="문화 자원과 재정 확보로 '더 큰 김해, 더 행복한 김해' 만든다", published=D,
                  reporter="양성빈", outlet=None, jurisdiction="48250"),
    officials=[K],
    claims=[
        c("풍부한 문화적 자산으로 1천만 관광도시를 목전에 두고 있다", None, D, ["culture-tourism"], "statement"),
        c("‘품격문화도시’의 일환으로 ‘김해가야테마파크’가 5월에 개장을 앞두고 있다", None, D, ["culture-tourism"], "plan"),
        c("김해가야테마파크는 사업비 635억 원을 투입하여", K, D, ["culture-tourism"], "statement"),
        c("‘2015 가야왕궁 복원’ 이라는 슬로건", K, D, ["culture-tourism"], "statement"),
    ],
    not_claims=["'김해가야테마파크'로 1천만 관광도시 발돋움",
                "[Cover Story] 경상남도 김해시 김맹곤 김해시장",
                "아름다운 역사와 문화가 살아 숨쉬는 도시다",
                "국비 30건, 517억 원 증액 확보라는 유례없는 성과",
                "김해가야테마파크 조성에서 가장 역점을 둔 사항은?"],
)

D, E = "2024-10-10", "2024-10-07"
K = "son-byeong-bok"
ART["hm-04-taptalk.txt"] = dict(
    metadata=dict(headline="손병복 울진군수, 청년 농업인 간담회 가져", published="2024-10-10T16:41:52+09:00",
                  reporter="손호영", outlet="데일리한국", jurisdiction="47930"),
    officials=[K],
    claims=[
        c("2025년도 청년 농업인을 위한 각종 지원 사업 계획을 설명하고", None, E, ["agriculture", "youth-policy"], "plan"),
        c("영농경력에 따라 최대 3년간월 90~110만원의 영농정착 지원금을 차등 지급받고 있다", None, D,
          ["agriculture", "youth-policy", "startup-support"], "statement"),
        c("현재 울진군에는 2018년부터 21명이 선정돼 있다", None, D, ["agriculture", "youth-policy", "startup-support"], "achievement"),
        c("청년농업인들의 정착을 위한 임대 부지 확보 등 다양한 대책 마련에 최선을 다하겠다", K, E,
          ["agriculture", "youth-policy"], "plan"),
    ],
    not_claims=["간담회를 마치고 기념사진을 찍고 있는 모습",
                "지역 청년 농업인들과의 소통의 시간을 가졌다고 10일 밝혔다",
                "청년농업인들이 울진 미래농업의 희망이다"],
)

K = "seo-dong-uk"
T = ["culture-tourism"]
ART["hm-05-wowtv.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="31140"),
    officials=[K],
    claims=[
        c("연간 500만 명이 방문하는 대한민국 관광 일번지로 거듭나고 있습니다", K, None, T, "achievement"),
        c("장생포 고래마을 관광명소화 사업이 차질 없이 추진되고 있다", K, None, T, "statement"),
        c("총사업비 453억원으로 울산 단일사업 중 최대 규모다", None, None, T, "statement"),
        c("장생포 문화관광특구에 옥상 공중그네와 대형 미디어 파사드를 선보였다", None, None, T, "achievement"),
        c("11억8000만원을 들여 웨일즈판타지움 옥상에", None, None, T, "achievement"),
        c("공중그네 형식의 관광 인프라를 구축한 것은 울산에선 처음이다", None, None, T, "achievement"),
        c("지상 14m 높이에서 하늘을 나는 듯한 체험을 하며", None, None, T, "statement"),
        c("미디어 파사드를 조성한 ‘장생포 라이트’도 본격적인 운영에 들어갔다", None, None, T, "achievement"),
        c("상설형 미디어 파사드 시스템을 구축했다", None, None, T, "achievement"),
        c("서 구청장의 이런 노력 덕분에 고래문화특구는 전국적인 관광 명소로 뿌리내리고 있다", None, None, T, "achievement"),
        c("방문객은 80만3000여 명으로 지난해 60만6000여 명보다 32.5% 늘었다", None, None, T, "achievement"),
        c("‘2025 울산고래축제’에는 32만 명이 방문했다", None, None, T, "achievement"),
        c("지역 상권이 활성화해 약 157억원의 파급 효과가 발생했다", None, None, ["culture-tourism", "small-merchants"], "achievement"),
    ],
    not_claims=["도시 브랜드 가치와 경쟁력을 강화하는 데 혼신의 힘을 다했다"],
)

D = "2018-09-20"
K = "bae-gwang-sik"
ART["hm-06-kbinews.txt"] = dict(
    metadata=dict(headline="북구청, 창업보육센터 내 작은도서관 조성", published="2018-09-20T10:47+09:00",
                  reporter=None, outlet="강북인터넷뉴스", jurisdiction="27230"),
    officials=[K],
    claims=[
        c("관내 7번째 공립 작은도서관인 노원행복도서관을 조성해 10월 1일부터 운영에 들어간다", None, D, T, "plan"),
        c("총 사업비 6천3백만원을 투입해 1,000여권의 장서와", None, D, T, "statement"),
        c("2018년 대구시 주민참여예산 선정사업으로, 주민이 직접 제안한 사업이라 의미가 있다", None, D,
          ["culture-tourism", "citizen-participation"], "statement"),
        c("유휴공간을 리모델링해 북카페형 도서관으로 조성함으로써", None, D, T, "statement"),
        c("도서 서비스 제공과 함께 문화쉼터로서 역할을 할 수 있을 것이다", K, D, T, "statement"),
        c("현재 6개 공립 작은도서관을 조성했으며", None, D, T, "plan"),
    ],
    not_claims=["북구청, 창업보육센터 내 작은도서관 조성", "보육센터 내 방치 유휴공간이 문화공간으로",
                "이정열 북구의회 의장, ‘붉은불개미‘ 발견 현장 방문"],
)

D = "2019-05-29"
ART["hm-07-breaknews.txt"] = dict(
    metadata=dict(headline="해운대해수욕장, 내달 1일 개장...파라솔 없는 구간 늘려 바다 조망권 확대",
                  published="2019-05-29T17:57+09:00", reporter="배종태", outlet=None, jurisdiction="26350"),
    officials=["hong-sun-heon"],
    claims=[
        c("올해 해운대해수욕장은 파라솔 없는 구간을 확대하고", None, D, T, "plan"),
        c("해수욕장 운영 방침을 ‘비움과 다시쓰기’로 정하고 피서객 맞이에 나섰다", None, D, T, "plan"),
        c("다시 찾고 싶은 해수욕장으로 만든다는 계획이다", None, D, T, "plan"),
        c("우선 해수욕장 내 파라솔 없는 구간을 늘려 바다 조망권을 보장한다", None, D, T, "plan"),
        c("해운대 3곳(17→14곳), 송정 2곳(9→7곳)을 줄인다", None, D, T, "plan"),
        c("내부시설도 쾌적하게 개선했다", None, D, T, "achievement"),
        c("청년실업 해소를 위한 푸드트럭을 운영한다", None, D, ["culture-tourism", "youth-policy", "jobs"], "plan"),
        c("‘비치코밍 페스티벌’을 연다", None, D, T, "plan"),
        c("올해는 이틀 늘려 17일 동안 야간개장한다", None, D, T, "plan"),
    ],
    not_claims=["해운대해수욕장, 내달 1일 개장...파라솔 없는 구간 늘려 바다 조망권 확대",
                "▲ 해운대해수욕장 © 배종태 기자",
                "폐튜브 등을 활용한 설치작품을 전시하고",
                "비치코밍은 바다 표류물이나 쓰레기를 주워"],
)

D = "2022-07-27"
K = "kim-doo-gyeom"
ART["hm-08-wowtv.txt"] = dict(
    metadata=dict(headline="김두겸 울산시장 \"울산 한가운데 그린벨트 풀어 산단·신도시 조성…인구 확 늘리겠다\"",
                  published="2022-07-27T17:47+09:00", reporter=None, outlet="한국경제신문", jurisdiction="31"),
    officials=[K],
    claims=[
        c("세계적으로 기업하기 가장 좋은 투자 여건을 조성해", K, D, ["investment-attraction"], "plan"),
        c("민선 8기 1호 결재로 ‘전략적 투자유치 및 기업 규제 완화, 지원계획’", None, D, ["investment-attraction"], "achievement"),
        c("공격적인 개발제한구역(그린벨트) 해제를 통한 산업단지 조성 등의 내용도 담았다", None, D, ["investment-attraction"], "statement"),
        c("태화강에 아시아 최대 규모의 오페라하우스를 건립하는 사업도 예고했다", K, D, T, "plan"),
        c("양질의 일자리를 만드는 데 최선을 다하겠습니다", K, D, ["jobs"], "plan"),
        c("일자리 문제를 그린벨트를 풀어서 해결한다는 게 관심을 끕니다", None, D, ["jobs"], "statement"),
    ],
    not_claims=["대한민국 최고의 비즈니스 시장이 되겠습니다",
                "중대한 갈림길에 서 있다",
                "다시 울산답게 만드는 게 목표",
                "취임 후 인구 감소 문제를 가장 먼저 해결할 과제로 정했습니다",
                "울산 한가운데 그린벨트 풀어 산단·신도시 조성…인구 확 늘리겠다"],
)

K = "gwon-yeong-se"
M = ["medical-industry"]
ART["hm-09-inews24.txt"] = dict(
    metadata=dict(headline="경북 안동시, 코로나19 백신산업 중심지 도약 천명", published=None,
                  reporter="채봉완", outlet="아이뉴스24", jurisdiction="47170"),
    officials=[K],
    claims=[
        c("백신 산업의 중심지로 도약하고 있다", None, None, M, "achievement"),
        c("2011년 SK케미칼과 1천200억원 규모의 투자 협약을 체결했으며", None, None, ["investment-attraction", "medical-industry"], "achievement"),
        c("권영세 안동시장 민선 5기 취임후 이룬 첫 성과이기도 하지만", None, None, ["investment-attraction", "medical-industry"], "achievement"),
        c("백신산업 집적화를 추진했다", None, None, ["medical-industry", "investment-attraction"], "achievement"),
        c("산학연 협력을 통한 상생과 선순환 체계를 통해 백신 클러스터 조성에 박차를 가하고 있으며", None, None,
          ["medical-industry", "research-development"], "statement"),
        c("전세계 코로나 백신의 약 5%가 안동백신공장에서 생산되고", K, None, M, "achievement"),
    ],
    not_claims=["경북 안동시, 코로나19 백신산업 중심지 도약 천명",
                "SK바이오사이언스 안동L하우스 백신센터. [사진=안동시]",
                "기업가치가 13조원으로 늘어나"],
)

if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    total = 0
    for name, a in ART.items():
        doc = {"article": name, **a}
        (G / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        total += len(a["claims"])
        print(name, len(a["claims"]))
    print("total", total)

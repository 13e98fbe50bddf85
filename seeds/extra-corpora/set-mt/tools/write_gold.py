"""Write set-mt gold files. Claim tuple: (quote, speaker, date, policies, kind[, speaker_name])."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
AG, YP, JB, CP, DC, UR = "agriculture", "youth-policy", "jobs", "citizen-participation", "decentralization", "urban-regeneration"
RD, FIR, FV, IA = "research-development", "fourth-industrial-revolution", "future-vehicles", "investment-attraction"

A = {}
d = "2019-03-10"
A["mt-01-inews365.txt"] = dict(
    meta=(None, "2019-03-10T13:26:26+09:00", "김병학", "충북일보", "43745"), officials=[],
    claims=[
        ("증평군이 농촌인구의 감소 및 고령화에 따라 도시민 유치를 위해 귀농귀촌을 지원한다", None, d, [AG], "plan"),
        ("오는 2021년까지 3년 동안 사업비 4억8천만 원을 투입한다", None, d, [AG], "plan"),
        ("지원사업은 △귀농 귀촌 지원센터 운영", None, d, [AG], "statement"),
        ("읍면에 귀농귀촌 상담창구를 운영해 상담을 통해 안정적 정착을 지원하고 있다", None, d, [AG], "statement"),
        ("증평읍 죽리마을에 4개의 귀농인의 집을 만들어 제공하고 있다", None, d, [AG], "statement"),
        ("전입 후 12개월이 경과한 귀농인 세대에게 정착자금을 지원한다", None, d, [AG], "statement"),
        ("세대원이 2명 이하이면 200만 원, 3명은 300만 원", None, d, [AG], "statement"),
        ("귀농인 농가주택 2개소에 수리비 400만 원도 지원한다", None, d, [AG], "statement"),
        ("농촌관광 활성화를 위해 농촌체험휴양마을 보험가입", None, d, [AG, "culture-tourism"], "statement"),
        ("증평군으로 귀농귀촌한 인구는 지난 2013년 127세대 271명", None, d, [AG], "achievement"),
    ],
    not_claims=["이 기사는 0번 공유됐고 0개의 댓글이 있습니다", "충북일보가 만난 사람들 - 경지호 한국토지주택공사 충북지역본부장",
                "우리나라에 많은 공기업이 있다"])

d = "2020-07-22"
A["mt-02-asiae.txt"] = dict(
    meta=(None, "2020-07", "김춘수", "아시아경제", "46770"), officials=["song-gwi-geun"],
    claims=[
        ("청년 인구 유입·정착을 시행하고 있는 가운데 고흥 출신 대학생 107명을 행정 인턴으로 선발해", None, d, [JB, YP], "achievement"),
        ("대학생 행정 인턴제는 청년 일자리 창출의 목적으로", None, d, [JB, YP], "statement"),
        ("상반기에 추진했던 대학생 행정인턴제가 큰 관심과 호응을 얻으면서", None, d, [JB, YP], "statement"),
        ("최근 코로나19 영향으로 대학생 일자리가 많이 줄어들면서", None, d, [JB, YP], "statement"),
        ("근무 일수를 조정해 107명을 확대 선발했다", None, d, [JB, YP], "achievement"),
        ("1차 54명은 7월 22일부터 8월 11일까지", None, d, [JB, YP], "statement"),
        ("다양한 군정 경험을 통해 고흥에 대해 좀 더 알아가는 기회를 마련하고자 대학생 행정인턴제를 추진하고 있다", "song-gwi-geun", d, [JB, YP], "statement"),
        ("행정인턴제에 참여한 학생들이 전국 각지 학교에서 다양한 학과를 전공하고 있어", None, d, [JB, YP], "statement"),
    ],
    not_claims=["장차 우리 고흥을 빛낼 미래 인재가 돼주길 바란다", "아시아경제 호남취재본부 김춘수 기자"])

d = "2026-02-02"
A["mt-03-gwangnam.txt"] = dict(
    meta=("행정통합 후 마을단위 주민자치권 강화 필요", "2026-02-02T17:37+09:00", "양동민", "광남일보", "29"), officials=["kang-gi-jung"],
    claims=[
        ("마을단위의 자율성 보장을 전제로 실질적으로 행정에 참여할 수 있는 정책을 다양하게 발굴해야 한다", None, d, [DC, CP], "plan"),
        ("통합 이후 주민자치회의 위상과 권한 강화 필요성과", None, d, [DC, CP], "plan"),
        ("광주전남 통합이 지역 주민의 참여와 자치 역량 강화로 이어질 수 있도록 특별법과 향후 정책 방향을 설계해 달라고 주문했다", None, d, [DC, CP], "plan"),
        ("광주는 주민자치회 중심의 마을자치 제도 운영 경험을 꾸준히 축적했다", "kang-gi-jung", d, [CP], "achievement"),
        ("특별법 입법 과정에서 주민이 주인이 되는 더 건강한 지방자치 모델을 만들 수 있을 것", "kang-gi-jung", d, [DC, CP], "plan"),
    ],
    not_claims=["광주시, 직능별 시민공청회- 주민자치·마을공동체", "96개동 주민자치·마을활동가 모여 주민주권시대 미래 논의",
                "광주전남 통합의 배경과 경과, 향후 일정을 설명하고 있다. 사진제공=광주시",
                "광주시는 이날 광산구립 이야기꽃도서관 너른마루에서",
                "공청회에는 강기정 광주시장을 비롯해 96개동 주민자치회와 마을활동가 100여명이 참석했다"])

d = None
A["mt-04-kotn.txt"] = dict(
    meta=(None, None, None, "OTN매거진", "36"), officials=["lee-choon-hee", "choi-gyo-jin"],
    claims=[
        ("이춘희 시장의 역점 추진 사업인 ‘청춘조치원 프로젝트’가 지난 2014년 10월 2일", None, d, [UR], "statement"),
        ("지금까지의 준비단계를 거쳐 올해 가시적인 성과가 나올 것으로 기대한다", "lee-choon-hee", d, [UR], "statement"),
        ("오는 2025년까지 총 1조 3400억원을 투입해 조치원을 인구 10만명이 거주할 수 있는 젊고 활기찬 도시로 만들겠다", "lee-choon-hee", d, [UR], "target"),
        ("세종시는 지난 2년동안 도시재생, 인프라 구축, 문화·복지, 지역 경제 등 4대 전략", None, d, [UR, JB, "culture-tourism", "welfare"], "plan"),
        ("‘주민 주도형 도시재생’의 기반을 확고히 구축할 수 있었다고 평가했다", None, d, [UR, CP], "achievement"),
    ],
    not_claims=["세종고용복지+센터 건립, 주차공간 확충, 장터 체험형 마을기업 운영, 도시재생활성화계획 수립, 조치원 문화센터 조성 계획",
                "이행사에는 이춘희 세종시장, 고준일 세종시의회 의장, 최교진 교육감"])

d = "2020-09-25"
H = "heo-tae-jeong"
A["mt-05-genmedia.txt"] = dict(
    meta=("허태정 대전시장 “명실상부 과학도시 대전 완성할 것”", "2020-09-25T17:53+09:00", "송영훈", None, "30"), officials=[H],
    claims=[
        ("과학부시장제 도입은 도시의 미래를 지자체가 어떻게 대응할 것인가에 깊이 고민한 끝에 나온 정책", H, d, [RD], "statement"),
        ("김 부시장 임명을 계기로 대전을 명실상부한 과학도시로서의 정체성을 확립하는 기회로 삼을 것", H, d, [RD], "plan"),
        ("과학정책 강화를 통해 4차산업혁명특별시로 과학도시 대전을 완성하겠다는 강한 의지를 나타낸 것", H, d, [RD, FIR], "plan"),
        ("과학기술과 시민의 삶의 연결, 대덕특구의 적극적 참여 등", H, d, [RD], "statement"),
        ("시는 이날 과학부시장제 도입으로 최근 정책 방향의 큰 축을", None, d, [RD], "achievement"),
        ("과학산업 육성의 전담 조직체계를 구축했으며", None, d, [RD], "achievement"),
    ],
    not_claims=["조직신설, 과학특보 이어 과학부시장제 도입", "신임 김명수 정무부시장 임명장 수여식에서 모두 발언을 하고 있다. 사진=대전시 제공",
                "김 신임 부시장에게 역할을 다해 줄 것을 당부했다"])

d = "2023-06-01"
A["mt-06-etoday.txt"] = dict(
    meta=("\"새만금을 이차전지 특화단지로\"…전라북도 결의대회 개최", "2023-06-01T13:27+09:00", None, None, "45"), officials=["kim-gwan-yeong"],
    claims=[
        ("최근 3년간 이차전지 관련 7조 원의 기업 투자가 이루어졌다며", "kim-gwan-yeong", d, [IA], "achievement"),
        ("청년이 일자리를 찾아 떠나지 않고 전북에 살 수 있기를 간절히 소망하며", None, d, [JB, YP], "statement"),
        ("지역 균형발전 차원에서도 새만금 이차전지 특화단지가 반드시 유치돼야 한다", None, d, [DC], "plan"),
        ("이차전지 기업 총 23개사에서 7조 원 규모의 투자협약을 마친 상태다", None, d, [IA], "achievement"),
    ],
    not_claims=["결의대회를 개최했다고 1일 밝혔다", "새만금사업범도민지원위원회가 주관했다", "LG화학·화유코발트, GEM뉴에너지머티리얼즈 등이 포함돼 있다",
                "핵심 물류 SOC 구축이 완료된다", "유치를 위한 결의를 다지고 있다. (사진=전라북도)"])

d = "2026-01-08"
O = "oh-se-hyeon"
A["mt-07-seoul.txt"] = dict(
    meta=("민생 회복·미래산업에 시정 역량 집중", "2026-01-08", "이종익", None, "44200"), officials=[O],
    claims=[
        ("광역시로 승격이 아닌 통합은 반대한다", O, d, [DC], "criticism"),
        ("아산과 천안의 통합은 양 도시에 돌아올 혜택과 장점 등이 없다", O, d, [DC], "criticism"),
        ("통합이라는 것이 실질적으로 아산시를 위한 통합인지가 중요하다", O, d, [DC], "statement"),
        ("그동안 기초자치단체 간 통합은 결과론적으로 큰 성과로 이어지지 않고 있다", O, d, [DC], "criticism"),
        ("광역시를 전제로 주민 간 공감대가 형성되면 통합은 가능하다고 본다", O, d, [DC], "statement"),
        ("실질적인 권한과 책임 등이 이양될 수 있기 때문", O, d, [DC], "statement"),
    ],
    not_claims=["민생 경제 회복과 50만 자족 도시 도약에 시정 역량을 집중하겠다", "민생 경제 회복과 미래 성장 기반을 동시에 완성해 가는 전환의 해로 규정하고"])

d = None
A["mt-08-jemin.txt"] = dict(
    meta=(None, None, "김지석", "제민일보", "50"), officials=[],
    claims=[
        ("올해 전기차 6000대를 보급하며, 이에 맞춰 충전인프라와 서비스를 확대할 계획이라고 7일 밝혔다", None, d, [FV], "target"),
        ("개방형 충전기 109기를 추가 설치한다", None, d, [FV], "target"),
        ("충전기 3기 이상 설치하는 충전 스테이션을 확대해", None, d, [FV], "plan"),
        ("합동으로 전기안전점검 계획을 마련해", None, d, [FV, "disaster-safety"], "plan"),
        ("충전기 관리기관 간담회를 분기별 1회 정례화하고", None, d, [FV], "plan"),
        ("충전소 안내판, 충전구역표시도 정비하는 등 캠페인과 홍보도 적극적으로 펼칠 계획이다", None, d, [FV], "plan"),
        ("2018년 12월말 현재 도내 충전기는 1만4108기로", None, d, [FV], "achievement"),
    ],
    not_claims=["저작권자 © 제민일보 무단전재 및 재배포 금지"])

d = "2019-01-28"
A["mt-09-fnnews.txt"] = dict(
    meta=("광주광역시, '광주형 마을자치공동체' 본격 추진", "2019-01-28T09:37+09:00", "황태종", "파이낸셜뉴스", "29"), officials=[],
    claims=[
        ("올 연말까지 135억원 규모의 19개 마을사업을 본격 추진한다고 28일 밝혔다", None, d, [CP], "plan"),
        ("사업은 △주민자치 실현을 위한 전략마을", None, d, [CP, "education"], "statement"),
        ("또 △마을모임 형성지원 △주민자유공모", None, d, [CP, "welfare", "education", JB, UR], "statement"),
        ("이 밖에 △광주다운 주민자치 활성화 △광주형 공동체 주택건설사업 △빈집 정비사업", None, d, [CP, "housing", UR], "plan"),
        ("마을교육, 인권, 여성·가족, 복지공동체, 도시재생 등 다양한 분야와 연계해 시행한다", None, d, [CP, "education", "welfare", UR], "plan"),
        ("자치분권 시대를 대비하고 주민의 자치역량 향상을 지원하기 위해 광주형 협치마을을 지속적으로 육성하고", None, d, [DC, CP], "plan"),
        ("이 사업은 마을 네트워크 구축 경험이 있는 협치마을 중 선별해 추진한다", None, d, [CP], "statement"),
        ("주민 1% 이상이 참여한 주민총회를 통해 마을의제로 선정된", None, d, [CP], "statement"),
    ],
    not_claims=["12월까지 135억원 규모 19개 마을사업 지원", "광주광역시, '광주형 마을자치공동체' 본격 추진", "입력 2019.01.28 09:37"])

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, a in A.items():
        h, p, r, o, j = a["meta"]
        claims = []
        for c in a["claims"]:
            item = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]}
            if len(c) > 5:
                item["speaker_name"] = c[5]
            claims.append(item)
        gold = {"article": name,
                "metadata": {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j},
                "officials": a["officials"], "claims": claims, "not_claims": a["not_claims"]}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        print(name, len(claims))

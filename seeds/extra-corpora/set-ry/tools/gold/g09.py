import sys; sys.path.insert(0, __import__("os").path.dirname(__file__) + "/..")
from gold_lib import C, write

D = "2019-05-16"
K = "jo-byeong-ok"
write(
    "ry-09-daejonilbo.txt",
    {"headline": "조병옥 음성군수, 행안부에 외국인 수 증가 등 제도개선 건의",
     "published": "2019-05-16T14:01:38+09:00", "reporter": None, "outlet": "대전일보", "jurisdiction": "43770"},
    [K],
    [
        C("음성군이 자치분권 시대를 대비한 효율적 조직 운용 등을 위해 다각적인 행보를 이어나가고 있다", None, D,
          ["decentralization"], "statement"),
        C("급증하고 있는 외국인 행정수요에 대응하는 기준인건비 반영 및 기구설치 기준 개선 등을 건의했다고 밝혔다", K, D,
          ["decentralization"], "plan"),
        C("행정기구 설치 시 외국인 수를 포함해 줄 것을 적극적으로 건의했다", K, D,
          ["decentralization", "welfare"], "plan"),
        C("의회사무기구의 기준도 등록외국인을 포함한 인구수에 따라 결정할 수 있도록 요건을 완화해줄 것을 건의했다", K, D,
          ["decentralization"], "plan"),
    ],
    [
        "제8회 충청 명품·특산품 대축천",
        "음성군의 등록외국인 수는 9181명으로 전국 82개 군 단위 중 1위를 차지하고 있으며",
        "등록되지 않은 외국인을 포함하면 음성군 인구의 약 10%를 넘게 차지할 것으로 보인다",
        "조병옥 군수는 \"기업체 유치 및 정",
    ],
)

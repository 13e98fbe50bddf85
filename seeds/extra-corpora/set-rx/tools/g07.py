from gold_lib import C, write

# Broadcast script with no date in the text: published and all claim dates null.
U = ["urban-regeneration"]
UC = ["urban-regeneration", "culture-tourism"]
write(
    "rx-07-kjmbc.txt",
    "광주 동구, 도시재생 선도사업 선정",
    None, "박수인", "광주MBC", "29110", [],
    [
        C("도시재생 선도지역으로 선정돼 정부의 지원을 받게 됐습니다", None, None, U, "achievement"),
        C("문화가 숨쉬는 공간으로 발바꿈될 예정입니다", None, None, UC, "plan"),
        C("예술인들의 마을로 되살아날 길이 열렸습니다", None, None, UC, "achievement"),
        C("구도심 살리기 사업이 지난달 정부로부터 도시재생 선도사업으로 선정됐습니다", None, None, U, "achievement"),
        C("앞으로 4년동안 2백억원의 예산이 투입돼", None, None, UC, "plan"),
        C("동명동엔 근대 양옥마을 답사길이 조성되고", None, None, UC, "plan"),
        C("기존의 재개발과는 차원이 다릅니다", None, None, U, "statement", "주정석"),
        C("구도심 지역에 자생적으로 생겨나고 있는 문화공간들도 더욱 활성화될 것으로 보입니다", None, None, UC, "statement"),
        C("주민들을 대상으로 공청회를 연 뒤 이달 안에 구체적인 사업 계획 수립에 착수할 예정입니다", None, None,
          ["urban-regeneration", "citizen-participation"], "plan"),
    ],
    [
        "광주 동구, 도시재생 선도사업 선정",
        "한 사람이 겨우 지나갈 정도로 좁디좁은 골목길.",
        "사람이 떠난 빈집들이 늘어갑니다.",
    ],
)

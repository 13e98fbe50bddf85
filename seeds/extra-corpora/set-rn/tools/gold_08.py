import sys; sys.path.insert(0, '/work/blind/set-rn/tools')
from gold_lib import C, write
A = ["agriculture"]; H = ["public-health"]; L = ["labor-relations"]; F = ["decentralization"]
write("rn-08-ysmbc.txt",
      {"headline": None, "published": None, "reporter": "장용기", "outlet": None, "jurisdiction": "46"},
      [],
      [
        C("농도 전남의 지난 97년 농가순소득은 천 20만 원.", None, None, A, "statement"),
        C("20년이 흘렀어도 변함이 없습니다", None, None, A, "criticism"),
        C("전남의 강점을 살린 중소농 정책은 없다고 추궁했고", None, None, A, "criticism"),
        C("지금 전라남도의 중소농 정책,농촌 공동화현상,인구절벽 등 함께 무너지고 있는 겁니다", None, None, A, "criticism", "김문수"),
        C("공공의료 사각지대에 놓인 강진의료원을 파헤쳤는가 하면", None, None, H, "criticism"),
        C("총체적 부실경영을 하고 있는 강진의료원을 이대로 방치해서는 안된다는 생각입니다", None, None, H, "criticism", "차영수"),
        C("서울의 전남 농수축산물 유통센터의 편법.탈법도 도마에 올랐습니다", None, None, A, "criticism"),
        C("지금의 민간사업자와 이 사업을 계속 해야되는지에 대해서 신중히 검토해야 된다고 봅니다", None, None, A, "plan", "민병대"),
        C("고작 1억원 대 지방세를 내는 대기업 유통매장에 대한 도의 대책을 따졌고", None, None, F, "criticism"),
        C("최선의 노력을 다하겠다는 얘기는 어떻게 보면 아무것도 하지 않겠다는 얘기하고 똑같습니다", None, None, F, "criticism", "최현주"),
        C("구체적으로 어떤 최선의 노력을 다할지에 대한 방안이 나와야죠", None, None, F, "plan", "최현주"),
        C("용역직의 정규직 전환을 앞당기겠다는 답변도 이끌어 냈습니다", None, None, L, "plan"),
        C("내년 초에 내년을 시작하면서 전환이 됐으며 좋겠다는 가대 또한 갖고 있습니다", None, None, L, "plan", "이보라미"),
      ],
      ["초선 의원들의 현장 밀착형 질문이 돋보였다는 평가를 받았습니다",
       "야당 초선의원들의 공세도 매서웠습니다"])

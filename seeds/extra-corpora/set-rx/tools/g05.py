from gold_lib import C, write

# The text prints no publication date (only the photo caption's '2025.10.24'): published and all dates null.
E = ["energy-transition"]
write(
    "rx-05-newspim.txt",
    None, None, "김시아", "뉴스핌", "46910", [],
    [
        C("'햇빛연금'의 누적 수익이 300억 원을 돌파했다", None, None, E, "achievement"),
        C("2025년 10월 현재 총 300억 원의 수익을 달성했다고", None, None, E, "achievement"),
        C("햇빛연금은 발전사업자 중심의 신재생에너지 구조에서 벗어나", None, None, E, "statement"),
        C("연금은 지역사랑상품권 형태로 지급돼 지역 내 소비로 이어지며", None, None, ["energy-transition", "small-merchants", "jobs"], "achievement"),
        C("신안군은 이 제도 시행 이후 인구소멸위기 지역에서 탈피하는 성과를 거두었다", None, None, E, "achievement"),
        C("2014년 이후 지속 감소하던 인구가 2023년부터 2년 연속 증가세로 전환됐으며", None, None, E, "achievement"),
        C("군은 이 변화를 햇빛연금과 함께 바람연금 도입 효과로 분석하고 있다", None, None, E, "achievement"),
        C("올해 햇빛·바람연금 수혜자는 군민의 49%에 달하는 1만 8997명으로 확대됐다", None, None, E, "achievement"),
        C("신안군민 모두가 연금 혜택을 받는 전국 최초 사례가 될 전망이다", None, None, E, "statement"),
        C("신안군은 아동 복지에도 연금 모델을 확대했다", None, None, ["welfare", "energy-transition"], "achievement"),
        C("'햇빛아동수당'을 통해 18세 이하 아동 약 3,000명에게 1인당 40만 원씩 지급했으며", None, None,
          ["childcare-birth", "welfare", "energy-transition"], "achievement"),
        C("태양광과 해상풍력 등 청정에너지를 주민과 공유해 지속 가능한 지역경제 구조를 만들어가고 있다", None, None, E, "statement", "김대인"),
    ],
    [
        "49% 군민 수혜…2028년 전 군민 연금 혜택 기대",
        "신안군, 햇빛연금 누적 수익 300억 원 돌파.",
    ],
)

"""Units that say nothing about a policy whatever keywords they hold (README "What a policy claim
is"): definitions, wishes and thanks, the interviewer's questions, verdicts on one company, facts about
the whole country, courtesy visits and the budget as a whole."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.policies.predicates import _verbs, past_tense
from tracker.extract.policies.values import PolicyHit, TokenLike

_DEFINITION = re.compile(
    r"(이란|란|는|은)\s.*(말한다|뜻한다|의미한다|해당된다|일컫는다|가리킨다)[.\s]*$"
    # `주민참여예산은 예산편성과정에 주민들이 직접 참여해 … 결정하는 제도다`: what an institution is (its
    # name as the sentence's first word and topic, `제도` as the predicate)
    r"|^[^\s“\"'‘]+(?:는|은)\s[^“”\"]*(?:하는|되는)\s제도(?:다|이다|입니다)[.\s]*$"
)
# `… 문의 사항은 보은군 치매안심센터로 문의하면 된다`: where readers can ask or how they apply, a notice and no claim.
_CONTACT = re.compile(
    r"(?:문의하면\s?된다|문의하면\s?됩니다|문의\s?바란다|문의\s?바랍니다|문의하세요"
    # how to use a service (`… 112로 전화해 ‘안심 귀가 서비스’를 신청·이용하면 된다`, set-e e-02)
    r"|(?:신청|이용|접수|방문|전화)(?:·(?:신청|이용|접수))?하면\s?(?:된다|됩니다))[.\s]*$"
)
# The budget as a whole (`내년도 예산안`, `총예산`, `일반회계 전체`): a sentence about it without a keyword
# is about no one policy.
_WHOLE_BUDGET = re.compile(r"예산안|총\s?예산|전체\s?예산|본예산|예산\s?총액|예산\s?규모")
# A general fact about the country or the world (`우리나라는 전국적으로 출산율이 … 감소하고 있다`):
# background, not a claim about a policy.
_GENERAL_FACT = re.compile(r"^[\s“\"'‘]*(우리나라|전국|전\s?세계|세계|국내|한국)(는|은|에서는|적으로)\s")
# Visiting, listening and encouraging (`…복지관을 방문해 애로사항을 청취하고 격려의 말을 전했다`, `…을 직접
# 돌아본 후 … 주민과 간담회를 가졌다`): a courtesy visit says nothing about the policy the place belongs to.
_VISITING = frozenset({"방문", "찾", "둘러보", "돌아보", "돌"})
_VISIT_VERBS = frozenset(
    {"방문", "찾", "청취", "듣", "격려", "위로", "전하", "살피", "둘러보", "인사", "당부", "감사", "치하", "만나",
     "나누", "경청", "하", "되", "있", "위하", "앞서", "따르", "돌아보", "갖", "가지", "돌",
     # going about it (`… 농가를 방문해 적극 소통 행보에 나섰다`, `… 해결 방안을 함께 고민하는 시간을 가졌다`)
     "나서", "소통", "고민", "비롯하", "비롯",
     # the occasion and the days (`새해를 맞아`, `지난 2일`, `오는 8일까지`, `설을 앞두고`) only date the visit
     "맞", "맞이", "지나", "오", "앞두"}
)  # fmt: skip
# Wishes and thanks (`핵심 인재들이 되길 바란다`, `깊이 감사드린다`) assert nothing about a policy. A
# request to someone to act (`…대비를 해 주시기 바란다`, `…신경 써 주길 바랍니다`: the auxiliary 주다 before
# 바라다) is a directive about the policy, not a wish: it stays.
_COURTESY = re.compile(
    r"(바란다|바랍니다|감사드린다|감사드립니다|감사하다|감사합니다|축하한다|축하합니다|기원한다|기원합니다)[.”\"’'\s]*$"
)
_REQUEST = re.compile(r"주(?:시)?(?:기를|기|길)\s?(?:바란다|바랍니다)[.”\"’'\s]*$")
# A question of the interviewer in a Q&A (`―치매전담조직을 … 구성했다고 들었다.`, `―앞으로의 계획은?`): the
# answers make the claims.
_INTERVIEW_QUESTION = re.compile(
    r"^\s*[―—]\s*\S.*(?:\?|들었다|궁금하다|궁금합니다|는지|[는인]가|나요|까요)[.\s]*$"
)
# A verdict on one entity (`…한국알프스는 … 선도할 것으로 평가됐다`): facts about single companies are not
# claims (ANNOTATION_NOTES convention 3) unless the entity is itself a policy (`창업지원단은 … 두각을`).
_VERDICT = re.compile(r"(평가[됐되받]|인정[을]?\s?받|부각[됐되]|두각을\s?나타)[^.]{0,12}[.”\"’'\s]*$")


# `… 출범식에서 이같이 피력했다`: the sentence only says who said the quote before it, where and when. Its
# predicate is a verb of saying with `이같이`/`이렇게` (the words are the quote's), and its other verbs
# hold or attend the event; the keywords it holds name the occasion (`가덕도신공항건설공단 출범식`).
_SAID_SO = re.compile(
    r"(?:이\s?같이|이와\s?같이|이렇게|이처럼)\s?"
    r"(?:말|밝|피력|강조|설명|전했|덧붙|역설|언급|주장|당부|호소|토로|답|소감을\s?밝)\S*[.”\"’'\s]*$"
)
_SAYING = frozenset(
    {"말", "말하", "밝히", "피력", "강조", "설명", "전하", "덧붙이", "역설", "언급", "주장", "당부", "호소",
     "토로", "답하", "답변"}
)  # fmt: skip


def said_so(text: str, tokens: Sequence[TokenLike], frame_verbs: frozenset[str]) -> bool:
    """`박완수 경남도지사는 31일 가덕도신공항건설공단 출범식에서 이같이 피력했다`: an attribution of the quote
    before, and nothing else (every verb is one of saying or of holding or attending the event). A
    sentence that also does something (`… 능동적 대응을 주문하면서 이같이 말했다`) is a claim."""
    if not _SAID_SO.search(text):
        return False
    return all(t.form in _SAYING or t.form in frame_verbs for t in _verbs(tokens))


# `권 시장은 대구경북 통합신공항 추진상황도 언급했다`: the reporter says that a matter was touched on, not
# what was said about it (the quotes or the sentences after say that).
_MENTIONED = re.compile(r"(?:언급|거론)(?:했|하였)(?:다|습니다)[.\s]*$")
_MENTION_VERBS = frozenset({"언급", "거론", "하", "되", "있", "관하", "대하", "관련"})


def only_mentions(text: str, tokens: Sequence[TokenLike]) -> bool:
    """`…통합신공항 추진상황도 언급했다`: a narrated sentence whose only act is mentioning a matter (every
    verb is 언급하다/거론하다 or a light verb): it names a policy without saying anything about it (README
    "What a policy claim is"). A sentence that says something as well (`… 조기 착공을 언급하며 예산을
    확보하겠다고 밝혔다`) is a claim."""
    if not _MENTIONED.search(text):
        return False
    return all(t.form in _MENTION_VERBS for t in _verbs(tokens))


# `이날 김 교육감이 올해 주요정책과 구체적인 운영방향에 대해 밝혔다`: the reporter announces what a speech
# was about (`…에 대해 밝혔다/설명했다/말했다`), and the quotes or sentences after say what was said. Such a
# line names the matter only in general words (`정책`, `방향`, `계획`); one that lists the measures
# themselves (`▲보편적 교육복지 세밀화 ▲… 등 주요 정책에 대해서도 설명했다`) names them by their keywords
# and is a claim.
_SPOKE_ABOUT = re.compile(
    r"에\s?(?:대해|대해서|대하여|관해|관해서|관하여)(?:도|는)?\s?"
    r"(?:밝혔|말했|설명했|이야기했|얘기했|언급했|발표했)(?:다|습니다)[.\s]*$"
)
_SPOKE_VERBS = _MENTION_VERBS | _SAYING | {"이야기", "얘기", "발표"}


def only_spoke_about(text: str, tokens: Sequence[TokenLike], hits: Sequence[PolicyHit]) -> bool:
    """`이날 김 교육감이 올해 주요정책과 구체적인 운영방향에 대해 밝혔다`: a narrated sentence whose only act is
    speaking about a matter named in general words (no specific keyword): the announcement of a speech,
    not a claim. A sentence that names measures (a specific keyword after its subject: the speaker's
    title, `교육감`, names who speaks, not what about) or does something else is kept."""
    if not _SPOKE_ABOUT.search(text):
        return False
    subject_end = next(
        (t.end for t in tokens if t.tag == "JKS" or (t.tag == "JX" and t.form in {"은", "는"})), None
    )
    if subject_end is None or any(not h.generic and h.end > subject_end for h in hits):
        return False
    return all(t.form in _SPOKE_VERBS for t in _verbs(tokens))


def courtesy_visit(tokens: Sequence[TokenLike]) -> bool:
    """`…복지관을 방문해 … 애로사항을 청취하고 격려의 말을 전했다`: every verb is one of visiting,
    listening or encouraging (delivering aid, `위문품을 전달했다`, is a different act)."""
    if not any(t.form in _VISITING for t in tokens):  # cheap test first: most units visit nobody
        return False
    position = {id(t): i for i, t in enumerate(tokens)}
    # what the place did (`스마트팜시설을 설치한 … 농가를 방문했다`) describes the place, not the act
    verbs = [t for t in _verbs(tokens) if not _modifies_noun(tokens, position[id(t)])]
    return any(t.form in _VISITING for t in verbs) and all(t.form in _VISIT_VERBS for t in verbs)


# Who attended or came along (`이날 현판식에는 김주수 의성군수, … 등 각계 인사 70여 명이 참석했다`, `이 지사의
# 이번 방문에는 … 오색시장상인회장 등이 함께했다`): a list of guests names offices and bodies, not a claim
# about the policies their names contain.
_ATTENDING = frozenset({"참석", "함께하", "자리하", "배석", "동행"})
_ATTEND_VERBS = frozenset(
    {*_ATTENDING, "하", "되", "있", "비롯하", "비롯", "맞", "맞이", "지나", "오", "앞두"}
)


def guest_list(tokens: Sequence[TokenLike]) -> bool:
    """Every verb is one of attending or coming along, and the people are listed (`…, … 등이 참석했다`)."""
    verbs = _verbs(tokens)
    if not verbs or (verbs[-1].form not in _ATTENDING and not _accompanied(tokens)):
        return False
    listed = any(t.form == "등" and t.tag == "NNB" for t in tokens) or sum(t.form == "," for t in tokens) >= 2
    return listed and all(t.form in _ATTEND_VERBS for t in verbs)


def _accompanied(tokens: Sequence[TokenLike]) -> bool:
    """`… 등이 함께했다` / `… 등도 자리했다`: Kiwi reads 함께 as an adverb before 하다."""
    for i, t in enumerate(tokens[:-1]):
        if (
            t.form in {"함께", "자리"}
            and tokens[i + 1].form == "하"
            and tokens[i + 1].tag.startswith(("VV", "XSV"))
        ):
            return not any(u.tag == "VV" and u.form != "하" for u in tokens[i + 2 :])
    return False


def _modifies_noun(tokens: Sequence[TokenLike], i: int) -> bool:
    """The verb at `i` heads a relative clause (`설치한`, `선정된`): its next ending is an ETM."""
    for t in tokens[i + 1 : i + 4]:
        if t.tag in {"XSV", "EP"}:
            continue
        # a purpose (`의견을 반영하기 위해 … 방문했다`): why the visit was made
        if t.tag == "ETN" and t.form == "기":
            return any(u.form == "위하" for u in tokens[i + 2 : i + 5])
        return t.tag == "ETM" and t.form not in {"ᆯ", "을", "를"}
    return False


def _topic_is_policy(tokens: Sequence[TokenLike], hits: Sequence[PolicyHit]) -> bool:
    """Whether the sentence's topic (the noun compound before its first 은/는/이/가) is a keyword."""
    for i, t in enumerate(tokens):
        if t.tag in {"JX", "JKS"} and t.form in {"은", "는", "이", "가"} and i:
            j = i - 1
            while j > 0 and tokens[j - 1].tag.startswith("NN") and tokens[j - 1].end == tokens[j].start:
                j -= 1
            start, end = tokens[j].start, tokens[i - 1].end
            return any(h.start < end and start < h.end for h in hits)
    return False


# The governments whose own work a verdict may praise (`관악구가 … 모범 사례로 인정받았다`): a city, county,
# district or province, as the bare word or a name (`관악구`, `성남시`, `경상남도`).
_GOVERNMENT_WORDS = frozenset({"시", "군", "구", "도", "시청", "군청", "구청", "도청"})
_GOVERNMENT_NAME = re.compile(r"^[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|시|군|구|도)$")


def topic_is_government(tokens: Sequence[TokenLike]) -> bool:
    """Whether the sentence's subject (the noun before its first 은/는/이/가) is a local government: a
    verdict on the government's own work (`관악구가 … 최우수상을 수상하며 … 모범 사례로 인정받았다`) is a
    result of its policy, unlike a verdict on one company (ANNOTATION_NOTES convention 3)."""
    for i, t in enumerate(tokens):
        if t.tag in {"JX", "JKS"} and t.form in {"은", "는", "이", "가"} and i:
            prev = tokens[i - 1]
            return prev.form in _GOVERNMENT_WORDS or (
                prev.tag == "NNP" and bool(_GOVERNMENT_NAME.match(prev.form))
            )
    return False


# The size of the problem a policy is for (`온실가스 배출량은 전국의 22.2%를 차지하고 있다`, `초미세먼지 배출량
# 전국 1위 … 불명예도 안고 있다`, `취약계층 부채 비중도 … 6.5% 수준에 이른다`, `사망자수가 많아 인구가 …
# 감소하고 있다`): background the reporter gives, no claim about the policy. A figure of what was done or
# reached (`미세먼지 농도가 30% 줄었다`: past tense) or one that names a measure (`저감 대책`, `사업`) is a claim.
_PROBLEM_FIGURE = re.compile(r"배출량|농도|전국\s?(?:\d+위|최고|최저|최하)|불명예|사망자|인구가")
_MEASURE = re.compile(
    r"정책|사업|대책|추진|계획|지원|저감|감축|조성|확대|목표|개선|도입|시행|운영|투자|예산|억\s?원|설치|건립|구축"
    r"|마련|줄이|낮추|높이|늘리|달성|성과|효과|선정|유치|협약|전략|방안|로드맵|비전"
)


def problem_figure(text: str, tokens: Sequence[TokenLike]) -> bool:
    """A narrated figure of the problem (above): a statistic, no measure, nothing in the past tense."""
    return (
        _PROBLEM_FIGURE.search(text) is not None and _MEASURE.search(text) is None and not past_tense(tokens)
    )

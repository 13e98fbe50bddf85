"""Units without a keyword of their own that go on about the policy of the claim before
(ANNOTATION_NOTES convention 2): a referring word (`이를 통해`, `이번 사업`), a connective (`또한`), a
project topic (`사업법인은`), a programme description (`… 사업이다`), a name a recent list gave, or a
concrete step of the initiative. `한편` turns to something else."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.policies.predicates import _verbs
from tracker.extract.policies.values import TokenLike
from tracker.extract.quantities import find_quantities

_ANAPHOR = re.compile(r"^[\s“\"'‘]*(이것|이는|이를|이에|이곳|이 곳|이와|이런|이러한|이 같은|이같은)")
# `이번 사업`, `해당 협약`, `이번 공모사업`, `본 사업`: a noun phrase that points back at the initiative
_ANAPHOR_ANYWHERE = re.compile(
    r"(?<![가-힣])(?:(?:이번|해당|이|본|동)\s?|(?:이번|해당)\s?[가-힣]{1,6}?)"
    r"(?:사업|협약|정책|제도|프로젝트|계획|공모|법안|개정안|조례|노선)"
    # `이를 통해`, `이에 따라`, `이와 관련해` after the subject (`제주도는 이를 통해 …`)
    r"|(?<![가-힣])(?:이를|이에|이와|이로써|이로)\s?(?:통해|위해|따라|따른|관련|함께|인해)"
    # `선정된 5개사와`: the entities a result named before
    r"|(?:선정|지정|선발|참여|입주)(?:된|한|받은)\s?\d+\s?(?:개사|개\s?기업|개\s?업체|개\s?지구|개\s?기관|곳)"
)
# `이번 사업은 …`: the sentence is about the initiative before, whatever else it names
_ANAPHORIC_TOPIC = re.compile(
    r"^[\s“\"'‘]*(?:이번|해당|본|이)\s?(?:사업|정책|제도|프로젝트)(?:은|는|이|도)\s"
)
# `한편 …`: the sentence turns to something else
_TOPIC_SHIFT = re.compile(r"^[\s“\"'‘]*한편[\s,]")
CONNECTIVE = re.compile(
    r"^[\s“\"'‘]*(또한|또|아울러|이와 함께|이외에도|특히|더불어|나아가|이어|다만|그러면서)[\s,]"
)
# Connectives that add another item to what was said (`이와 함께`, `아울러`, `또한`): a sentence with its own
# policy after one names a further measure, not more of the one before.
ADDING = re.compile(r"^[\s“\"'‘]*(또한|또|아울러|이와 함께|이외에도|이밖에도|더불어)[\s,]")
# `하지만 …`, `그러나 …`: the sentence turns against what was said, on the same matter.
CONTRAST = re.compile(r"^[\s“\"'‘]*(하지만|그러나|그런데|반면)[\s,]")
# Topics that point back at the initiative the previous sentences are about (`사업법인은`, `사업이`,
# `시설운영은`, `총사업비는`, `공사는`): the project, its body, its money or its stages.
_PROJECT_TOPICS = frozenset(
    {"사업", "사업비", "총사업비", "사업법인", "사업단", "사업자", "사업시행자", "시설", "공사", "착공", "완공",
     "준공", "개통", "예산", "프로그램", "자격", "신청자격", "지원대상"}
)  # fmt: skip
# `…는 청년 구직자가 … 지원하는 사업이다`, `… 체험형 직무 교육 프로그램이다`: the sentence says what the
# initiative of the claim before is (its predicate is an initiative noun with the copula).
_PROGRAMME_COPULA = re.compile(r"(?:사업|프로그램|제도|정책|과정)(?:이다|입니다)[.”\"’'\s]*$")


def _topic_compound(tokens: Sequence[TokenLike]) -> list[TokenLike]:
    """The nouns of the sentence's topic: the compound before its first 은/는/이/가."""
    for i, t in enumerate(tokens):
        if t.tag in {"JX", "JKS"} and t.form in {"은", "는", "이", "가"} and i:
            j = i - 1
            while j > 0 and tokens[j - 1].tag.startswith("NN") and tokens[j - 1].end == tokens[j].start:
                j -= 1
            return [t for t in tokens[j:i] if t.tag.startswith("NN")]
        if t.tag in {"JKO", "JKB", "EC", "EF"}:
            return []
    return []


def refers_back(text: str, tokens: Sequence[TokenLike]) -> bool:
    """Whether a unit without keywords points back at a policy named before (convention 2): a
    referring word (`이것`, `이를 통해`, `이번 사업`, `해당 협약`) or a topic that is the initiative, its
    body, money or stages (`사업법인은`, `사업이`, `시설운영은`, `총사업비는`)."""
    if _ANAPHOR.match(text) or _ANAPHOR_ANYWHERE.search(text):
        return True
    topic = _topic_compound(tokens)
    return bool(topic) and any(t.form in _PROJECT_TOPICS for t in topic)


# A sum, a count or a share as written (`12만 5000원`, `8,475명`, `30%`), without spaces.
_FIGURE = re.compile(r"\d[\d,.]*(?:[만억조천]\d*[\d,.]*)*(?:원|명|개|곳|%|가구|대|건)")


def repeats_figure(text: str, tokens: Sequence[TokenLike], offset: int, before: str) -> bool:
    """Whether the sentence's topic is a figure the claim before stated (`지급이 유보된 12만 5000원은 …
    지급된다` after `… 절반인 12만 5000원만 지급하게 됐다`): news goes on about a programme's money or
    people by repeating the figure as the new sentence's subject. `before`: the claim before, without
    spaces. Only a topic that ends in the figure counts (before the first 은/는), not a figure anywhere."""
    k = next((k for k, t in enumerate(tokens) if t.tag == "JX" and t.form in {"은", "는"}), None)
    if not k or not tokens[k - 1].tag.startswith("NN"):
        return False  # `폐교하지는 않는다`: a verb's 는, no topic
    head = "".join(text[: tokens[k].start - offset].split())
    # the figure is the topic itself (`…된 12만 5000원은`), not a number inside it
    return any(m.end() == len(head) and m.group() in before for m in _FIGURE.finditer(head))


def _named_again(
    tokens: Sequence[TokenLike], recent: Sequence[tuple[str, tuple[str, ...]]]
) -> tuple[str, ...] | None:
    """The policies of a recent claim that listed several and gave them a name the sentence opens with
    (`5대 핵심전략과제에는 …` after `▲… ▲…는 5대 핵심전략과제로 지정해`): its first noun compound, 4+ letters
    so that it is a name, not a common word."""
    compound: list[str] = []
    for k, t in enumerate(tokens):
        if t.tag.startswith("NN") or t.tag in {"SN", "XSN", "XPN"}:
            glued = k > 0 and tokens[k - 1].end == t.start
            compound = [*compound, t.form] if (compound and (glued or t.tag.startswith("NN"))) else [t.form]
            continue
        if compound:
            break
    name = "".join(f for f in compound if not f.isdigit())
    if len(name) < 4:
        return None
    for text, slugs in reversed(recent):
        # a name for the set of policies the claim listed (one policy's entity, `우주항공청`, is not)
        if name in text and len(slugs) > 1:
            return slugs
    return None


def _continuation(text: str, tokens: Sequence[TokenLike], has_own: bool) -> bool:
    """Whether the unit refers back to the previous claim's policy (convention 2): a referring word
    (`이것`, `이번 사업`), a connective (`또한`, `이와 함께`), a topic marked `도` (`부가가치도`) or a
    dropped subject whose sentence opens on an amount (`3375억원이 투자됐고`). Referring words and
    `도` only count when the unit names no policy itself."""
    content = [t for t in tokens if t.tag not in {"SS", "SSO", "SSC", "SP", "SW"}]
    # an amount, not a date (`2014년 3개에 불과하던 …` opens on a year)
    opens_on_amount = (
        len(content) > 1 and content[0].tag == "SN" and content[1].form not in {"년", "월", "일"}
    )
    if opens_on_amount and find_quantities(text):
        return True
    if CONNECTIVE.match(text) or _ANAPHORIC_TOPIC.match(text):
        return True
    if has_own:
        return False
    if refers_back(text, tokens) or _PROGRAMME_COPULA.search(text):
        return True
    for i, t in enumerate(content[:-1]):
        if t.tag.startswith("NN"):
            nxt = content[i + 1]
            if nxt.tag.startswith("NN"):
                continue
            return nxt.form == "도" and nxt.tag == "JX"
        return False
    return False


# The body that runs the initiative, as a sentence's subject (`시는 … 선정했다`): the sentence carries on
# with what the previous one said, as a dropped subject does.
_INSTITUTIONS = frozenset({"시", "군", "구", "도", "시청", "군청", "구청", "도청", "교육청"})
# Concrete steps of an initiative (`10호를 공급한다`, `수탁기관으로 … 선정했다`, `20회로 증편해`,
# `리모델링 공사를 마치고`).
_STEPS = frozenset(
    {"공급", "건립", "건설", "조성", "준공", "착공", "완공", "개소", "개관", "개통", "설치", "모집", "선정",
     "증편", "운행", "투입", "들이", "마치", "완료", "확충", "입주", "선발", "배치", "보급", "매입", "재개"}
)  # fmt: skip


def _carries_on(text: str, tokens: Sequence[TokenLike], heads: dict[str, str]) -> str | None:
    """Whether a sentence without keywords carries on the previous claim: a concrete step of the
    initiative (`…의 10호를 공급한다`) with a dropped subject or the running body as subject (`시는`), or
    a subject that is the head of a keyword named before (`센터는` after `치매안심센터`). Returns the
    policy of that keyword, '' for the previous claim's, None when the sentence does not carry on."""
    if _TOPIC_SHIFT.match(text):
        return None
    # `4월부터는`: a time, not a subject
    topic = [t for t in _topic_compound(tokens) if t.tag != "NNB"]
    headed = heads.get(topic[-1].form[-2:], "") if topic and len(topic[-1].form) >= 2 else ""
    if topic and not headed and (len(topic) > 1 or topic[-1].form not in _INSTITUTIONS):
        return None
    if not any(t.form in _STEPS for t in _verbs(tokens)):
        return None
    return headed

"""Policies per unit for a whole article: hits, the article's topics, then per unit the filters that
say it is no claim, the hits that count, continuation of the claim before and the article's topic; a
second pass with the article's own vocabulary; the people a claim is for last."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from tracker.extract.policies.continuation import (
    _TOPIC_SHIFT,
    ADDING,
    CONNECTIVE,
    CONTRAST,
    _carries_on,
    _continuation,
    _named_again,
    refers_back,
    repeats_figure,
)
from tracker.extract.policies.events import _claimed_hits, _event_report
from tracker.extract.policies.fuzzy import fuzzy_hits
from tracker.extract.policies.generic import _counted, _generic_allowed, _without_format_words
from tracker.extract.policies.headline import _headline_hits, _headline_names, headline_instances
from tracker.extract.policies.hits import _by_start, find_hits
from tracker.extract.policies.letters import _compact
from tracker.extract.policies.lexicon import Lexicon
from tracker.extract.policies.lists import _listed, group_fields
from tracker.extract.policies.predicates import has_predicate
from tracker.extract.policies.qualified import BENEFICIARIES, _qualified
from tracker.extract.policies.remarks import (
    _CONTACT,
    _COURTESY,
    _DEFINITION,
    _GENERAL_FACT,
    _INTERVIEW_QUESTION,
    _REQUEST,
    _VERDICT,
    _WHOLE_BUDGET,
    _topic_is_policy,
    courtesy_visit,
    guest_list,
    only_mentions,
    only_spoke_about,
    problem_figure,
    said_so,
    topic_is_government,
)
from tracker.extract.policies.targets import _for_the_people, _targeted
from tracker.extract.policies.topics import _running_topic, article_topics
from tracker.extract.policies.values import PolicyHit, TokenLike, UnitPolicies
from tracker.extract.policies.vocabulary import _topic_vocabulary, _Vocabulary

# Content words (nouns, verbs, modifiers) a cut-off last unit needs to say something: on the development sets
# a stub (`또 인천형 도시재생사업인 ‘전`) was a claim in 8 of 27 cases with fewer, in 141 of 177 with more.
_CUT_CONTENT = 8


def assign_policies(
    texts: Sequence[str],
    tokens: Sequence[Sequence[TokenLike]],
    offsets: Sequence[int],
    lexicon: Lexicon,
    *,
    eligible: Sequence[bool],
    headline: str | None = None,
    quoted: Sequence[bool] | None = None,
    speakers: Sequence[str | None] | None = None,
    cut_off: bool = False,
) -> list[UnitPolicies]:
    """Policies per unit for a whole article, in order.

    `eligible[i]` is False for units that cannot be claims whatever they say (headline, caption,
    byline); they neither become claims nor count towards the article's topics. `quoted[i]` marks
    quoted sentences, whose predicate may sit in the quotative (`“… 초래하는 행위”라고 했다`).
    `speakers[i]`: who says the unit (a person key or the name as written), None for narration.
    `cut_off`: the text stops inside its last unit (an excerpt cut at a length, `… 정착지원 사업 등을 통해
    청년`): that unit's predicate was cut away, not missing, so it may still make a claim.

    A unit that names no policy makes a claim only when it says something about one without naming
    it (README "What a policy claim is"): it refers back to the previous claim's policy (`이를 통해`,
    `이번 사업`, `사업법인은`, a connective), names an initiative the headline quotes (`‘문경팩토리아’`)
    in an article about one policy, or is a quote that continues a claim of the same speaker's quote
    or is said by a named speaker in an article about one policy. Other sentences (a request to the
    police, page furniture) are not claims even in an article about one policy.
    """
    n = len(texts)
    asserts = [
        (bool(quoted and quoted[i]) and len(tokens[i]) >= 3) or has_predicate(tokens[i]) for i in range(n)
    ]
    if cut_off and n and sum(t.tag.startswith(("N", "V", "M", "XR")) for t in tokens[-1]) >= _CUT_CONTENT:
        asserts[-1] = True
    raw = [find_hits(texts[i], tokens[i], lexicon, offset=offsets[i]) for i in range(n)]
    raw = _without_format_words(raw, texts, tokens, eligible, headline)
    instances = headline_instances(headline, lexicon)
    if instances:
        raw = [
            sorted([*raw[i], *_instance_hits(texts[i], offsets[i], raw[i], instances)], key=_by_start)
            for i in range(n)
        ]
    headline_hits = _headline_hits(headline, lexicon)
    topics = article_topics([h for h, ok in zip(raw, eligible, strict=True) if ok], headline_hits)
    fuzzy = frozenset(s for s, v in topics.items() if v >= 4)
    if fuzzy:
        raw = [
            sorted(
                [*raw[i], *fuzzy_hits(texts[i], lexicon, fuzzy, offset=offsets[i], taken=raw[i])],
                key=_by_start,
            )
            for i in range(n)
        ]
    generic_counts: Counter[str] = Counter(
        h.slug for hits, ok in zip(raw, eligible, strict=True) if ok for h in hits if h.generic
    )

    topic = _running_topic(raw, eligible, asserts, headline_hits, topics, generic_counts)
    # policies that one sentence of the body names and nothing else does (not even the headline)
    named_in = Counter(
        s for hits, ok in zip(raw, eligible, strict=True) if ok for s in {h.slug for h in hits}
    )
    once = frozenset(s for s, k in named_in.items() if k == 1 and s not in {h.slug for h in headline_hits})
    specific = {s for s, v in topics.items() if v > generic_counts[s]}
    # policies the article names only by the people they serve (`취약계층`), never by their own words
    people_only = frozenset(
        named_in.keys()
        - {
            h.slug
            for hits, ok in zip(raw, eligible, strict=True)
            if ok
            for h in hits
            if h.keyword not in BENEFICIARIES
        }
        - {h.slug for h in headline_hits}
    )
    aliases = _headline_names(headline) if topic else ()

    def decide(vocabulary: _Vocabulary | None) -> list[UnitPolicies]:
        results: list[UnitPolicies] = []
        previous: tuple[str, ...] = ()
        recent: list[tuple[str, tuple[str, ...]]] = []  # the last three claims: text without spaces, slugs
        heads: dict[str, str] = {}  # last two letters of the specific keywords named so far
        for i in range(n):
            is_quote = bool(quoted and quoted[i])
            speaker = speakers[i] if speakers is not None else None
            text, toks = texts[i], tokens[i]
            if not eligible[i] or not asserts[i]:
                results.append(UnitPolicies((), 0.0, "not_body"))
                continue
            hits = _qualified(
                _claimed_hits(raw[i], text, toks, offsets[i], lexicon),
                text,
                offsets[i],
                once,
                toks,
                people_only,
            )
            fields = group_fields(text, offsets[i], hits, lexicon.target_words)
            if fields:
                hits = [h for h in hits if h not in fields]
            if _DEFINITION.search(text):
                results.append(UnitPolicies((), 0.0, "definition", tuple(hits)))
                previous = ()
                continue
            if (
                (_COURTESY.search(text) and not _REQUEST.search(text))
                or (not is_quote and _INTERVIEW_QUESTION.match(text))
                or (
                    _VERDICT.search(text)
                    and not _topic_is_policy(toks, hits)
                    and not topic_is_government(toks)
                )
                or _GENERAL_FACT.match(text)
                or _CONTACT.search(text)
                or courtesy_visit(toks)
                or (not is_quote and guest_list(toks))
                or (not is_quote and said_so(text, toks, lexicon.event_frame_verbs))
                or (not is_quote and only_mentions(text, toks))
                or (not is_quote and only_spoke_about(text, toks, hits))
                or (not is_quote and speaker is None and problem_figure(text, toks))
            ):
                results.append(UnitPolicies((), 0.0, "remark", tuple(hits)))
                previous = ()
                continue
            if _event_report(text, toks, lexicon):
                results.append(UnitPolicies((), 0.0, "event", tuple(hits)))
                previous = ()
                continue
            slugs: list[str] = []
            confidence = 0.0
            # a generic word of a policy the article never names specifically (`취·창업을 희망하는 청년`,
            # `문화예술단 운영을 통한 장애인 복지`) is incidental next to a policy the article is about
            # `72명의 지역 인력을 고용할 예정이다`: a count of people hired names jobs, as a list item names its policy
            listed = [*_listed(hits, toks), *_counted(hits, toks)]
            incidental = {
                h.slug
                for h in hits
                if h.generic
                and h not in listed
                and h.slug not in specific
                and h.slug not in topic
                # a word that would not count anyway leaves the sentence as it was (no claim)
                and _generic_allowed(h.slug, topics, generic_counts)
            }
            if incidental and (any(h.slug in specific and h.slug not in incidental for h in hits) or topic):
                hits_used = [h for h in hits if h.slug not in incidental]
            else:
                hits_used = hits
            for hit in hits_used:
                if (
                    hit.generic
                    and hit not in listed
                    and not _generic_allowed(hit.slug, topics, generic_counts)
                ):
                    continue
                if hit.slug not in slugs:
                    slugs.append(hit.slug)
                confidence = max(confidence, 0.6 if (hit.generic or hit.fuzzy) else 0.9)
            reason = "keyword" if slugs else "none"
            if not slugs and _WHOLE_BUDGET.search(text):
                # `이와 함께 구는 … 4천433억 원의 내년도 예산안을 구의회에 제출했다`: the whole budget is about
                # no one policy, whatever the sentence before was about
                results.append(UnitPolicies((), 0.0, "none", tuple(hits)))
                previous = ()
                continue
            named = _named_again(toks, recent) if not slugs and recent else None
            if named:
                # `5대 핵심전략과제에는 387억 원이 투입된다` after `▲… ▲…는 5대 핵심전략과제로 지정해`: the
                # sentence names again what a recent claim named, and is about the same policies
                slugs, confidence, reason = list(named), 0.5, "continuation"
            elif previous and (
                _continuation(text, toks, bool(slugs))
                # `지급이 유보된 12만 5000원은 …`: the figure of the claim before, as the topic
                or (not slugs and bool(recent) and repeats_figure(text, toks, offsets[i], recent[-1][0]))
            ):
                main = max(previous, key=lambda slug: topics[slug])
                # `이와 함께 … AI 산업 생태계를 조성하겠다`: an adding connective before a sentence that names
                # its own policy adds another measure; it does not carry the one before, unless the article
                # is about that one throughout (then the measure is one of its instruments)
                if main not in slugs and not (slugs and main not in topic and ADDING.match(text)):
                    slugs.append(main)
                confidence = max(confidence, 0.5)
                reason = reason if reason == "keyword" else "continuation"
            elif (
                not slugs
                and topic
                and (
                    (hits_used is not hits and not _TOPIC_SHIFT.match(text))
                    or refers_back(text, toks)
                    # `특히 …`, `또한 …`: a connective goes on with what the article is about
                    or (not is_quote and CONNECTIVE.match(text) is not None)
                    # `하지만 …`, `그러나 …`: a turn within the same matter, which is what the article is about
                    or (not is_quote and CONTRAST.match(text) is not None)
                    or (aliases and any(a in _compact(text)[0] for a in aliases))
                    # a named speaker's quote that goes on from a claim (`“… 전력을 기울이겠다. 우리 보령은
                    # … 지정받았다”`: only a quote that follows a claim continues it)
                    or (is_quote and speaker is not None and bool(previous))
                    # a narrated sentence that names no policy word, right after a claim about the article's
                    # topic, and that plans, achieves or targets something, goes on with that policy: Korean
                    # news names a policy once and then tells what is done (`군은 다양한 교육의 장을
                    # 마련하겠다고 밝혔다` after the job-training claim)
                    or (
                        not is_quote
                        and bool(set(previous) & set(topic))
                        and not raw[i]
                        and _acts(text, toks, offsets[i])
                    )
                )
            ):
                slugs, confidence, reason = list(topic), 0.4, "topic"
            elif not slugs and previous and not is_quote:
                carried = _carries_on(text, toks, heads)
                if carried is not None:
                    main = carried or max(previous, key=lambda slug: topics[slug])
                    slugs, confidence, reason = [main], 0.4, "continuation"
            if not slugs and vocabulary is not None and vocabulary.named_in(toks):
                # `우리의 물임에도 … 바로잡아야 한다` in an article whose claims are all about `물의 권리`
                slugs, confidence, reason = [vocabulary.slug], 0.4, "topic"
            results.append(UnitPolicies(tuple(slugs), confidence, reason, tuple(hits)))
            previous = tuple(slugs)
            if slugs:
                recent = [*recent[-2:], (_compact(text)[0], tuple(slugs))]
            for hit in hits:
                if len(hit.keyword) >= 4 and not hit.generic:
                    heads.setdefault(hit.keyword[-2:], hit.slug)
        return results

    results = decide(None)
    vocabulary = _topic_vocabulary(results, tokens, lexicon)
    if vocabulary is not None:
        results = decide(vocabulary)
    if not lexicon.target_words:
        return results
    # the people a claim is for (`무주택 청년`): added last, so that they neither carry on to the next
    # sentence nor make the article's vocabulary
    # policies of target groups the article is about: its headline or one of its claims names them
    about = {h.slug for h in headline_hits} | {s for r in results for s in r.slugs if r.reason == "keyword"}
    targeted = []
    for i, r in enumerate(results):
        if not r.slugs and r.reason == "none":
            # `청년들이 머무를 수 있는 정책을 발굴할 시점`: the people and what is done for them, no keyword
            found = [s for s in _for_the_people(texts[i], tokens[i], offsets[i], lexicon) if s in about]
            if found:
                targeted.append(UnitPolicies(tuple(found), 0.4, "topic", r.hits))
                continue
        extra = (
            [s for s in _targeted(texts[i], tokens[i], offsets[i], lexicon) if s not in r.slugs]
            if r.slugs
            else []
        )
        targeted.append(UnitPolicies((*r.slugs, *extra), r.confidence, r.reason, r.hits) if extra else r)
    return targeted


def _acts(text: str, tokens: Sequence[TokenLike], offset: int) -> bool:
    """Whether the sentence plans, achieves or targets something (its kind is not a mere statement):
    a detail of the policy before (`무료 이용 횟수 20회가 충전된다` is not; `…를 확대하겠다` is)."""
    from tracker.extract.kinds import classify_kind  # kinds read policies' predicates: import late
    from tracker.extract.quantities import find_quantities

    kind = classify_kind(text, tokens, tuple(find_quantities(text, offset)))
    return kind in ("plan", "achievement", "target")


def _instance_hits(
    text: str, offset: int, taken: Sequence[PolicyHit], instances: Sequence[tuple[str, str]]
) -> list[PolicyHit]:
    """Hits of the names the headline gives as instances of a policy (`영리병원 '녹지국제병원'`), where no
    keyword already covers them."""
    compact, index = _compact(text)
    found = []
    for name, slug in instances:
        pos = compact.find(name)
        while pos >= 0:
            start, end = offset + index[pos], offset + index[pos + len(name) - 1] + 1
            if not any(h.start < end and start < h.end for h in taken):
                found.append(PolicyHit(slug, name, start, end))
            pos = compact.find(name, pos + len(name))
    return found

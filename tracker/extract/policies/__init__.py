"""Policies: which taxonomy policies a unit makes a claim about, with a confidence.

Matching works on the unit's text with whitespace removed (so `스마트 시티` = `스마트시티` and particles
such as `스마트시티를` do not matter) and checks short keywords against the unit's Kiwi tokens (so `교육`
matches `교육청`, `단양교육지원청` but not the middle of a word). Long keywords of a policy the article is
about also match with one wrong letter (`스마트시트`).

Deciding that a unit *makes a claim* is the harder half (README "What a policy claim is"; ANNOTATION_NOTES
convention 2): generic keywords (`교육`, `안전`, `고용` ...) count only for the article's topics; titles of
events, event reports, definitions, wishes, verdicts on single companies and captions are not claims; a
unit continues the previous claim's main policy when it refers back to it (`이것`, `이를 통해`, `이번 사업`,
`사업법인은`, a connective); and in an article about one policy throughout (its headline names it and a
third of the body does, or nearly every sentence does), a sentence without keywords is about it only when
it refers back, names an initiative the headline quotes, or is a named speaker's quote. Courtesy visits,
facts about the whole country and titles of ceremonies are no claims.

Where each part lives: `lexicon` (the keyword table), `letters`, `hits`, `token_hits`, `fuzzy` (finding
keywords); `predicates`, `events`, `remarks` (units that are no claim); `lists`, `qualified`, `generic`
(which hits count); `continuation`, `topics`, `headline`, `vocabulary` (what a unit without keywords is
about); `targets` (the people a claim is for, and a unit without keywords that names them with a
measure for them in an article about their policy); `assign` (the whole article, in order).
"""

from tracker.extract.policies.assign import assign_policies
from tracker.extract.policies.continuation import CONNECTIVE, refers_back
from tracker.extract.policies.events import event_titles
from tracker.extract.policies.hits import find_hits
from tracker.extract.policies.lexicon import Lexicon, build_lexicon
from tracker.extract.policies.predicates import has_predicate, past_tense
from tracker.extract.policies.values import PolicyHit, TokenLike, UnitPolicies

__all__ = [
    "CONNECTIVE",
    "Lexicon",
    "PolicyHit",
    "TokenLike",
    "UnitPolicies",
    "assign_policies",
    "build_lexicon",
    "event_titles",
    "find_hits",
    "has_predicate",
    "past_tense",
    "refers_back",
]

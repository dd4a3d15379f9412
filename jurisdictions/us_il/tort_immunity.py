"""Local public entities: Tort Immunity Act, 745 ILCS 10/8-101(b).

"No action for damages for injury or death against any local public entity or public
employee, whether based upon tort, or breach of contract, or otherwise, arising out of
patient care shall be brought more than 2 years after the date on which the claimant knew,
or through the use of reasonable diligence should have known, or received notice in
writing of the existence of the injury or death ..., whichever of those dates occurs
first, but in no event shall such an action be brought more than 4 years after the date on
which occurred the act or omission or occurrence ..." (P.A. 93-11, eff. 2003-06-04,
applying to actions pending on or after that date; before it the 1-year period of
8-101(a) applied, Ferguson v. McKenzie, 202 Ill. 2d 304 (2001)).

No notice of claim is required (the 8-102 notice was repealed). 8-101(b) has no minority,
disability or concealment clause of its own, and whether 13-212(b), (c) or 13-215 reach it
is not settled: the safe date applies none of them and names the private-defendant date
as the alternative. Claims against the State of Illinois and its universities go to the
Court of Claims (705 ILCS 505/22-1: notice within 1 year) and are not covered.
"""

from __future__ import annotations

from medmal.expr import fact
from medmal.rules import DeadlineRule, InForce

from .calendar import ILCS_1_11
from .ccp_13_212 import PERSONAL_INJURY, WRONGFUL_DEATH, last_day, under_readings
from .wrongful_death import MOON, death_last_day

__all__ = ["LOCAL_ENTITY_RULES"]

ILCS_8_101 = "745 ILCS 10/8-101(b)"
LOCAL = fact("defendant.public_entity").eq("municipal")
_SOURCES = ("https://ilga.gov/legislation/ilcs/documents/074500100K8-101.htm",)
_SPLIT = (
    "13-212(b) (minors), 13-212(c) (disability) and 13-215 (fraudulent concealment) applied to 8-101(b) as to a "
    "private defendant"
)

LOCAL_ENTITY_RULES = (
    DeadlineRule(
        id="us-il.limitation.8-101b",
        version="2003",
        kind="limitation",
        title="Local public entity, patient care: 2 years from knowledge, 4-year repose (745 ILCS 10/8-101(b))",
        citation=f"{ILCS_8_101}; {ILCS_1_11}",
        in_force=InForce(note="P.A. 93-11, eff. 2003-06-04, for actions pending on or after that date; not gated"),
        applies=LOCAL & PERSONAL_INJURY,
        overrides=("us-il.limitation.13-212",),
        date=under_readings(
            last_day("safe", minors=False, tolled=False, concealment=False), last_day("alternative"), _SPLIT, ILCS_8_101
        ),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=(
            "Whether the minors' rule of 13-212(b), the disability toll of 13-212(c) or 13-215 apply against a local "
            "public entity under 8-101(b) was not settled in the sources read: the safe date applies none, the "
            "alternative applies them as for a private defendant."
        ),
        sources=_SOURCES,
    ),
    DeadlineRule(
        id="us-il.limitation.8-101b-death",
        version="2003",
        kind="limitation",
        title="Local public entity, death arising out of patient care: 2 years from knowledge, 4-year repose",
        citation=f"{ILCS_8_101}; {MOON}; {ILCS_1_11}",
        in_force=InForce(note="P.A. 93-11, eff. 2003-06-04, for actions pending on or after that date; not gated"),
        applies=LOCAL & WRONGFUL_DEATH,
        overrides=("us-il.limitation.13-212-death",),
        date=under_readings(
            death_last_day("safe", ILCS_8_101, concealment=False),
            death_last_day("alternative", ILCS_8_101),
            "13-215 (fraudulent concealment) applied to 8-101(b)",
            ILCS_8_101,
        ),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=(
            "Moon v. Rhode's reading of 'knew ... of the death' is applied to 8-101(b), whose words are the same as "
            "13-212(a)'s; whether 13-215 reaches 8-101(b) is not settled (the alternative applies it)."
        ),
        sources=_SOURCES,
    ),
)

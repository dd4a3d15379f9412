"""Pre-Action Protocol for the Resolution of Clinical Disputes (in force 6 April 2015, as amended).

The protocol applies to "all claims against hospitals, GPs, dentists and other healthcare
providers (both NHS and private) which involve an injury that is alleged to be the result of
clinical negligence" (para 1.1). After the Letter of Claim (para 3.13) the defendant should send
a reasoned Letter of Response within four months (para 3.22 ff.; the four months date from the
2010 revision, which replaced three).

The protocol sets "the standard of normal reasonable pre-action conduct" (para 1.4): its dates
are advisory, enforced through costs and conduct, and they neither stop nor extend limitation.
Protocol periods are calendar months and do not move off a closed day.
"""

from __future__ import annotations

from datetime import date

from medmal.calendar import Period
from medmal.expr import const, fact
from medmal.rules import DeadlineRule, InForce, WarningRule

__all__ = ["LETTER_OF_RESPONSE", "PRE_ACTION_RULES", "PRE_ACTION_WARNINGS", "PROTOCOL"]

PROTOCOL = "Pre-Action Protocol for the Resolution of Clinical Disputes"
LETTER_OF_RESPONSE = f"{PROTOCOL} para 3.25 (Letter of Response)"
_SOURCE = "https://www.justice.gov.uk/courts/procedure-rules/civil/protocol/prot_rcd"

LETTER_OF_CLAIM = fact(
    "pre_action_letter",
    assume=const(None),
    why="no Letter of Claim date given: the protocol timetable has not started",
)

PRE_ACTION_RULES = (
    DeadlineRule(
        id="gb-eng.pre_action.letter-of-response",
        version="2015",
        in_force=InForce(
            start=date(1999, 4, 26),
            measured_by="pre_action_letter",
            note="the clinical disputes protocol came into force with the CPR on 26 April 1999; the current version "
            "is the 2015 revision",
        ),
        kind="pre_action",
        title="Letter of Response due 4 months after the Letter of Claim (clinical disputes protocol)",
        citation=LETTER_OF_RESPONSE,
        date=(LETTER_OF_CLAIM + Period(months=4)).step(
            "the defendant's reasoned Letter of Response: 4 months from the Letter of Claim",
            cite=LETTER_OF_RESPONSE,
        ),
        satisfied_by=None,
        verified="secondary",
        uncertainty="The four months are confirmed by secondary sources only; the paragraph number (3.25) was not "
        "seen. Counted from the date of the Letter of Claim; the parties may agree a longer period. This is a "
        "protocol date, enforced by costs and conduct sanctions, not a bar, and it does not stop limitation.",
        sources=(_SOURCE,),
    ),
)

PRE_ACTION_WARNINGS = (
    WarningRule(
        id="gb-eng.warning.protocol-does-not-stop-limitation",
        version="2015",
        title="The protocol does not stop limitation",
        in_force=InForce(note="clinical disputes protocol since 26 April 1999 (2015 revision)"),
        citation=f"{PROTOCOL} para 1.4; Limitation Act 1980 s.11",
        code="protocol",
        applies=LETTER_OF_CLAIM.le(fact("as_of")),
        message="Following the Pre-Action Protocol for the Resolution of Clinical Disputes does not stop or extend "
        "the limitation period. Where limitation is close, issue the claim form to protect it and seek a stay for "
        "the protocol steps, or agree a written standstill with the defendant.",
        verified="secondary",
        uncertainty="Protocol paragraph numbers were confirmed only through secondary sources.",
        sources=(_SOURCE,),
    ),
)

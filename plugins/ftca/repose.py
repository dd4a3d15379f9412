"""A state statute of repose still bars the claim against the United States.

The FTCA makes the United States liable "in accordance with the law of the place where the act
or omission occurred" (28 U.S.C. § 1346(b)(1)) and "in the same manner and to the same extent
as a private individual" (§ 2674). Several circuits hold a state statute of repose to be part of
that substantive law, so it bars the FTCA action even when both § 2401(b) limits were met:
Augutis v. United States, 732 F.3d 749 (7th Cir. 2013) (735 ILCS 5/13-212(a)); Bennett v.
United States, No. 21-35941 (9th Cir. 2022) (Washington); Huddleston v. United States (6th Cir.
2012, unpublished) (Tennessee); Jones v. United States, No. 22-13381 (11th Cir. 2024,
unpublished) (Fla. Stat. § 95.11). Softer readings: Kennedy v. United States, 526 F. App'x 450
(6th Cir. 2013) (a timely claim preserves a right vested under the Ohio repose); Romero v.
United States (D.N.M. 2018). The repose is applied here as the safe (earlier) reading.

The state rules exclude federal defendants and most fold the repose into their limitation
date, so there is no separate rule to reuse generically: the repose is taken per state, from
the state plugin's own expression where it has one. A repose is satisfied only by filing suit
(``complaint_filed``), never by the administrative claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from medmal.calendar import Period
from medmal.expr import Expr, fact
from medmal.jurisdictions.us_fl.fs_95_11 import FS_95_11
from medmal.jurisdictions.us_fl.fs_95_11 import repose as fl_repose
from medmal.jurisdictions.us_tx.cprc_74_251 import CHAPTER_74, CPRC_74_251
from medmal.jurisdictions.us_tx.cprc_74_251 import REPOSE as TX_REPOSE
from medmal.rules import DeadlineRule, InForce, Rule, WarningRule

__all__ = ["REPOSE_SPLIT", "StateRepose", "repose_rules", "repose_warnings", "state_repose"]

AUGUTIS = "Augutis v. United States, 732 F.3d 749 (7th Cir. 2013)"
REPOSE_SPLIT = (
    "Applied to the United States as state substantive law (Augutis, 7th Cir. 2013; Bennett, 9th Cir. 2022; "
    "Huddleston, 6th Cir. 2012, unpublished; Jones, 11th Cir. 2024, unpublished). Not every court agrees: Kennedy "
    "v. United States, 526 F. App'x 450 (6th Cir. 2013) held a timely administrative claim preserves a right vested "
    "under the Ohio repose, and Romero v. United States (D.N.M. 2018) did not apply New Mexico's; the repose is the "
    "safe (earlier) reading. It is met only by filing suit, not by presenting the claim: waiting for the agency's "
    "decision does not stop it (Augutis)."
)
_SOURCES = (
    "https://app.midpage.ai/case/augutis-v-united-states-8412610",
    "https://law.justia.com/cases/federal/appellate-courts/ca9/21-35941/21-35941-2022-08-11.html",
    "https://www.courtlistener.com/api/rest/v3/opinions/800575/",
    "https://cetient.com/case/9945925/john-jones-v-united-states",
    "http://www.ecases.us/case/ca6/c4721622/robert-kennedy-v-united-states-of-america-veterans-admin",
)
_ACT = fact("act_or_omission")


@dataclass(frozen=True)
class StateRepose:
    """One state's repose as it reaches a federal defendant."""

    date: Expr
    citation: str
    title: str
    note: str
    verified: str
    applies: Expr | None = None


def _il() -> StateRepose:
    date = (_ACT + Period(years=4)).step(
        "in no event more than 4 years after the act or omission (state repose, applied to the United States)",
        cite=f"735 ILCS 5/13-212(a); {AUGUTIS}",
    )
    return StateRepose(
        date=date,
        citation=f"735 ILCS 5/13-212(a); 28 U.S.C. §§ 1346(b)(1), 2674; {AUGUTIS}",
        title="Illinois repose: 4 years after the act or omission (13-212(a)), applied to the United States (Augutis)",
        note="Augutis applied this very repose to a VA claim presented in time. A minor's longer repose (13-212(b): "
        "8 years, not after the 22nd birthday) is not applied: for a minor the date shown may be earlier than the "
        "law requires. Not rolled off a weekend or holiday (the earlier reading).",
        verified="secondary",
    )


def _fl() -> StateRepose:
    return StateRepose(
        date=fl_repose("safe"),
        citation=f"{FS_95_11}; 28 U.S.C. §§ 1346(b)(1), 2674; Jones v. United States, No. 22-13381 (11th Cir. 2024)",
        title="Florida repose: 4 years from the incident (§ 95.11), applied to the United States (Jones, 11th Cir.)",
        note="Jones (11th Cir. 2024) is unpublished. The minors' eighth-birthday saving is the state plugin's; the "
        "7-year limit for fraud or concealment and the presuit toll's extension of the repose are not applied (each "
        "can only make the date later). Not rolled off a weekend or holiday (the earlier reading).",
        verified="secondary",
    )


def _tx() -> StateRepose:
    return StateRepose(
        date=TX_REPOSE,
        citation=f"{CPRC_74_251}(b); 28 U.S.C. §§ 1346(b)(1), 2674",
        title="Texas repose: 10 years after the act or omission (CPRC § 74.251(b)), applied to the United States",
        note="Whether the Fifth Circuit applies § 74.251(b) to FTCA claims was not checked; it is applied on the "
        "reasoning of the other circuits (the earlier reading). For actions filed from 2003-09-01 (HB 4), as the "
        "state rule. Not rolled off a weekend or holiday.",
        verified="secondary",
        applies=CHAPTER_74,
    )


_STATES = {"US-IL": _il, "US-FL": _fl, "US-TX": _tx}


def state_repose(code: str) -> StateRepose | None:
    """The state's repose for a federal defendant, or ``None`` (no repose, or not applied)."""
    make = _STATES.get(code)
    return make() if make is not None else None


def repose_rules(code: str, federal: Expr) -> tuple[Rule, ...]:
    """The ``repose`` deadline for each federal defendant under ``code``'s law, if it has one."""
    found = state_repose(code)
    if found is None:
        return ()
    applies = federal if found.applies is None else federal & found.applies
    return (
        DeadlineRule(
            id=f"ftca.repose.{code.lower()}",
            version="2013",
            kind="repose",
            title=found.title,
            citation=found.citation,
            in_force=InForce(note="the state's repose as the state plugin dates it; the FTCA reading from Augutis (2013)"),
            applies=applies,
            date=found.date,
            satisfied_by="complaint_filed",
            verified=found.verified,  # type: ignore[arg-type]
            uncertainty=f"{REPOSE_SPLIT} {found.note}",
            sources=_SOURCES,
        ),
    )


#: States whose outer limit may act as a repose against the United States but is not applied.
_NOT_APPLIED = {
    "US-CA": (
        "Cal. Code Civ. Proc. § 340.5",
        "California's three years from the injury (CCP § 340.5), tolled only for fraud, intentional concealment or a "
        "foreign body, is not applied to the federal defendant. Whether federal courts treat it as substantive law "
        "that bounds the FTCA claim, like the statutes of repose in Augutis and Jones, was not checked: if they do, "
        "the claim may be barred before the § 2401(b) dates shown.",
    ),
    "US-PA": (
        "MCARE Act § 513(c), 40 P.S. § 1303.513(c)",
        "Pennsylvania's MCARE § 513(c) bar for minors (seven years from the act or the 20th birthday, whichever is "
        "later, as the state plugin dates it) is not applied to the federal defendant. If federal courts "
        "treat it as a repose that bounds the FTCA claim (as Augutis and Jones did for other states), the claim of a "
        "minor may be barred before the § 2401(b) dates shown.",
    ),
}


def repose_warnings(code: str, federal_sued: Expr) -> tuple[Rule, ...]:
    """A warning where the state's outer limit may bind the United States but is not applied."""
    found = _NOT_APPLIED.get(code)
    if found is None:
        return ()
    citation, message = found
    return (
        WarningRule(
            id=f"ftca.warning.repose-not-applied.{code.lower()}",
            version="2013",
            in_force=InForce(note="the FTCA reading of state repose from Augutis (2013)"),
            title="A state outer limit that may bind the United States is not applied",
            citation=f"{citation}; 28 U.S.C. §§ 1346(b)(1), 2674; {AUGUTIS}",
            message=message,
            code="law",
            applies=federal_sued,
            verified="unverified",
            uncertainty="Whether this state's limit is a statute of repose for FTCA purposes was not researched.",
            sources=_SOURCES[:1],
        ),
    )

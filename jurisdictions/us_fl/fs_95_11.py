"""Fla. Stat. § 95.11 (medical malpractice), with the ch. 766 presuit tolling that extends it.

The statute: "An action for medical malpractice shall be commenced within 2 years from the
time the incident giving rise to the action occurred or within 2 years from the time the
incident is discovered, or should have been discovered with the exercise of due diligence;
however, in no event shall the action be commenced later than 4 years from the date of the
incident or occurrence out of which the cause of action accrued, except that this 4-year
period shall not bar an action brought on behalf of a minor on or before the child's eighth
birthday. ... In those actions covered by this paragraph in which it can be shown that fraud,
concealment, or intentional misrepresentation of fact prevented the discovery of the injury
the period of limitations is extended forward 2 years from the time that the injury is
discovered or should have been discovered with the exercise of due diligence, but in no
event to exceed 7 years from the date the incident giving rise to the injury occurred."

The paragraph was § 95.11(4)(b) until ch. 2023-15 (HB 837, 2023-03-24) made it (4)(c), and
HB 7089 (2024) made it (5)(c); the words did not change, so one rule carries all three
citations with their dates.

Presuit (§ 766.106(4)): the notice of intent, mailed within the period (Boyle v. Samotin,
Fla. 2022: mailing, not receipt, starts the toll), tolls it for 90 days as to all prospective
defendants; afterwards the claimant has "60 days or the remainder of the period of the
statute of limitations, whichever is greater". The toll is a suspension (Hankey v. Yarian,
755 So. 2d 93 (Fla. 2000)), so the last day becomes the later of the old last day + 90 days
and the mailing + 150 days. A written rejection ends the presuit period earlier (Fla. R. Civ.
P. 1.650(d)(3)); its date is not a case fact, so the safe date takes it as coming at once (the
later of the old last day and the mailing + 60 days) and names the full toll as the
alternative. The toll extends the repose too (Musculoskeletal Inst. v. Parham, 745 So. 2d 946
(Fla. 1999)), so it is applied to the last day after the repose.
"""

from __future__ import annotations

from collections.abc import Callable

from medmal.calendar import Period
from medmal.expr import Expr, earlier, fact, has, later, roll_back, roll_forward, safe, when
from medmal.rules import DeadlineRule, InForce

from .calendar import RULE_2_514

__all__ = [
    "ACT",
    "AFTER_DEATH",
    "BIRTHDAY_ROLLED_LABEL",
    "DEATH_READING_CITE",
    "DEATH_READING_LABEL",
    "FS_95_11",
    "FS_766_106_4",
    "KNOWLEDGE",
    "LIMITATION_RULES",
    "PRIVATE",
    "birthday_readings",
    "last_day_before_presuit",
    "presuit_readings",
    "with_notice_of_intent",
]

FS_95_11 = (
    "Fla. Stat. § 95.11(5)(c) (numbered § 95.11(4)(b) before 2023-03-24 and § 95.11(4)(c) from 2023-03-24 "
    "(ch. 2023-15) until HB 7089 (2024))"
)
FS_766_106_4 = "Fla. Stat. § 766.106(4); Hankey v. Yarian, 755 So. 2d 93 (Fla. 2000); Boyle v. Samotin (Fla. 2022)"
PARHAM = "Musculoskeletal Inst. Chartered v. Parham, 745 So. 2d 946 (Fla. 1999)"
ASH = "Ash v. Stella, 457 So. 2d 1377 (Fla. 1984)"
BOVE = "Bove v. Naples HMA, LLC, No. 2D15-1680 (Fla. 2d DCA 2016)"
RULE_1_650 = "Fla. R. Civ. P. 1.650(d)(3); Mason v. Bisogno, No. 92-2870 (Fla. 5th DCA 1994)"
TWO_YEARS = Period(years=2)

ACT = fact("act_or_omission")
KNOWLEDGE = fact(
    "discovery",
    assume=ACT,
    why="the incident cannot be discovered before it occurs; without a date of discovery time runs from the incident",
)
CONCEALMENT_DISCOVERY = fact(
    "concealment_discovery",
    assume=ACT,
    why="the concealed injury cannot be discovered before the incident; without a date the concealment adds no time",
)
NOTICE_OF_INTENT = fact("pre_action_letter")
DEATH = fact("death")
PRIVATE = fact("defendant.public_entity").is_in(None)
#: The arguable start of a wrongful-death claim's 2 years: the later of the death and the
#: discovery of the incident (the survivors' knowledge of the death as caused by malpractice).
AFTER_DEATH = later(DEATH, KNOWLEDGE)
DEATH_READING_LABEL = (
    "the 2 years run from the later of the death and its discovery as caused by malpractice (the survivors' "
    "knowledge), still within the repose"
)
DEATH_READING_CITE = f"{ASH}; {BOVE}; Fla. Stat. § 768.19"

_SOURCES = (
    "https://law.com/dailybusinessreview/2024/11/06/fla-s-statute-of-limitations-and-statutes-of-repose-in-med-mal-cases-its-not-over-until-its-over",
    "https://www.floridainjuryattorneyblawg.com/2011/02/florida-medical-mapractice-cas.html",
    "https://cetient.com/opinion/1846282/hillsborough-county-hosp-auth-v-coffaro",
    "https://print.casetext.com/case/rothschild-v-nme-hospitals-inc/how-cited",
    "https://floridalawtv.com/local-law-news/florida-bar-association/tolling-commences-when-presuit-notice-of-intent-to-initiate-litigation-in-medical-negligence-is-mailed/",
)


def _eighth_birthday(years: int, birthday: str) -> Expr:
    """The minor's 8th birthday as a cut-off: "on or before" it is a fixed date, not a period.

    ``birthday="safe"``: a birthday on a closed day moves back to the last open day (Rule
    2.514(a) computes periods, and the 8th birthday is not the end of one); ``"rolled"``: it
    is left for the final Rule 2.514 roll forward (the arguable reading).
    """
    cut_off = (fact("date_of_birth") + Period(years=8)).step(
        f"the {years} years do not bar an action for a minor brought on or before the child's 8th birthday",
        cite=FS_95_11,
    )
    if birthday == "safe":
        cut_off = roll_back(cut_off, cite=f"{FS_95_11} ('on or before the child's eighth birthday': a fixed day)")
    return when(ACT.lt(cut_off), cut_off)


def repose(birthday: str = "safe") -> Expr:
    """Four years from the incident, but not before a minor's eighth birthday."""
    four_years = (ACT + Period(years=4)).step(
        "in no event later than 4 years from the incident (statute of repose)", cite=FS_95_11
    )
    return later(four_years, _eighth_birthday(4, birthday))


def last_day_before_presuit(trigger: Expr = KNOWLEDGE, birthday: str = "safe") -> Expr:
    """The § 95.11 last day before presuit tolling and the Rule 2.514 roll.

    ``trigger`` is the date of discovery (for the personal-injury period) or, for the
    arguable wrongful-death reading, the later of the death and the discovery; ``birthday``
    reads the 8th-birthday cut-off (see :func:`_eighth_birthday`).
    """
    limitation = later(
        (ACT + TWO_YEARS).step("2 years from the incident", cite=FS_95_11),
        (trigger + TWO_YEARS).step(
            "2 years from when the incident was or should have been discovered with due diligence", cite=FS_95_11
        ),
    )
    bounded = earlier(limitation, repose(birthday))
    concealed = when(
        has("fraudulent_concealment"),
        earlier(
            (CONCEALMENT_DISCOVERY + TWO_YEARS).step(
                "fraud, concealment or intentional misrepresentation prevented discovery: 2 years from discovery",
                cite=FS_95_11,
            ),
            later(
                (ACT + Period(years=7)).step("in no event more than 7 years from the incident", cite=FS_95_11),
                _eighth_birthday(7, birthday),
            ),
        ),
    )
    return later(bounded, concealed).step("the last day under § 95.11, before presuit tolling", cite=FS_95_11)


def with_notice_of_intent(last_day: Expr, *, full_presuit: bool) -> Expr:
    """``last_day`` extended by a notice of intent mailed within the period (not yet rolled).

    The notice is timely if mailed by the last day as Rule 2.514 rolls it, the same day the
    action itself could be filed. ``full_presuit``: the 90 days ran out without a written
    rejection; otherwise a rejection is taken to end the presuit period at once (the
    earliest it can end, Rule 1.650(d)(3)), leaving 60 days or the remainder.
    """
    in_time = NOTICE_OF_INTENT.le(roll_forward(last_day, cite=RULE_2_514))
    if full_presuit:
        tolled = later(
            (last_day + Period(days=90)).step(
                "notice of intent mailed within the period: the 90 days of presuit investigation are not counted",
                cite=FS_766_106_4,
            ),
            (NOTICE_OF_INTENT + Period(days=150)).step(
                "after the 90 days the claimant has at least 60 days (the greater of 60 days or the remainder)",
                cite=FS_766_106_4,
            ),
        )
    else:
        tolled = later(
            last_day,
            (NOTICE_OF_INTENT + Period(days=60)).step(
                "a written rejection may end the presuit period at once: then 60 days or the remainder of the "
                "period, whichever is greater",
                cite=f"{FS_766_106_4}; {RULE_1_650}",
            ),
        )
    return later(last_day, when(in_time, tolled)).step(
        "the period extended by the notice-of-intent toll (repose included)", cite=f"{FS_766_106_4}; {PARHAM}"
    )


FULL_PRESUIT_LABEL = (
    "no written rejection before the 90-day presuit period ended: the 90 days are tolled, then 60 days or the "
    "remainder of the period"
)


def presuit_readings(last_day: Expr) -> Expr:
    """The rolled last day with a rejection ending presuit at once (safe), naming the full 90 days."""
    return safe(
        roll_forward(with_notice_of_intent(last_day, full_presuit=False), cite=RULE_2_514),
        roll_forward(with_notice_of_intent(last_day, full_presuit=True), cite=RULE_2_514),
        label=FULL_PRESUIT_LABEL,
        cite=f"{FS_766_106_4}; {RULE_1_650}",
        only_if=NOTICE_OF_INTENT.le(roll_forward(last_day, cite=RULE_2_514)),
    )


BIRTHDAY_ROLLED_LABEL = (
    "the minor's 8th birthday, a closed day, rolled forward to the next open day under Rule 2.514 as if it ended "
    "a period"
)


def birthday_readings(reading: Callable[[str], Expr]) -> Expr:
    """``reading("safe")`` with the 8th birthday rolled back if closed, naming ``reading("rolled")``.

    The statute saves an action brought "on or before the child's eighth birthday": a fixed
    day, so the safe date is the last open day on or before it; the date with the birthday
    rolled forward as if it ended a Rule 2.514 period is named as the alternative. The two
    differ only where the birthday binds and falls on a closed day.
    """
    return safe(
        reading("safe"),
        reading("rolled"),
        label=BIRTHDAY_ROLLED_LABEL,
        cite=f"{FS_95_11}; {RULE_2_514}",
        only_if=ACT.lt(fact("date_of_birth") + Period(years=8)),
    )


def _death_reading() -> Expr:
    return roll_forward(
        with_notice_of_intent(last_day_before_presuit(AFTER_DEATH, birthday="rolled"), full_presuit=True),
        cite=RULE_2_514,
    )


def limitation_date(claim: str) -> Expr:
    """The last day to sue a private defendant, rolled; wrongful death names the other reading."""
    plain = birthday_readings(lambda birthday: presuit_readings(last_day_before_presuit(birthday=birthday)))
    if claim == "personal_injury":
        return plain
    return safe(
        plain,
        _death_reading(),
        label=f"{DEATH_READING_LABEL} (and with the full presuit toll)",
        cite=DEATH_READING_CITE,
    )


_COMMON_UNCERTAINTY = (
    "Tolling for minority or adjudicated incapacity under § 95.051(1)(d), (h) is not applied: it requires an "
    "adjudication before accrual or a minor without a parent or guardian, facts the case model does not hold (the "
    "earlier, safe date). A § 766.104(2) petition for the automatic 90-day extension is not a case fact and is not "
    "applied; nor is a stipulated extension of the 90-day presuit period. The date of a written rejection of the "
    "claim is not a case fact: the safe date takes the presuit period as ended at once by a rejection (60 days or "
    "the remainder), and the full 90-day toll is named as the alternative (Rule 1.650(d)(3) as recalled, not read). "
    "The 'remainder' is counted in days from the mailing to the last day. The paragraph does not apply where the "
    "Birth-Related Neurological Injury Compensation Plan (§§ 766.301-766.316) is the exclusive remedy. Rule 2.514's roll is applied to the limitation and repose alike (no primary "
    "authority on the repose was found); the minor's 8th birthday ('on or before') is a fixed day, so the safe date "
    "moves it back to the last open day if it is closed and the forward roll is named as the alternative. The HB 7089 renumbering date (about 2024-07-01) is from a secondary source. "
    "Recent § 766.106 text (seen on a statute mirror only) also stays and tolls the limitation and repose from "
    "proper service of the notice at the defendant's licensing-agency address; not applied (it only adds time)."
)


def _limitation(claim: str, title: str, extra: str) -> DeadlineRule:
    return DeadlineRule(
        id=f"us-fl.limitation.fs-95-11-{'death' if claim == 'wrongful_death' else 'injury'}",
        version="1975",
        kind="limitation",
        title=title,
        citation=f"{FS_95_11}; {FS_766_106_4}; {RULE_2_514}",
        in_force=InForce(note="the medical-malpractice paragraph of § 95.11 dates from 1975 (date not verified); "
                         "its text is unchanged by the 2023 and 2024 renumberings"),
        applies=PRIVATE & fact("claim_type").eq(claim),
        date=limitation_date(claim),
        satisfied_by="complaint_filed",
        verified="secondary",
        uncertainty=_COMMON_UNCERTAINTY + extra,
        sources=_SOURCES,
    )


LIMITATION_RULES = (
    _limitation(
        "personal_injury",
        "Medical malpractice: 2 years from the incident or its discovery, 4-year repose (§ 95.11)",
        " The statute text was read as quoted in opinions and secondary sources, not on the Legislature's site.",
    ),
    _limitation(
        "wrongful_death",
        "Wrongful death from medical malpractice: the § 95.11 malpractice period (Ash v. Stella)",
        " Ash v. Stella (Fla. 1984) applies the malpractice period, not the general 2 years from death; on its facts "
        "(diagnosis 1977-03-23, death 1978-01-31, suit 1979-03-30) it is summarised by secondary sources as running "
        "the period from the death, but its full text and disposition were not read. Appellate practice (e.g. Bove "
        "v. Naples HMA, 2d DCA 2016, as summarised) runs the 2 years from the death and the survivors' knowledge. "
        "Whether they can start before the death (on the decedent's own knowledge of the incident) is therefore "
        "not settled here: the safe date runs them from the discovery of the incident, and the later reading "
        "(from the death or its discovery) is named as the alternative, on this deadline, the notice of intent "
        "and the § 768.28 deadlines alike. Either way the 4-year repose binds.",
    ),
)

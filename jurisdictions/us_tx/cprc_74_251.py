"""CPRC § 74.251 (health care liability claims) with the § 74.051 notice toll.

§ 74.251(a): "Notwithstanding any other law and subject to Subsection (b), no health care
liability claim may be commenced unless the action is filed within two years from the
occurrence of the breach or tort or from the date the medical or health care treatment that
is the subject of the claim or the hospitalization for which the claim is made is completed;
provided that, minors under the age of 12 years shall have until their 14th birthday in
which to file, or have filed on their behalf, the claim. Except as herein provided this
section applies to all persons regardless of minority or other legal disability."

§ 74.251(b): "A claimant must bring a health care liability claim not later than 10 years
after the date of the act or omission that gives rise to the claim. This subsection is
intended as a statute of repose so that all claims must be brought within 10 years or they
are time barred."

* Where the date of the breach is ascertainable, time runs from it; the completion of
  treatment is used only where it is not (Shah v Moss, 67 S.W.3d 836 (Tex. 2001)). There is
  no discovery rule. Incapacity does not toll ("regardless of ... other legal disability").
* Wrongful death and survival claims run from the breach, not the death (Bala v Maxwell,
  909 S.W.2d 889 (Tex. 1995)).
* § 74.051(c): notice "given as provided in this chapter shall toll the applicable statute
  of limitations to and including a period of 75 days following the giving of the notice";
  only a notice with the medical authorization of § 74.052 tolls (Carreras v Marroquin,
  339 S.W.3d 68 (Tex. 2011)). The case model does not record the authorization, so the
  safe date takes no toll and the tolled date (75 days added, De Checa v Diagnostic Center
  Hospital, 852 S.W.2d 935 (Tex. 1993)) is named as the alternative.
"""

from __future__ import annotations

from datetime import date

from medmal.calendar import Period
from medmal.expr import Expr, cap, const, fact, later, roll_forward, safe, when
from medmal.rules import DeadlineRule, InForce, RequirementRule

from .calendar import CPRC_16_072, FRASIER_SPLIT

__all__ = ["ACT", "CHAPTER_74", "CHAPTER_74_FROM", "CPRC_74_251", "FILING_DATE", "LIMITATION_RULES", "NOTICE_RULE", "REPOSE", "WRONGFUL_DEATH", "limitation_last_day"]

CPRC_74_251 = "Tex. Civ. Prac. & Rem. Code § 74.251"
CPRC_74_051 = "Tex. Civ. Prac. & Rem. Code §§ 74.051(c), 74.052"
CARRERAS = "Carreras v Marroquin, 339 S.W.3d 68 (Tex. 2011); De Checa v Diagnostic Ctr. Hosp., 852 S.W.2d 935 (Tex. 1993)"
CHAPTER_74_FROM = date(2003, 9, 1)

ACT = fact("act_or_omission")
DATE_OF_BIRTH = fact("date_of_birth")
#: A wrongful-death action belongs to the beneficiaries and is derivative: the deceased
#: minor's 14th-birthday extension does not reach it (Durham v Children's Medical Center of
#: Dallas, Tex. App.-Dallas 2016, secondary; Bala v Maxwell: it runs from the breach).
WRONGFUL_DEATH = fact("claim_type").eq("wrongful_death")
#: The minors' clause: a claimant under 12 at the breach, in the claimant's own action.
UNDER_TWELVE = ACT.lt(DATE_OF_BIRTH + Period(years=12)) & ~WRONGFUL_DEATH
NOTICE = fact("pre_action_letter")
AS_OF = fact("as_of")
FILED = fact("complaint_filed", assume=AS_OF, why="an action not yet filed cannot be filed before the as-of date")
#: The filing date, or the as-of date for an action confirmed not yet filed: chapter 74
#: governs actions filed from 2003-09-01 (HB 4 § 23.02), whenever the act.
FILING_DATE = when(FILED.is_in(None), AS_OF, FILED)
CHAPTER_74 = FILING_DATE.ge(const(CHAPTER_74_FROM))
COVERED = fact("defendant.public_entity").is_in(None, "municipal", "state") & CHAPTER_74

REPOSE = (ACT + Period(years=10)).step(
    "statute of repose: 10 years after the act or omission", cite=f"{CPRC_74_251}(b)"
)


def _fourteenth_birthday(day_before: bool) -> Expr:
    if day_before:
        value = (DATE_OF_BIRTH + Period(years=14, days=-1)).step(
            "a minor under 12 at the breach: until the 14th birthday (the day before it, the earlier reading)",
            cite=f"{CPRC_74_251}(a)",
        )
    else:
        value = (DATE_OF_BIRTH + Period(years=14)).step(
            "a minor under 12 at the breach: the 14th birthday itself", cite=f"{CPRC_74_251}(a)"
        )
    return when(UNDER_TWELVE, value)


def limitation_last_day(*, fourteenth_birthday_included: bool = False) -> Expr:
    """The § 74.251(a) last day before any roll: two years, or the minors' date if later."""
    two_years = (ACT + Period(years=2)).step("two years from the occurrence of the breach or tort", cite=f"{CPRC_74_251}(a)")
    return later(two_years, _fourteenth_birthday(not fourteenth_birthday_included)).step(
        "the later of the two years and the minors' date", cite=f"{CPRC_74_251}(a)"
    )


def _with_roll_and_repose(last_day: Expr) -> Expr:
    return cap(roll_forward(last_day, cite=CPRC_16_072), REPOSE).step(
        "never later than the 10-year repose", cite=f"{CPRC_74_251}(b)"
    )


def _notice_toll(last_day: Expr) -> Expr:
    """The last day with the § 74.051(c) toll, where the notice was given within the period."""
    return when(
        NOTICE.le(roll_forward(last_day, cite=CPRC_16_072)),
        _with_roll_and_repose(
            (last_day + Period(days=75)).step("notice given within the period: 75 days added", cite=CPRC_74_051)
        ),
    )


def _last_day() -> Expr:
    plain = limitation_last_day()
    no_toll = _with_roll_and_repose(plain)
    with_birthday = safe(
        no_toll,
        _with_roll_and_repose(limitation_last_day(fourteenth_birthday_included=True)),
        label="'until their 14th birthday' read to include the birthday",
        cite=f"{CPRC_74_251}(a)",
        only_if=UNDER_TWELVE,
    )
    return safe(
        with_birthday,
        _notice_toll(plain),
        label="the § 74.051 notice carried the § 74.052 medical authorization: limitations tolled 75 days",
        cite=f"{CPRC_74_051}; {CARRERAS}",
    )


_SOURCES = (
    "https://hub.tmlt.org/tmlt-blog/statute-of-limitations-in-texas",
    "http://www.elpasopersonalinjurylawyer.co/statutes/3758/el-paso-dangerous-drugs-injury-lawyer.html",
)

LIMITATION_RULES = (
    DeadlineRule(
        id="us-tx.limitation.cprc-74-251",
        version="2003",
        kind="limitation",
        title="Health care liability claim: 2 years from the breach, minors under 12 until their 14th birthday, "
        "10-year repose (CPRC § 74.251)",
        citation=f"{CPRC_74_251}; {CPRC_74_051}; {CPRC_16_072}",
        in_force=InForce(
            note="Acts 2003, 78th Leg., ch. 204 (HB 4) § 10.01, eff. 2003-09-01, for actions filed on or after that "
            "date whatever the date of the act (HB 4 § 23.02, secondary; Methodist Healthcare v Rankin applied the "
            "repose to a 1995 act); actions filed earlier fell under art. 4590i § 10.01, not covered",
        ),
        applies=COVERED,
        date=_last_day(),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=(
            "Time runs from the act or omission; the completion of treatment counts only where the breach date "
            "cannot be ascertained (Shah v Moss), which the engine does not decide. The safe date takes no § 74.051 "
            "toll because the case model does not say whether the notice carried the § 74.052 authorization "
            "(Carreras); the 75-day toll, added to the period (De Checa, not read), is the alternative. 'Until their "
            "14th birthday' is read as ending the day before it (the birthday itself is the alternative). The Open "
            "Courts guarantee (Tex. Const. art. I § 13) may save an undiscoverable claim against the two years but not "
            "against the repose (Methodist Healthcare Sys. v Rankin, 307 S.W.3d 283 (Tex. 2010), an adult). For "
            "minors, Weiner v Wasson, 900 S.W.2d 316 (Tex. 1995) held the predecessor two-year limit unconstitutional "
            "as applied to them (until two years after majority); Tenet Hospitals Ltd. v Rivera, 445 S.W.3d 698 (Tex. "
            "2014) upheld the repose against a minor's Open Courts challenge where the next friend was not diligent. "
            "These are a court's decisions and are not applied (the statutory date is the earlier). Wrongful death "
            "runs from the breach (Bala v Maxwell) and the deceased minor's 14th-birthday extension is not applied to "
            "it (Durham v Children's Medical Center of Dallas, Tex. App.-Dallas 2016, secondary). The 75-day toll is "
            "capped at the repose: whether § 74.051(c), which tolls 'the applicable statute of limitations', reaches "
            "the repose was not verified, and the cap is the earlier reading. " + FRASIER_SPLIT
        ),
        sources=_SOURCES,
    ),
)

REPOSE_RULE = DeadlineRule(
    id="us-tx.repose.cprc-74-251-b",
    version="2003",
    kind="repose",
    title="Statute of repose: 10 years after the act or omission (CPRC § 74.251(b))",
    citation=f"{CPRC_74_251}(b)",
    in_force=InForce(note="HB 4, for actions filed from 2003-09-01 (applies: the filing date, or the as-of date if not filed)"),
    applies=COVERED,
    date=REPOSE,
    satisfied_by="complaint_filed",
    verified="primary",
    uncertainty="Not rolled off a weekend or holiday: CPRC § 16.072 speaks of limitations periods, and whether it "
    "reaches a statute of repose was not verified (the earlier reading).",
    sources=_SOURCES,
)

NOTICE_RULE = RequirementRule(
    id="us-tx.pre-action.cprc-74-051",
    version="2003",
    kind="pre_action_notice",
    title="Notice of claim with the medical authorization, 60 days before suit (CPRC §§ 74.051, 74.052)",
    citation="Tex. Civ. Prac. & Rem. Code §§ 74.051(a), (c), 74.052",
    in_force=InForce(note="HB 4, for actions filed from 2003-09-01 (applies: the filing date, or the as-of date if not filed)"),
    applies=COVERED,
    description=(
        "Give each physician or health care provider written notice of the claim by certified mail, return receipt "
        "requested, at least 60 days before filing suit, accompanied by the authorization for release of protected "
        "health information in the form of § 74.052. Given within the limitations period, with the authorization, "
        "it tolls limitations for 75 days for all parties. The date shown is the last day of the untolled period, "
        "never later than the 10-year repose."
    ),
    due_event="at least 60 days before suit is filed, and within the limitations period to toll it",
    # Never after the last day to sue: the same rolled date, capped at the repose, as the
    # limitation rule's safe date (a notice diarised after the claim is barred is useless).
    due=_with_roll_and_repose(limitation_last_day()),
    consequence_of_failure=(
        "No 75-day toll (Carreras v Marroquin); a suit filed without the 60 days' notice is abated until 60 days after "
        "notice is given (secondary source)."
    ),
    satisfied_by="pre_action_letter",
    verified="primary",
    uncertainty="Abatement as the remedy for missing notice is from secondary sources; the case model does not "
    "record whether the authorization accompanied the notice. " + FRASIER_SPLIT,
    sources=("https://joelagordon.com/civil-practice-remedies-code-%c2%a7-74-051-notice-of-health-care-liability-claim",),
)

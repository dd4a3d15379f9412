"""Code of Civil Procedure § 340.5 (MICRA, 1975): professional negligence of a health care provider.

"In an action for injury or death against a health care provider based upon such person's
alleged professional negligence, the time for the commencement of action shall be three
years after the date of injury or one year after the plaintiff discovers, or through the
use of reasonable diligence should have discovered, the injury, whichever occurs first. In
no event shall the time for commencement of legal action exceed three years unless tolled
for any of the following: (1) upon proof of fraud, (2) intentional concealment, or (3) the
presence of a foreign body, which has no therapeutic or diagnostic purpose or effect, in the
person of the injured person. Actions by a minor shall be commenced within three years from
the date of the alleged wrongful act except that actions by a minor under the full age of six
years shall be commenced within three years or prior to his eighth birthday whichever
provides a longer period."

* "Injury" is the damaging effect of the act, not the act (Arredondo v Regents, 131
  Cal.App.4th 614 (2005)); in a death case it is the death (Larcher v Wanless, 18 Cal.3d
  646 (1976)), so the same section governs wrongful death, from the death.
* Tolling rules outside MICRA (CCP § 352 incapacity) may toll the one-year period but never
  carry the claim past the three years (Alcott Rehabilitation Hosp. v Superior Court, 93
  Cal.App.4th 94 (2001)).
* Minors: at least three years from the act "regardless of when the age of majority is
  reached or the injury is discovered" (Steketee v Lintz, Williams & Rothberg, 38 Cal.3d
  46 (1985)); "prior to his eighth birthday" makes the day before the birthday the last
  day, carried past a closed day by CCP § 12a (Tran v Fountain Valley Community Hospital,
  51 Cal.App.4th 1464 (1997)).
* CCP § 364(d) extends the period when the notice of intent is served in its last 90 days
  (see :mod:`.ccp_364`).
"""

from __future__ import annotations

from datetime import date

from medmal.calendar import Period
from medmal.expr import Expr, earlier, fact, has, incapacity_end, later, when
from medmal.rules import DeadlineRule, InForce, WarningRule

from .calendar import CCP_12A
from .ccp_364 import with_notice_of_intent

__all__ = [
    "ACT",
    "CCP_340_5",
    "DEATH",
    "DEATH_DISCOVERY",
    "DISCOVERY",
    "INJURY",
    "LIMITATION_RULES",
    "MINORS_LITERAL_WARNING",
    "PRIVATE",
    "outer_three_years",
    "personal_injury_last_day",
]

CCP_340_5 = "Cal. Code Civ. Proc. § 340.5"
CCP_352 = "Cal. Code Civ. Proc. § 352(a); Alcott Rehabilitation Hosp. v Superior Court, 93 Cal.App.4th 94 (2001)"
STEKETEE = "Cal. Code Civ. Proc. § 340.5 (minors); Steketee v Lintz, Williams & Rothberg, 38 Cal.3d 46 (1985)"
TRAN = "Cal. Code Civ. Proc. § 340.5 (minors under six); Tran v Fountain Valley Community Hospital, 51 Cal.App.4th 1464 (1997)"
MICRA_FROM = date(1975, 12, 12)
ONE_YEAR = Period(years=1)
THREE_YEARS = Period(years=3)

ACT = fact("act_or_omission")
# The law's order of events is imposed on the facts: an injury is never earlier than the
# act, a discovery never earlier than the injury (or death) discovered.
INJURY = later(
    fact("injury", assume=ACT, why="the injury (its damaging effect) cannot come before the act"), ACT
)
DISCOVERY = later(
    fact("discovery", assume=INJURY, why="the injury cannot be discovered before it happens; unknown, it is taken as known at once"),
    INJURY,
)
DEATH = fact("death")
DEATH_DISCOVERY = later(
    fact("discovery", assume=DEATH, why="the negligent cause of the death cannot be discovered before the death"), DEATH
)
DATE_OF_BIRTH = fact("date_of_birth")
PRIVATE = fact("defendant.public_entity").is_in(None)


def outer_three_years(injury: Expr) -> Expr:
    """The three-year limit from ``injury``, with its three statutory tolls.

    The statute tolls the three years for fraud, intentional concealment or a
    non-therapeutic foreign body. The case gives the day the concealment or the foreign body
    was discovered, not the day it began, so the toll is taken at its shortest: the three
    years never end less than one year after that discovery (the time the one-year
    discovery period would give).
    """
    three_years = (injury + THREE_YEARS).step("three years after the date of injury", cite=CCP_340_5)
    concealment = when(
        has("fraudulent_concealment"),
        (fact("concealment_discovery", assume=injury, why="concealment cannot be discovered before the injury") + ONE_YEAR).step(
            "three years tolled for fraud or intentional concealment: at least one year after it was discovered",
            cite=f"{CCP_340_5} (tolls (1), (2))",
        ),
    )
    foreign_body = when(
        has("foreign_object"),
        (fact("foreign_object_discovery", assume=injury, why="a foreign body cannot be discovered before the injury") + ONE_YEAR).step(
            "three years tolled for a foreign body with no therapeutic or diagnostic purpose: at least one year after "
            "its discovery",
            cite=f"{CCP_340_5} (toll (3))",
        ),
    )
    return later(three_years, concealment, foreign_body).step("the three-year limit, as tolled", cite=CCP_340_5)


def _minor_floor() -> Expr:
    """The minors' sentence: three years from the act; under six, also until the day before the eighth birthday."""
    minor = ACT.lt(DATE_OF_BIRTH + Period(years=18))
    under_six = ACT.lt(DATE_OF_BIRTH + Period(years=6))
    three_from_act = (ACT + THREE_YEARS).step("a minor: three years from the date of the wrongful act", cite=STEKETEE)
    eighth_birthday_eve = (DATE_OF_BIRTH + Period(years=8, days=-1)).step(
        "a minor under six at the act: the day before the eighth birthday", cite=TRAN
    )
    return when(minor, later(three_from_act, when(under_six, eighth_birthday_eve))).step(
        "the minors' period, whichever is longer", cite=CCP_340_5
    )


MINOR_AT_ACT = ACT.lt(DATE_OF_BIRTH + Period(years=18))


def personal_injury_last_day(*, literal_minors: bool = False) -> Expr:
    """340.5 for an injury, before CCP § 364 and the § 12a roll.

    ``literal_minors``: a minor's period is the minors' sentence alone (three years from the
    act, or the eighth birthday), the earlier reading; otherwise the later of it and the
    adult rule (Steketee's "at least three years").
    """
    one_year = later(
        (DISCOVERY + ONE_YEAR).step("one year after the injury was (or should have been) discovered", cite=CCP_340_5),
        (incapacity_end(DISCOVERY) + ONE_YEAR).step(
            "incapacity when the claim accrued tolls the one-year period (never past the three years)", cite=CCP_352
        ),
    )
    adult = earlier(one_year, outer_three_years(INJURY)).step("whichever occurs first", cite=CCP_340_5)
    if literal_minors:
        return when(MINOR_AT_ACT, _minor_floor(), adult).step(
            "a minor: the minors' sentence of § 340.5 as written (three years from the act)", cite=CCP_340_5
        )
    return later(adult, _minor_floor()).step(
        "a minor has at least the minors' period (Steketee: regardless of when the injury is discovered)", cite=STEKETEE
    )


def death_last_day() -> Expr:
    """340.5 for a death: the death is the injury (Larcher v Wanless)."""
    return earlier(
        (DEATH_DISCOVERY + ONE_YEAR).step(
            "one year after the negligent cause of the death was (or should have been) discovered",
            cite=f"{CCP_340_5}; Larcher v Wanless, 18 Cal.3d 646 (1976)",
        ),
        outer_three_years(DEATH),
    ).step("whichever occurs first", cite=CCP_340_5)


_SOURCES = (
    "https://impactattorneys.com/code-of-civil-procedure-340-5/",
    "https://alexi.com/matters/issues/what-is-the-tolling-of-the-statute-of-limitations-in-medical-malpractic",
    "https://www.heitingandirwin.com/medical-malpractice-statute-of-limitations-minor-patients/",
    "http://casetext.com/case/tran-v-fountain-valley-community-hospital",
    "http://law.justia.com/cases/california/court-of-appeal/4th/93/94.html",
    "https://cetient.com/case/2281143/arredondo-v-regents-of-university-of-california",
)

LIMITATION_RULES = (
    DeadlineRule(
        id="us-ca.limitation.ccp-340-5",
        version="1975",
        kind="limitation",
        title="Professional negligence: 1 year from discovery or 3 years from injury, whichever first (CCP § 340.5)",
        citation=f"{CCP_340_5}; Cal. Code Civ. Proc. §§ 352, 364(d); {CCP_12A}",
        in_force=InForce(start=MICRA_FROM, note="MICRA, Stats. 1975 (2d Ex. Sess.) ch. 1 and 2; effective date from secondary sources"),
        applies=PRIVATE & fact("claim_type").eq("personal_injury"),
        date=with_notice_of_intent(personal_injury_last_day()),
        satisfied_by="complaint_filed",
        verified="primary",
        uncertainty=(
            "The text of § 340.5 was read in a reproduction (impactattorneys.com) that matches the quotations in "
            "Flores v Presbyterian Intercommunity Hosp. (Cal. 2016) and McCaffery v Madera Cmty. Hosp. (2019), not on "
            "the official site. The tolls of the three years are taken at their shortest (at least one year after the fraud, "
            "concealment or foreign body was discovered), because the case gives no start date for them. Minors: the "
            "date shown is the later of the adult rule and the minors' sentence (Steketee's 'at least three years'); "
            "on the literal text a minor's period runs only from the act, which is earlier where the injury shows "
            "itself later and is discovered more than two years after the act - a warning (us-ca.warning."
            "minors-literal-reading) names that earlier date in the result when it differs. The fraud or collusion of a parent and the insurer, which "
            "tolls a minor's period, is not computed. Incapacity (CCP § 352) is applied to the one-year period only. "
            "CCP § 364(d): see that rule's note."
        ),
        sources=_SOURCES,
    ),
    DeadlineRule(
        id="us-ca.limitation.ccp-340-5-death",
        version="1975",
        kind="limitation",
        title="Wrongful death from professional negligence: CCP § 340.5 from the death",
        citation=f"{CCP_340_5}; Larcher v Wanless, 18 Cal.3d 646 (1976); Cal. Code Civ. Proc. § 364(d); {CCP_12A}",
        in_force=InForce(start=MICRA_FROM, note="MICRA, Stats. 1975 (2d Ex. Sess.); effective date from secondary sources"),
        applies=PRIVATE & fact("claim_type").eq("wrongful_death"),
        overrides=("us-ca.limitation.ccp-340-5",),
        date=with_notice_of_intent(death_last_day()),
        satisfied_by="complaint_filed",
        verified="secondary",
        uncertainty=(
            "Larcher v Wanless (the death is the 'injury') was seen only as cited (Norgart v Upjohn, 21 Cal.4th 383 "
            "fn. 5). events.discovery is read as the day the negligent cause of the death was discovered. The "
            "general two-year death statute (CCP § 335.1) is displaced by § 340.5 for professional negligence."
        ),
        sources=_SOURCES,
    ),
)

#: Review finding (CA minors): the docket date is Steketee's later reading; say so in the
#: result, naming the earlier literal date, whenever the two differ.
MINORS_LITERAL_WARNING = WarningRule(
    id="us-ca.warning.minors-literal-reading",
    version="1975",
    title="A minor: the date shown is the later (Steketee) reading; the literal minors' sentence ends earlier",
    citation=STEKETEE,
    message=(
        "The claimant was a minor at the act and the limitation date shown is the later of the adult rule (one year "
        "from discovery, within three years from the injury) and the minors' sentence of CCP § 340.5 (three years from "
        "the act; under six, also until the day before the eighth birthday), following Steketee v Lintz ('at least "
        "three years'). On the literal text a minor's action must be brought within the minors' sentence alone, "
        "which here ends EARLIER: file within three years from the act (or before the day before the eighth "
        "birthday, if later) to be safe."
    ),
    code="uncertain_law",
    in_force=InForce(start=MICRA_FROM, note="MICRA, Stats. 1975"),
    # Warnings are evaluated once per case (no defendant facts), so a public entity is not
    # excluded here; its § 945.6 date is never extended by the minors' rule (Martell).
    applies=fact("claim_type").eq("personal_injury")
    & MINOR_AT_ACT
    & personal_injury_last_day(literal_minors=True).lt(personal_injury_last_day()),
    verified="secondary",
    uncertainty="Steketee was read in its Justia text as quoted by the independent review; whether a minor may "
    "rely on the adult rule where it is later is not settled here.",
    sources=("https://law.justia.com/cases/california/supreme-court/3d/38/46.html",),
)

"""Medical professional liability: 42 Pa.C.S. § 5524(2), § 5533(b) and MCARE § 513.

* § 5524(2): an action "to recover damages for injuries to the person ... caused by the
  wrongful act or neglect or unlawful violence or negligence of another" within two years.
  Time runs from the injury, delayed by the judicial discovery rule until the claimant knew
  or reasonably should have known of the injury and its cause (Kapil, 470 A.2d 482); fraudulent
  concealment tolls it likewise until discovery (judicial estoppel doctrine).
* § 5533(b)(1): for an unemancipated minor when the claim accrues, "the period of minority
  shall not be deemed a portion of the time period within which the action must be
  commenced" - the two years run from the 18th birthday. § 5533(a): insanity does not
  extend the time.
* MCARE § 513 (40 P.S. § 1303.513, Act 13 of 2002, for causes of action from 2002-03-20):
  (a) seven-year repose - struck down by Yanakos v. UPMC, 218 A.3d 1214 (Pa. 2019-10-31),
  so never applied; (c) a minor's claim may not be commenced "after seven years from the date
  of the alleged tort or breach of contract or after the minor attains the age of 20 years,
  whichever is later"; (d) death and survival actions "within two years after the death in
  the absence of affirmative misrepresentation or fraudulent concealment of the cause of
  death" (a statute of limitations accruing at death: Dubose v. Quinlan, 173 A.3d 634 (Pa.
  2017-11-22)).

§ 513(c) has not been struck down (Yanakos struck § 513(a) only) and no appellate decision on
it was found: it is applied as written - even where it leaves a minor with less time than an
adult who discovered the injury on the same day - as its own deadline (kind "repose"), since
it is a bar, not a toll: the limitation stays the tolled § 5524(2)/§ 5533(b) period, and the
bar, where it comes first, is a safe date with the limitation as the alternative (§ 513(c)
falling with § 513(a) under Yanakos's reasoning).
"""

from __future__ import annotations

from datetime import date

from medmal.calendar import Period
from medmal.expr import Expr, const, fact, has, incapacity_end, later, roll_back, roll_forward, safe, when
from medmal.rules import DeadlineRule, InForce, WarningRule

from .calendar import PA_CS_1908

__all__ = ["ACCRUAL", "ACT", "COVERED", "DEATH", "INJURY", "INSANITY_WARNING", "LIMITATION_RULES", "LITERAL_513C_WARNING", "MCARE_FROM", "REPOSE_WARNING", "minors_bar_date"]

PA_CS_5524 = "42 Pa.C.S. § 5524(2)"
PA_CS_5533 = "42 Pa.C.S. § 5533(b)(1)"
MCARE_513 = "MCARE Act § 513, 40 P.S. § 1303.513"
YANAKOS = "Yanakos v. UPMC, 218 A.3d 1214 (Pa. 2019-10-31)"
DUBOSE = "Dubose v. Quinlan, 173 A.3d 634 (Pa. 2017-11-22)"
DISCOVERY_RULE = "discovery rule: Kapil v. Ass'n of Pa. State College & Univ. Faculties, 470 A.2d 482 (Pa. 1983)"
MCARE_FROM = date(2002, 3, 20)
TWO_YEARS = Period(years=2)

ACT = fact("act_or_omission")
INJURY = fact("injury", assume=ACT, why="the injury cannot come before the negligent act; without it time runs from the act")
KNOWLEDGE = fact(
    "discovery",
    assume=ACT,
    why="the injury and its cause cannot be known before the act; without a date of discovery time runs from the act",
)
CONCEALMENT_DISCOVERY = fact(
    "concealment_discovery",
    assume=ACT,
    why="concealment cannot be discovered before the act; without a date the concealment adds no time",
)
DOB = fact("date_of_birth")
DEATH = fact("death")
COVERED = fact("defendant.public_entity").is_in(None, "state", "municipal")

#: For deciding whether § 513(c) applies: with no date of birth the claimant may have been
#: a minor at the act, and § 513(c) can only make the date earlier, so it is considered.
_DOB_MAY_BE_MINOR = fact(
    "date_of_birth",
    assume=ACT,
    why="without a date of birth the claimant may have been a minor at the act, so the MCARE § 513(c) limit is applied",
)

ACCRUAL = later(
    ACT,
    INJURY,
    KNOWLEDGE,
    when(has("fraudulent_concealment"), CONCEALMENT_DISCOVERY),
).step(
    "time runs from the injury, or from when it and its cause were or should have been known (discovery rule, "
    "fraudulent concealment)",
    cite=f"{PA_CS_5524}; {DISCOVERY_RULE}",
)

_SOURCES = (
    "https://www.reifflawfirm.com/must-medical-malpractice-claim-brought-pennsylvania/",
    "https://palawblog.stark-stark.com/2013/07/articles/medical-malpractice/the-statute-of-repose-in-medical-malpractice-cases/",
    "http://casetext.com/case/dubose-v-quinlan-5",
    "https://www.legis.state.pa.us/WU01/LI/LI/US/DOC/1883/0/0122..DOC",
)


def _two_years(minority: bool) -> Expr:
    start: Expr = ACCRUAL
    if minority:
        adulthood = (DOB + Period(years=18)).step("18th birthday: minority ends", cite=PA_CS_5533)
        start = later(ACCRUAL, when(ACT.lt(adulthood), adulthood)).step(
            "a minor's two years do not start before the 18th birthday", cite=PA_CS_5533
        )
    label = "two years from the later of accrual and the 18th birthday" if minority else "two years from accrual"
    return roll_forward((start + TWO_YEARS).step(label, cite=PA_CS_5524), cite=PA_CS_1908)


def _minor_limit() -> Expr:
    """MCARE § 513(c), for a claimant who was (or, with no date of birth, may have been) a minor.

    Seven years from the act is a period (§ 1908 rolls its last day forward); "attains the
    age of 20 years" is a fixed day, taken at the common-law reading (an age is attained on
    the day before the anniversary), and moved back to the last open day if closed.
    """
    seven_years = roll_forward(
        (ACT + Period(years=7)).step("a minor's claim: not after 7 years from the act", cite=f"{MCARE_513}(c)"),
        cite=PA_CS_1908,
    )
    age_20 = roll_back(
        (DOB + Period(years=20, days=-1)).step(
            "or after the minor attains the age of 20 (the day before the 20th birthday at common law), whichever "
            "is later",
            cite=f"{MCARE_513}(c)",
        ),
        cite=f"{MCARE_513}(c) (a fixed day: the last open day on or before it)",
    )
    return when(ACT.lt(_DOB_MAY_BE_MINOR + Period(years=18)) & ACT.ge(const(MCARE_FROM)), later(seven_years, age_20))


def limitation_date() -> Expr:
    """§ 5524(2) with the discovery rule and § 5533(b): the tolled limitation period.

    MCARE § 513(c) is not part of it: it is a bar on a minor's claim, not a toll, and is the
    separate deadline :func:`minors_bar_date`.
    """
    return _two_years(minority=True)


def minors_bar_date() -> Expr:
    """MCARE § 513(c) as written, where it bars the claim before the limitation ends.

    A minor's claim may not be brought after the later of 7 years from the act and the 20th
    birthday, even where an adult discovering the injury on the same day would have longer;
    § 513(c) has not been struck down (Yanakos struck § 513(a)). The safe date is the bar; the
    alternative, the limitation (the reading in which § 513(c) falls with § 513(a)). Where the
    bar is no earlier than the limitation there is no separate deadline.
    """
    limitation = limitation_date()
    bar = _minor_limit().step(
        "no claim for a minor after the MCARE § 513(c) date (not struck down: Yanakos struck § 513(a) only)",
        cite=f"{MCARE_513}(c)",
    )
    return when(
        bar.lt(limitation),
        safe(
            bar,
            limitation,
            label="MCARE § 513(c) falls with § 513(a) under Yanakos's open-courts reasoning: only the § 5524(2) "
            "limitation, with § 5533(b) and the discovery rule",
            cite=YANAKOS,
        ),
    )


def _death_date() -> Expr:
    after_death = (DEATH + TWO_YEARS).step("death and survival actions: two years after the death", cite=f"{MCARE_513}(d)")
    concealed = when(
        has("fraudulent_concealment"),
        (later(DEATH, CONCEALMENT_DISCOVERY) + TWO_YEARS).step(
            "misrepresentation or fraudulent concealment of the cause of death: two years from its discovery",
            cite=f"{MCARE_513}(d)",
        ),
    )
    return roll_forward(later(after_death, concealed), cite=PA_CS_1908)


LIMITATION_RULES = (
    DeadlineRule(
        id="us-pa.limitation.pa-cs-5524",
        version="2002",
        kind="limitation",
        title="Medical professional liability: 2 years with the discovery rule; minors from 18 (§§ 5524(2), 5533(b))",
        citation=f"{PA_CS_5524}; {PA_CS_5533}; {PA_CS_1908}",
        in_force=InForce(note="§ 5524(2) and § 5533(b) (1978)"),
        applies=COVERED & fact("claim_type").eq("personal_injury"),
        date=limitation_date(),
        satisfied_by="complaint_filed",
        verified="secondary",
        uncertainty=(
            "§ 5524(2) and § 5533(b) were read in secondary sources and the 2013 bills quoting § 5533(b). MCARE "
            "§ 513(a)'s 7-year repose is not applied (Yanakos). A minor's claim is also subject to the MCARE § 513(c) "
            "bar, shown as its own deadline (us-pa.repose.mcare-513-c) where it comes first. "
            "A parent's own claim for "
            "a minor's medical expenses is not tolled (Fancsali) and is not computed here. Fraudulent concealment "
            "is a judicial doctrine applied like the discovery rule."
        ),
        sources=_SOURCES,
    ),
    DeadlineRule(
        id="us-pa.repose.mcare-513-c",
        version="2002",
        kind="repose",
        title="A minor's claim: not after the later of 7 years from the act and age 20 (MCARE § 513(c))",
        citation=f"{MCARE_513}(c); {YANAKOS}; {PA_CS_1908}",
        in_force=InForce(start=MCARE_FROM, note="MCARE § 513(c), Act 13 of 2002, for acts from 2002-03-20"),
        applies=COVERED & fact("claim_type").eq("personal_injury"),
        date=minors_bar_date(),
        satisfied_by="complaint_filed",
        verified="secondary",
        uncertainty=(
            "§ 513(c) was read in secondary quotations. It has not been struck down and no appellate decision on it "
            "after Yanakos was found: the safe date applies it as written, even where it bars a late-discovered "
            "minor's claim before an adult's two years would end (a gentler reading, limiting only what minority "
            "adds, lies between the two dates and is not shown); the limitation date, without § 513(c), is the "
            "alternative. 'Attains the age of 20' is taken as the day before the 20th birthday (the common-law "
            "coming-of-age rule; no Pennsylvania authority either way was found - the birthday itself would be one "
            "day later), moved back to the last open day if closed; the 7 years roll forward under § 1908. The bar "
            "is a separate deadline, not part of the limitation, because it is not a toll: it can end a minor's "
            "time before the limitation does, and is shown only where it does."
        ),
        sources=_SOURCES,
    ),
    DeadlineRule(
        id="us-pa.limitation.mcare-513-d",
        version="2002",
        kind="limitation",
        title="Wrongful death and survival: 2 years after the death (MCARE § 513(d))",
        citation=f"{MCARE_513}(d); {DUBOSE}; 42 Pa.C.S. §§ 8301, 8302; {PA_CS_1908}",
        in_force=InForce(note="MCARE § 513(d), Act 13 of 2002 (2002-03-20); wrongful death accrued at death before"),
        applies=COVERED & fact("claim_type").eq("wrongful_death"),
        date=_death_date(),
        satisfied_by="complaint_filed",
        verified="secondary",
        uncertainty=(
            "§ 513(d) was read as quoted in secondary sources and Dubose; Dubose (read in the opinion) holds both death and survival actions accrue at death, whatever the "
            "decedent's own limitation. For acts before 2002-03-20 a survival action ran from the decedent's "
            "injury (Pastierik), not computed here. With concealment of the cause of death the two years are taken "
            "from its discovery (the statute lifts the two-year rule but states no other period)."
        ),
        sources=_SOURCES,
    ),
)

LITERAL_513C_WARNING = WarningRule(
    id="us-pa.warning.mcare-513-c-literal",
    version="2002",
    title="MCARE § 513(c) bars this minor's claim before an adult's two years from discovery would end",
    citation=f"{MCARE_513}(c); {YANAKOS}",
    in_force=InForce(start=MCARE_FROM, note="acts from 2002-03-20"),
    applies=ACT.lt(DOB + Period(years=18))
    & later(ACT + Period(years=7), DOB + Period(years=20)).lt(ACCRUAL + TWO_YEARS),
    message=(
        "The claimant was a minor at the act and the injury was discovered late: MCARE § 513(c) bars a minor's "
        "claim after the later of 7 years from the act and the 20th birthday, which here is before the two years "
        "from discovery that an adult would have. § 513(c) has not been struck down (Yanakos struck the § 513(a) "
        "repose), so it is shown as its own deadline (kind 'repose'), the safe date to file by; whether it "
        "survives Yanakos's open-courts reasoning is not settled, and the limitation date is its alternative."
    ),
    code="authority_split",
    verified="secondary",
    uncertainty="No appellate decision on § 513(c) after Yanakos was found.",
)

INSANITY_WARNING = WarningRule(
    id="us-pa.warning.pa-cs-5533-a",
    version="1978",
    title="Incapacity does not extend the time (42 Pa.C.S. § 5533(a))",
    citation="42 Pa.C.S. § 5533(a)",
    in_force=InForce(note="Judicial Code § 5533(a) (1978)"),
    applies=incapacity_end(ACT).ge(ACT),
    message=(
        "The claimant lacked capacity at the act, but in Pennsylvania insanity does not extend the time to sue "
        "unless a statute says so (§ 5533(a)); the discovery rule may still delay accrual."
    ),
    code="law",
    verified="secondary",
    uncertainty="§ 5533(a)'s operative text was not re-read (only its heading was seen).",
)

REPOSE_WARNING = WarningRule(
    id="us-pa.warning.mcare-513-a-struck",
    version="2019",
    title="MCARE's seven-year statute of repose was struck down (Yanakos, 2019)",
    citation=f"{MCARE_513}(a); {YANAKOS}",
    in_force=InForce(start=MCARE_FROM, note="acts from 2002-03-20, when § 513(a) would have applied"),
    message=(
        "MCARE § 513(a) barred a medical professional liability claim seven years after the tort; Yanakos v. UPMC "
        "(2019-10-31, reconsideration denied 2020-01-31) held it unconstitutional under the open-courts clause "
        "(Pa. Const. art. I, § 11). It is recorded but never applied: there is no general repose."
    ),
    code="law",
    verified="secondary",
    uncertainty="The Yanakos opinion was read as summarised; the status of § 513(c) is treated separately.",
    sources=("https://palawblog.stark-stark.com/2013/07/articles/medical-malpractice/the-statute-of-repose-in-medical-malpractice-cases/",),
)

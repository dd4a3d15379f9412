"""Damages against the United States: 28 U.S.C. §§ 2674, 2675(b), 2678 and 1346(b).

* § 2674: the United States is liable "in the same manner and to the same extent as a
  private individual under like circumstances, but shall not be liable for interest prior to
  judgment or for punitive damages".
* § 1346(b)(1): liability "in accordance with the law of the place where the act or omission
  occurred" - the state's damages rules (its caps included) apply, as the state plugin shows.
* § 2675(b): no suit "for any sum in excess of the amount of the claim presented to the
  federal agency", except on newly discovered evidence or intervening facts.
* § 2678: attorney fees limited to 20% of an administrative award, compromise or settlement
  and 25% of a judgment or a settlement after suit.

Damages rules are case-level. The punitive bar is applied only where every defendant is
federal (the United States is then the only defendant); with private co-defendants it is
reported, since the punitive damages claimed may be sought from them.
"""

from __future__ import annotations

from medmal.expr import const, fact
from medmal.rules import DamagesRule, InForce, Rule, WarningRule

from .claim import FEDERAL_SUED, USC_1346B, USC_2675B

__all__ = ["DAMAGES_RULES"]

USC_2674 = "28 U.S.C. § 2674"
USC_2678 = "28 U.S.C. § 2678"
_FTCA = InForce(note="28 U.S.C. §§ 2674, 2675(b), 2678, 1346(b) in their current text; not gated by date (earlier percentages not verified)")
_ONLY_FEDERAL = fact("defendants.federal").eq(fact("defendants.count"))
_SOURCES = (
    "https://books.google.ro/books?id=GYw5AAAAIAAJ&pg=PR73&hl=ro&output=html_text",
    "https://lexbuild.dev/ecfr/title-32/chapter-VI/part-750/section-750.35",
    "https://legalclarity.org/28-u-s-c-%c2%a7-2678-federal-tort-claims-attorney-fee-limits",
)

DAMAGES_RULES: tuple[Rule, ...] = (
    DamagesRule(
        id="ftca.damages.2674-punitive",
        in_force=_FTCA,
        version="1946",
        title="No punitive damages against the United States (§ 2674)",
        citation=USC_2674,
        applies=FEDERAL_SUED & _ONLY_FEDERAL,
        effect="cap",
        component="punitive",
        amount=const(0.0),
        note="The United States is not liable for punitive damages (§ 2674); every defendant here is federal.",
        verified="primary",
        sources=_SOURCES,
    ),
    DamagesRule(
        id="ftca.damages.2674-punitive-mixed",
        in_force=_FTCA,
        version="1946",
        title="No punitive damages against the United States (§ 2674): federal and other defendants",
        citation=USC_2674,
        applies=FEDERAL_SUED & ~_ONLY_FEDERAL,
        effect="information",
        component="punitive",
        note=(
            "The United States is not liable for punitive damages (§ 2674); the punitive damages claimed are not "
            "reduced here because other defendants are sued too - none of them can be recovered from the United States."
        ),
        verified="primary",
        sources=_SOURCES,
    ),
    DamagesRule(
        id="ftca.damages.2674-interest",
        in_force=_FTCA,
        version="1946",
        title="No interest before judgment against the United States (§ 2674)",
        citation=USC_2674,
        applies=FEDERAL_SUED,
        effect="information",
        note="The United States is not liable for interest prior to judgment (§ 2674).",
        verified="primary",
        sources=_SOURCES,
    ),
    DamagesRule(
        id="ftca.damages.2675b",
        in_force=_FTCA,
        version="1966",
        title="Recovery limited to the sum certain claimed from the agency (§ 2675(b))",
        citation=USC_2675B,
        applies=FEDERAL_SUED,
        effect="information",
        note=(
            "No action against the United States for more than the sum claimed in the administrative claim, unless "
            "the larger sum rests on newly discovered evidence not reasonably discoverable when the claim was "
            "presented, or on intervening facts. The case does not record the sum claimed: not applied."
        ),
        verified="secondary",
        uncertainty="Read in the statute's pre-1966 wording and in agency rules restating it; the sum claimed is not a case fact.",
        sources=_SOURCES,
    ),
    DamagesRule(
        id="ftca.damages.1346b",
        in_force=_FTCA,
        version="1946",
        title="The law of the place governs damages (§ 1346(b)(1))",
        citation=USC_1346B,
        applies=FEDERAL_SUED,
        effect="information",
        note="The state's damages law, its caps included, applies to the United States as to a private person; the state's rules above show it.",
        verified="primary",
        sources=_SOURCES,
    ),
    DamagesRule(
        id="ftca.damages.2678",
        in_force=_FTCA,
        version="1966",
        title="Attorney fees: 20% of an administrative settlement, 25% of a judgment or settlement after suit (§ 2678)",
        citation=USC_2678,
        applies=FEDERAL_SUED,
        effect="information",
        note=(
            "No attorney may charge more than 20% of an administrative award, compromise or settlement, or 25% of a "
            "judgment or a settlement after suit, paid out of (not on top of) the award. fee_limit shows the state's "
            "schedule and is not lowered to this."
        ),
        verified="secondary",
        uncertainty="§ 2678 read as restated in 32 C.F.R. § 750.35 and a secondary summary; whether a stricter state schedule also applies to an FTCA recovery was not verified.",
        sources=_SOURCES,
    ),
    WarningRule(
        id="ftca.warning.2678-fees",
        in_force=_FTCA,
        version="1966",
        title="The fee limit shown does not govern the recovery against the United States (§ 2678)",
        citation=USC_2678,
        applies=FEDERAL_SUED & fact("damages.total").gt(0),
        message=(
            "fee_limit is the state's schedule. Against the United States 28 U.S.C. § 2678 governs: no attorney may "
            "charge more than 25% of a judgment or of a settlement after suit, or 20% of an administrative award, "
            "compromise or settlement, and charging more is a crime. The recovery from the United States is not "
            "separated from other defendants' here, so the federal percentages are not applied to fee_limit."
        ),
        code="law",
        verified="secondary",
        uncertainty="§ 2678 read as restated in 32 C.F.R. § 750.35 and a secondary summary.",
        sources=_SOURCES,
    ),
)

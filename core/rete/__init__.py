"""The rete backend: the same rules, matched by durable_rules and evaluated a second way.

``Engine(backend="rete")`` (or ``medmal check --backend rete``) evaluates cases with:

* **selection by Rete** - for each list of rules the evaluation chooses from, a
  durable_rules ruleset is generated from the jurisdiction's rule objects (no hand-written
  copy of any law). Its rules match the in-force windows on day numbers, the ``applies``
  conditions in Kleene three-valued logic (an unknown fact makes a rule *possibly* apply)
  and the override structure (a rule drops out when an exception overriding it certainly
  applies); see :mod:`.selection` and :mod:`.conditions`;
* **values by an independent interpreter** - dates and amounts are computed by walking the
  expression trees (:mod:`.interpreter`), not by the scalar backend's generated code;
* **the same assembly** - statuses, missing facts, warnings, alternatives and damages come
  from :class:`medmal.evaluation.CompiledJurisdiction`, given the two pieces above, so a
  rete result is directly comparable with a scalar one (``Result.to_dict()`` is equal).

durable_rules' defects are contained in :mod:`.host` (one lock, one host, namespaced
rulesets, one session per match deleted in ``finally``, no timers). It is an optional
dependency: ``pip install 'medmal[rete]'``; it does not build on Python 3.13 or later.
"""

from __future__ import annotations

from ..evaluation import CompiledJurisdiction
from ..jurisdiction import Jurisdiction
from .host import INSTALL, require_durable
from .interpreter import interpret
from .selection import ReteSelection

__all__ = ["INSTALL", "compile_jurisdiction", "interpret", "require_durable"]


def compile_jurisdiction(jurisdiction: Jurisdiction) -> CompiledJurisdiction:
    """``jurisdiction`` compiled for the rete backend (raises BackendUnavailable without
    durable_rules)."""
    require_durable()
    return CompiledJurisdiction(
        jurisdiction, compile_value=interpret, selector=ReteSelection(jurisdiction.code)
    )

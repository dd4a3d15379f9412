"""Evaluate one case against one jurisdiction's rules on the scalar backend.

The order follows the law: pick the rule versions in force for the case's dates, drop
the rules an applying exception overrides (:mod:`medmal.selection`), compute each deadline
with its trace, then decide its status against the as-of date and the procedural facts
(:mod:`medmal.deadline_items`). Where a fact is missing, the earliest deadline that could
apply is reported and the fact is named.

This runs for every case, so the hot path reads each pydantic model's ``__dict__`` once,
records warnings under keys built when the rules were compiled, and handles the usual
single governing rule per deadline without grouping.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from .calendar import ISO, NEVER
from .case import Case
from .damages import DamagesPlan, evaluate_damages
from .deadline_items import (
    assumed_text,
    authority_split,
    deadline_status,
    earliest_first,
    for_defendant,
    no_limitation_rule,
)
from .expr import Unknown
from .facts import FACT_NAMES, case_facts, set_defendant
from .jurisdiction import Jurisdiction
from .result import Deadline, Requirement, Result, Status, TraceStep, Warning, new_deadline, new_result
from .rules import DeadlineRule, RequirementRule, Rule
from .scalar import Compiled, Env, compile_expr, describe, new_env
from .selection import _key_function, _select, _Selector, _Split  # noqa: F401 (_select: tests compare with it)

__all__ = ["CompiledJurisdiction", "deadline_status"]

_MEMO_LIMIT = 4096
_NOT_MADE = object()

#: A finished warning's identity in a result: the same point is made once per case.
WarningKey = tuple[str, str | None, str | None]


def _key(item: Warning) -> WarningKey:
    return (item.code, item.fact, item.rule_id)


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: Any
    applies: Compiled
    value: Compiled | None
    # True when the rule's value reads nothing about a particular defendant, so its result
    # for one defendant holds for every other defendant the rule applies to.
    defendant_free: bool = False
    heading: TraceStep | None = None
    uncertainty: Warning | None = None
    # The facts the rule reads, as one tuple (what a finished item is memoised on).
    key: Callable[[dict[str, Any]], tuple[Any, ...]] | None = None
    # Facts of the rule fixed when it is compiled, read for every deadline it makes.
    group: str = ""
    satisfied_by: str | None = None
    uncertainty_key: WarningKey | None = None


class CompiledJurisdiction:
    """A jurisdiction's rules compiled for the scalar backend.

    Another backend reuses the assembly by passing ``compile_value`` (turns an expression
    into a function of an :class:`Env`; default: the scalar code generator) and
    ``selector`` (given a list of compiled rules, returns an object whose ``select(env)``
    gives the rules that apply with whether that is certain; default: :class:`_Selector`).
    """

    def __init__(
        self,
        jurisdiction: Jurisdiction,
        *,
        compile_value: Callable[[Any], Compiled] = compile_expr,
        selector: Callable[[list[_Compiled]], Any] = _Selector,
    ) -> None:
        self.jurisdiction = jurisdiction

        def build(rule: Rule, value: Any) -> _Compiled:
            reads = value.facts() if value is not None else frozenset()
            free = not any(name.startswith("defendant.") for name in reads)
            satisfied_by = getattr(rule, "satisfied_by", None)
            uncertainty = (
                Warning("uncertain_law", rule.uncertainty, None, rule.id, rule.citation) if rule.uncertainty else None
            )
            return _Compiled(
                rule,
                compile_value(rule.applies),
                compile_value(value) if value is not None else None,
                free,
                TraceStep(f"{rule.title} (version {rule.version})", None, rule.citation),
                uncertainty,
                _key_function(tuple(sorted(rule.facts() | ({satisfied_by} if satisfied_by else set()))), ()),
                "limitation" if getattr(rule, "kind", None) == "limitation" else rule.id,
                satisfied_by,
                _key(uncertainty) if uncertainty is not None else None,
            )

        self.deadlines = [build(r, r.date) for r in jurisdiction.deadline_rules]
        self.requirements = [build(r, r.due) for r in jurisdiction.requirement_rules]
        self.damages = [build(r, r.amount) for r in jurisdiction.damages_rules]
        self.warnings = [build(r, None) for r in jurisdiction.warning_rules]

        # Split once by scope (per defendant, or for the whole case) so each evaluation
        # only walks the rules that can apply; one selection serves deadlines and paperwork.
        def scoped(scope: bool) -> Any:
            items = [c for c in self.deadlines + self.requirements if c.rule.per_defendant is scope]
            return _Selector(items) if selector is _Selector else _Split(selector(items))

        self._select_for = {scope: scoped(scope) for scope in (True, False)}
        self._texts: dict[tuple[Any, ...], Any] = {}
        self._requirement_memo: dict[int, dict[tuple[Any, ...], Requirement]] = {id(c): {} for c in self.requirements}
        self._warning_messages = []
        for c in self.warnings:
            message = Warning(c.rule.code, c.rule.message, c.rule.fact, c.rule.id, c.rule.citation)
            self._warning_messages.append((c.applies, _key(message), message))
        self._rules_version = jurisdiction.rules_version
        empty = Env({}, jurisdiction.calendar, jurisdiction.parameters, False)
        self._damages_plan = DamagesPlan(self.damages, empty)

    # --- the entry point ------------------------------------------------------------------
    def evaluate(self, case: Case, as_of: date, trace: bool = True) -> Result:
        j = self.jurisdiction
        data = case.__dict__  # pydantic's field values: read once (see medmal.facts)
        base = case_facts(case)
        base["as_of"] = as_of
        # Warnings by (code, fact, rule): the same point is made once per case, however
        # many rules or defendants raise it; the first one raised is kept.
        found: dict[WarningKey, Warning] = {}

        deadlines: list[Deadline] = []
        requirements: list[Requirement] = []
        shared: dict[int, Deadline | None] = {}
        # One fact dict and one Env serve every defendant in turn: only the defendant's
        # own facts change between them.
        env = new_env(dict(base), j.calendar, j.parameters, trace)
        select = self._select_for[True].select
        for defendant in data["defendants"]:
            set_defendant(env.facts, defendant)
            # Conditions are evaluated on a fresh trace: the last list belongs to a finished
            # item (possibly memoised and shared), which nothing may append to.
            env.reset()
            applying, paperwork = select(env)
            name = env.facts["defendant.name"]
            deadlines += self._deadlines(applying, env, name, True, as_of, found, shared)
            if paperwork:
                requirements += self._requirements(paperwork, env, name, as_of)
        case_env = new_env(base, j.calendar, j.parameters, trace)
        if self._select_for[False].items:
            applying, paperwork = self._select_for[False].select(case_env)
            deadlines += self._deadlines(applying, case_env, None, False, as_of, found, shared)
            if paperwork:
                requirements += self._requirements(paperwork, case_env, None, as_of)

        damages = None
        if data["damages"] is not None:
            case_env.reset()
            damages = evaluate_damages(
                self._damages_plan, case, case_env, as_of, lambda item: found.setdefault(_key(item), item)
            )
        case_env.reset()
        for applies, key, message in self._warning_messages:
            if applies(case_env) is True:
                found.setdefault(key, message)
        return new_result(
            j.code, ISO.get(as_of) or ISO[as_of], self._rules_version, deadlines, requirements, damages,
            list(found.values()),
        )

    # --- deadlines --------------------------------------------------------------------------
    def _deadlines(
        self,
        applying: list[tuple[_Compiled, bool]],
        env: Env,
        defendant: str | None,
        per_defendant: bool,
        as_of: date,
        found: dict[WarningKey, Warning],
        shared: dict[int, Deadline | None],
    ) -> list[Deadline]:
        if len(applying) == 1:
            # The usual case: one rule governs, so there is nothing to group or choose.
            compiled = applying[0][0]
            made = self._deadline_for(compiled, env, defendant, as_of, found, shared)
            if per_defendant and (made is None or compiled.group != "limitation"):
                head = no_limitation_rule(
                    defendant, self.jurisdiction.code, lambda item: found.setdefault(_key(item), item)
                )
                return [head] if made is None else [head, made]
            return [] if made is None else [made]
        groups: dict[str, list[Deadline]] = {}
        for compiled, _certain in applying:
            made = self._deadline_for(compiled, env, defendant, as_of, found, shared)
            if made is None:
                continue
            group = groups.get(compiled.group)
            if group is None:
                groups[compiled.group] = [made]
            else:
                group.append(made)
        out: list[Deadline] = []
        for made in groups.values():
            if len(made) == 1:
                out.append(made[0])
                continue
            chosen = min(made, key=earliest_first)
            others = ", ".join(sorted({m.rule_id + "@" + m.rule_version for m in made if m is not chosen}))
            item = Warning(
                "rule_choice",
                f"which rule governs the {chosen.kind} deadline for {defendant or 'the case'} turns on "
                f"facts not supplied; the earliest ({chosen.rule_id}@{chosen.rule_version}) is shown, "
                f"others: {others}",
                None,
                chosen.rule_id,
                chosen.citation,
            )
            found.setdefault(_key(item), item)
            out.append(chosen)
        if per_defendant and "limitation" not in groups:
            out.insert(
                0, no_limitation_rule(defendant, self.jurisdiction.code, lambda item: found.setdefault(_key(item), item))
            )
        return out

    def _deadline_for(
        self,
        compiled: _Compiled,
        env: Env,
        defendant: str | None,
        as_of: date,
        found: dict[WarningKey, Warning],
        shared: dict[int, Deadline | None],
    ) -> Deadline | None:
        """The rule's deadline for ``defendant``: computed, or another defendant's copied
        when the rule reads nothing about defendants."""
        if compiled.defendant_free:
            made = shared.get(id(compiled), _NOT_MADE)
            if made is not _NOT_MADE:
                return None if made is None else for_defendant(made, defendant)  # type: ignore[arg-type]
            made = shared[id(compiled)] = self._deadline(compiled, env, defendant, as_of, found)
            return made
        return self._deadline(compiled, env, defendant, as_of, found)

    def _deadline(
        self, compiled: _Compiled, env: Env, defendant: str | None, as_of: date, found: dict[WarningKey, Warning]
    ) -> Deadline | None:
        rule: DeadlineRule = compiled.rule
        # A fresh trace (opening with the rule's heading) and fresh notes: Env.reset, written
        # out here because it runs for every deadline of every case.
        trace = env.trace = [compiled.heading] if env.tracing else None
        env.could_move = set()
        env.assumed = {}
        env.alternatives = []
        value = compiled.value(env)  # type: ignore[misc]
        if value is None:
            return None
        missing = env.could_move
        if value.__class__ is Unknown:
            missing = missing | value.facts
            day = None
        else:
            day = value
        done = env.facts.get(compiled.satisfied_by) if compiled.satisfied_by else None
        if done is None and day is not None and day != NEVER and as_of <= day:
            status: Status = "open"  # the common case, decided without the general function
        else:
            status = deadline_status(day, done, as_of, bool(missing))
        missing_facts: list[str] = []
        if missing:
            warnings, paths = self._missing(compiled, frozenset(missing), day is not None)
            for key, item in warnings:
                found.setdefault(key, item)
            missing_facts = list(paths)
        if trace is not None and env.assumed:
            for name, (stand_in, why) in env.assumed.items():
                trace.append(TraceStep(assumed_text(name, describe(stand_in), why), None, ""))
        if compiled.uncertainty_key is not None:
            found.setdefault(compiled.uncertainty_key, compiled.uncertainty)  # type: ignore[arg-type]
        if status == "expired" and env.alternatives:
            status = authority_split(
                rule, env.alternatives, done, as_of, lambda item: found.setdefault(_key(item), item)
            )
        return new_deadline(
            rule.kind,
            defendant,
            None if day is None or day == NEVER else (ISO.get(day) or ISO[day]),
            status,
            rule.citation,
            rule.discretion,
            trace if trace is not None else [],
            rule.id,
            rule.version,
            rule.title,
            env.alternatives if day is not None else [],  # no later reading beside a date that is not known
            missing_facts,
            rule.verified,
            rule.uncertainty,
        )

    # --- texts that depend only on the rule, built once ------------------------------------
    def _missing(
        self, compiled: _Compiled, missing: frozenset[str], computed: bool
    ) -> tuple[tuple[tuple[WarningKey, Warning], ...], tuple[str, ...]]:
        """The missing-fact warnings (with their keys) and case paths for a set of unknown facts."""
        key = (id(compiled), missing, computed)
        found = self._texts.get(key)
        if found is None:
            rule = compiled.rule
            warnings = [self._missing_warning(rule, name, computed) for name in sorted(missing)]
            found = (
                tuple((_key(item), item) for item in warnings),
                tuple(sorted(FACT_NAMES.get(n, n) for n in missing)),
            )
            if len(self._texts) < _MEMO_LIMIT:
                self._texts[key] = found
        return found

    def _missing_warning(self, rule: DeadlineRule, name: str, computed: bool) -> Warning:
        key = ("missing", rule.id, name, computed)
        found = self._texts.get(key)
        if found is None:
            path = FACT_NAMES.get(name, name)
            if computed:
                message = (
                    f"{path} is unknown: the {rule.kind} date from {rule.id} is the earliest that could apply; "
                    f"a known {path} could make it later"
                )
            else:
                message = f"{path} is unknown: the {rule.kind} date from {rule.id} cannot be computed without it"
            found = self._texts[key] = Warning("missing_fact", message, path, rule.id, rule.citation)
        return found

    # --- requirements -------------------------------------------------------------------
    def _requirements(
        self, paperwork: list[tuple[_Compiled, bool]], env: Env, defendant: str | None, as_of: date
    ) -> list[Requirement]:
        out: list[Requirement] = []
        facts = env.facts
        for compiled, _certain in paperwork:
            # A requirement reads few facts (the complaint date, say) and most cases share
            # them, so the finished item is memoised on exactly what it reads.
            key = (defendant, as_of, env.tracing, compiled.key(facts))  # type: ignore[misc]
            memo = self._requirement_memo[id(compiled)]
            found = memo.get(key)
            if found is None:
                found = self._requirement(compiled, env, defendant, as_of)
                if len(memo) < _MEMO_LIMIT:
                    memo[key] = found
            out.append(found)
        return out

    def _requirement(self, compiled: _Compiled, env: Env, defendant: str | None, as_of: date) -> Requirement:
        rule: RequirementRule = compiled.rule
        env.reset()
        value = compiled.value(env) if compiled.value is not None else None
        due_date = value if isinstance(value, date) and value != NEVER else None
        done = env.facts.get(rule.satisfied_by) if rule.satisfied_by else None
        if done is not None:
            status = "overdue" if due_date is not None and done > due_date else "met"
        elif due_date is None:
            status = "not_yet_due"
        else:
            status = "overdue" if as_of > due_date else "pending"
        due = due_date.isoformat() if due_date else None
        return Requirement(
            rule.kind,
            defendant,
            due or rule.due_event,
            due,
            rule.citation,
            rule.description,
            rule.consequence_of_failure,
            status,
            rule.id,
            rule.version,
            env.trace if env.trace is not None else [],
            rule.uncertainty,
        )

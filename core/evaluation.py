"""Evaluate one case against one jurisdiction's rules on the scalar backend.

The order follows the law: pick the rule versions in force for the case's dates, drop
the rules an applying exception overrides, compute each deadline with its trace, then
decide its status against the as-of date and the procedural facts. Where a fact is
missing, the earliest deadline that could apply is reported and the fact is named.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from .calendar import ISO, NEVER
from .case import Case
from .damages import DamagesPlan, evaluate_damages
from .expr import Unknown
from .facts import FACT_NAMES, case_facts, set_defendant
from .jurisdiction import Jurisdiction
from .result import Deadline, Requirement, Result, Status, TraceStep, Warning
from .rules import DeadlineRule, InForce, RequirementRule, Rule
from .scalar import Compiled, Env, compile_expr, describe

__all__ = ["CompiledJurisdiction", "deadline_status"]

_UNKNOWN = object()
_MEMO_LIMIT = 4096


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


def deadline_status(day: date | None, done: date | None, as_of: date, could_move: bool) -> Status:
    """The status of a last day ``day`` given the date the act was ``done`` (if it was)."""
    if day is None:
        return "indeterminate"
    if done is not None:
        if done <= day:
            return "met"
        return "indeterminate" if could_move else "expired"
    if day == NEVER:
        return "not_running"
    if as_of <= day:
        return "open"
    return "indeterminate" if could_move else "expired"


def _in_force(rule: Rule, facts: dict[str, Any]) -> bool | None:
    """True/False when the rule version's window is decided by the facts; None if unknown."""
    window = rule.in_force
    if window.start is None and window.end is None:
        return True
    measured = facts.get(window.measured_by, _UNKNOWN)
    if measured is _UNKNOWN:
        return None
    if measured is None:
        return False
    return window.contains(measured)


class _Selector:
    """Which rules of a list apply to a set of facts, cached on the facts that decide it.

    Selection reads few facts (claim type, the defendant's public status, the dates that
    decide which version of a rule is in force), so its answer is memoised on their
    values; a list whose conditions read many distinct values stops caching at a bound.
    """

    _LIMIT = 4096

    def __init__(self, items: list[_Compiled]) -> None:
        self.items = items
        names: set[str] = set()
        windows: dict[tuple[Any, ...], InForce] = {}
        for compiled in items:
            names |= compiled.rule.applies.facts()
            window = compiled.rule.in_force
            if window.start is not None or window.end is not None:
                windows[(window.measured_by, window.start, window.end)] = window
        self.names = tuple(sorted(names))
        self.windows = tuple(windows.values())
        self.cache: dict[tuple[Any, ...], tuple[list[tuple[_Compiled, bool]], list[tuple[_Compiled, bool]]]] = {}
        self.key = _key_function(self.names, self.windows)

    def select(self, env: Env) -> tuple[list[tuple[_Compiled, bool]], list[tuple[_Compiled, bool]]]:
        """The applying deadline rules and requirement rules, each with whether it is certain."""
        key = self.key(env.facts)
        found = self.cache.get(key)
        if found is None:
            chosen = _select(self.items, env)
            found = (
                [pair for pair in chosen if pair[0].rule.consequence == "deadline"],
                [pair for pair in chosen if pair[0].rule.consequence == "requirement"],
            )
            if len(self.cache) < self._LIMIT:
                self.cache[key] = found
        return found


class _Split:
    """Adapts a selector whose ``select(env)`` gives one list of (rule, certain) pairs to
    the (deadlines, requirements) split :class:`_Selector` returns."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.items = inner.items

    def select(self, env: Env) -> tuple[list[tuple[_Compiled, bool]], list[tuple[_Compiled, bool]]]:
        chosen = self.inner.select(env)
        return (
            [pair for pair in chosen if pair[0].rule.consequence == "deadline"],
            [pair for pair in chosen if pair[0].rule.consequence == "requirement"],
        )


def _key_function(names: tuple[str, ...], windows: tuple[InForce, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A function computing a selection key: the facts read, then each window's state
    (True/False, or None when the fact that decides it is unknown)."""
    parts = [f"facts.get({name!r}, U)" for name in names]
    for index, window in enumerate(windows):
        test = [f"m{index} is not None"]
        if window.start is not None:
            test.append(f"m{index} >= S{index}")
        if window.end is not None:
            test.append(f"m{index} < E{index}")
        parts.append(f"(None if m{index} is U else ({' and '.join(test)}))")
    lines = ["def key(facts):"]
    lines += [f"    m{i} = facts.get({w.measured_by!r}, U)" for i, w in enumerate(windows)]
    lines.append(f"    return ({', '.join(parts)},)" if parts else "    return ()")
    namespace: dict[str, Any] = {"U": _UNKNOWN}
    for index, window in enumerate(windows):
        namespace[f"S{index}"] = window.start
        namespace[f"E{index}"] = window.end
    exec(compile("\n".join(lines), "<medmal selection key>", "exec"), namespace)
    return namespace["key"]


def _select(items: list[_Compiled], env: Env) -> list[tuple[_Compiled, bool]]:
    """The rules that apply (with whether that is certain), less those an applying
    exception overrides."""
    found: list[tuple[_Compiled, bool]] = []
    for compiled in items:
        rule = compiled.rule
        window = _in_force(rule, env.facts)
        if window is False:
            continue
        applies = compiled.applies(env)
        if applies is False or applies is None:
            continue
        found.append((compiled, window is True and applies is True))
    overridden = {target for c, certain in found if certain for target in c.rule.overrides}
    return [(c, certain) for c, certain in found if c.rule.id not in overridden]


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
            return _Compiled(
                rule,
                compile_value(rule.applies),
                compile_value(value) if value is not None else None,
                free,
                TraceStep(f"{rule.title} (version {rule.version})", None, rule.citation),
                Warning("uncertain_law", rule.uncertainty, None, rule.id, rule.citation) if rule.uncertainty else None,
                _key_function(
                    tuple(sorted(rule.facts() | ({rule.satisfied_by} if getattr(rule, "satisfied_by", None) else set()))),
                    (),
                ),
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
        self._warning_messages = [
            (c, Warning(c.rule.code, c.rule.message, c.rule.fact, c.rule.id, c.rule.citation)) for c in self.warnings
        ]
        self._rules_version = jurisdiction.rules_version
        empty = Env({}, jurisdiction.calendar, jurisdiction.parameters, False)
        self._damages_plan = DamagesPlan(self.damages, empty)

    # --- the entry point ------------------------------------------------------------------
    def evaluate(self, case: Case, as_of: date, trace: bool = True) -> Result:
        j = self.jurisdiction
        base = case_facts(case)
        base["as_of"] = as_of
        found: dict[tuple[str, str | None, str | None], Warning] = {}

        def warn(item: Warning) -> None:
            # The same point is made once per case, however many rules or defendants raise it.
            found.setdefault((item.code, item.fact, item.rule_id), item)

        deadlines: list[Deadline] = []
        requirements: list[Requirement] = []
        case_env = Env(base, j.calendar, j.parameters, trace)
        shared: dict[int, Deadline | None] = {}
        # One fact dict and one Env serve every defendant in turn: only the defendant's
        # own facts change between them.
        env = Env(dict(base), j.calendar, j.parameters, trace)
        select = self._select_for[True].select
        for defendant in case.defendants:
            set_defendant(env.facts, defendant)
            # Conditions are evaluated on a fresh trace: the last list belongs to a finished
            # item (possibly memoised and shared), which nothing may append to.
            env.reset()
            applying, paperwork = select(env)
            deadlines += self._deadlines(applying, env, defendant.name, True, as_of, warn, shared)
            if paperwork:
                requirements += self._requirements(paperwork, env, defendant.name, as_of)
        if self._select_for[False].items:
            applying, paperwork = self._select_for[False].select(case_env)
            deadlines += self._deadlines(applying, case_env, None, False, as_of, warn, shared)
            if paperwork:
                requirements += self._requirements(paperwork, case_env, None, as_of)

        case_env.reset()
        damages = (
            evaluate_damages(self._damages_plan, case, case_env, as_of, warn) if case.damages else None
        )
        case_env.reset()
        for compiled, message in self._warning_messages:
            if compiled.applies(case_env) is True:
                warn(message)
        return Result(
            j.code, ISO[as_of], self._rules_version, deadlines, requirements, damages, list(found.values())
        )

    # --- deadlines --------------------------------------------------------------------------
    def _deadlines(
        self,
        applying: list[tuple[_Compiled, bool]],
        env: Env,
        defendant: str | None,
        per_defendant: bool,
        as_of: date,
        warn: Callable[[Warning], None],
        shared: dict[int, Deadline | None],
    ) -> list[Deadline]:
        groups: dict[str, list[Deadline]] = {}
        for compiled, _certain in applying:
            rule: DeadlineRule = compiled.rule
            if compiled.defendant_free and id(compiled) in shared:
                made = shared[id(compiled)]
                if made is not None:
                    made = _for_defendant(made, defendant)
            else:
                made = self._deadline(compiled, env, defendant, as_of, warn)
                if compiled.defendant_free:
                    shared[id(compiled)] = made
            if made is None:
                continue
            key = "limitation" if rule.kind == "limitation" else rule.id
            if key in groups:
                groups[key].append(made)
            else:
                groups[key] = [made]
        out: list[Deadline] = []
        for made in groups.values():
            if len(made) == 1:
                out.append(made[0])
                continue
            chosen = min(made, key=_earliest_first)
            if len(made) > 1:
                others = ", ".join(sorted({m.rule_id + "@" + m.rule_version for m in made if m is not chosen}))
                warn(
                    Warning(
                        "rule_choice",
                        f"which rule governs the {chosen.kind} deadline for {defendant or 'the case'} turns on "
                        f"facts not supplied; the earliest ({chosen.rule_id}@{chosen.rule_version}) is shown, "
                        f"others: {others}",
                        None,
                        chosen.rule_id,
                        chosen.citation,
                    )
                )
            out.append(chosen)
        if per_defendant and "limitation" not in groups:
            out.insert(0, _no_limitation_rule(defendant, self.jurisdiction.code, warn))
        return out

    def _deadline(
        self, compiled: _Compiled, env: Env, defendant: str | None, as_of: date, warn: Callable[[Warning], None]
    ) -> Deadline | None:
        rule: DeadlineRule = compiled.rule
        env.reset()
        trace = env.trace
        if trace is not None:
            trace.append(compiled.heading)
        value = compiled.value(env)  # type: ignore[misc]
        if value is None:
            return None
        if value.__class__ is Unknown:
            missing = env.could_move | value.facts
            day = None
        else:
            missing = env.could_move
            day = value
        done = env.facts.get(rule.satisfied_by) if rule.satisfied_by else None
        if done is None and day is not None and day != NEVER and as_of <= day:
            status: Status = "open"  # the common case, decided without the general function
        else:
            status = deadline_status(day, done, as_of, bool(missing))
        missing_facts: list[str] = []
        if missing:
            warnings, paths = self._missing(compiled, frozenset(missing), day is not None)
            for item in warnings:
                warn(item)
            missing_facts = list(paths)
        if trace is not None and env.assumed:
            for name, (stand_in, why) in env.assumed.items():
                trace.append(TraceStep(_assumed_text(name, describe(stand_in), why), None, ""))
        if compiled.uncertainty is not None:
            warn(compiled.uncertainty)
        if status == "expired" and env.alternatives:
            status = _authority_split(rule, env.alternatives, done, as_of, warn)
        return Deadline(
            rule.kind,
            defendant,
            None if day is None or day == NEVER else ISO[day],
            status,
            rule.citation,
            rule.discretion,
            trace if trace is not None else [],
            rule.id,
            rule.version,
            rule.title,
            env.alternatives,
            missing_facts,
            rule.verified,
            rule.uncertainty,
        )

    # --- texts that depend only on the rule, built once ------------------------------------
    def _missing(
        self, compiled: _Compiled, missing: frozenset[str], computed: bool
    ) -> tuple[tuple[Warning, ...], tuple[str, ...]]:
        """The missing-fact warnings and case paths for a set of unknown facts."""
        key = (id(compiled), missing, computed)
        found = self._texts.get(key)
        if found is None:
            rule = compiled.rule
            found = (
                tuple(self._missing_warning(rule, name, computed) for name in sorted(missing)),
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
            key = (defendant, as_of, env.tracing, compiled.key(facts))
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


def _authority_split(
    rule: DeadlineRule, alternatives: list[Any], done: date | None, as_of: date, warn: Callable[[Warning], None]
) -> Status:
    """Past the safe date, but not past a date some authority supports: not decided."""
    reference = (done or as_of).isoformat()
    supported = [a for a in alternatives if a.date is not None and reference <= a.date]
    if not supported:
        return "expired"
    latest = max(supported, key=lambda a: a.date)
    act = "the filing" if done is not None else f"the as-of date {reference}"
    warn(
        Warning(
            "authority_split",
            f"{act} is after the safe {rule.kind} date but on or before {latest.date}, the date under another "
            f"reading ({latest.basis}; {latest.citation}): whether the claim is in time is not settled",
            None,
            rule.id,
            rule.citation,
        )
    )
    return "indeterminate"


def _assumed_text(name: str, value: str | None, why: str) -> str:
    return "assumed " + FACT_NAMES.get(name, name) + " = " + (value or "") + ": " + why


def _for_defendant(item: Deadline, defendant: str | None) -> Deadline:
    """The same deadline for another defendant (the rule read nothing about defendants)."""
    return Deadline(
        item.kind,
        defendant,
        item.date,
        item.status,
        item.citation,
        item.discretion,
        item.trace,
        item.rule_id,
        item.rule_version,
        item.title,
        item.alternatives,
        item.missing_facts,
        item.verified,
        item.uncertainty,
    )


def _earliest_first(item: Deadline) -> tuple[int, str]:
    # An undecidable date sorts first: it may be earlier than any computed one.
    if item.date is None:
        return (0 if item.status == "indeterminate" else 2, "")
    return (1, item.date)


def _no_limitation_rule(defendant: str | None, code: str, warn: Callable[[Warning], None]) -> Deadline:
    message = (
        f"no {code} limitation rule covers the claim against {defendant}; it may be governed by other law "
        "(e.g. the Federal Tort Claims Act for a federal defendant) - check it by hand"
    )
    warn(Warning("no_rule", message, None, None, None))
    return Deadline(
        kind="limitation",
        defendant=defendant,
        date=None,
        status="indeterminate",
        citation=f"no {code} rule applies (see warnings)",
        discretion=None,
        trace=[TraceStep(message, None, f"no {code} rule applies")],
        rule_id="",
        rule_version="",
        title="no governing limitation rule",
    )

"""The one durable_rules host of this process, with its defects contained.

durable_rules 2.0.28 (the last release, 2020) is not safe to use naively; each defect is
met here, in one place:

* **not thread-safe** - every call into it (registering, asserting, deleting) holds one
  process-wide lock, and there is one host per process;
* **background threads** - the stock ``Host`` starts timer threads that dispatch queued
  actions and timers outside any lock (the thread seen crashing under load). medmal uses
  no timers and runs every action synchronously, so :class:`_QuietHost` never starts them;
* **a repeated ruleset name silently replaces the first** (in ``durable.lang``) - rulesets
  are registered through the host API under names ``medmal.<code>.<digest>``; a name
  already taken by a different definition is refused with an error;
* **at most 1,024 live sessions** - each match runs in a fresh session (``sid``) that is
  deleted in ``finally``;
* **an unmatched fact raises** ``MessageNotHandledException``, and found here, an
  unmatched *first* fact can crash the process - every ruleset has a catch-all rule, and the
  exception, should it come anyway, is mapped to an explicit "no rule matched" answer;
* **errors inside actions are swallowed** - actions record what fired and keep any error,
  which is raised again once the call returns;
* found here: a rule whose condition has several matching ``$or`` branches fires once per
  branch, so what fired is kept as a set; conditions on absent fields and ``$ex``/``$nex``
  crash or hang, so every fact carries every field (see :mod:`.conditions`).
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Callable
from typing import Any

from ..errors import BackendUnavailable, RuleDefinitionError

__all__ = ["CATCH_ALL", "INSTALL", "match", "register", "require_durable"]

INSTALL = "pip install 'medmal[rete]'"
#: The name of the rule every fact matches (so no fact is ever unhandled).
CATCH_ALL = "seen"

_LOCK = threading.Lock()
_host: Any = None
_definitions: dict[str, str] = {}  # ruleset name -> its JSON definition
_sids = itertools.count(1)
_fired: set[str] = set()
_errors: list[BaseException] = []


def require_durable() -> Any:
    """The ``durable.engine`` module, or a clear error saying how to install it."""
    try:
        from durable import engine
    except ImportError as exc:  # not installed, or failed to build (Python 3.13+)
        raise BackendUnavailable(
            f"the rete backend needs the durable_rules package, which is not installed ({exc}); "
            f"install it with: {INSTALL}  (durable_rules 2.0.28 does not build on Python 3.13 or later)"
        ) from None
    return engine


def _get_host() -> Any:
    global _host
    if _host is None:
        engine = require_durable()

        class _QuietHost(engine.Host):
            def _run(self) -> None:  # no dispatch or timer threads: nothing runs outside the lock
                return None

        _host = _QuietHost()
    return _host


def _action(rule_name: str) -> Callable[[Any], None]:
    def record(closure: Any) -> None:
        try:
            _fired.add(rule_name)
        except BaseException as exc:  # durable_rules would swallow it: keep it for the caller
            _errors.append(exc)

    return record


def register(name: str, rules: dict[str, list[dict[str, Any]]]) -> None:
    """Register a ruleset (rule name -> its durable patterns, all of which must match)
    under ``name``, once.

    Registering the same definition again is a no-op (two engines in one process share
    it); a different definition under a name already taken is refused.
    """
    definition = {rule: {"all": patterns} for rule, patterns in rules.items()}
    text = json.dumps(definition, sort_keys=True)
    with _LOCK:
        known = _definitions.get(name)
        if known is not None:
            if known != text:
                raise RuleDefinitionError(f"durable_rules ruleset name {name!r} is already taken by another ruleset")
            return
        host = _get_host()
        runnable = {rule: {"all": body["all"], "run": _action(rule)} for rule, body in definition.items()}
        host.set_rulesets({name: runnable})
        _definitions[name] = text


def match(name: str, facts: list[dict[str, Any]]) -> set[str]:
    """The names of the rules of ruleset ``name`` that fire on ``facts`` (the catch-all
    rule excluded), asserted in order in a session of their own that is deleted before
    returning."""
    engine = require_durable()
    with _LOCK:
        host = _get_host()
        sid = str(next(_sids))
        _fired.clear()
        _errors.clear()
        handled = False
        try:
            host.assert_facts(name, [{**fact, "sid": sid} for fact in facts])
            handled = True
        except engine.MessageNotHandledException:
            _fired.clear()  # no rule matched: explicitly nothing, not an error
        finally:
            try:
                host.delete_state(name, sid)
            except Exception:
                if handled:  # a session that cannot be deleted would leak towards the limit
                    raise
        if _errors:
            error = _errors[0]
            _errors.clear()
            raise error
        found = set(_fired)
        _fired.clear()
    found.discard(CATCH_ALL)
    return found

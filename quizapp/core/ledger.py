"""The misconception ledger: which false beliefs the learner still holds, and the rule for it.

Every answer to a question that *offers* a misconception (one of its options is tagged with it)
is an event for that misconception:

* a **pick** when the learner picked an option tagged with it, recorded with the confidence
  given;
* a **rejection** otherwise: the option was offered and not picked.

The rule:

1. A misconception becomes **held** when it is picked (whatever the confidence).
2. Each later rejection earns points towards clearing it, by the confidence given:
   High 2, Medium 1, no confidence given 1, Low 0 (a declared guess does not show that the
   belief is gone; an answer without a level, as when confidence is switched off, counts
   like Medium, so a learner who does not rate confidence can still clear a myth). See
   :data:`REJECTION_POINTS`.
3. It is **cleared** (leaves the list) once the rejections since its latest pick reach
   :data:`CLEAR_POINTS` = 2: one High-confidence rejection, or two Medium (or unrated) ones.
4. A new pick makes it held again and starts the count afresh.

The rule is a fold over events in the order answered (:class:`Ledger`); the progress store
evaluates the same rule in SQL (:mod:`quizapp.core.learning_store`), and the tests check
that both agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quizapp.core.engine import Confidence
from quizapp.core.model import Option

#: Points a rejection earns towards clearing, by the confidence given (None: none given).
REJECTION_POINTS: dict[Confidence | None, int] = {
    Confidence.HIGH: 2,
    Confidence.MEDIUM: 1,
    Confidence.LOW: 0,
    None: 1,
}
#: Points since the latest pick that clear a misconception.
CLEAR_POINTS = 2
#: Order of confidence levels, for "highest confidence" (None is below Low).
CONFIDENCE_RANK: dict[Confidence | None, int] = {
    None: 0,
    Confidence.LOW: 1,
    Confidence.MEDIUM: 2,
    Confidence.HIGH: 3,
}


@dataclass(frozen=True)
class LedgerEvent:
    """One answer's meaning for one misconception.

    Attributes:
        misconception: The misconception's id.
        picked: True when an option tagged with it was picked, False when it was rejected.
        confidence: The confidence given with the answer, if any.
        at: When the answer was given (UTC).
    """

    misconception: str
    picked: bool
    confidence: Confidence | None
    at: dt.datetime


@dataclass(frozen=True)
class HeldMisconception:
    """A false belief the learner still holds.

    Attributes:
        misconception: Its id (look up the belief and correction in the course registries).
        times_picked: How often it was picked, in all.
        last_picked: When it was last picked (UTC).
        highest_confidence: The highest confidence given when picking it, if any was given.
        progress: Rejection points earned since the latest pick (below :data:`CLEAR_POINTS`).
    """

    misconception: str
    times_picked: int
    last_picked: dt.datetime
    highest_confidence: Confidence | None
    progress: int = 0


def events_for(
    options: Sequence[Option],
    picked: Iterable[str],
    confidence: Confidence | None,
    at: dt.datetime,
) -> list[LedgerEvent]:
    """Return the ledger events of one answer: one per misconception the question offers.

    Args:
        options: The question's options.
        picked: Keys of the options picked.
        confidence: The confidence given, if any.
        at: When the answer was given.

    Returns:
        Events sorted by misconception id (empty when no option is tagged).
    """
    chosen = frozenset(picked)
    offered: dict[str, bool] = {}
    for option in options:
        if option.misconception is not None:
            was_picked = option.key in chosen
            offered[option.misconception] = offered.get(option.misconception, False) or was_picked
    return [
        LedgerEvent(misconception, offered[misconception], confidence, at)
        for misconception in sorted(offered)
    ]


def higher(first: Confidence | None, second: Confidence | None) -> Confidence | None:
    """Return the higher of two confidence levels (None counts as lowest)."""
    return first if CONFIDENCE_RANK[first] >= CONFIDENCE_RANK[second] else second


@dataclass
class _Entry:
    times_picked: int = 0
    last_picked: dt.datetime | None = None
    highest: Confidence | None = None
    progress: int = 0


@dataclass
class Ledger:
    """The rule as an in-memory fold: feed events in the order answered, read what is held."""

    _entries: dict[str, _Entry] = field(default_factory=dict)

    def observe(self, event: LedgerEvent) -> None:
        """Take one event into account."""
        entry = self._entries.setdefault(event.misconception, _Entry())
        if event.picked:
            entry.times_picked += 1
            entry.last_picked = event.at
            entry.highest = higher(entry.highest, event.confidence)
            entry.progress = 0
        elif entry.last_picked is not None:
            entry.progress += REJECTION_POINTS[event.confidence]

    def observe_all(self, events: Iterable[LedgerEvent]) -> None:
        """Take events into account, in order."""
        for event in events:
            self.observe(event)

    def is_held(self, misconception: str) -> bool:
        """Tell whether a misconception is currently held."""
        entry = self._entries.get(misconception)
        return entry is not None and entry.last_picked is not None and entry.progress < CLEAR_POINTS

    def held(self) -> list[HeldMisconception]:
        """Return the misconceptions held, most recently picked first (then by id)."""
        found = [
            HeldMisconception(key, e.times_picked, e.last_picked, e.highest, e.progress)
            for key, e in self._entries.items()
            if e.last_picked is not None and e.progress < CLEAR_POINTS
        ]
        return sort_held(found)


def sort_held(items: Iterable[HeldMisconception]) -> list[HeldMisconception]:
    """Sort held misconceptions: most recently picked first, then by id."""
    by_id = sorted(items, key=lambda item: item.misconception)
    return sorted(by_id, key=lambda item: item.last_picked, reverse=True)

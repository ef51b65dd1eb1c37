"""The grid solver: simulated annealing over sessions' slots, with rooms given per slot by a min-cost match.

The search state is only which slot each session is in (or "left out"). For a given set of sessions in a
slot, the best way to give them rooms is an assignment problem — each session-room pair costs the people who
would not fit, plus the "moved" penalty when it is not the session's printed cell, and a pair that breaks a
need or an unavailable room is forbidden — solved exactly by ``scipy.optimize.linear_sum_assignment``. A
move shifts one session to another slot, or swaps two sessions between slots. Its effect on missed sessions
comes from per-slot bit sets of the people wanting one or more, and two or more, sessions there; a bound
from each session's cheapest and dearest room in a slot, then a floor from rooms matched by size with the
needs forgotten, reject most hopeless moves before the two slots are re-matched (cached by their members).
Half the moves start from someone who must miss a session; most swaps take the partner that lets down
the fewest people who wanted both.

The search starts from the printed grid (``previous``) where it still fits, then places the rest greedily,
biggest demand first; it anneals in two rounds, the second reheated from the best grid of the first, and
ends by taking every improving move or swap. It runs a number of moves derived from the time limit: the
same instance, seed and time limit give the same grid, unless the machine is too busy to make them in
time, when the cooling follows the clock instead. Every phase watches the clock, so the limit holds on
ten thousand sessions too. Pinned sessions never move. Among grids of equal score the search prefers the
fewest sessions in parallel (a tie-break worth less than one person in all), which spreads sessions over
the day when there are no interest lists.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Generator, Iterator
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from govcamp.domain.errors import ValidationError
from govcamp.domain.grid_score import (
    MOVED_PENALTY,
    UNSCHEDULED_PENALTY,
    Grid,
    Instance,
    Placement,
    RoomSpec,
    Score,
    SessionSpec,
    SlotSpec,
    check_hard_rules,
    grid_to_json,
    instance_to_json,
    parse_instance,
    score,
)
from govcamp.domain.words import _

__all__ = [
    "Grid",
    "Instance",
    "Placement",
    "RoomSpec",
    "Score",
    "SessionSpec",
    "SlotSpec",
    "check_hard_rules",
    "grid_to_json",
    "instance_to_json",
    "parse_instance",
    "score",
    "solve",
    "solve_steps",
]

#: Moves per second of time limit. A move took about 8 µs of CPU on the benchmark instances, and about a
#: third more since the partner choice (SMART), so the budget fills most of the limit on one free core; on a
#: busy machine the clock takes over.
MOVES_PER_SECOND = 80_000
#: Never more moves than this many per movable session: past it the search has long settled.
MOVES_PER_SESSION = 4_000
#: A forbidden session-room pair in the assignment problem.
FORBIDDEN = 1e9
#: Starting and final temperature of the annealing, in people let down.
HOT, COLD = 3.0, 0.1
#: Annealing rounds the moves are shared among, the temperature each round after the first starts from,
#: and the fewest moves a round is worth.
ROUNDS, REHEAT, MIN_ROUND = 2, 1.5, 5_000
PROGRESS_EVERY = 2_048  # a multiple of 256, how often the clock is read
#: How often a move starts from a person who must miss something, rather than from any session.
FOCUS = 0.5
#: How often a swap into a slot takes the partner there that lets down the fewest people who wanted both
#: sessions, rather than any partner: at the same number of moves, the worst of twelve seeds on the medium
#: instance went from 431 to 426 (the best known is 422), for about a third more CPU a move.
SMART = 0.7
ProgressStep = tuple[int, int, str]


class _Search:
    """One annealing run over an instance; ``best`` always holds the best slots found so far."""

    def __init__(self, instance: Instance, seed: int, deadline: float = math.inf) -> None:
        self.instance = instance
        self.rng = random.Random(seed)
        rooms, slots, sessions = instance.rooms, instance.slots, instance.sessions
        room_index = {r.id: i for i, r in enumerate(rooms)}
        slot_index = {s.id: i for i, s in enumerate(slots)}
        demand = instance.demands()
        pinned = {p.session: p for p in instance.pinned}
        previous = {p.session: p for p in instance.previous}
        _check_references(instance)
        self.free = [s for s in sessions if s.id not in pinned]
        n, n_slots = len(self.free), len(slots)
        self.n_slots = n_slots
        self.left_out = n_slots  # the pseudo-slot of sessions left out
        free_index = {s.id: i for i, s in enumerate(self.free)}

        # Per-person counts of wanted sessions in each slot (plus the left-out column).
        person_ids = list(instance.interests)
        # One list per slot rather than a numpy array: the moves touch a few dozen people at a time, where
        # plain lists are several times faster than numpy's fancy indexing.
        self.counts = [[0] * len(person_ids) for _ in range(n_slots + 1)]
        wanters: list[list[int]] = [[] for _ in self.free]
        self.constant = 0  # the pinned sessions' own overflow and moved penalties
        for p, person in enumerate(person_ids):
            for name in dict.fromkeys(instance.interests[person]):
                if name in free_index:
                    wanters[free_index[name]].append(p)
                else:
                    self.counts[slot_index[pinned[name].slot]][p] += 1
        self.wanters = wanters
        # The same as bit sets, for counting with a few integer operations what a move does to ``missed``:
        # a session's wanters, and per slot the people with at least one and at least two wanted sessions.
        bits = self.bits = [1 << p for p in range(len(person_ids))]
        self.masks = [sum(bits[p] for p in people) for people in wanters]
        self.one_or_more = [sum(bits[p] for p, k in enumerate(column) if k >= 1) for column in self.counts]
        self.two_or_more = [sum(bits[p] for p, k in enumerate(column) if k >= 2) for column in self.counts]
        self.wanted: list[list[int]] = [[] for _ in person_ids]
        for s_i, people in enumerate(wanters):
            for p in people:
                self.wanted[p].append(s_i)

        # Hosts: how many sessions each host is in, per slot.
        self.host_slots: dict[str, list[int]] = {}
        for pin in instance.pinned:
            session = next(s for s in sessions if s.id == pin.session)
            for host in set(session.hosts):
                self.host_slots.setdefault(host, [0] * (n_slots + 1))[slot_index[pin.slot]] += 1
            room = rooms[room_index[pin.room]]
            self.constant += max(0, demand[pin.session] - room.capacity)
            before = previous.get(pin.session)
            if before is not None and (before.room, before.slot) != (pin.room, pin.slot):
                self.constant += MOVED_PENALTY
        self.hosts = [tuple(dict.fromkeys(s.hosts)) for s in self.free]
        for s in self.free:
            for host in s.hosts:
                self.host_slots.setdefault(host, [0] * (n_slots + 1))

        # Per slot: the rooms still open, and each free session's cost in each of them.
        taken = {(room_index[p.room], slot_index[p.slot]) for p in instance.pinned}
        self.open_rooms: list[list[int]] = []
        self.cell_cost: list[Any] = []
        capacity = np.array([r.capacity for r in rooms], dtype=np.float64)
        demands = np.array([demand[s.id] for s in self.free], dtype=np.float64)
        overflow = np.maximum(0.0, demands[:, None] - capacity[None, :])
        for r_i, room in enumerate(rooms):
            for s_i, s in enumerate(self.free):
                if not s.needs <= room.features:
                    overflow[s_i, r_i] = FORBIDDEN
        for t, slot in enumerate(slots):
            open_rooms = [
                r
                for r, room in enumerate(rooms)
                if (r, t) not in taken and (room.id, slot.id) not in instance.unavailable
            ]
            cost = overflow[:, open_rooms].copy()
            for s_i, s in enumerate(self.free):
                before = previous.get(s.id)
                if before is not None:
                    cost[s_i, :] += MOVED_PENALTY
                    was = room_index.get(before.room)  # None: a room that has since gone
                    if before.slot == slot.id and was is not None and was in open_rooms:
                        cost[s_i, open_rooms.index(was)] -= MOVED_PENALTY
            self.open_rooms.append(open_rooms)
            self.cell_cost.append(cost)
        self.left_out_cost = [
            demand[s.id] + UNSCHEDULED_PENALTY + (MOVED_PENALTY if s.id in previous else 0) for s in self.free
        ]
        # A floor under a slot's room assignment that takes a few microseconds instead of an assignment
        # problem: forget the needs, and the biggest demands into the biggest rooms is the cheapest way to
        # share out overflow (it only grows as a room shrinks); a printed session away from its printed
        # cell pays its moved penalty whatever the room. Most moves that pass the plain bound fail this one.
        self.demand_of = [demand[s.id] for s in self.free]
        self.capacities = [
            sorted((rooms[r].capacity for r in open_rooms), reverse=True) for open_rooms in self.open_rooms
        ]
        self.moved_floor: list[list[int]] | None = None
        if previous:
            self.moved_floor = [[0] * n_slots for _ in self.free]
            for s_i, s in enumerate(self.free):
                before = previous.get(s.id)
                for t, slot in enumerate(slots):
                    # The printed cell is free of the penalty only if it is still open in this slot.
                    was = room_index.get(before.room) if before is not None else None
                    kept = before is not None and before.slot == slot.id and was in self.open_rooms[t]
                    self.moved_floor[s_i][t] = MOVED_PENALTY if before is not None and not kept else 0
        # Each session's cheapest and dearest cell in each slot, for bounding a move's cost before matching
        # (computed a slot at a time: per session it takes seconds on ten thousand sessions).
        lows = np.zeros((n, n_slots + 1))
        highs = np.zeros((n, n_slots + 1))
        for t, c in enumerate(self.cell_cost):
            if c.shape[1]:
                lows[:, t], highs[:, t] = c.min(axis=1), c.max(axis=1)
            else:
                lows[:, t] = highs[:, t] = FORBIDDEN
        lows[:, n_slots] = highs[:, n_slots] = self.left_out_cost
        self.low: list[list[float]] = lows.tolist()
        self.high: list[list[float]] = highs.tolist()
        # The slots each session could ever go in: a room with its needs is open, and no pinned host clash.
        fitting = (lows[:, :n_slots] < FORBIDDEN).tolist()
        self.allowed: list[list[int]] = []
        for s_i, s in enumerate(self.free):
            fits = [
                t
                for t in range(n_slots)
                if fitting[s_i][t] and not any(self.host_slots[h][t] for h in s.hosts)
            ]
            self.allowed.append(fits)
        # Among grids that let down as many people, the one with the fewest sessions in parallel: each pair
        # of sessions in one slot adds ``spread``, too little for all pairs together to reach one person.
        # Without interest lists (where ``missed`` is 0 whatever the grid) this spreads sessions over the
        # day, as if anyone might want any session, rather than packing the first slots.
        self.pinned_in = [0] * (n_slots + 1)
        for pin in instance.pinned:
            self.pinned_in[slot_index[pin.slot]] += 1
        self.spread = 0.5 / max(1, len(sessions)) ** 2

        self.moves_made = self.planned = 0
        self.members: list[set[int]] = [set() for _ in range(n_slots + 1)]
        self.slot_of = [self.left_out] * n
        self.slot_cost = [0.0] * (n_slots + 1)
        self.memo: dict[tuple[int, tuple[int, ...]], float] = {}
        self.members[self.left_out] = set(range(n))
        self.slot_cost[self.left_out] = float(sum(self.left_out_cost))
        self.missed = self._missed_plain()
        self._start(previous, slot_index, deadline)
        self.best = list(self.slot_of)
        self.best_cost = self.cost()

    # --- bookkeeping ---------------------------------------------------------------------------------

    def _missed_plain(self) -> int:
        return sum(k - 1 for column in self.counts[: self.n_slots] for k in column if k > 1)

    def cost(self) -> float:
        return sum(self.slot_cost) + self.missed + self.constant

    def spread_cost(self, slots: list[int]) -> float:
        """The tie-break part of the cost of ``slots`` (one slot per free session): pairs in parallel."""
        per_slot = list(self.pinned_in)
        for t in slots:
            per_slot[t] += 1
        return self.spread * sum(k * (k - 1) / 2 for k in per_slot[: self.n_slots])

    def _cost_of(self, t: int, members: set[int]) -> float:
        """The cheapest room assignment of ``members`` within slot ``t`` (``inf`` when there is none)."""
        if t == self.left_out:
            return float(sum(self.left_out_cost[s] for s in members))
        if not members:
            return 0.0
        if len(members) > len(self.open_rooms[t]):
            return math.inf
        key = (t, tuple(sorted(members)))
        found = self.memo.get(key)
        if found is None:
            matrix = self.cell_cost[t][list(key[1])]
            rows, cols = linear_sum_assignment(matrix)
            found = float(matrix[rows, cols].sum())
            if found >= FORBIDDEN:
                found = math.inf
            if len(self.memo) > 200_000:  # tens of megabytes at most
                self.memo.clear()
            self.memo[key] = found
        k = len(members) + self.pinned_in[t]
        return found + self.spread * (k * (k - 1) / 2)

    def _floor(self, t: int, members: set[int]) -> float:
        """A lower bound on :meth:`_cost_of` (``t`` a real slot): rooms matched by size, needs forgotten."""
        capacities = self.capacities[t]
        if len(members) > len(capacities):
            return math.inf
        demand = self.demand_of
        wanted = sorted([demand[s] for s in members], reverse=True)  # fewer than the rooms, perhaps
        found = float(sum([d - c for d, c in zip(wanted, capacities, strict=False) if d > c]))
        if self.moved_floor is not None:
            floor = self.moved_floor
            found += sum([floor[s][t] for s in members])
        k = len(members) + self.pinned_in[t]
        return found + self.spread * (k * (k - 1) / 2)

    def _left_out_cost(self, add: int | None = None, remove: int | None = None) -> float:
        """The left-out pseudo-slot's cost with one session added and one removed: a sum, so kept as one."""
        cost = self.slot_cost[self.left_out]
        if add is not None:
            cost += self.left_out_cost[add]
        if remove is not None:
            cost -= self.left_out_cost[remove]
        return cost

    def _missed_delta(self, s: int, to: int) -> int:
        """How ``missed`` changes if session ``s`` moves to slot ``to`` (counts as they are now)."""
        mask = self.masks[s]
        here = self.slot_of[s]
        delta = 0
        if here != self.left_out:
            delta -= (mask & self.two_or_more[here]).bit_count()
        if to != self.left_out:
            delta += (mask & self.one_or_more[to]).bit_count()
        return delta

    def _apply(self, s: int, to: int) -> None:
        here = self.slot_of[s]
        bits, people = self.bits, self.wanters[s]
        if here != self.left_out:
            column = self.counts[here]
            gone_one = gone_two = 0
            for p in people:
                column[p] -= 1
                if column[p] == 0:
                    gone_one |= bits[p]
                elif column[p] == 1:
                    gone_two |= bits[p]
            self.one_or_more[here] &= ~gone_one
            self.two_or_more[here] &= ~gone_two
        if to != self.left_out:
            column = self.counts[to]
            new_one = new_two = 0
            for p in people:
                column[p] += 1
                if column[p] == 1:
                    new_one |= bits[p]
                elif column[p] == 2:
                    new_two |= bits[p]
            self.one_or_more[to] |= new_one
            self.two_or_more[to] |= new_two
        self.members[here].discard(s)
        self.members[to].add(s)
        for host in self.hosts[s]:
            row = self.host_slots[host]
            row[here] -= 1
            row[to] += 1
        self.slot_of[s] = to

    def _hosts_free(self, s: int, t: int, leaving: int | None = None) -> bool:
        """Whether none of ``s``'s hosts is busy in slot ``t`` (ignoring session ``leaving``)."""
        if t == self.left_out:
            return True
        others = self.hosts[leaving] if leaving is not None else ()
        for host in self.hosts[s]:  # noqa: SIM110 - a plain loop is measurably quicker than all() here
            if self.host_slots[host][t] - (host in others):
                return False
        return True

    # --- the start ------------------------------------------------------------------------------------

    def _try_place(self, s: int, t: int) -> float:
        """Move ``s`` to slot ``t`` if that is allowed; return the cost change (``inf`` if not)."""
        here = self.slot_of[s]
        if not self._hosts_free(s, t):
            return math.inf
        if here == self.left_out:
            new_here = self._left_out_cost(remove=s)
        else:
            new_here = self._cost_of(here, self.members[here] - {s})
        new_there = self._cost_of(t, self.members[t] | {s})
        if math.isinf(new_there):
            return math.inf
        delta = new_here + new_there - self.slot_cost[here] - self.slot_cost[t] + self._missed_delta(s, t)
        return delta

    def _move(self, s: int, t: int, delta_missed: int) -> None:
        here = self.slot_of[s]
        self.missed += delta_missed
        if here == self.left_out:
            self.slot_cost[here] = self._left_out_cost(remove=s)
        self._apply(s, t)
        if here != self.left_out:
            self.slot_cost[here] = self._cost_of(here, self.members[here])
        self.slot_cost[t] = self._cost_of(t, self.members[t])

    def _start(self, previous: dict[str, Placement], slot_index: dict[str, int], deadline: float) -> None:
        for s_i, s in enumerate(self.free):
            before = previous.get(s.id)
            t = slot_index.get(before.slot) if before is not None else None
            if t is not None and t in self.allowed[s_i] and not math.isinf(self._try_place(s_i, t)):
                self._move(s_i, t, self._missed_delta(s_i, t))
        biggest_first = sorted(range(len(self.free)), key=lambda i: -self.left_out_cost[i])
        for count, s_i in enumerate(biggest_first):
            # On a huge instance even the greedy start can outlast the limit: what is not placed by then
            # stays left out, and the search goes on from there.
            if count % 64 == 0 and time.perf_counter() > deadline:
                break
            if self.slot_of[s_i] != self.left_out:
                continue
            members, open_rooms = self.members, self.open_rooms
            choices = [
                (self._try_place(s_i, t), t)
                for t in self.allowed[s_i]
                if len(members[t]) < len(open_rooms[t])
            ]
            best = min(choices, default=(math.inf, -1))
            if best[0] < 0:
                self._move(s_i, best[1], self._missed_delta(s_i, best[1]))

    def _restore_best(self) -> None:
        """Put the search back on the best grid found, with its bookkeeping recounted."""
        for s_i, t in enumerate(self.best):
            if self.slot_of[s_i] != t:
                self._apply(s_i, t)
        self.missed = self._missed_plain()
        for t, members in enumerate(self.members):
            self.slot_cost[t] = self._cost_of(t, members)

    # --- the annealing -------------------------------------------------------------------------------

    def steps(self, budget: int, deadline: float) -> Iterator[ProgressStep]:
        """Anneal for ``budget`` moves or until ``deadline``; yield progress now and then.

        The moves are shared among ``ROUNDS`` rounds: each after the first starts again from the best grid
        found and reheats, so that a seed whose first round settles in a poor valley gets out of it.
        """
        n = len(self.free)
        if n == 0 or budget <= 0:
            yield (1, 1, _("Nothing to arrange."))
            return
        # The cooling follows the moves made, so that a seed reproduces a grid. On a machine too busy to make
        # the moves in time, it follows the clock instead, so the search still ends cold (and leaves a tenth
        # of the time for the final polish) rather than being cut off while hot.
        began = time.perf_counter()
        span = max(1e-6, (deadline - began) * 0.9)
        rounds = max(1, min(ROUNDS, budget // MIN_ROUND))
        share = budget // rounds
        self.planned = share * rounds
        for r in range(rounds):
            if r:
                self._restore_best()
            hot = HOT if r == 0 else REHEAT
            round_end = began + span * (r + 1) / rounds
            if time.perf_counter() >= round_end:
                continue
            yield from self._anneal(share, round_end, hot, r * share, budget)
        yield from self._polish(deadline, budget)
        yield (budget, budget, _("Done: {n} people let down.").format(n=int(self.best_cost)))

    def _anneal(self, budget: int, end: float, hot: float, offset: int, total: int) -> Iterator[ProgressStep]:
        """One annealing round of ``budget`` moves from ``hot`` down to ``COLD``, or until ``end``."""
        n = len(self.free)
        rng = self.rng
        draw = rng.random  # int(draw() * n) is a fair enough pick among n, and quicker than randrange
        left_out = self.left_out
        members, slot_of = self.members, self.slot_of
        crowded = [p for p, wanted in enumerate(self.wanted) if len(wanted) >= 2]
        focus = FOCUS if crowded else 0.0
        current = self.cost()
        ratio = (COLD / hot) ** (1.0 / budget)
        temperature = hot
        began = time.perf_counter()
        span = max(1e-6, end - began)
        timed = False
        elapsed = 0.0
        for done in range(budget):
            self.moves_made += 1
            if done % 256 == 0:
                elapsed = (time.perf_counter() - began) / span
                if elapsed >= 1.0:
                    self.moves_made -= 1
                    break
                timed = timed or elapsed > done / budget + 0.05
                if done % PROGRESS_EVERY == 0:
                    message = _("Trying arrangements: {n} people let down.").format(n=int(self.best_cost))
                    yield (offset + done, total, message)
            if timed:
                temperature = hot * (COLD / hot) ** max(elapsed, done / budget)
            else:
                temperature *= ratio
            s = int(draw() * n)
            if rng.random() < focus:
                # Someone who has to miss a session they wanted: move one of the clashing sessions.
                person = crowded[int(draw() * len(crowded))]
                wanted = self.wanted[person]
                pick = wanted[int(draw() * len(wanted))]
                if slot_of[pick] != left_out and self.counts[slot_of[pick]][person] >= 2:
                    s = pick
            here = slot_of[s]
            allowed = self.allowed[s]
            if not allowed:
                continue
            if members[left_out] and rng.random() < 0.03:
                to = left_out  # mostly a swap with a left-out session
            else:
                # A slot other than its own, drawn evenly.
                own = allowed.index(here) if here != left_out else len(allowed)
                others = len(allowed) - (own < len(allowed))
                if not others:
                    continue
                pick = int(draw() * others)
                to = allowed[pick + (pick >= own)]
            if to == here:
                continue
            partner: int | None = None
            room_left = to == left_out or len(members[to]) < len(self.open_rooms[to])
            if members[to] and (not room_left or rng.random() < 0.5):
                # (Among hundreds of rooms, weighing every partner would cost more than the move.)
                if to != left_out and rng.random() < SMART and len(members[to]) <= 32:
                    partner = self._best_partner(s, to)
                else:
                    partner = self._pick_member(to)
                if partner is None or (here not in self.allowed[partner] and here != left_out):
                    continue
            # Accept when the change is at most this: the Metropolis rule, drawn before the costly part.
            threshold = -temperature * math.log(1.0 - rng.random())
            delta = self._attempt(s, to, partner, threshold)
            if delta is None:
                continue
            current += delta
            if current < self.best_cost - 1e-9:
                self.best_cost = current
                self.best = list(slot_of)

    def _best_partner(self, s: int, to: int) -> int | None:
        """The session of slot ``to`` whose swap with ``s`` lets down the fewest people who wanted both."""
        here, left_out = self.slot_of[s], self.left_out
        allowed, masks = self.allowed, self.masks
        # What a partner's move does to ``missed`` (see _swap_missed_delta), with the slots' people as they
        # will be once ``s`` has moved: the same two bit sets for every candidate.
        moving = masks[s]
        two = self.two_or_more[to] | (self.one_or_more[to] & moving)
        one = 0
        if here != left_out:
            one = (self.one_or_more[here] & ~moving) | (self.two_or_more[here] & moving)
        best, best_delta = None, math.inf
        for m in self.members[to]:
            if here != left_out and here not in allowed[m]:
                continue
            mask = masks[m]
            delta = (mask & one).bit_count() - (mask & two).bit_count()
            if delta < best_delta:
                best, best_delta = m, delta
        return best

    def _pick_member(self, t: int) -> int | None:
        """A session drawn evenly from slot ``t`` (``None`` now and then when the slot is huge)."""
        members = self.members[t]
        draw = self.rng.random
        if len(members) <= 32:
            candidates = list(members)
            return candidates[int(draw() * len(candidates))]
        # Thousands left out: listing them for every move would cost more than the move.
        for _attempt in range(8):
            s = int(draw() * len(self.free))
            if self.slot_of[s] == t:
                return s
        return None

    def _attempt(self, s: int, to: int, partner: int | None, threshold: float) -> float | None:
        """Move ``s`` to ``to`` (and ``partner`` to ``s``'s slot) if that changes the cost by at most
        ``threshold``; return the change, or ``None`` when the move breaks a rule or costs too much."""
        members, slot_cost, low, high = self.members, self.slot_cost, self.low, self.high
        here = self.slot_of[s]
        if not self._hosts_free(s, to, partner):
            return None
        if partner is not None and not self._hosts_free(partner, here, s):
            return None
        missed = self._swap_missed_delta(s, to, partner)
        old_here, old_to = slot_cost[here], slot_cost[to]
        # A bound on the rooms' change, from each session's cheapest and dearest room in a slot, lets most
        # hopeless moves go without solving an assignment problem.
        floor_here = old_here - high[s][here] + (low[partner][here] if partner is not None else 0.0)
        floor_to = old_to + low[s][to] - (high[partner][to] if partner is not None else 0.0)
        if partner is None and here != self.left_out:  # one fewer in parallel there
            floor_here -= self.spread * (len(members[here]) + self.pinned_in[here] - 1)
        if missed + max(0.0, floor_here) + max(0.0, floor_to) - old_here - old_to > threshold:
            return None
        # The left-out pseudo-slot's cost is a plain sum: changed by the two sessions, never re-summed.
        if to == self.left_out:
            cost_to = self._left_out_cost(add=s, remove=partner)
        else:
            new_to = members[to] | {s}
            if partner is not None:
                new_to.discard(partner)
            cost_to = self._floor(to, new_to)
        if here == self.left_out:
            cost_here = self._left_out_cost(add=partner, remove=s)
        else:
            new_here = members[here] - {s}
            if partner is not None:
                new_here.add(partner)
            cost_here = self._floor(here, new_here)
        # Rooms matched by size alone, needs forgotten: if even that costs too much, the move does.
        if missed + cost_here + cost_to - old_here - old_to > threshold:
            return None
        if to != self.left_out:
            cost_to = self._cost_of(to, new_to)
            if math.isinf(cost_to):
                return None
        if here != self.left_out:
            cost_here = self._cost_of(here, new_here)
            if math.isinf(cost_here):
                return None
        delta = missed + cost_here + cost_to - old_here - old_to
        if delta > threshold:
            return None
        self._apply(s, to)
        if partner is not None:
            self._apply(partner, here)
        self.missed += missed
        slot_cost[here], slot_cost[to] = cost_here, cost_to
        return delta

    def _polish(self, deadline: float, budget: int) -> Iterator[ProgressStep]:
        """From the best grid found, take every improving move or swap until none is left."""
        self._restore_best()
        current = self.cost()
        improved = True
        tried = 0
        clock = time.perf_counter
        while improved and clock() <= deadline:
            improved = False
            for s in range(len(self.free)):
                if clock() > deadline:
                    break
                for to in [*self.allowed[s], self.left_out]:
                    if to == self.slot_of[s]:
                        continue
                    options: list[int | None] = [None, *sorted(self.members[to])]
                    for partner in options:
                        tried += 1
                        if tried % 256 == 0 and clock() > deadline:
                            break
                        if partner is not None and partner != s:
                            here = self.slot_of[s]
                            if here != self.left_out and here not in self.allowed[partner]:
                                continue
                        delta = self._attempt(s, to, partner, -1e-9)
                        if delta is not None:
                            current += delta
                            improved = True
                            break
            if current < self.best_cost - 1e-9:
                self.best_cost = current
                self.best = list(self.slot_of)
            yield (budget, budget, _("Tidying up: {n} people let down.").format(n=int(current)))

    def _swap_missed_delta(self, s: int, to: int, partner: int | None) -> int:
        """How ``missed`` changes if ``s`` moves to ``to`` and ``partner`` (if any) to ``s``'s slot."""
        delta = self._missed_delta(s, to)
        if partner is None:
            return delta
        here = self.slot_of[s]
        # The partner's change, with the counts as they will be once ``s`` has moved.
        moving, mask = self.masks[s], self.masks[partner]
        if to != self.left_out:
            two = self.two_or_more[to] | (self.one_or_more[to] & moving)
            delta -= (mask & two).bit_count()
        if here != self.left_out:
            one = (self.one_or_more[here] & ~moving) | (self.two_or_more[here] & moving)
            delta += (mask & one).bit_count()
        return delta

    # --- the answer ----------------------------------------------------------------------------------

    def grid(self, started: float) -> Grid:
        """The best grid found, with rooms matched per slot and the score recomputed by the rules."""
        instance = self.instance
        by_slot: list[list[int]] = [[] for _ in range(self.n_slots)]
        unscheduled: list[str] = []
        for s_i, t in enumerate(self.best):
            if t == self.left_out:
                unscheduled.append(self.free[s_i].id)
            else:
                by_slot[t].append(s_i)
        cells: dict[tuple[int, int], str] = {}
        room_index = {r.id: i for i, r in enumerate(instance.rooms)}
        slot_index = {s.id: i for i, s in enumerate(instance.slots)}
        for pin in instance.pinned:
            cells[slot_index[pin.slot], room_index[pin.room]] = pin.session
        for t, members in enumerate(by_slot):
            if not members:
                continue
            members.sort()
            matrix = self.cell_cost[t][members]
            rows, cols = linear_sum_assignment(matrix)
            for row, col in zip(rows, cols, strict=True):
                cells[t, self.open_rooms[t][col]] = self.free[members[row]].id
        placements = tuple(
            Placement(session=name, room=instance.rooms[r].id, slot=instance.slots[t].id)
            for (t, r), name in sorted(cells.items())
        )
        return Grid(
            placements=placements,
            unscheduled=tuple(unscheduled),
            score=score(instance, placements),
            seconds=time.perf_counter() - started,
            budget_met=self.moves_made >= self.planned,
        )


def _check_references(instance: Instance) -> None:
    """An instance built in code rather than read by ``parse_instance`` must still name what it holds."""
    known = {
        "session": {s.id for s in instance.sessions},
        "room": {r.id for r in instance.rooms},
        "slot": {s.id for s in instance.slots},
    }
    for field, placements in (("pinned", instance.pinned), ("previous", instance.previous)):
        seen: set[str] = set()
        for i, p in enumerate(placements):
            for key in ("session", "room", "slot"):
                # `previous` is history: it may name what has since gone (see parse_instance).
                if field == "pinned" and getattr(p, key) not in known[key]:
                    name = f"{field}[{i}].{key}"
                    raise ValidationError(
                        name,
                        _('{name}: unknown {key} "{value}"').format(
                            name=name, key=key, value=getattr(p, key)
                        ),
                    )
            if p.session in seen:
                name = f"{field}[{i}].session"
                raise ValidationError(
                    name, _('{name}: "{session}" is listed twice').format(name=name, session=p.session)
                )
            seen.add(p.session)
    for person, wanted in instance.interests.items():
        for i, name in enumerate(wanted):
            if name not in known["session"]:
                field = f"interests.{person}[{i}]"
                raise ValidationError(
                    field, _('{field}: unknown session "{name}"').format(field=field, name=name)
                )
    cells = [(p.room, p.slot) for p in instance.pinned]
    if len(set(cells)) != len(cells):
        raise ValidationError("pinned", _("pinned: two sessions are pinned to the same room and slot"))


def _deadline(started: float, time_limit: float, instance: Instance) -> float:
    # Leave some of the limit for matching rooms and scoring the answer plainly, which takes about 5 µs a
    # session or interest (half a second on ten thousand sessions and a hundred thousand interests).
    items = len(instance.sessions) + sum(len(wanted) for wanted in instance.interests.values())
    return started + time_limit * 0.96 - min(time_limit * 0.5, items * 5e-6)


def _budget(search: _Search, time_limit: float, moves: int | None) -> int:
    if moves is not None:
        return moves
    return int(min(time_limit * MOVES_PER_SECOND, len(search.free) * MOVES_PER_SESSION))


def solve_steps(
    instance: Instance, *, time_limit: float = 5.0, seed: int = 0
) -> Generator[ProgressStep, None, Grid]:
    """Solve ``instance``, yielding ``(done, total, message)`` now and then; the generator returns the grid.

    Closing the generator early loses its answer; use :func:`solve` with ``should_stop`` for a Cancel that
    keeps the best grid found so far.
    """
    started = time.perf_counter()
    deadline = _deadline(started, time_limit, instance)
    search = _Search(instance, seed, deadline)
    yield from search.steps(_budget(search, time_limit, None), deadline)
    return search.grid(started)


def solve(
    instance: Instance,
    *,
    time_limit: float = 5.0,
    seed: int = 0,
    should_stop: Callable[[], bool] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    moves: int | None = None,
    started: float | None = None,
) -> Grid:
    """Solve ``instance`` within ``time_limit`` seconds; the best grid found when ``should_stop()`` is true.

    The same instance, seed and time limit give the same grid, unless the time limit cuts the search short.
    ``moves`` overrides the number of moves tried (otherwise derived from the time limit), for long runs.
    ``started`` is the ``time.perf_counter()`` the limit counts from, when the caller's own reading of the
    instance should count too (the budget of moves still comes from ``time_limit`` alone).
    """
    started = time.perf_counter() if started is None else started
    deadline = _deadline(started, time_limit, instance)
    search = _Search(instance, seed, deadline)
    for done, total, message in search.steps(_budget(search, time_limit, moves), deadline):
        if progress is not None:
            progress(done, total, message)
        if should_stop is not None and should_stop():
            break
    return search.grid(started)

"""The draw gives what its published rules say, for any applicants and seed: checked against the rules
written out the plain way, as someone verifying a draw without govcamp would write them.

The fast draw (:mod:`govcamp.domain.lottery`) shares work between runs, walks index lists and keeps counts
in dictionaries; this reference sorts everyone by ticket number and walks the list again and again. Only
the published hashes (:func:`digest`, :func:`stream_key`) are shared, so any change to the fast draw that
changes a result for some seed fails here, with the case that shows it.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from govcamp.domain.lottery import (
    Applicant,
    DrawResult,
    MinShare,
    QuotaOutcome,
    Rules,
    digest,
    draw,
    simulate,
    stream_key,
)


def reference_draw(people: list[Applicant], rules: Rules, seed: str) -> DrawResult:
    key = stream_key(digest(people, rules), seed)
    guaranteed = sorted(p.id for p in people if p.role in rules.guaranteed_roles)
    drawable = [p for p in people if p.role not in rules.guaranteed_roles]
    # An entry is one person, or a group that applied together; a group's ticket is its first member's by id.
    groups: dict[str, list[Applicant]] = {}
    entries: list[list[Applicant]] = []
    for person in drawable:
        if person.group:
            groups.setdefault(person.group, []).append(person)
        else:
            entries.append([person])
    entries += [sorted(members, key=lambda p: p.id) for members in groups.values()]
    entries.sort(key=lambda members: hashlib.sha256(key + members[0].id.encode()).digest())

    def matches(person: Applicant, share: MinShare) -> bool:
        return str(getattr(person, share.field)) == share.value

    chosen: list[list[Applicant]] = []

    def places_left() -> int:
        return rules.places - len(guaranteed) - sum(len(members) for members in chosen)

    def fits(members: list[Applicant]) -> bool:
        if len(members) > places_left():
            return False
        if rules.cap_per_organisation is None:
            return True
        already = Counter(p.organisation for entry in chosen for p in entry if p.organisation)
        wanted = Counter(p.organisation for p in members if p.organisation)
        return all(already[org] + n <= rules.cap_per_organisation for org, n in wanted.items())

    def filled(share: MinShare) -> int:
        inside = [p for p in people if p.role in rules.guaranteed_roles and matches(p, share)]
        return len(inside) + sum(matches(p, share) for entry in chosen for p in entry)

    targets = [math.ceil(share.share * rules.places - 1e-9) for share in rules.min_shares]
    for share, target in zip(rules.min_shares, targets, strict=True):
        for members in entries:
            if places_left() <= 0 or filled(share) >= target:
                break
            if members not in chosen and any(matches(p, share) for p in members) and fits(members):
                chosen.append(members)
    for members in entries:
        if places_left() <= 0:
            break
        if members not in chosen and fits(members):
            chosen.append(members)
    return DrawResult(
        guaranteed=tuple(guaranteed),
        drawn=tuple(p.id for members in chosen for p in members),
        waitlist=tuple(p.id for members in entries if members not in chosen for p in members),
        quotas=tuple(
            QuotaOutcome(share.label, target, filled(share))
            for share, target in zip(rules.min_shares, targets, strict=True)
        ),
    )


@st.composite
def cases(draw_from: st.DrawFn) -> tuple[list[Applicant], Rules]:
    n = draw_from(st.integers(min_value=1, max_value=60))
    people = [
        Applicant(
            id=f"{i:03d}-{draw_from(st.integers(0, 999))}",
            role=draw_from(st.sampled_from(["attendee"] * 6 + ["organiser", "volunteer"])),
            organisation=draw_from(st.sampled_from(["", "o1", "o2", "o3", "o4", "o5"])),
            organisation_type=draw_from(st.sampled_from(["local_government", "charity", "supplier"])),
            first_timer=draw_from(st.sampled_from(["yes", "no"])),
            group=draw_from(st.sampled_from([""] * 5 + ["g1", "g2", "g3"])),
        )
        for i in range(n)
    ]
    shares = draw_from(
        st.lists(
            st.sampled_from(
                [
                    MinShare("organisation_type", "local_government", 0.4),
                    MinShare("first_timer", "yes", 0.3),
                    MinShare("organisation_type", "charity", 0.2),
                ]
            ),
            max_size=3,
            unique=True,
        )
    )
    if sum(s.share for s in shares) > 1:
        shares = shares[:1]
    rules = Rules(
        places=draw_from(st.integers(min_value=0, max_value=n + 5)),
        cap_per_organisation=draw_from(st.sampled_from([None, 1, 2, 4])),
        min_shares=tuple(shares),
    )
    return people, rules


@settings(max_examples=150, deadline=None)
@given(cases(), st.text(max_size=12))
def test_the_draw_is_what_its_rules_say_for_every_seed(
    case: tuple[list[Applicant], Rules], seed: str
) -> None:
    people, rules = case
    assert draw(people, rules, seed) == reference_draw(people, rules, seed)


def test_a_simulation_counts_the_same_draws_as_the_reference() -> None:
    people = [
        Applicant(
            id=f"p{i:02d}",
            organisation=f"o{i % 4}",
            organisation_type="local_government" if i % 3 == 0 else "charity",
            group="pair" if i in (5, 6) else "",
        )
        for i in range(40)
    ]
    rules = Rules(
        places=12,
        cap_per_organisation=4,
        min_shares=(MinShare("organisation_type", "local_government", 0.5),),
    )
    runs = 30
    wins = Counter(
        i for run in range(1, runs + 1) for i in reference_draw(people, rules, f"simulation-{run}").drawn
    )
    result = simulate(people, rules, runs)
    assert result.applicants == {p.id: wins[p.id] / runs for p in people}

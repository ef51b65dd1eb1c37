"""The lottery: replayable, honours its rules for every seed, and fair inside each group."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import chisquare

from govcamp.domain.lottery import Applicant, MinShare, Rules, digest, draw, parse_min_share, simulate


def _people(n: int, *, lg_every: int = 3, orgs: int = 7) -> list[Applicant]:
    return [
        Applicant(
            id=f"a{i:04d}",
            organisation=f"org{i % orgs}",
            organisation_type="local_government" if i % lg_every == 0 else "charity",
            first_timer="yes" if i % 5 == 0 else "no",
        )
        for i in range(n)
    ]


def test_same_seed_same_result_different_seed_different_result() -> None:
    people = _people(200)
    rules = Rules(
        places=50,
        cap_per_organisation=10,
        min_shares=(MinShare("organisation_type", "local_government", 0.5),),
    )
    first = draw(people, rules, "03 11 19 27 44 58")
    assert draw(list(reversed(people)), rules, "03 11 19 27 44 58") == first
    assert draw(people, rules, "03 11 19 27 44 59").drawn != first.drawn


def test_digest_changes_with_applicants_and_rules() -> None:
    people = _people(20)
    rules = Rules(places=5)
    assert digest(people, rules) == digest(list(reversed(people)), rules)
    assert digest(people[:-1], rules) != digest(people, rules)
    assert digest(people, Rules(places=6)) != digest(people, rules)


def test_guaranteed_roles_are_in_and_not_drawn() -> None:
    people = [*_people(30), Applicant(id="org1", role="organiser"), Applicant(id="vol1", role="volunteer")]
    result = draw(people, Rules(places=10), "seed")
    assert set(result.guaranteed) == {"org1", "vol1"}
    assert len(result.drawn) == 8
    assert not set(result.guaranteed) & set(result.drawn + result.waitlist)


def test_groups_are_drawn_together_and_count_as_their_size() -> None:
    people = [Applicant(id=f"p{i}", group="carer" if i in (3, 4) else "") for i in range(12)]
    for seed in range(40):
        result = draw(people, Rules(places=5), str(seed))
        assert ("p3" in result.drawn) == ("p4" in result.drawn)
        assert len(result.drawn) == 5
        if "p3" in result.waitlist:
            at = result.waitlist.index("p3")
            assert result.waitlist[at + 1] == "p4"


def test_parse_min_share() -> None:
    assert parse_min_share("organisation_type=local_government:60%") == MinShare(
        "organisation_type", "local_government", 0.6
    )
    assert parse_min_share("first_timer=true:0.2") == MinShare("first_timer", "yes", 0.2)


@st.composite
def _cases(draw_: st.DrawFn) -> tuple[list[Applicant], Rules]:
    n = draw_(st.integers(1, 80))
    orgs = draw_(st.integers(1, 10))
    people = []
    for i in range(n):
        people.append(
            Applicant(
                id=f"a{i}",
                role=draw_(st.sampled_from(["attendee"] * 8 + ["organiser", "sponsor"])),
                organisation=f"o{draw_(st.integers(0, orgs - 1))}",
                organisation_type=draw_(st.sampled_from(["local_government", "charity", "supplier"])),
                first_timer=draw_(st.sampled_from(["yes", "no"])),
            )
        )
    shares = draw_(
        st.lists(
            st.tuples(
                st.sampled_from([("organisation_type", "local_government"), ("first_timer", "yes")]),
                st.floats(0.05, 0.5),
            ),
            max_size=2,
            unique_by=lambda item: item[0],
        )
    )
    cap = draw_(st.one_of(st.none(), st.integers(1, 10)))
    rules = Rules(
        places=draw_(st.integers(0, 60)),
        cap_per_organisation=cap,
        min_shares=tuple(MinShare(field, value, share) for (field, value), share in shares),
    )
    return people, rules


@settings(max_examples=150, deadline=None)
@given(_cases(), st.text(max_size=20))
def test_every_seed_honours_places_caps_and_quotas(case: tuple[list[Applicant], Rules], seed: str) -> None:
    people, rules = case
    result = draw(people, rules, seed)
    by_id = {p.id: p for p in people}
    everyone = result.guaranteed + result.drawn + result.waitlist
    assert sorted(everyone) == sorted(by_id)  # everyone exactly once
    assert len(result.guaranteed) + len(result.drawn) <= max(rules.places, len(result.guaranteed))
    if rules.places <= len(result.guaranteed):
        assert result.drawn == ()
    per_org = Counter(by_id[i].organisation for i in result.drawn)
    if rules.cap_per_organisation is not None:
        assert max(per_org.values(), default=0) <= rules.cap_per_organisation
    left = rules.places - len(result.guaranteed) - len(result.drawn)
    for share, outcome in zip(rules.min_shares, result.quotas, strict=True):
        inside = [
            p for p in result.guaranteed + result.drawn if getattr(by_id[p], share.field) == share.value
        ]
        assert outcome.filled == len(inside)
        if len(inside) < outcome.target:
            # Unmet only when no one else in the group could have been taken: places gone, or their cap hit.
            for waiting in result.waitlist:
                person = by_id[waiting]
                if getattr(person, share.field) == share.value:
                    assert left <= 0 or (
                        rules.cap_per_organisation is not None
                        and per_org[person.organisation] >= rules.cap_per_organisation
                    )
    # Places are only left empty when nobody else could take them.
    if left > 0:
        for waiting in result.waitlist:
            assert rules.cap_per_organisation is not None
            assert per_org[by_id[waiting].organisation] >= rules.cap_per_organisation


def test_chances_are_equal_inside_a_quota_group() -> None:
    # 30 in local government share 20 reserved places (2/3 each); 90 others share 10 places.
    people = [
        Applicant(id=f"p{i:03d}", organisation_type="local_government" if i < 30 else "charity")
        for i in range(120)
    ]
    rules = Rules(places=30, min_shares=(MinShare("organisation_type", "local_government", 2 / 3),))
    runs = 600
    wins: Counter[str] = Counter()
    for seed in range(runs):  # fixed seeds: the test cannot flake
        wins.update(draw(people, rules, f"fairness-{seed}").drawn)
    inside = [wins[f"p{i:03d}"] for i in range(30)]
    outside = [wins[f"p{i:03d}"] for i in range(30, 120)]
    assert sum(inside) == 20 * runs
    assert sum(outside) == 10 * runs
    # Same chance for everyone in a group: counts fit a uniform spread (chi-square, p well above 0.1%).
    assert chisquare(inside).pvalue > 0.001
    assert chisquare(outside).pvalue > 0.001
    assert max(inside) - min(inside) < 0.2 * runs


def test_simulate_reports_applicants_and_groups() -> None:
    people = [*_people(60), Applicant(id="boss", role="organiser")]
    result = simulate(people, Rules(places=20), runs=50)
    assert result.applicants["boss"] == 1.0
    assert abs(sum(result.applicants.values()) - 20) < 1e-9
    assert set(result.groups) >= {"everyone", "organisation_type=local_government", "first_timer=yes"}

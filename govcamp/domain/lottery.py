"""The ticket lottery: a pure, replayable function of (applicants, rules, seed).

Nothing here reads a clock or a global random source. The only randomness is SHA-256: the *stream key* is
the hash of the published applicant digest and the seed text, and each applicant's *ticket number* is the
hash of the stream key and the applicant's id. Sorting by ticket number gives a uniformly random order
that anyone can recompute with any SHA-256 implementation.

The draw, in plain words:

1. People whose role is always in (organisers, volunteers, sponsors by default) take their places first;
   they are not drawn.
2. Everybody else is put in ticket-number order. A group that applied together (a carer and the person they
   support) is one entry with the ticket number of its first member in id order (one number, so a group
   has the same chance as one person), and takes as many places as it has members.
3. Each minimum share in turn (say "60% local government") walks that order and takes the first entries
   with a member in the share's group until the share is met, skipping entries that would break the cap
   per organisation or not fit in the places left.
4. The remaining places are filled by walking the same order again, with the same skips.
5. Everyone not taken is on the waiting list, in ticket-number order.

Because every step walks one random order, everyone inside a quota group has the same chance.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from collections.abc import Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from govcamp.domain.errors import ValidationError
from govcamp.domain.words import _

ALGORITHM_VERSION = 1
DEFAULT_GUARANTEED_ROLES: tuple[str, ...] = ("organiser", "volunteer", "sponsor")
#: The attributes a minimum share may be about.
SHARE_FIELDS: tuple[str, ...] = ("organisation_type", "first_timer", "role")


@dataclass(frozen=True, slots=True)
class Applicant:
    """One applicant as the lottery sees them: no names, no emails.

    ``id`` is an opaque token; ``organisation`` and ``group`` are opaque keys ("" for none); ``first_timer``
    is ``"yes"`` or ``"no"`` so that every attribute is text.
    """

    id: str
    role: str = "attendee"
    organisation: str = ""
    organisation_type: str = "other"
    first_timer: str = "no"
    group: str = ""

    def attribute(self, name: str) -> str:
        return str(getattr(self, name))

    def as_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "role": self.role,
            "organisation": self.organisation,
            "organisation_type": self.organisation_type,
            "first_timer": self.first_timer,
            "group": self.group,
        }

    @staticmethod
    def from_json(data: Mapping[str, object]) -> Applicant:
        return Applicant(
            id=str(data["id"]),
            role=str(data.get("role", "attendee")),
            organisation=str(data.get("organisation", "")),
            organisation_type=str(data.get("organisation_type", "other")),
            first_timer=str(data.get("first_timer", "no")),
            group=str(data.get("group", "") or ""),
        )


@dataclass(frozen=True, slots=True)
class MinShare:
    """At least ``share`` (0–1) of the places go to people whose ``field`` is ``value``, if enough apply."""

    field: str
    value: str
    share: float

    @property
    def label(self) -> str:
        return f"{self.field}={self.value}"


@dataclass(frozen=True, slots=True)
class Rules:
    """What the draw must honour."""

    places: int
    guaranteed_roles: tuple[str, ...] = DEFAULT_GUARANTEED_ROLES
    cap_per_organisation: int | None = None
    min_shares: tuple[MinShare, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "places": self.places,
            "guaranteed_roles": list(self.guaranteed_roles),
            "cap_per_organisation": self.cap_per_organisation,
            "min_shares": [{"field": m.field, "value": m.value, "share": m.share} for m in self.min_shares],
        }

    @staticmethod
    def from_json(data: Mapping[str, object]) -> Rules:
        shares = data.get("min_shares") or []
        roles = data.get("guaranteed_roles")
        cap = data.get("cap_per_organisation")
        return check_rules(
            Rules(
                places=int(str(data.get("places", 0))),
                guaranteed_roles=(
                    tuple(str(r) for r in roles) if isinstance(roles, list) else DEFAULT_GUARANTEED_ROLES
                ),
                cap_per_organisation=None if cap is None else int(str(cap)),
                min_shares=tuple(
                    MinShare(str(m["field"]), str(m["value"]), float(m["share"]))
                    for m in (shares if isinstance(shares, list) else [])
                ),
            )
        )


@dataclass(frozen=True, slots=True)
class QuotaOutcome:
    label: str
    target: int
    filled: int


@dataclass(frozen=True, slots=True)
class DrawResult:
    """Who is in and who waits, as applicant ids in order."""

    guaranteed: tuple[str, ...]
    drawn: tuple[str, ...]
    waitlist: tuple[str, ...]
    quotas: tuple[QuotaOutcome, ...] = field(default=())


def normalise_share_value(field_name: str, value: str) -> str:
    text = value.strip().lower()
    if field_name == "first_timer":
        if text in {"yes", "y", "true", "1"}:
            return "yes"
        if text in {"no", "n", "false", "0"}:
            return "no"
        raise ValidationError(
            "min_shares", _("first_timer is “yes” or “no”, not “{value}”.").format(value=value)
        )
    return text.replace(" ", "_").replace("-", "_")


def parse_min_share(text: str) -> MinShare:
    """``"organisation_type=local_government:60%"`` or ``…:0.6`` → a :class:`MinShare`."""
    field_name, sep, rest = text.partition("=")
    value, sep2, share_text = rest.rpartition(":")
    field_name = field_name.strip()
    if not sep or not sep2 or not value.strip() or not share_text.strip():
        raise ValidationError(
            "min_shares", _("“{text}” is not FIELD=VALUE:SHARE, e.g. first_timer=yes:20%.").format(text=text)
        )
    if field_name not in SHARE_FIELDS:
        raise ValidationError(
            "min_shares",
            _("A minimum share is about one of {value}, not “{field_name}”.").format(
                value=", ".join(SHARE_FIELDS), field_name=field_name
            ),
        )
    share_text = share_text.strip()
    try:
        share = float(share_text[:-1]) / 100 if share_text.endswith("%") else float(share_text)
    except ValueError as exc:
        raise ValidationError(
            "min_shares", _("“{share_text}” is not a share; write 0.6 or 60%.").format(share_text=share_text)
        ) from exc
    if share > 1 and not share_text.endswith("%"):
        share /= 100  # "60" meant 60%
    return MinShare(field_name, normalise_share_value(field_name, value), share)


def check_rules(rules: Rules) -> Rules:
    """Return the rules if they make sense; raise ValidationError naming the first that does not."""
    if rules.places < 0:
        raise ValidationError("places", _("The number of places cannot be negative."))
    if rules.cap_per_organisation is not None and rules.cap_per_organisation < 1:
        raise ValidationError("cap_per_organisation", _("The cap per organisation must be at least 1."))
    seen: set[str] = set()
    for share in rules.min_shares:
        if share.field not in SHARE_FIELDS:
            raise ValidationError(
                "min_shares", _("A minimum share cannot be about “{field}”.").format(field=share.field)
            )
        if not 0 < share.share <= 1:
            raise ValidationError(
                "min_shares",
                _("The share for {label} must be between 0% and 100%.").format(label=share.label),
            )
        if share.label in seen:
            raise ValidationError(
                "min_shares", _("{label} has two minimum shares; keep one.").format(label=share.label)
            )
        seen.add(share.label)
    if sum(share.share for share in rules.min_shares) > 1 + 1e-9 and _disjoint(rules.min_shares):
        raise ValidationError("min_shares", _("The minimum shares add up to more than all the places."))
    return rules


def _disjoint(shares: Sequence[MinShare]) -> bool:
    """Shares about the same field cannot overlap, so together they must fit in 100%."""
    return len({share.field for share in shares}) == 1


def canonical_json(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def digest(applicants: Iterable[Applicant], rules: Rules) -> str:
    """The hash published before the draw: SHA-256 over the rules and the applicant list sorted by id.

    The text hashed is one line ``govcamp-lottery v1 <rules as sorted JSON>``, then one line per applicant:
    id, role, organisation, organisation type, first timer, group, separated by tabs.
    """
    lines = []
    for a in applicants:
        fields = (a.id, a.role, a.organisation, a.organisation_type, a.first_timer, a.group)
        line = "\t".join(fields)
        if line.count("\t") != 5 or "\n" in line or "\r" in line:
            line = "\t".join(_clean(v) for v in fields)
        lines.append(line)
    lines.sort()
    head = f"govcamp-lottery v{ALGORITHM_VERSION} " + canonical_json(rules.as_json()).decode()
    return hashlib.sha256("\n".join([head, *lines]).encode()).hexdigest()


def stream_key(applicant_digest: str, seed: str) -> bytes:
    return hashlib.sha256(
        f"govcamp-lottery-v{ALGORITHM_VERSION}\0{applicant_digest}\0{seed}".encode()
    ).digest()


def ticket_numbers(applicant_ids: Iterable[str], key: bytes) -> dict[str, bytes]:
    """Each applicant's ticket number: SHA-256(stream key ‖ id)."""
    base = hashlib.sha256(key)
    numbers: dict[str, bytes] = {}
    for applicant_id in applicant_ids:
        hasher = base.copy()
        hasher.update(applicant_id.encode())
        numbers[applicant_id] = hasher.digest()
    return numbers


@dataclass(slots=True)
class _Prepared:
    """What every draw over the same applicants and rules shares, worked out once (simulations reuse it)."""

    rules: Rules
    guaranteed: list[str]
    units: list[tuple[str, ...]]  # members in id order; a unit's id is its first member's
    unit_orgs: list[tuple[str, ...]]  # one entry per member with an organisation
    unit_matches: list[tuple[int, ...]]  # per min share: members matching it
    guaranteed_matches: list[int]
    targets: list[int]
    unit_keys: list[bytes] = field(default_factory=list)  # each unit's id as bytes, hashed for its number


def _prepare(applicants: Sequence[Applicant], rules: Rules) -> _Prepared:
    ids = [a.id for a in applicants]
    if len(set(ids)) != len(ids):
        raise ValidationError("applicants", _("Two applicants share an id; the draw needs them unique."))
    roles = set(rules.guaranteed_roles)
    getters = [(attrgetter(m.field), m.value) for m in rules.min_shares]
    always: list[Applicant] = []
    singles: list[Applicant] = []
    grouped: dict[str, list[Applicant]] = {}
    for applicant in applicants:
        if applicant.role in roles:
            always.append(applicant)
        elif applicant.group:
            grouped.setdefault(applicant.group, []).append(applicant)
        else:
            singles.append(applicant)
    guaranteed = sorted(a.id for a in always)
    guaranteed_matches = [sum(1 for a in always if get(a) == value) for get, value in getters]
    units: list[tuple[str, ...]] = [(a.id,) for a in singles]
    unit_orgs: list[tuple[str, ...]] = [(a.organisation,) if a.organisation else () for a in singles]
    if getters:
        columns = [[int(get(a) == value) for a in singles] for get, value in getters]
        unit_matches: list[tuple[int, ...]] = list(zip(*columns, strict=True))
    else:
        unit_matches = [()] * len(singles)
    for members in grouped.values():
        members.sort(key=lambda a: a.id)
        units.append(tuple(a.id for a in members))
        unit_orgs.append(tuple(a.organisation for a in members if a.organisation))
        unit_matches.append(tuple(sum(get(a) == value for a in members) for get, value in getters))
    targets = [math.ceil(m.share * rules.places - 1e-9) for m in rules.min_shares]
    unit_keys = [unit[0].encode() for unit in units]
    return _Prepared(
        rules, guaranteed, units, unit_orgs, unit_matches, guaranteed_matches, targets, unit_keys
    )


def _run(prepared: _Prepared, key: bytes, *, waitlist_too: bool = True) -> DrawResult:
    rules = prepared.rules
    units = prepared.units
    sha256 = hashlib.sha256
    numbers = [sha256(key + unit_key).digest() for unit_key in prepared.unit_keys]
    order = sorted(range(len(units)), key=numbers.__getitem__)
    left = rules.places - len(prepared.guaranteed)
    cap = rules.cap_per_organisation
    # A plain dict, not a Counter: a Counter's look-up of a missing key and its update() run in Python,
    # and they were a fifth of a draw's walk.
    org_count: dict[str, int] = {}
    taken = [False] * len(units)
    drawn: list[str] = []
    counts = list(prepared.guaranteed_matches)

    def fits(index: int) -> bool:
        if len(units[index]) > left:
            return False
        if cap is not None:
            orgs = prepared.unit_orgs[index]
            if len(orgs) == 1:
                return org_count.get(orgs[0], 0) < cap
            for org, n in Counter(orgs).items():
                if org_count.get(org, 0) + n > cap:
                    return False
        return True

    def take(index: int) -> None:
        nonlocal left
        taken[index] = True
        left -= len(units[index])
        drawn.extend(units[index])
        for org in prepared.unit_orgs[index]:
            org_count[org] = org_count.get(org, 0) + 1
        for q, matched in enumerate(prepared.unit_matches[index]):
            counts[q] += matched

    for q, target in enumerate(prepared.targets):
        if counts[q] >= target or left <= 0:
            continue
        for index in order:
            if left <= 0 or counts[q] >= target:
                break
            if not taken[index] and prepared.unit_matches[index][q] and fits(index):
                take(index)
    if left > 0:
        for index in order:
            if left <= 0:
                break
            if not taken[index] and fits(index):
                take(index)
    waitlist = (
        [member for index in order if not taken[index] for member in units[index]] if waitlist_too else []
    )
    quotas = tuple(
        QuotaOutcome(share.label, prepared.targets[q], counts[q]) for q, share in enumerate(rules.min_shares)
    )
    return DrawResult(tuple(prepared.guaranteed), tuple(drawn), tuple(waitlist), quotas)


def draw(applicants: Sequence[Applicant], rules: Rules, seed: str) -> DrawResult:
    """Draw the places. Same applicants, rules and seed — same result, on any machine."""
    check_rules(rules)
    prepared = _prepare(applicants, rules)
    return _run(prepared, stream_key(digest(applicants, rules), seed))


@dataclass(frozen=True, slots=True)
class Simulation:
    """How often each applicant, and each group of applicants, got a place over many draws."""

    runs: int
    applicants: Mapping[str, float]
    groups: Mapping[str, float]


def simulate(
    applicants: Sequence[Applicant], rules: Rules, runs: int, *, seed_prefix: str = "simulation"
) -> Simulation:
    """Run the draw ``runs`` times (seeds ``simulation-1``, ``simulation-2``…); report chances of a place."""
    steps = simulation_steps(applicants, rules, runs, seed_prefix=seed_prefix)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            result: Simulation = stop.value
            return result


def simulation_steps(
    applicants: Sequence[Applicant], rules: Rules, runs: int, *, seed_prefix: str = "simulation"
) -> Generator[tuple[int, int], None, Simulation]:
    """:func:`simulate` as a generator: yields ``(runs done, runs)`` now and then, returns the Simulation."""
    if runs < 1:
        raise ValidationError("runs", _("Run the simulation at least once."))
    check_rules(rules)
    prepared = _prepare(applicants, rules)
    applicant_digest = digest(applicants, rules)
    wins: Counter[str] = Counter()
    every = max(1, runs // 50)
    for run in range(1, runs + 1):
        result = _run(prepared, stream_key(applicant_digest, f"{seed_prefix}-{run}"), waitlist_too=False)
        wins.update(result.drawn)
        if run % every == 0:
            yield run, runs
    always = set(prepared.guaranteed)
    chances = {a.id: 1.0 if a.id in always else wins[a.id] / runs for a in applicants}
    groups: dict[str, list[float]] = {"everyone": []}
    for applicant in applicants:
        chance = chances[applicant.id]
        groups["everyone"].append(chance)
        for name in ("organisation_type", "first_timer", "role"):
            groups.setdefault(f"{name}={applicant.attribute(name)}", []).append(chance)
    return Simulation(
        runs,
        chances,
        {label: sum(values) / len(values) for label, values in sorted(groups.items()) if values},
    )

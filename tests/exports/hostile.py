"""An event full of private data and hostile text, for the archive's privacy and safety tests."""

from __future__ import annotations

from pathlib import Path

from govcamp.store.eventfile import open_event
from tests import notes_data as data

#: Each payload, if it ever ran, would set window.__pwned or change the title: the browser test checks both.
PAYLOADS = [
    "<script>window.__pwned=1;document.title='PWNED'</script>",
    '"><img src=x onerror="window.__pwned=2;document.title=\'PWNED\'">',
    "</script><script>window.__pwned=3</script>",
    '<svg onload="window.__pwned=4"></svg>',
    "{{7*7}} ${7*7} {% raw %}",
    "' onmouseover='window.__pwned=5' x='",
    '<iframe src="javascript:window.top.__pwned=6"></iframe>',
    "<!-- <script>window.__pwned=7</script> -->",
    "\u2028\u2029</SCRIPT ><ScRiPt>window.__pwned=8</ScRiPt>",
]

HOSTILE_NOTE = "\n\n".join(
    [
        "# Security notes",
        "Raw HTML must stay text: " + " ".join(PAYLOADS),
        "[click me](javascript:window.__pwned=9) and "
        "[data](data:text/html,<script>window.__pwned=10</script>)",
        "[vb](vbscript:msgbox) [spaced]( javascript:window.__pwned=11 ) <javascript:window.__pwned=12>",
        "![tracker](https://tracker.example/pixel.png) ![local](file:///etc/passwd)",
        "Safe ones: [gov](https://www.gov.uk/) and <mailto:notes@example.gov.uk>",
        "`<script>window.__pwned=13</script>` in a code span, and in a block:",
        "```\n</script><script>window.__pwned=14</script>\n```",
        "Unique word for the search test: marmalade.",
    ]
)

PRIVATE = {
    "email": "quentin.private@example.org",
    "host_email": "zoe.consent@example.org",
    "access": "uses a wheelchair ACCESSNEED",
    "dietary": "coeliac DIETNEED",
    "unconsented_full": "Quentin Privateperson",
    "unconsented_badge": "Quentin",
    "pitch_only": "Pitchonly Namelessson",
    "unconsented_taker": "Tacita Silentia",
}
CONSENTED = "Zoë Consentwell"


def hostile_event(path: Path) -> dict[str, int]:
    """Fill the event file at ``path`` (already created) and return the session ids by role."""
    with open_event(path) as db:
        hall = data.room(db, "Main Hall <b>", 0)
        side = data.room(db, '"><svg onload=window.__pwned=20>', 1)
        early = data.slot(db, "10:00", "10:45")
        data.slot(db, "10:45", "11:00", kind="break", label="<script>window.__pwned=21</script> Coffee")
        late = data.slot(db, "11:00", "11:45")
        zoe = data.person(db, CONSENTED, consent=True, email=PRIVATE["host_email"], access="BSL ACCESSTWO")
        quentin = data.person(
            db,
            PRIVATE["unconsented_full"],
            consent=False,
            badge_name=PRIVATE["unconsented_badge"],
            email=PRIVATE["email"],
            access=PRIVATE["access"],
            dietary=PRIVATE["dietary"],
        )
        data.person(db, PRIVATE["unconsented_taker"], consent=False, email="tacita@example.org")
        ids = {
            "hostile": data.session_(
                db,
                PAYLOADS[0] + " and " + PAYLOADS[4],
                hosts=[(PAYLOADS[1], zoe)],
                room_id=hall,
                slot_id=early,
                tags=[PAYLOADS[2], PAYLOADS[3], "safety"],
                body=HOSTILE_NOTE,
                taker=PAYLOADS[5],
                attendance=7,
                links=[
                    "javascript:window.__pwned=30",
                    "https://example.org/ok?a=1&b=<2>",
                    "data:text/html,<script>window.__pwned=31</script>",
                ],
                actions=[{"text": PAYLOADS[6], "done": False}, {"text": "Patch the form", "done": True}],
            ),
            "private": data.session_(
                db,
                "Open data for planning",
                hosts=[
                    (CONSENTED, zoe),
                    (PRIVATE["unconsented_badge"], quentin),
                    (PRIVATE["pitch_only"], None),
                ],
                room_id=side,
                slot_id=early,
                tags=["data"],
                body=(
                    f"Hosted by {CONSENTED}, {PRIVATE['unconsented_badge']} and {PRIVATE['pitch_only']}.\n\n"
                    f"{PRIVATE['unconsented_full']} said write to {PRIVATE['email']} or "
                    f"<mailto:{PRIVATE['email']}>; {CONSENTED} is at {PRIVATE['host_email']}.\n"
                ),
                taker=PRIVATE["unconsented_taker"],
                links=[f"mailto:{PRIVATE['email']}"],
            ),
            "plain": data.session_(
                db,
                "Agile in councils",
                hosts=[(CONSENTED, zoe)],
                room_id=hall,
                slot_id=late,
                tags=["agile", "data"],
                body="Sprints in social care. Zoë's café notes mention broadband.",
                taker="Priya",
                attendance=20,
            ),
            "no_notes": data.session_(db, "A late pitch"),
        }
    return ids

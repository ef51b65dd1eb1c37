"""Whatever a session is called, the phone page shows exactly that text and no markup of it (hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html import unescape
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from govcamp.services.phones import PhoneGrid, PhoneSession, PhoneSlot
from govcamp.web.app import ENV

START = datetime(2027, 6, 19, 9, 30, tzinfo=UTC)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.titles: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_title = tag == "h3" and not any(k == "class" for k, _ in attrs)
        if self._in_title:
            self.titles.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h3":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.titles[-1] += data


text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60).filter(
    lambda t: t.strip() == t and t.strip()
)


@settings(max_examples=80, deadline=None)
@given(title=text, host=text, room=text)
def test_titles_hosts_and_rooms_are_shown_as_text(title: str, host: str, room: str) -> None:
    session = PhoneSession(
        id=7,
        title=title,
        description="",
        hosts=(host,),
        unnamed_hosts=0,
        room=room,
        start=START,
        end=START + timedelta(minutes=45),
        needs=("Hearing loop",),
        room_features=(),
    )
    slot = PhoneSlot(1, START, START + timedelta(minutes=45), "session", "", (session,))
    grid = PhoneGrid("Camp", "", "UTC", (slot,), START, "s")
    html = ENV.get_template("phone/day.html").render(
        grid=grid, now=START - timedelta(hours=1), running=None, upcoming=None, who=None, mine=set(),
        limit=10, message="", updated=START,
    )  # fmt: skip
    reader = _Reader()
    reader.feed(html)
    reader.close()
    assert reader.titles == [title]
    assert f"Hosted by {host}" in unescape(html)
    assert set(reader.tags) <= {"p", "section", "h2", "h3", "article", "span", "div"}

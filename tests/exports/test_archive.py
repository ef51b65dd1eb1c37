"""The notes archive on disk: privacy, escaping, safe Markdown, notes.json, Markdown files, the command."""

from __future__ import annotations

import json
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govcamp.cli import main
from govcamp.domain.errors import GovcampError
from govcamp.exports.archive import fold_text, script_json, write_archive
from govcamp.exports.notes_markdown import NoteRenderer
from govcamp.services.archive import Redactor, collect
from govcamp.store.eventfile import open_event
from tests.exports.hostile import CONSENTED, PRIVATE, hostile_event


@pytest.fixture
def built(event_path: Path, tmp_path: Path) -> tuple[Path, dict[str, int]]:
    ids = hostile_event(event_path)
    out = tmp_path / "archive"
    assert main(["export", "archive", str(event_path), "-o", str(out), "--zip"]) == 0
    return out, ids


def every_text(out: Path) -> dict[str, str]:
    texts = {str(p.relative_to(out)): p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file()}
    with zipfile.ZipFile(out.with_name(out.name + ".zip")) as packed:
        for name in packed.namelist():
            texts[f"zip:{name}"] = packed.read(name).decode("utf-8")
    return texts


class Elements(HTMLParser):
    """An independent reader: every start tag with its attributes, and the text inside scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script_text.append(data)


def parse(html: str) -> Elements:
    reader = Elements()
    reader.feed(html)
    reader.close()
    return reader


def test_nothing_private_is_written_anywhere(built: tuple[Path, dict[str, int]]) -> None:
    out, _ = built
    texts = every_text(out)
    assert len(texts) > 10
    forbidden = [
        PRIVATE["email"],
        PRIVATE["host_email"],
        "tacita@example.org",
        "ACCESSNEED",
        "ACCESSTWO",
        "DIETNEED",
        "wheelchair",
        "coeliac",
        "Privateperson",
        PRIVATE["unconsented_badge"],
        "Pitchonly",
        "Namelessson",
        "Tacita",
        "Silentia",
    ]
    for name, text in texts.items():
        for secret in forbidden:
            assert secret not in text, f"{secret!r} leaked into {name}"
    page = (out / "sessions" / f"session-{built[1]['private']}.html").read_text(encoding="utf-8")
    assert CONSENTED in page
    assert f"{CONSENTED}, and 2 hosts not named here" in page
    assert "(name withheld)" in page and "(email withheld)" in page


def test_the_redactor_keeps_consented_names_whole() -> None:
    redact = Redactor(["Robert", "Ann Lee"], ["Robert Turner"], ["a@b.org"])
    assert redact("Robert Turner met Robert and Ann Lee (A@B.org).") == (
        "Robert Turner met (name withheld) and (name withheld) ((email withheld))."
    )
    assert redact("Roberta and Annie stay") == "Roberta and Annie stay"


def test_every_page_escapes_hostile_text(built: tuple[Path, dict[str, int]]) -> None:
    out, _ = built
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= 8
    for page in pages:
        html = page.read_text(encoding="utf-8")
        reader = parse(html)
        name = page.name
        scripts = [attrs for tag, attrs in reader.tags if tag == "script"]
        for attrs in scripts:
            assert attrs.get("type") == "application/json" or attrs.get("src", "").endswith(
                "static/search.js"
            ), f"unexpected script in {name}: {attrs}"
        for tag, attrs in reader.tags:
            assert tag not in ("img", "svg", "iframe", "object", "embed", "base"), f"<{tag}> in {name}"
            for key, value in attrs.items():
                assert not key.startswith("on"), f"event handler {key} in {name}"
                if key in ("href", "src", "action"):
                    assert value is not None
                    lowered = value.strip().lower()
                    assert not lowered.startswith(("javascript:", "data:", "vbscript:", "file:")), value
                    assert not lowered.startswith("http") or tag == "a", f"{tag} fetches {value} in {name}"
        assert "Content-Security-Policy" in html and "default-src 'none'" in html
    hostile_page = (out / "sessions" / f"session-{built[1]['hostile']}.html").read_text(encoding="utf-8")
    text = "".join(parse(hostile_page).script_text)
    assert text == ""  # a session page has no inline script at all
    assert "&lt;script&gt;window.__pwned=1" in hostile_page
    assert "{{7*7}}" in hostile_page and "49" not in hostile_page
    assert '<a href="https://www.gov.uk/"' in hostile_page
    assert 'href="mailto:notes@example.gov.uk"' in hostile_page


def test_the_search_index_cannot_close_its_script(built: tuple[Path, dict[str, int]]) -> None:
    out, _ = built
    html = (out / "search.html").read_text(encoding="utf-8")
    reader = parse(html)
    embedded = "".join(reader.script_text)
    assert "<" not in embedded and ">" not in embedded and "&" not in embedded
    index = json.loads(embedded)
    titles = [doc["t"] for doc in index["docs"]]
    assert any("<script>window.__pwned=1" in t for t in titles)
    assert all(len(doc["x"]) == len(doc["nx"]) for doc in index["docs"])
    assert any("marmalade" in doc["nx"] for doc in index["docs"])


def test_script_json_and_folding() -> None:
    assert script_json({"a": "</script>&"}) == '{"a":"\\u003c/script\\u003e\\u0026"}'
    assert json.loads(script_json({"a": "</script>&\u2028"})) == {"a": "</script>&\u2028"}
    for text in ["Siân Zoë Łukasz Nguyễn İstanbul Straße", "Андрій अर्जुन 李小龙 😀 𝔘"]:
        folded = fold_text(text)
        assert len(folded.encode("utf-16-le")) == len(text.encode("utf-16-le"))
    assert fold_text("Siân Zoë CAFÉ") == "sian zoe cafe"


def test_markdown_has_raw_html_off_and_only_safe_links() -> None:
    html = NoteRenderer().html(
        "# Top\n\n<b>bold</b> [x](javascript:alert(1)) [y](https://ok.example/) ![i](https://t.example/p.png)"
        " [m](mailto:a@example.org) [f](file:///etc/passwd) [r](/relative)"
    )
    assert "<h3>Top</h3>" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert 'href="https://ok.example/"' in html and 'href="mailto:a@example.org"' in html
    assert "javascript:" not in html.split("[x]")[0].replace("[x](javascript:alert(1))", "")
    assert "<img" not in html
    assert 'href="file:' not in html and 'href="/relative"' not in html and 'href="javascript' not in html


def test_notes_json_follows_its_documented_schema(built: tuple[Path, dict[str, int]]) -> None:
    out, ids = built
    data = json.loads((out / "notes.json").read_text(encoding="utf-8"))
    assert data["format"] == "govcamp-notes" and data["version"] == 1
    assert set(data) == {
        "format",
        "version",
        "generator",
        "generated_at",
        "event",
        "rooms",
        "slots",
        "tags",
        "sessions",
    }
    assert set(data["event"]) == {"name", "start_date", "end_date", "venue", "timezone", "description", "url"}
    assert data["rooms"][0]["name"] == "Main Hall <b>"
    assert {s["kind"] for s in data["slots"]} == {"session", "break"}
    sessions = {s["id"]: s for s in data["sessions"]}
    assert set(sessions) == set(ids.values())
    keys = {
        "id",
        "title",
        "description",
        "hosts",
        "unnamed_hosts",
        "room_id",
        "room",
        "slot_id",
        "start",
        "end",
        "tags",
        "page",
        "markdown",
        "note",
    }
    for session in sessions.values():
        assert set(session) == keys
        assert (out / session["page"]).is_file() and (out / session["markdown"]).is_file()
    plain = sessions[ids["plain"]]
    assert plain["start"] == "2027-03-27T11:00:00+00:00"
    assert plain["hosts"] == [CONSENTED]
    assert plain["note"] == {
        "body_md": "Sprints in social care. Zoë's café notes mention broadband.",
        "note_taker": "Priya",
        "attendance": 20,
        "links": [],
        "actions": [],
        "updated_at": plain["note"]["updated_at"],
    }
    assert sessions[ids["private"]]["unnamed_hosts"] == 2
    assert sessions[ids["no_notes"]]["note"] is None
    hostile = sessions[ids["hostile"]]["note"]
    assert hostile["actions"][1] == {"text": "Patch the form", "done": True}
    tags = {t["name"]: t for t in data["tags"]}
    assert tags["data"]["sessions"] == [ids["private"], ids["plain"]]
    assert all((out / t["page"]).is_file() for t in data["tags"])


def test_one_markdown_file_per_session(built: tuple[Path, dict[str, int]]) -> None:
    out, ids = built
    files = sorted((out / "markdown").glob("*.md"))
    assert len(files) == len(ids)
    text = (out / "markdown" / f"session-{ids['plain']}.md").read_text(encoding="utf-8")
    assert text.startswith("# Agile in councils\n")
    assert "- Hosts: Zoë Consentwell" in text and "- Attendance: 20" in text
    assert "Sprints in social care." in text


def test_grid_index_lists_rooms_times_and_breaks(built: tuple[Path, dict[str, int]]) -> None:
    out, ids = built
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "Main Hall &lt;b&gt;" in html
    assert "10:00" in html and "11:45" in html
    assert "&lt;script&gt;window.__pwned=21&lt;/script&gt; Coffee" in html
    assert f'href="sessions/session-{ids["plain"]}.html"' in html
    assert "Sessions not in the grid" in html and "A late pitch" in html
    assert '<a class="skip-link" href="#main">' in html and '<main id="main"' in html


def test_a_folder_with_other_files_is_refused_and_an_old_archive_replaced(
    event_path: Path, tmp_path: Path
) -> None:
    hostile_event(event_path)
    with open_event(event_path) as db:
        data = collect(db)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "thesis.docx").write_text("precious", encoding="utf-8")
    with pytest.raises(GovcampError, match="not empty"):
        write_archive(data, busy)
    assert (busy / "thesis.docx").read_text(encoding="utf-8") == "precious"
    out = tmp_path / "site"
    write_archive(data, out)
    (out / "sessions" / "stale.html").write_text("old", encoding="utf-8")
    write_archive(data, out)
    # Not written by the last export, so a person's: it stays (files are sacred).
    assert (out / "sessions" / "stale.html").read_text(encoding="utf-8") == "old"
    assert (out / "index.html").is_file()
    assert not list(tmp_path.glob(".*partial*"))


def test_the_command_reports_mistakes_in_one_line(
    event_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x", encoding="utf-8")
    assert main(["export", "archive", str(event_path), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "is a file" in err and err.count("\n") == 1
    assert main(["export", "archive", str(event_path), "-o", str(tmp_path / "empty-event")]) == 0
    assert (tmp_path / "empty-event" / "index.html").is_file()


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("<>&\"'`/\\=:()[]!*_#-aAsSvVjJ \n\u2028")), max_size=80)
    | st.text(max_size=80)
)
def test_any_text_stays_inert(text: str) -> None:
    embedded = script_json({"t": text})
    assert "<" not in embedded and ">" not in embedded and "&" not in embedded
    assert json.loads(embedded) == {"t": text}
    rendered = NoteRenderer().html(text)
    reader = parse(rendered)
    for tag, attrs in reader.tags:
        assert tag not in ("script", "img", "iframe", "svg", "style", "object")
        assert not [key for key in attrs if key.startswith("on")]
        href = (attrs.get("href") or "").lower()
        assert not href or href.startswith(("http:", "https:", "mailto:"))
    folded = fold_text(text)
    assert len(folded.encode("utf-16-le")) == len(text.encode("utf-16-le"))


def test_links_and_actions_are_shown_once(event_path: Path, tmp_path: Path) -> None:
    """A link or action in both the note's text and its fields appears once on the session page."""
    from govcamp.domain.pitching import PitchInput
    from govcamp.services import notes, pitches

    db = open_event(event_path)
    try:
        session = pitches.add_pitch(db, PitchInput("Open data", hosts=("Ann",))).id
        body = "Talked.\n\n- [ ] Write it up\n\nSee <https://example.org/in-text>\n"
        notes.save_note(
            db,
            session,
            notes.NoteInput(
                body_md=body,
                links=("https://example.org/in-text", "https://example.org/field-only"),
                actions=(notes.ActionItem("Write it up"), notes.ActionItem("Book a room", done=True)),
            ),
            revision=0,
        )
        out = tmp_path / "archive"
        write_archive(collect(db), out)
    finally:
        db.close()
    page = (out / "sessions" / f"session-{session}.html").read_text(encoding="utf-8")
    hrefs = [a.get("href") for tag, a in parse(page).tags if tag == "a"]
    assert hrefs.count("https://example.org/in-text") == 1
    assert hrefs.count("https://example.org/field-only") == 1
    assert page.count("Write it up") == 1 and page.count("Book a room") == 1
    markdown = (out / "markdown" / f"session-{session}.md").read_text(encoding="utf-8")
    assert markdown.count("https://example.org/in-text") == 1 and markdown.count("Write it up") == 1
    assert "https://example.org/field-only" in markdown and "Book a room" in markdown

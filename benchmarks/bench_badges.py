"""Badges: the render loop, and the whole ``govcamp export badges`` command as a person waits for it.

Inner loop: :func:`govcamp.exports.badges.write_badges` on 1,000 badges of the demo (check-in codes; names in
mixed scripts) with a fresh font book and an empty QR cache each time (font files are parsed once per
process, as in the app), against the straightforward way on the same badges: one ``qrcode.make()`` PNG per
badge drawn into a reportlab canvas with ``drawImage``, and the same lines drawn with plain ``drawString`` in
Noto Sans (no fitting, no shaping, no fallback fonts: a generous baseline, it does less).

Whole process (issue 17): ``python -m govcamp export badges DEMO -o OUT.pdf --who all`` on the demo of 1,000
applicants with its contact cards on (40 % of people consented: vCards, many with names beyond ASCII), timed
from process start to exit, with govcamp's font cache warm (as on any run after the first); against the
straightforward way as a process too: the same people from the same service, ``qrcode.make()`` PNGs, fonts
parsed by reportlab's TTFont. Then the curve for 1,000 / 5,000 / 20,000 badges.

Goals: inner loop ≤ 1.5 s and ≥ 7× faster (issue 6); whole process ≤ 1.5 s and ≥ 6× faster (issue 17).
Timings on a shared machine are noisy: each figure is a median, the baseline measured in the same run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Figure, median_of, median_seconds

if TYPE_CHECKING:
    from govcamp.exports.badges import BadgeData

COUNT = 1000
CURVE = (1000, 5000, 20000)

# The straightforward way, as a whole process: argv = event file, output PDF.
STRAIGHTFORWARD = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from benchmarks.bench_badges import draw_straightforward
from govcamp.services.badges import badge_batch
from govcamp.store.eventfile import open_event

with open_event(Path(sys.argv[1])) as db:
    batch = badge_batch(db, "all")
draw_straightforward(list(batch.badges), batch.event_name, sys.argv[2])
"""


def _register_plain_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from govcamp.exports.fonts import find_font_file

    regular = find_font_file(["NotoSans-Regular.ttf", "DejaVuSans.ttf"])
    bold = find_font_file(["NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"])
    assert regular is not None and bold is not None
    pdfmetrics.registerFont(TTFont("bench-regular", str(regular)))
    pdfmetrics.registerFont(TTFont("bench-bold", str(bold)))


def draw_straightforward(badges: list[BadgeData], event_name: str, out: str | Path) -> None:
    """Badges the way most code would draw them: a PNG QR code per badge, plain strings."""
    import qrcode
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen.canvas import Canvas

    from govcamp.exports.layouts import LAYOUTS

    if "bench-bold" not in pdfmetrics.getRegisteredFontNames():
        _register_plain_fonts()
    layout = LAYOUTS["a4-8up"]
    canvas = Canvas(str(out), pagesize=(layout.page_width, layout.page_height), pageCompression=1)
    per_page = layout.per_page
    for index, badge in enumerate(badges):
        x, y = layout.origins[index % per_page]
        w, h = layout.badge_width, layout.badge_height
        canvas.setFillColorRGB(0.2, 0.22, 0.24)
        canvas.rect(x, y, w, 28, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont("bench-bold", 12)
        canvas.drawCentredString(x + w / 2, y + 10, badge.role.upper())
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("bench-regular", 8)
        canvas.drawString(x + 12, y + h - 18, event_name)
        canvas.setFont("bench-bold", 28)
        canvas.drawString(x + 12, y + h / 2 + 10, badge.name or badge.full_name)
        canvas.setFont("bench-regular", 12)
        canvas.drawString(x + 12, y + h / 2 - 10, badge.pronouns)
        canvas.drawString(x + 12, y + h / 2 - 26, badge.organisation)
        image = qrcode.make(badge.qr_payload)
        canvas.drawImage(ImageReader(image.get_image()), x + w - 110, y + 40, 96, 96)
        if index % per_page == per_page - 1:
            canvas.showPage()
    canvas.save()


def _inner_badges(folder: Path) -> tuple[str, list[BadgeData]]:
    from sqlmodel import select

    from govcamp.services.badges import badge_batch
    from govcamp.services.demo import write_demo
    from govcamp.store.eventfile import open_event
    from govcamp.store.tables import Event

    demo = folder / "inner.govcamp"
    write_demo(demo, applicants=1200)
    with open_event(demo) as db:
        with db.session() as session:  # check-in codes, the default (contact cards are an opt-in setting)
            event = session.exec(select(Event)).one()
            event.qr_contact_cards = False
            session.add(event)
        batch = badge_batch(db, "all")
    return batch.event_name, list(batch.badges[:COUNT])


def _ours(badges: list[BadgeData], event_name: str, out: Path) -> None:
    from govcamp.exports import badges as export
    from govcamp.exports import qr

    export._BOOK = None
    qr.qr_code.cache_clear()
    export.write_badges(badges, out, event_name=event_name, layout="a4-8up")


def _process_seconds(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=900)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {result.stderr.strip()}")
    return elapsed


def _whole_process(
    folder: Path, applicants: int, *, baseline: bool, repeat: int
) -> tuple[float, float | None]:
    """Seconds for the whole command on the demo of ``applicants``, and for the straightforward process."""
    from govcamp.services.demo import write_demo

    demo = folder / f"demo-{applicants}.govcamp"
    write_demo(demo, applicants=applicants)  # contact cards on, as the demo has them
    env = {**os.environ, "GOVCAMP_HOME": str(folder / "home")}
    out = folder / f"ours-{applicants}.pdf"
    command = ["-m", "govcamp", "export", "badges", str(demo), "-o", str(out), "--who", "all", "--force"]
    ours = median_of(lambda: _process_seconds(command, env), repeat=repeat)  # its warm-up fills the cache
    plain = None
    if baseline:
        script = STRAIGHTFORWARD.format(root=str(Path(__file__).resolve().parents[1]))
        plain_command = ["-c", script, str(demo), str(folder / f"plain-{applicants}.pdf")]
        plain = median_of(lambda: _process_seconds(plain_command, env), repeat=max(1, repeat // 2))
    return ours, plain


def run() -> list[Figure]:
    _register_plain_fonts()
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        event_name, badges = _inner_badges(folder)
        ours_pdf, plain_pdf = folder / "ours.pdf", folder / "plain.pdf"
        ours = median_seconds(lambda: _ours(badges, event_name, ours_pdf), repeat=5)
        plain = median_seconds(lambda: draw_straightforward(badges, event_name, plain_pdf), repeat=3)
        size_mb = ours_pdf.stat().st_size / 1e6
        figures.append(
            Figure(
                name=f"{COUNT:,} badges, A4 8-up, QR codes, mixed scripts, render loop ({size_mb:.2f} MB)",
                ours=ours,
                baseline=plain,
                baseline_name="one qrcode.make() PNG per badge into reportlab",
                goal="≤ 1.5 s, ≥ 7× faster (ratio ≤ 0.14), ≤ 3 MB",
            )
        )
        whole, whole_plain = _whole_process(folder, COUNT, baseline=True, repeat=5)
        assert whole_plain is not None
        figures.append(
            Figure(
                name=f"`govcamp export badges`, {COUNT:,}-person demo (contact cards on), whole process",
                ours=whole,
                baseline=whole_plain,
                baseline_name="the straightforward way as a process",
                goal="≤ 1.5 s and ≥ 6× faster (ratio ≤ 0.17)",
            )
        )
        curve = [(COUNT, whole)]
        for count in CURVE[1:]:
            curve.append((count, _whole_process(folder, count, baseline=False, repeat=3)[0]))
        per_badge = whole_plain / COUNT
        for count, seconds in curve:
            figures.append(
                Figure(
                    name=f"  curve: {count:,} badges, whole process ({seconds / count * 1000:.2f} ms each)",
                    ours=seconds,
                    baseline=per_badge * count,
                    baseline_name="the straightforward way scaled from 1,000 badges",
                    goal="grows in proportion",
                )
            )
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure.line(), flush=True)

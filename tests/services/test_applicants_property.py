"""Whatever text a file holds, importing it gives a report or one clear error — never a crash."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govcamp.domain.applicants import normalise_email, parse_row, valid_email
from govcamp.services.tabular import UnreadableFileError, read_table_bytes

CELLS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(CELLS, min_size=1, max_size=4), min_size=1, max_size=6), st.sampled_from(",;\t"))
def test_any_table_reads_or_refuses_clearly(rows: list[list[str]], delimiter: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([["Name", "Email"], *rows])
    try:
        table = read_table_bytes(buffer.getvalue().encode("utf-8"), name="x.csv")
    except UnreadableFileError as exc:
        assert str(exc).startswith("x.csv")
        return
    mapping = {"full_name": 0, "email": 1}
    for row in table.rows:
        assert len(row.values) == len(table.header)
        parsed = parse_row(row.line, row.values, mapping)
        if not isinstance(parsed, list):
            assert parsed.full_name and valid_email(parsed.email_normalised)
            assert parsed.email_normalised == normalise_email(parsed.email)


def test_quoted_emails_normalise_the_same() -> None:
    assert normalise_email(" <Ann.Lee@Example.ORG> ") == normalise_email("mailto:ann.lee@example.org")


def test_mailto_in_any_case() -> None:
    from govcamp.domain.applicants import parse_row

    parsed = parse_row(2, ["Ann Lee", "MAILTO:Ann@Example.org"], {"full_name": 0, "email": 1})
    assert not isinstance(parsed, list)
    assert (parsed.email, parsed.email_normalised) == ("Ann@Example.org", "ann@example.org")

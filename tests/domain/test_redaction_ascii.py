"""The redaction matcher's quick look at ASCII text (issue 16's speed fix) sees exactly the words the full
Unicode fold sees, so it can never let a name through that the slow path would have found."""

from __future__ import annotations

import string
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from govcamp.domain.redaction import _ASCII_NOT_WORD, _COMBINING, _PLAIN_WORD, matcher_for


def _unicode_words(text: str) -> list[str]:
    return _PLAIN_WORD.findall(_COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold())


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_is_split_into_the_same_words_as_by_the_unicode_fold(text: str) -> None:
    assert text.lower().translate(_ASCII_NOT_WORD).split() == _unicode_words(text)


@given(
    before=st.text(alphabet=string.printable),
    after=st.text(alphabet=string.printable),
    glue=st.sampled_from(["_", "__", "\t", "\x00", "\x1b", "~", "|"]),
)
def test_a_name_in_ascii_text_is_found_as_it_is_in_the_same_text_made_non_ascii(
    before: str, after: str, glue: str
) -> None:
    matcher = matcher_for([("Ada Lovelace", "hide")], [("ada@example.org", "mail")])
    text = f"{before}{glue}ADA lovelace{glue}ada [at] example [dot] org{glue}{after}"
    # The same text with one non-ASCII word at its end takes the full path; the hits must be the same.
    assert matcher.find(text) == matcher.find(text + " \u00e9t\u00e9")
    assert {hit.value for hit in matcher.find(text)} == {"hide", "mail"}

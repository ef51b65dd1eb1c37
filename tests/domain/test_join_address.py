"""The phones' join address: an IP address on the venue network passes; what a phone cannot open does not."""

from __future__ import annotations

import pytest

from govcamp.domain.errors import GovcampError
from govcamp.domain.join_address import check_join_url, shown_join_url


@pytest.mark.parametrize(
    "url",
    [
        "http://192.168.1.20:8080/",
        " http://10.0.0.5/ ",
        "https://camp.example.org/",
        "http://[fe80::1]:8000/",
    ],
)
def test_addresses_phones_open(url: str) -> None:
    assert check_join_url(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    [
        "http://govcamp.local:8080/",
        "http://GOVCAMP.LOCAL./",
        "http://localhost:8080/",
        "http://127.0.0.1:8080/",
        "http://0.0.0.0:8080/",
        "ftp://192.168.1.20/",
        "192.168.1.20:8080",
        "",
    ],
)
def test_addresses_phones_cannot_open_are_refused(url: str) -> None:
    with pytest.raises(GovcampError):
        check_join_url(url)


def test_the_printed_address_is_what_people_type() -> None:
    assert shown_join_url("http://192.168.1.20:8080/") == "192.168.1.20:8080"
    assert shown_join_url("https://camp.example.org/") == "https://camp.example.org/"
    assert shown_join_url("http://10.0.0.5/grid") == "10.0.0.5/grid"

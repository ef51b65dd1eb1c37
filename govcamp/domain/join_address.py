"""The address attendees' phones open to reach the phone server (``govcamp serve``): checked before it is
printed on a poster, a door sign or the projector, where a wrong one cannot be corrected."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _


def check_join_url(text: str) -> str:
    """``text`` as a phone-ready address (``http://192.168.1.20:8080/``), or a GovcampError saying why not.

    A ``.local`` name is refused: Android phones do not resolve mDNS names, so the address must be the
    laptop's IP address (or an ordinary DNS name a venue may have set up).

    Raises:
        GovcampError: not an http(s) address, no host, a ``.local`` name, or a loopback address.
    """
    url = text.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise GovcampError(
            _("“{text}” is not a web address for phones; give one like http://192.168.1.20:8080/.").format(
                text=text
            )
        )
    host = parts.hostname.rstrip(".").lower()
    if host == "localhost" or host.endswith(".local") or host.endswith(".localhost"):
        raise GovcampError(
            _(
                "Phones cannot open “{hostname}”: Android does not resolve .local names. "
                "Use the laptop's IP address on the venue Wi-Fi instead, e.g. http://192.168.1.20:8080/."
            ).format(hostname=parts.hostname)
        )
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None and (address.is_loopback or address.is_unspecified):
        raise GovcampError(
            _(
                "{host} is this laptop only; phones need its address on the venue Wi-Fi, "
                "e.g. http://192.168.1.20:8080/ (start the phone server with --listen that address)."
            ).format(host=host)
        )
    return url


def shown_join_url(url: str) -> str:
    """The address as printed under its QR code: without ``http://`` and the trailing slash, which
    phones' browsers add themselves, so the text people type is short."""
    shown = url.removeprefix("http://")
    return shown[:-1] if shown.endswith("/") and shown.count("/") == 1 else shown


__all__ = ["check_join_url", "shown_join_url"]

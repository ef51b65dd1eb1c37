"""A phone, as far as HTTP goes: the standard library's ``http.client`` against a real server on loopback,
keeping its one cookie as a browser would (no redirects followed, so each answer is seen as sent)."""

from __future__ import annotations

import http.client
import urllib.parse
from dataclasses import dataclass, field
from http.cookies import SimpleCookie


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def header(self, name: str) -> str:
        return self.headers.get(name, "")


@dataclass
class Phone:
    url: str
    cookies: dict[str, str] = field(default_factory=dict)
    #: The Origin a browser on the page sends with a form post ("" sends none).
    origin: str | None = None

    @property
    def host(self) -> str:
        return urllib.parse.urlsplit(self.url).netloc

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> Answer:
        parts = urllib.parse.urlsplit(self.url)
        connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=20)
        sent = dict(headers or {})
        if self.cookies and "Cookie" not in sent:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            answer = Answer(response.status, response.headers, response.read())
        finally:
            connection.close()
        for raw in answer.headers.get_all("Set-Cookie") or []:
            jar: SimpleCookie = SimpleCookie()
            jar.load(raw)
            for name, morsel in jar.items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return answer

    def get(self, path: str) -> Answer:
        return self.request("GET", path)

    def post(self, path: str, form: dict[str, str] | None = None, **headers: str) -> Answer:
        body = urllib.parse.urlencode(form or {}).encode()
        sent = {"Content-Type": "application/x-www-form-urlencoded", **headers}
        origin = self.origin if self.origin is not None else f"http://{self.host}"
        if origin:
            sent.setdefault("Origin", origin)
        return self.request("POST", path, body, sent)

    def sign_in(self, code: str) -> Answer:
        return self.post("/signin", {"code": code})

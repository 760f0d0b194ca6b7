"""An LRS's Statements resource over HTTP, through the standard library's urllib.

The endpoint is the LRS's xAPI address (Ralph's is ``http://HOST:PORT/xAPI/``); the
statements live at ``<endpoint>statements``. Every request carries basic authentication
and ``X-Experience-API-Version: 1.0.3``. What can go wrong is sorted by what the
sender should do about it: try again later (:class:`Unreachable`: no answer, a server
error, too many requests), stop (:class:`NotAllowed`: wrong user or password;
:class:`NotAnLrs`: the address answers but is no xAPI endpoint), or look at each
statement (a :class:`Reply` with status 400 or 409: the LRS refused the batch for one
of its statements).
"""

from __future__ import annotations

import base64
import http.client
import json
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

from closeread.core.xapi.profile import XAPI_VERSION

TIMEOUT = 60.0  # seconds to wait for an answer to one request


class LrsError(Exception):
    """Sending cannot go on; ``str()`` is a plain message."""


class Unreachable(LrsError):
    """No answer, or an answer that says to come back later; ``retry_after`` in seconds
    when the LRS said when."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class NotAllowed(LrsError):
    """The LRS refused the user name and password (401) or the right to write (403)."""


class NotAnLrs(LrsError):
    """The address is wrong: no xAPI Statements resource there."""


@dataclass(frozen=True)
class Reply:
    """An answer from the LRS: its status and its body, read as JSON when it is."""

    status: int
    body: Any

    @property
    def reason(self) -> str:
        """What the LRS said was wrong, in one line."""
        return reason_of(self.status, self.body)


def check_endpoint(url: str) -> str:
    """The endpoint as requests use it (ending in "/"); ``ValueError`` if it is not a
    web address."""
    value = (url or "").strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(
            f"The LRS address must start with http:// or https:// (for Ralph: "
            f"http://HOST:PORT/xAPI/), not {url!r}."
        )
    if parts.username or parts.password:
        raise ValueError("Give the user with --user, not inside the LRS address.")
    return value if value.endswith("/") else value + "/"


class LrsClient:
    """Requests to the LRS at ``endpoint`` as ``user``."""

    def __init__(self, endpoint: str, user: str, password: str, timeout: float = TIMEOUT):
        self.endpoint = check_endpoint(endpoint)
        self.statements_url = urljoin(self.endpoint, "statements")
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._headers = {
            "Authorization": f"Basic {token}",
            "X-Experience-API-Version": XAPI_VERSION,
            "Accept": "application/json",
        }
        self.timeout = timeout

    def post_statements(self, texts: Sequence[str]) -> Reply:
        """POST statements (each already JSON text) as one batch.

        Returns the LRS's reply when it stored them (200: the ids it stored; 204: it had
        them all already) or refused them (400, 409, 413); raises for the rest.
        """
        body = ("[" + ",".join(texts) + "]").encode("utf-8")
        return self._request("POST", self.statements_url, body)

    def get_statements(self, **params: str) -> Iterator[dict[str, Any]]:
        """Every statement the LRS returns for ``params``, following its ``more`` links."""
        url: str | None = self.statements_url + ("?" + urlencode(params) if params else "")
        while url:
            reply = self._request("GET", url)
            if reply.status != 200 or not isinstance(reply.body, Mapping):
                raise LrsError(f"The LRS did not list its statements: {reply.reason}")
            yield from reply.body.get("statements", ())
            more = reply.body.get("more") or ""
            url = urljoin(self.endpoint, more) if more else None

    def _request(self, method: str, url: str, body: bytes | None = None) -> Reply:
        headers = dict(self._headers)
        if body is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return Reply(response.status, _parsed(response.read()))
        except urllib.error.HTTPError as error:
            try:
                reply = Reply(error.code, _parsed(error.read() if error.fp else b""))
            except (http.client.HTTPException, OSError):
                reply = Reply(error.code, None)
            finally:
                error.close()
            retry_after = _seconds(error.headers.get("Retry-After") if error.headers else None)
        except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
            raise Unreachable(f"no answer from {self.endpoint}: {_why(error)}") from None
        if reply.status in (401, 403):
            raise NotAllowed(
                f"the LRS at {self.endpoint} refused the user name or password "
                f"({reply.status}: {reply.reason})"
            )
        if reply.status in (404, 405):
            raise NotAnLrs(
                f"no xAPI Statements resource at {self.statements_url} ({reply.status}): check "
                "the address (for Ralph it ends in /xAPI/)"
            )
        if reply.status in (408, 429) or reply.status >= 500:
            raise Unreachable(f"the LRS answered {reply.status}: {reply.reason}", retry_after)
        if reply.status >= 300 and reply.status not in (400, 409, 413):
            raise LrsError(f"the LRS answered {reply.status}: {reply.reason}")
        return reply


def reason_of(status: int, body: Any) -> str:
    """The LRS's reason in one line: its ``detail`` (a message, or validation errors
    with where each is) or ``message``, else the HTTP status."""
    detail = body.get("detail", body.get("message")) if isinstance(body, Mapping) else body
    if isinstance(detail, list):
        parts = []
        for item in detail[:5]:
            if isinstance(item, Mapping):
                where = ".".join(str(x) for x in item.get("loc", ()) if x != "body")
                parts.append(f"{where}: {item.get('msg', item)}" if where else str(item))
            else:
                parts.append(str(item))
        detail = "; ".join(parts)
    text = " ".join(str(detail or "").split())
    if not text:
        text = http.client.responses.get(status, "no reason given")
    return text[:500] + ("…" if len(text) > 500 else "")


def _parsed(data: bytes) -> Any:
    text = data.decode("utf-8", "replace")
    try:
        return json.loads(text) if text.strip() else None
    except ValueError:
        return text


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: the sender's own back-off will do


def _why(error: BaseException) -> str:
    reason = getattr(error, "reason", None)
    return str(reason or error) or type(error).__name__

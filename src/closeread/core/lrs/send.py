"""Sending the queue of statements to an LRS, in batches, each statement exactly once.

A batch is marked sent only after the LRS said it stored it (200, with the ids it
stored) or already had every statement in it (204): the LRS knows a statement by the
id it was queued with, so a batch sent again after a sender was killed between the
LRS's answer and the mark is not stored twice. No answer, a server error or "too many
requests" is tried again after a back-off that doubles (or as long as the LRS asks),
up to ``tries`` times; then sending stops and the rest stays queued for next time.

An LRS refuses a whole batch for one bad statement (400, or 409 for an id it holds
with other content). The batch is then halved until the refused statements stand
alone; each is marked refused with the LRS's reason and not sent again, and the rest
go through. A batch too large for the LRS (413) is halved the same way.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from closeread.core.lrs.client import LrsClient, LrsError, NotAllowed, Reply, Unreachable
from closeread.core.store.errors import StorageError
from closeread.core.store.outbox import Outbox, Queued

BATCH = 500  # statements per request
TRIES = 6  # requests of one batch before sending stops
FIRST_WAIT = 1.0  # seconds before the first retry; doubled each time
LONGEST_WAIT = 60.0


@dataclass
class SendReport:
    """What one send did, and what is left."""

    sent: int = 0  # statements the LRS stored now
    known: int = 0  # statements it had already (sent before, the answer lost)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (statement id, reason)
    retries: int = 0  # requests that failed and were tried again
    stopped: str = ""  # why sending stopped before the queue was empty
    pending: int = 0  # statements still queued after this send
    invalid: int = 0  # statements that break xAPI's rules: never sent
    not_allowed: bool = False  # the LRS refused the user name or password

    @property
    def complete(self) -> bool:
        return not self.stopped and not self.pending

    def lines(self) -> list[str]:
        """The report as the command line prints it."""
        out = [f"sent {self.sent} statements" + (f" ({self.known} already in the LRS)"
                                                 if self.known else "")]  # fmt: skip
        if self.refused:
            out.append(f"refused {len(self.refused)} statements:")
            reasons: dict[str, list[str]] = {}
            for statement_id, reason in self.refused:
                reasons.setdefault(reason, []).append(statement_id)
            for reason, ids in reasons.items():
                shown = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
                out.append(f"  {reason} ({shown})")
        if self.invalid:
            out.append(f"{self.invalid} statements are not valid xAPI and are never sent")
        out.append(f"pending {self.pending} statements")
        if self.stopped:
            out.append(f"stopped: {self.stopped}")
        return out


class Sender:
    """Sends ``outbox``'s pending statements through ``client``."""

    def __init__(
        self,
        outbox: Outbox,
        client: LrsClient,
        *,
        batch: int = BATCH,
        tries: int = TRIES,
        first_wait: float = FIRST_WAIT,
        sleep: Callable[[float], None] = time.sleep,
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] = lambda: False,
    ) -> None:
        if batch < 1 or tries < 1:
            raise ValueError("batch and tries must be at least 1")
        self.outbox, self.client = outbox, client
        self.batch, self.tries, self.first_wait = batch, tries, first_wait
        self.sleep, self.progress, self.stop = sleep, progress, stop
        self.report = SendReport()

    def run(self) -> SendReport:
        """Send until the queue is empty, the teacher stops it or the LRS cannot be used."""
        report = self.report
        total = self.outbox.state().pending
        after = 0
        try:
            while not self.stop():
                items = self.outbox.pending(self.batch, after)
                if not items:
                    break
                self._deliver(items)
                after = items[-1].seq
                if self.progress is not None:
                    self.progress(report.sent + report.known + len(report.refused), total)
        except NotAllowed as error:
            report.stopped, report.not_allowed = str(error), True
        except LrsError as error:
            report.stopped = str(error)
        except StorageError as error:
            report.stopped = f"the progress database: {error}"
        state = self.outbox.state()
        report.pending, report.invalid = state.pending, state.invalid
        if report.pending and not report.stopped:
            report.stopped = "stopped before the queue was empty"
        return report

    def _deliver(self, items: Sequence[Queued]) -> None:
        reply = self._post(items)
        if reply.status in (200, 204):
            stored = reply.body if isinstance(reply.body, list) else []
            self.outbox.mark_sent([item.seq for item in items], self.client.endpoint)
            self.report.sent += len(stored)
            self.report.known += len(items) - len(stored)
        elif len(items) > 1:
            middle = len(items) // 2
            self._deliver(items[:middle])
            self._deliver(items[middle:])
        else:
            reason = reply.reason if reply.status != 413 else "too large for the LRS"
            reason = f"{reply.status}: {reason}"
            self.outbox.mark_refused(items[0].seq, reason, self.client.endpoint)
            self.report.refused.append((items[0].statement_id, reason))

    def _post(self, items: Sequence[Queued]) -> Reply:
        wait = self.first_wait
        for attempt in range(1, self.tries + 1):
            try:
                return self.client.post_statements([item.text for item in items])
            except Unreachable as error:
                if attempt == self.tries:
                    raise Unreachable(
                        f"{error}; gave up after {self.tries} tries, the rest stays queued"
                    ) from None
                self.report.retries += 1
                pause = error.retry_after if error.retry_after is not None else wait
                self.sleep(min(LONGEST_WAIT, pause) * (1 + 0.25 * random.random()))
                wait = min(LONGEST_WAIT, wait * 2)
        raise AssertionError("unreachable")  # the loop returns or raises


def send_queue(outbox: Outbox, client: LrsClient, **options) -> SendReport:
    """Send every pending statement of ``outbox`` (see :class:`Sender` for ``options``)."""
    return Sender(outbox, client, **options).run()

"""``closeread results send`` and ``closeread results xapi``: statements to a Learning Record Store.

    closeread results xapi [--base-iri IRI --home-page URL]
    closeread results send --lrs URL --user USER [--password-env VAR] [--remember]

``xapi`` shows the school's xAPI settings and the queue, or sets them (from then on,
saved and imported work queues its statements). ``send`` sends the queue. The password
comes from the environment variable named by ``--password-env``, else from the system
keyring (where one works and the password was remembered), else from a prompt: never
from the command line, where other users could read it in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

EXIT_FAILED = 1


def add_xapi_commands(actions, data_dir_option: Callable[..., None], guarded) -> None:
    """Add ``send`` and ``xapi`` to ``actions`` (the ``results`` command's subparsers)."""
    send = actions.add_parser(
        "send",
        help="send queued xAPI statements to a Learning Record Store",
        description="Send the queued xAPI statements to an LRS in batches, retrying with "
        "back-off when it does not answer. Each statement is sent once, whatever happens "
        "(its id was made when it was queued). Prints what was sent, what was refused "
        "with the LRS's reason, and what is still pending; exits 1 unless the queue was "
        "sent whole. See docs/xapi.md.",
    )
    send.add_argument(
        "--lrs", required=True, metavar="URL", help="the LRS's xAPI endpoint (Ralph: "
        "http://HOST:PORT/xAPI/)",
    )  # fmt: skip
    send.add_argument("--user", required=True, metavar="USER")
    send.add_argument(
        "--password-env",
        metavar="VAR",
        help="read the password from the environment variable VAR (otherwise from the "
        "system keyring, else a prompt)",
    )
    send.add_argument(
        "--remember",
        action="store_true",
        help="keep the password in the system keyring after it worked (where there is one)",
    )
    send.add_argument(
        "--forget", action="store_true", help="remove a remembered password first, and ask"
    )
    send.add_argument(
        "--retry-refused",
        action="store_true",
        help="queue the statements the LRS refused before once more (after fixing the LRS)",
    )
    send.add_argument("--batch", type=int, default=500, metavar="N", help="statements per request")
    send.add_argument(
        "--tries", type=int, default=6, metavar="N",
        help="requests of one batch before giving up for now (the wait doubles each time)",
    )  # fmt: skip
    data_dir_option(send, default=argparse.SUPPRESS)
    send.set_defaults(run=guarded(_run_send))

    xapi = actions.add_parser(
        "xapi",
        help="show or set the school's xAPI settings, and the queue",
        description="Without options: the school's xAPI settings and how many statements "
        "are pending, sent and refused. With --base-iri and --home-page: set them; from "
        "then on, every checked answer, completed lesson, imported hand-in and teacher's "
        "score queues its statement. Work saved before is not queued.",
    )
    xapi.add_argument(
        "--base-iri", metavar="IRI", help="the school's base for activity IRIs, e.g. "
        "https://school.example/closeread/",
    )  # fmt: skip
    xapi.add_argument(
        "--home-page", metavar="URL", help="the home page of the school's student accounts "
        "(student ids are names under it), e.g. https://school.example/",
    )  # fmt: skip
    data_dir_option(xapi, default=argparse.SUPPRESS)
    xapi.set_defaults(run=guarded(_run_xapi))


def _run_xapi(args: argparse.Namespace) -> int:
    from closeread.core.xapi.profile import SettingsError

    if (args.base_iri is None) != (args.home_page is None):
        raise _failure("give both --base-iri and --home-page, or neither")
    with _open_store(args, read_only=args.base_iri is None) as store:
        if args.base_iri is not None:
            try:
                store.outbox.configure(args.base_iri, args.home_page)
            except SettingsError as error:
                raise _failure(str(error)) from None
        settings = store.outbox.settings()
        state = store.outbox.state()
    if settings is None:
        print("xAPI: off (no statements are queued); set --base-iri and --home-page to start")
    else:
        print(f"base IRI: {settings.base_iri}\nhome page: {settings.home_page}")
    print(
        f"queue: {state.pending} pending, {state.sent} sent, {state.refused} refused, "
        f"{state.invalid} invalid"
    )
    for reason, count in state.reasons:
        print(f"  {count} × {reason}")
    return 0


def _run_send(args: argparse.Namespace) -> int:
    from closeread.core.lrs import credentials
    from closeread.core.lrs.client import LrsClient, check_endpoint
    from closeread.core.lrs.send import Sender

    try:
        endpoint = check_endpoint(args.lrs)
    except ValueError as error:
        raise _failure(str(error)) from None
    if args.batch < 1 or args.tries < 1:
        raise _failure("--batch and --tries must be at least 1")
    with _open_store(args) as store:
        if args.forget:
            credentials.forget_password(endpoint, args.user)
        password, from_keyring = _password(args, endpoint)
        if args.retry_refused:
            print(f"queued again: {store.outbox.retry_refused()} refused statements")
        pending = store.outbox.state().pending
        print(f"sending {pending} statements to {endpoint} as {args.user}", file=sys.stderr)
        client = LrsClient(endpoint, args.user, password)
        report = Sender(store.outbox, client, batch=args.batch, tries=args.tries).run()
        refused_login = report.not_allowed
        if not refused_login:
            store.roster.set_setting(credentials.URL_SETTING, endpoint)
            store.roster.set_setting(credentials.USER_SETTING, args.user)
    for line in report.lines():
        print(line)
    if refused_login and from_keyring:
        print("note: the remembered password may be wrong: --forget removes it", file=sys.stderr)
    if args.remember and not refused_login:
        if credentials.remember_password(endpoint, args.user, password):
            print("note: the password is kept in the system keyring", file=sys.stderr)
        else:
            print("note: no system keyring here: the password was not kept", file=sys.stderr)
    return 0 if report.complete and not report.refused else EXIT_FAILED


def _password(args: argparse.Namespace, endpoint: str) -> tuple[str, bool]:
    """The password, and whether it came from the keyring."""
    from closeread.core.lrs import credentials

    if args.password_env:
        value = os.environ.get(args.password_env, "")
        if not value:
            raise _failure(f"the environment variable {args.password_env} is not set or empty")
        return value, False
    stored = credentials.stored_password(endpoint, args.user)
    if stored is not None:
        return stored, True
    if not sys.stdin.isatty():
        raise _failure(
            "no password: give --password-env VAR (the name of an environment variable "
            "holding it), or run on a terminal to be asked"
        )
    value = getpass.getpass(f"Password for {args.user} at {endpoint}: ")
    if not value:
        raise _failure("no password given: nothing was sent")
    return value, False


def _failure(message: str) -> Exception:
    from closeread.cli_teacher import Failure as TeacherFailure

    return TeacherFailure(message)


def _open_store(args: argparse.Namespace, *, read_only: bool = False):
    from closeread.core.store.store import Store

    return Store.open(getattr(args, "data_dir", None), read_only=read_only)

"""`privdocs serve`: preview the site, rebuilt whenever a profile, version or template changes."""

from __future__ import annotations

import argparse
import signal
import sys
from typing import TYPE_CHECKING

from .. import console
from ..catalogs import N_, translator
from ..message_language import message_language
from ..errors import PrivdocsError, UsageError
from .build import add_site_options, build_reporting, request_from, summary

if TYPE_CHECKING:  # imported when a build runs, so other commands start without MkDocs
    from ..site.build import BuildReport, BuildRequest

SERVING = N_("Serving the site on {url}; it is rebuilt when a profile, a published version, a "
             "template or {config} changes. Stop with Ctrl+C.")
BAD_ADDRESS = N_("`{value}` is not an address: write it as HOST:PORT, such as 127.0.0.1:8000.")


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "serve", help=N_("preview the site, rebuilt on every change"),
        description=N_("Build the site into a temporary folder and serve it on this machine; "
                       "every change to a profile, a published version, a template or the "
                       "configuration rebuilds it and reloads the browser. With --drafts the "
                       "current profiles show as drafts next to what is published."))
    add_site_options(parser)
    parser.add_argument("--dev-addr", metavar="HOST:PORT", default="127.0.0.1:8000",
                        help=N_("where to serve (default: 127.0.0.1:8000)"))
    parser.set_defaults(run=run)


def address(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        raise UsageError(BAD_ADDRESS, value=value)
    return host, int(port)


def run(arguments: argparse.Namespace) -> int:
    from ..site.mkdocs_engine.preview import Preview

    lang = message_language(arguments.lang)
    host, port = address(arguments.dev_addr)

    def build(request: BuildRequest) -> BuildReport | None:
        try:
            report = build_reporting(request, lang)
        except PrivdocsError as error:
            message = translator(lang).format(error.msgid, **error.args_for_message)
            sys.stderr.write(message + "\n")
            return None
        if report is not None:
            console.say(summary(report, lang))
            sys.stdout.flush()
        return report

    def stop(_signal, _frame) -> None:
        raise KeyboardInterrupt  # so that the temporary site is removed on `kill` too

    signal.signal(signal.SIGTERM, stop)
    preview = Preview(request_from(arguments), host, port, build)
    sys.stdout.write(translator(lang).format(SERVING, url=preview.url,
                                             config=arguments.config or "mkdocs.yml")
                     + "\n")
    sys.stdout.flush()
    try:
        preview.serve()
    except KeyboardInterrupt:
        pass
    return 0

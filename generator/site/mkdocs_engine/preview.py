"""The preview: the site served on this machine, rebuilt and reloaded in the browser whenever a
profile, a published version, a template or the configuration changes.

It uses MkDocs' own live-reload server. Each rebuild goes into a fresh folder that replaces
the served one only when it succeeded, so a profile with errors leaves the last good site in
the browser while the errors are printed.

MkDocs puts its live-reload script into every page inline, which the pages'
Content-Security-Policy refuses; the preview serves the same script as a file of the site
instead, and gives it its two numbers as attributes.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path
from typing import Callable

from mkdocs import livereload
from mkdocs.livereload import LiveReloadServer

from ..build import BuildReport, BuildRequest
from ..settings import PROJECT_CONFIG, SITE_TEMPLATES

RELOAD_SCRIPT = "_privdocs-livereload.js"
# MkDocs' script with its call `livereload(epoch, request_id)` reading them from its element.
_RELOAD_JS = livereload._SCRIPT_TEMPLATE_STR.replace(
    "livereload(${epoch}, ${request_id});",
    "livereload(+document.currentScript.dataset.epoch, "
    "+document.currentScript.dataset.request);")


def watched_paths(request: BuildRequest) -> list[Path]:
    candidates = [request.config or PROJECT_CONFIG, request.statements, request.profiles,
                  request.templates or SITE_TEMPLATES]
    return [path for path in candidates if path.exists()]


class Preview:
    """Builds `request` into a temporary folder and serves it with live reload."""

    def __init__(self, request: BuildRequest, host: str, port: int,
                 build: Callable[[BuildRequest], BuildReport | None]) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="privdocs-serve-"))
        self.served = self.folder / "site"
        self.served.mkdir()
        self.url = f"http://{host}:{port}/"
        self.request = dataclasses.replace(request, site_url=self.url)
        self.build = build
        self.server = LiveReloadServer(builder=self.rebuild, host=host, port=port,
                                       root=str(self.served))
        self.server.error_handler = self._error_page
        self.server._inject_js_into_html = self._reload_script  # noqa: SLF001 (see above)

    @staticmethod
    def _reload_script(content: bytes, epoch: int) -> bytes:
        """MkDocs' injection of its live-reload script, as a file rather than inline."""
        tag = (f'<script src="/{RELOAD_SCRIPT}" data-epoch="{epoch}" '
               f'data-request="{livereload._timestamp()}"></script>').encode()  # noqa: SLF001
        at = content.rfind(b"</body>")
        at = len(content) if at < 0 else at
        return content[:at] + tag + content[at:]

    def _error_page(self, code: int) -> bytes | None:
        page = self.served / f"{code}.html"
        return page.read_bytes() if code == 404 and page.is_file() else None

    def rebuild(self) -> None:
        """Build into a new folder; replace the served site only when the build succeeded."""
        target = self.folder / "next"
        shutil.rmtree(target, ignore_errors=True)
        report = self.build(dataclasses.replace(self.request, site_dir=target))
        if report is None:
            raise SystemExit("")  # the reasons are printed; the browser keeps the last site
        for child in list(self.served.iterdir()):
            shutil.rmtree(child) if child.is_dir() else child.unlink()
        for child in target.iterdir():
            child.rename(self.served / child.name)
        (self.served / RELOAD_SCRIPT).write_text(_RELOAD_JS, encoding="utf-8")

    def serve(self) -> None:
        try:
            self.rebuild()
            for path in watched_paths(self.request):
                self.server.watch(str(path))
            self.server.serve()
        finally:
            self.server.shutdown()
            shutil.rmtree(self.folder, ignore_errors=True)

"""`privdocs serve`: the preview is served, and rebuilt when a profile changes, with the
drafts marked as drafts."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request

import pytest

from generator.site.build import BuildRequest, build_site
from generator.site.mkdocs_engine.preview import Preview

from .test_site_cli import project  # noqa: F401  (the fixture: a project of its own)


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None  # not serving yet, or busy rebuilding on a loaded machine: ask again


def wait_for(condition, seconds: float = 30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail("the preview did not get there in time")


def test_the_preview_rebuilds_when_a_profile_changes(project):  # noqa: F811
    request = BuildRequest(profiles=project / "org_profiles", drafts=True)
    preview = Preview(request, "127.0.0.1", 0, build_site)
    thread = threading.Thread(target=preview.serve, daemon=True)
    thread.start()
    try:
        # the server binds when it starts serving; port 0 has it pick a free one
        port = wait_for(lambda: getattr(preview.server, "server_port", None))
        url = f"http://127.0.0.1:{port}/"
        draft = f"{url}en/minimal/draft/statement/"
        html = wait_for(lambda: fetch(draft))
        # the root answers: the choice of language
        assert '<a href="en/" hreflang="en">Read them in English</a>' in fetch(url)
        assert "privdocs-draft" in html and "Vereniging Voorbeeld" in html
        # the page reloads itself after a rebuild, with a script the page's policy allows
        assert '<script src="/_privdocs-livereload.js" data-epoch="' in html
        assert "<script>" not in html
        assert "livereload(+document.currentScript.dataset.epoch" in fetch(
            f"{url}_privdocs-livereload.js")
        profile = project / "org_profiles" / "minimal.yaml"
        profile.write_text(profile.read_text(encoding="utf-8").replace(
            "name: Vereniging Voorbeeld", "name: Vereniging Nieuw Voorbeeld"), encoding="utf-8")
        wait_for(lambda: "Vereniging Nieuw Voorbeeld" in (fetch(draft) or ""))
    finally:
        preview.server.shutdown()
        thread.join(timeout=10)
    assert not preview.folder.exists()

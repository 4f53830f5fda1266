"""The files of an organisation's own repository, as `privdocs init` writes them.

Everything a person reads in them (comments, the README) is in the organisation's first
language, from the catalogs. The workflow installs the same privdocs version that wrote it, so
the checks on a pull request are the ones the organisation ran on its own machine.
"""

from __future__ import annotations

import json

from .. import __version__
from ..catalogs import N_, Translator

EXAMPLE_SITE_URL = "https://privacy.example.org/"
HOOKS_REPOSITORY = "https://github.com/privdocs/privdocs"

SITE_NAME = N_("Privacy at {name}")
MKDOCS_INTRO = N_("The site of the privacy statements. privdocs build supplies the pages, the "
                  "theme and the languages; the keys below are yours to change (also "
                  "theme colours and a logo).")
MKDOCS_URL = N_("The address the site will be published at. Change it before you publish: "
                "privdocs build warns while it is the example address.")
PRECOMMIT_INTRO = N_("Checks the profiles before every commit (pip install pre-commit, then "
                     "pre-commit install).")
WORKFLOW_INTRO = N_("Checks every pull request (findings appear as annotations on the changed "
                    "lines) and publishes the site on GitHub Pages after every push to main. "
                    "Turn Pages on first: Settings > Pages > Source: GitHub Actions.")
GITIGNORE_INTRO = N_("Made by privdocs build and privdocs serve; never committed.")
README_TITLE = N_("Privacy statements of {name}")
README_INTRO = N_("This repository holds the privacy profile of {name}, `org_profiles/{org}.yaml`. "
                  "privdocs makes the privacy statement and the internal privacy regulation from "
                  "it, and publishes them as a site.")
README_WORK = N_("Working on it")
README_STEPS = (
    N_("Install privdocs: `pip install privdocs`."),
    N_("Fill in the profile. `privdocs check` lists what is still missing, one gap at a time."),
    N_("When the translations are right, record that: `privdocs i18n confirm {org}`."),
    N_("Publish a version: `privdocs publish {org}`. It is stored in `statements/`; commit it."),
    N_("Look at the site: `privdocs serve`, or build it with `privdocs build`."),
)
CONFIRM_STEP = 2
README_CI = N_("Every pull request is checked, and after a merge into `main` the site is "
               "published on GitHub Pages (`.github/workflows/privdocs.yml`). Set the site's "
               "address in `mkdocs.yml` first.")


def _comment(text: str) -> str:
    return "".join(f"# {line}\n" for line in _wrap(text))


def _wrap(text: str) -> list[str]:
    import textwrap

    return textwrap.wrap(text, 94, break_on_hyphens=False)


def mkdocs_yml(t: Translator, name: str) -> str:
    return (_comment(t.gettext(MKDOCS_INTRO))
            + f"site_name: {json.dumps(t.format(SITE_NAME, name=name), ensure_ascii=False)}\n"
            + _comment(t.gettext(MKDOCS_URL))
            + f"site_url: {EXAMPLE_SITE_URL}\n")


def precommit_yml(t: Translator) -> str:
    return (_comment(t.gettext(PRECOMMIT_INTRO))
            + "repos:\n"
            + f"  - repo: {HOOKS_REPOSITORY}\n"
            + f"    rev: v{__version__}\n"
            + "    hooks:\n"
            + "      - id: privdocs-check\n")


def workflow_yml(t: Translator) -> str:
    install = f"pip install privdocs=={__version__}"
    return _comment(t.gettext(WORKFLOW_INTRO)) + f"""name: privdocs

on:
  pull_request:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: {install}
      - run: privdocs check --strict --format github
      - run: privdocs verify

  site:
    if: github.event_name != 'pull_request'
    needs: check
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: {install}
      # what earlier builds made (diffs, checks, rendered pages): a build reuses what did not
      # change, and never trusts an entry it cannot verify
      - uses: actions/cache@v4
        with:
          path: .privdocs-cache
          key: privdocs-site-${{{{ github.sha }}}}
          restore-keys: privdocs-site-
      - run: privdocs build --site-dir site
      - uses: actions/upload-pages-artifact@v3
        with:
          path: site
      - id: deployment
        uses: actions/deploy-pages@v4
"""


def gitignore(t: Translator) -> str:
    return (_comment(t.gettext(GITIGNORE_INTRO))
            + "/site/\n/build/\n/.privdocs-cache/\n.venv/\n__pycache__/\n")


def readme(t: Translator, org: str, name: str, bilingual: bool) -> str:
    steps = [step for number, step in enumerate(README_STEPS)
             if bilingual or number != CONFIRM_STEP]
    lines = [f"# {t.format(README_TITLE, name=name)}", "",
             *_wrap(t.format(README_INTRO, org=org, name=name)), "",
             f"## {t.gettext(README_WORK)}", ""]
    for number, step in enumerate(steps, 1):
        lines += [f"{number}. {t.format(step, org=org)}"]
    lines += ["", *_wrap(t.gettext(README_CI))]
    return "\n".join(lines) + "\n"


def repository_files(t: Translator, org: str, name: str,
                     languages: list[str]) -> dict[str, str]:
    """Relative path -> text of every file `init` writes besides the profile."""
    return {
        "mkdocs.yml": mkdocs_yml(t, name),
        ".pre-commit-config.yaml": precommit_yml(t),
        ".github/workflows/privdocs.yml": workflow_yml(t),
        ".gitignore": gitignore(t),
        "README.md": readme(t, org, name, len(languages) > 1),
    }

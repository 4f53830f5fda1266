"""`privdocs i18n`: the gettext catalogs of privdocs, and the translations of profile texts.

extract | update | compile | status work on the catalogs of the source checkout; status also,
and confirm | export | import only, on the texts of profiles. The work lives in
`generator.i18n`; this module parses arguments, prints results and returns exit codes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .. import console
from ..catalogs import DOCUMENT_DOMAIN, DOMAIN, LANGUAGES, N_
from ..check.findings import Message
from ..errors import PrivdocsError, UsageError
from ..message_language import message_language

if TYPE_CHECKING:  # the i18n work is imported when an action runs, not when privdocs starts
    from ..i18n.domains import Project



def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "i18n", help=N_("translation catalogs, and translations of profile texts"),
        description=N_("Keep the gettext catalogs of privdocs and the translations of profile "
                       "texts complete and current."))
    actions = parser.add_subparsers(dest="i18n_command", metavar="ACTION", required=True)

    def action(name: str, run, help_text: str, description: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=description)
        sub.set_defaults(run=_rendering_errors(run))
        return sub

    def options(sub, *, root: bool = True, lang: bool = True) -> None:
        if root:
            sub.add_argument("--root", metavar="DIR",
                             help=N_("the source checkout (default: the one privdocs runs from)"))
            sub.add_argument("--domain", choices=sorted((DOMAIN, DOCUMENT_DOMAIN)), action="append",
                             help=N_("only this gettext domain (may be repeated; default: all)"))
        if lang:
            sub.add_argument("--lang", choices=LANGUAGES,
                             help=N_("language of the messages (default: en)"))

    options(action("extract", _extract, N_("extract message ids into the templates (.pot)"),
                   N_("Extract the message ids of every domain into "
                      "generator/locales/<domain>.pot, using the domain's Babel mapping file "
                      "(babel.cfg, babel-statement.cfg).")))
    sub = action("update", _update, N_("merge the templates into the catalogs (.po)"),
                 N_("Merge each template into its catalogs; changed message ids become fuzzy. A "
                    "missing catalog is created."))
    sub.add_argument("--drop-obsolete", action="store_true",
                     help=N_("remove the entries no longer in the template"))
    options(sub)
    options(action("compile", _compile, N_("check the catalogs and compile them (.mo)"),
                   N_("Check every catalog (placeholders, plural forms) and, when all pass, write "
                      "the .mo files. Exit 1 when a translation has a problem.")))
    sub = action("status", _status, N_("show what is untranslated, fuzzy, missing or stale"),
                 N_("Without ORG: every catalog and every profile in org_profiles/; with ORG: "
                    "those profiles. Exit 1 when anything is incomplete (fuzzy or untranslated "
                    "messages, texts lacking a language, stale translations)."))
    sub.add_argument("orgs", nargs="*", metavar="ORG", help=N_("profile ids or files"))
    sub.add_argument("--format", choices=("text", "json"), default="text",
                     help=N_("output format (default: text)"))
    options(sub)
    sub = action("confirm", _confirm, N_("record that translations match their source"),
                 N_("Record in the profile's translation lock that the translations of the texts "
                    "at PATH (default: every complete text) match their source."))
    sub.add_argument("org", metavar="ORG", help=N_("a profile id or file"))
    sub.add_argument("paths", nargs="*", metavar="PATH", help=N_("profile paths, e.g. "
                                                                 "purposes[0].name"))
    options(sub, root=False)
    sub = action("export", _export, N_("write a profile's texts as a PO file for translators"),
                 N_("Write the texts of a profile as a PO file: msgctxt is the profile path, "
                    "msgid the source text, msgstr the translation; stale ones are fuzzy."))
    sub.add_argument("org", metavar="ORG", help=N_("a profile id or file"))
    sub.add_argument("--lang", dest="target", required=True, metavar="LANG",
                     help=N_("the language to translate into"))
    sub.add_argument("--output", metavar="FILE", help=N_("write to FILE (default: stdout)"))
    sub = action("import", _import, N_("write a translated PO file back into its profile"),
                 N_("Write the translations of a PO file made by `export` into the profile, "
                    "keeping everything else byte for byte, and confirm them."))
    sub.add_argument("file", metavar="FILE", help=N_("the translated PO file"))
    sub.add_argument("--org", help=N_("the profile (default: the one named in the file)"))


def _rendering_errors(run):
    """Render messages nested in an error's arguments in the language of the output."""
    def wrapped(arguments: argparse.Namespace) -> int:
        try:
            return run(arguments)
        except PrivdocsError as error:
            lang = _lang(arguments)
            error.args_for_message = {
                name: value.render(lang) if isinstance(value, Message) else value
                for name, value in error.args_for_message.items()}
            raise
    return wrapped


def _lang(arguments: argparse.Namespace) -> str:
    return message_language(getattr(arguments, "lang", None))


def _project(arguments: argparse.Namespace) -> Project:
    from ..check.checking import NO_SUCH_PATH
    from ..i18n.domains import Project

    if arguments.root is None:
        return Project.installed()
    root = Path(arguments.root)
    if not root.is_dir():
        raise UsageError(NO_SUCH_PATH, path=arguments.root)
    return Project(root)


def _domains(arguments: argparse.Namespace, project: Project) -> tuple[str, ...]:
    chosen = arguments.domain or ()
    return tuple(domain for domain in project.domains if not chosen or domain in chosen)


def _print(lines: list[str], stream=None) -> None:
    """Summary lines on standard output (none with --quiet), problems on `stream`."""
    if stream is None:
        console.say("\n".join(lines))
        return
    for line in lines:
        print(line, file=stream)


def _extract(arguments: argparse.Namespace) -> int:
    from ..i18n import summaries
    from ..i18n.extraction import extract

    project = _project(arguments)
    results = [extract(project, domain) for domain in _domains(arguments, project)]
    _print(summaries.extracted_lines(_lang(arguments), results))
    return 0


def _update(arguments: argparse.Namespace) -> int:
    from ..i18n import summaries
    from ..i18n.catalog_update import update

    project = _project(arguments)
    for domain in _domains(arguments, project):
        results = update(project, domain, drop_obsolete=arguments.drop_obsolete)
        _print(summaries.updated_lines(_lang(arguments), domain, results))
    return 0


def _compile(arguments: argparse.Namespace) -> int:
    from ..i18n import summaries
    from ..i18n.catalog_compile import compile_catalogs

    project = _project(arguments)
    compiled, problems = compile_catalogs(project, _domains(arguments, project))
    lines = summaries.compiled_lines(_lang(arguments), compiled, problems)
    _print(lines, sys.stderr if problems else sys.stdout)
    return 1 if problems else 0


def _status(arguments: argparse.Namespace) -> int:
    from ..i18n.catalog_status import domain_status
    from ..i18n.profile_files import load_profile
    from ..i18n.status_report import StatusReport, status_json, status_text
    from ..i18n.text_status import profile_texts
    from ..profile.files import PROFILES_DIR, find_profile

    if arguments.orgs:
        domains = []
        paths = [find_profile(org) for org in arguments.orgs]
    else:
        project = _project(arguments)
        domains = [domain_status(project, domain) for domain in _domains(arguments, project)]
        paths = sorted([*PROFILES_DIR.glob("*.yaml"), *PROFILES_DIR.glob("*.yml")])
    report = StatusReport(domains, [profile_texts(load_profile(path)) for path in paths])
    if arguments.format == "json":
        sys.stdout.write(status_json(report))
    else:
        sys.stdout.write(status_text(report, _lang(arguments)))
    return 0 if report.complete else 1


def _confirm(arguments: argparse.Namespace) -> int:
    from ..i18n import summaries
    from ..i18n.confirming import confirm_texts
    from ..i18n.profile_files import load_profile
    from ..profile.files import find_profile

    # Confirming every text rewrites the lock, so an unreadable one need not stop it.
    loaded = load_profile(find_profile(arguments.org), lock_required=bool(arguments.paths))
    result = confirm_texts(loaded, arguments.paths or None)
    _print(summaries.confirmed_lines(_lang(arguments), loaded.display, result))
    return 0


def _export(arguments: argparse.Namespace) -> int:
    from ..atomic_files import write_atomically
    from ..i18n import summaries
    from ..i18n.catalog_files import po_bytes
    from ..i18n.po_export import export_catalog
    from ..i18n.profile_files import load_profile
    from ..profile.files import find_profile

    loaded = load_profile(find_profile(arguments.org))
    catalog = export_catalog(loaded, arguments.target)
    data = po_bytes(catalog, no_location=False)
    if arguments.output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    write_atomically(Path(arguments.output), data)
    entries = [entry for entry in catalog if entry.id]
    _print([summaries.exported_line(
        _lang(arguments), texts=len(entries), profile=loaded.display, file=arguments.output,
        target=arguments.target, untranslated=sum(1 for entry in entries if not entry.string),
        fuzzy=sum(1 for entry in entries if entry.fuzzy))])
    return 0


def _import(arguments: argparse.Namespace) -> int:
    from ..i18n import summaries
    from ..i18n.po_import import import_translations

    result = import_translations(Path(arguments.file), arguments.org)
    _print(summaries.imported_lines(_lang(arguments), result))
    return 0

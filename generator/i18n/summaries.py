"""The lines the other `privdocs i18n` commands print: what each one did, in the reader's
language."""

from __future__ import annotations

from ..catalogs import N_, Nn_, translator
from ..check.findings import Message
from .catalog_compile import Compiled, Problem
from .catalog_update import Updated
from .confirming import Confirmed
from .extraction import Extracted
from .po_import import Imported

NO_MAPPING = N_("{domain}: no mapping file {mapping} yet; skipped")
NO_TEMPLATE = N_("{domain}: no template yet; run `privdocs i18n extract` first")
EXTRACTED = Nn_("{file}: {n} message ({state})", "{file}: {n} messages ({state})")
WRITTEN = N_("written")
UNCHANGED = N_("unchanged")
CREATED = N_("created")
UPDATED = N_("{file}: {state}; {translated} translated, {fuzzy} fuzzy, {untranslated} "
             "untranslated, {obsolete} obsolete")
COMPILED = Nn_("{file}: {n} message compiled into {output}",
               "{file}: {n} messages compiled into {output}")
COMPILE_PROBLEM = N_("{file}: \"{message}\": {problem}")
COMPILE_FAILED = Nn_("{n} translation has a problem; no .mo file was written.",
                     "{n} translations have a problem; no .mo file was written.")
CONFIRMED = Nn_("{n} text of {file} confirmed in {lock}.",
                "{n} texts of {file} confirmed in {lock}.")
NOT_CONFIRMED_INCOMPLETE = Nn_("{n} text lacks a language and was not confirmed: {paths}",
                               "{n} texts lack a language and were not confirmed: {paths}")
EXPORTED = Nn_("{n} text of {profile} written to {file} for `{lang}`: {untranslated} "
               "untranslated, {fuzzy} fuzzy.",
               "{n} texts of {profile} written to {file} for `{lang}`: {untranslated} "
               "untranslated, {fuzzy} fuzzy.")
IMPORTED = Nn_("{n} `{lang}` translation written into {profile}, {unchanged} already there; "
               "{confirmed} confirmed.",
               "{n} `{lang}` translations written into {profile}, {unchanged} already there; "
               "{confirmed} confirmed.")
SKIPPED_FUZZY = Nn_("Left out {n} fuzzy entry (review it, then import again): {paths}",
                    "Left out {n} fuzzy entries (review them, then import again): {paths}")
SKIPPED_EMPTY = Nn_("Left out {n} untranslated entry: {paths}",
                    "Left out {n} untranslated entries: {paths}")
NOT_CONFIRMED_OTHERS = Nn_(
    "{n} text was not confirmed because another translation of it is missing or not "
    "confirmed: {paths}",
    "{n} texts were not confirmed because another translation of them is missing or not "
    "confirmed: {paths}")


def _count(ui: str, forms: tuple[str, str], n: int, **args: object) -> str:
    """A message that depends on the count `n`, in the language `ui`."""
    return translator(ui).ngettext(*forms, n).format(n=n, **args)


def extracted_lines(lang: str, results: list[Extracted]) -> list[str]:
    t = translator(lang)
    lines = []
    for result in results:
        if result.template is None:
            lines.append(t.format(NO_MAPPING, domain=result.domain, mapping=result.mapping))
        else:
            state = t.gettext(WRITTEN if result.changed else UNCHANGED)
            lines.append(_count(lang, EXTRACTED, result.messages,
                                file=result.template, state=state))
    return lines


def updated_lines(lang: str, domain: str, results: list[Updated] | None) -> list[str]:
    t = translator(lang)
    if results is None:
        return [t.format(NO_TEMPLATE, domain=domain)]
    lines = []
    for result in results:
        state = t.gettext(CREATED if result.created else WRITTEN if result.changed else UNCHANGED)
        counts = result.counts
        lines.append(t.format(UPDATED, file=counts.file, state=state,
                              translated=counts.translated, fuzzy=counts.fuzzy,
                              untranslated=counts.untranslated, obsolete=counts.obsolete))
    return lines


def compiled_lines(lang: str, compiled: list[Compiled], problems: list[Problem]) -> list[str]:
    t = translator(lang)
    lines = [t.format(COMPILE_PROBLEM, file=problem.file, message=problem.msgid,
                      problem=problem.problem.render(lang)
                      if isinstance(problem.problem, Message) else problem.problem)
             for problem in problems]
    if problems:
        lines.append(_count(lang, COMPILE_FAILED, len(problems)))
    lines.extend(_count(lang, COMPILED, item.messages, file=item.file,
                        output=item.output.name) for item in compiled)
    return lines


def confirmed_lines(lang: str, file: str, result: Confirmed) -> list[str]:
    lines = [_count(lang, CONFIRMED, len(result.confirmed), file=file,
                    lock=result.lock.as_posix())]
    if result.incomplete:
        lines.append(_count(lang, NOT_CONFIRMED_INCOMPLETE, len(result.incomplete),
                            paths=", ".join(result.incomplete)))
    return lines


def exported_line(lang: str, *, texts: int, profile: str, file: str, target: str,
                  untranslated: int, fuzzy: int) -> str:
    return _count(lang, EXPORTED, texts, profile=profile, file=file, lang=target,
                  untranslated=untranslated, fuzzy=fuzzy)


def imported_lines(lang: str, result: Imported) -> list[str]:
    lines = [_count(lang, IMPORTED, len(result.written), lang=result.language,
                    profile=result.profile, unchanged=len(result.unchanged),
                    confirmed=len(result.confirmed))]
    for forms, paths in ((SKIPPED_FUZZY, result.fuzzy), (SKIPPED_EMPTY, result.untranslated),
                         (NOT_CONFIRMED_OTHERS, result.not_confirmed)):
        if paths:
            lines.append(_count(lang, forms, len(paths), paths=", ".join(paths)))
    return lines

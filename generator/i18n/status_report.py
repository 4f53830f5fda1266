"""`privdocs i18n status` as text for people or JSON for tools.

The text lists per catalog its counts, and per profile the texts that lack a language, those
whose source changed since their translation was confirmed (with the old and the new source),
and those not confirmed yet. JSON carries the same, with stable keys.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..catalogs import N_, Nn_, translator
from .catalog_status import CatalogCounts, DomainStatus
from .text_status import ProfileTexts, TextStatus

CATALOG_COUNTS = N_("{file}: {translated} translated, {fuzzy} fuzzy, {untranslated} untranslated, "
                    "{obsolete} obsolete")
CATALOG_MISSING = N_("{file}: not created yet, {untranslated} messages to translate; run "
                     "`privdocs i18n update`")
NO_TEMPLATE = N_("{domain}: no template yet ({template}); run `privdocs i18n extract`")
PROFILE_SUMMARY = N_("{file}: {texts}; {missing} lacking a language, {stale} stale, "
                     "{unconfirmed} unconfirmed")
TEXTS = Nn_("{n} text", "{n} texts")
MISSING_LINE = N_("{path} (line {line}): missing in {languages}")
STALE_LINE = N_("{path} (line {line}): the `{source}` text changed after the {languages} "
                "translation was confirmed")
WAS = N_("was: {text}")
WAS_UNKNOWN = N_("was: not recorded (the lock is older than recorded source texts)")
NOW = N_("now: {text}")
UNCONFIRMED_LINE = N_("{path} (line {line}): {languages} not confirmed yet")
COMPLETE = N_("Every translation is complete and current.")
INCOMPLETE = N_("Some translations are missing, fuzzy, out of date or not confirmed.")
UNCONFIRMED_REMAIN = Nn_("{n} text still has a translation nobody has confirmed: check it and "
                         "run `privdocs i18n confirm`; `publish` refuses it until then.",
                         "{n} texts still have translations nobody has confirmed: check them "
                         "and run `privdocs i18n confirm`; `publish` refuses them until then.")


@dataclass
class StatusReport:
    """What `status` found: the catalogs' domains (none when profiles were named) and profiles."""

    domains: list[DomainStatus]
    profiles: list[ProfileTexts]

    @property
    def complete(self) -> bool:
        return all(domain.complete for domain in self.domains) \
            and all(profile.complete for profile in self.profiles)


def _codes(languages: list[str]) -> str:
    return ", ".join(f"`{lang}`" for lang in languages)


def _catalog_line(lang: str, counts: CatalogCounts) -> str:
    msgid = CATALOG_COUNTS if counts.exists else CATALOG_MISSING
    return translator(lang).format(msgid, file=counts.file, translated=counts.translated,
                                   fuzzy=counts.fuzzy, untranslated=counts.untranslated,
                                   obsolete=counts.obsolete)


def _text_lines(lang: str, profile: ProfileTexts) -> list[str]:
    say = translator(lang).format
    lines = []
    for text in profile.missing:
        lines.append(say(MISSING_LINE, path=text.path, line=text.line,
                         languages=_codes(text.missing)))
    for text in profile.stale:
        lines.append(say(STALE_LINE, path=text.path, line=text.line,
                         source=profile.languages[0], languages=_codes(text.stale)))
        was = say(WAS, text=text.old_source) if text.old_source is not None else say(WAS_UNKNOWN)
        lines.extend(["    " + was, "    " + say(NOW, text=text.source)])
    for text in profile.unconfirmed:
        lines.append(say(UNCONFIRMED_LINE, path=text.path, line=text.line,
                         languages=_codes(text.unconfirmed)))
    return ["  " + line for line in lines]


def status_text(report: StatusReport, lang: str) -> str:
    t = translator(lang)
    lines = []
    for domain in report.domains:
        if not domain.extracted:
            lines.append(t.format(NO_TEMPLATE, domain=domain.domain, template=domain.template))
        lines.extend(_catalog_line(lang, counts) for counts in domain.catalogs)
    for profile in report.profiles:
        texts = t.ngettext(*TEXTS, len(profile.texts)).format(n=len(profile.texts))
        lines.append(t.format(PROFILE_SUMMARY, file=profile.file, texts=texts,
                              missing=len(profile.missing), stale=len(profile.stale),
                              unconfirmed=len(profile.unconfirmed)))
        lines.extend(_text_lines(lang, profile))
    unconfirmed = sum(len(profile.unconfirmed) for profile in report.profiles)
    if unconfirmed:
        lines.append(t.ngettext(*UNCONFIRMED_REMAIN, unconfirmed).format(n=unconfirmed))
    lines.append(t.gettext(COMPLETE if report.complete else INCOMPLETE))
    return "\n".join(lines) + "\n"


def _text_json(text: TextStatus, languages: list[str], **extra) -> dict:
    return {"path": text.path, "line": text.line, "column": text.column,
            "languages": languages, **extra}


def status_json(report: StatusReport) -> str:
    document = {
        "domains": [{"domain": domain.domain, "template": domain.template,
                     "extracted": domain.extracted, "complete": domain.complete,
                     "catalogs": [counts.to_json() for counts in domain.catalogs]}
                    for domain in report.domains],
        "profiles": [{
            "file": profile.file,
            "id": profile.id,
            "languages": profile.languages,
            "texts": len(profile.texts),
            "complete": profile.complete,
            "missing": [_text_json(text, text.missing) for text in profile.missing],
            "stale": [_text_json(text, text.stale, old_source=text.old_source,
                                 new_source=text.source) for text in profile.stale],
            "unconfirmed": [_text_json(text, text.unconfirmed) for text in profile.unconfirmed],
        } for profile in report.profiles],
        "complete": report.complete,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

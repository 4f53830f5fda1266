"""The questionnaire of `privdocs new`: from answers to a draft profile, section by section.

Every question has a default or can be skipped; a skipped answer stays a gap in the draft, so
the profile is written whatever the person knows today, and `check` lists what is left.
"""

from __future__ import annotations

from ..catalogs import N_, Translator
from . import questions_org, questions_purposes
from .profile import outline
from .writer import GAP

SECTIONS = {
    "organisation": N_("1/6 The organisation"),
    "people": N_("2/6 People and their data"),
    "recipients": N_("3/6 Recipients and transfers"),
    "purposes": N_("4/6 Purposes, legal bases and retention"),
    "decisions": N_("5/6 Automated decisions"),
    "rights": N_("6/6 Rights and changes"),
}
WELCOME = N_("This questionnaire writes the privacy profile {file}. Press Enter to take the "
             "suggested answer or to skip a question: what you skip stays open, and `privdocs "
             "check` lists it later. Ctrl+C stops without writing anything.")


def _section(ask, t: Translator, name: str) -> None:
    ask.say("")
    ask.say(f"== {t.gettext(SECTIONS[name])} ==")


def run_questionnaire(ask, t: Translator, org: str, file: str) -> dict:
    """The draft profile of `org` from the answers of `ask`, asked in the language of `t`."""
    ask.say(t.format(WELCOME, file=file))
    default_languages = [t.lang, "en" if t.lang == "nl" else "nl"]
    draft = outline(org, None, "NL", default_languages)

    _section(ask, t, "organisation")
    questions_org.organisation(ask.scope("organisation"), t, draft, default_languages)
    languages = draft["languages"]

    _section(ask, t, "people")
    draft["data_subjects"] = questions_org.groups(ask, t, languages) or draft["data_subjects"]
    draft["data_categories"] = (questions_org.categories(ask, t, languages)
                                or draft["data_categories"])
    found = questions_org.sources(ask, t, languages)
    if found:
        draft["sources"] = found

    _section(ask, t, "recipients")
    draft["recipients"] = (questions_org.recipients(ask, t, languages, draft["jurisdiction"])
                           or draft["recipients"])

    _section(ask, t, "purposes")
    draft["purposes"] = questions_purposes.purposes(ask, t, draft) or draft["purposes"]

    _section(ask, t, "decisions")
    automated = ask.confirm("automated_decisions", t.gettext(N_(
        "Do you take decisions about people by computer alone, without a person looking at "
        "them, with legal or similarly significant effects (for example refusing a loan)?")),
        False)
    if automated:
        ask.say(t.gettext(N_("Describe them under `automated_decisions` in the profile: the "
                             "logic involved and what they mean for people.")))
    draft["automated_decisions"] = GAP if automated else []

    _section(ask, t, "rights")
    questions_purposes.rights_and_changes(ask, t, draft)
    return draft

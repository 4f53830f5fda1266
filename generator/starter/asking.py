"""Where the questionnaire's answers come from: a person at a terminal, or an answers file.

Both give the same five kinds of question: a line of text, a text in each of the profile's
languages, one choice from a list, yes or no, and several choices from a list. The questionnaire
asks them by key (`purposes[0].legal_basis` in an answers file), so it is written once for both.
An answer that is skipped comes back as `None`: the questionnaire writes it as a gap.

At a terminal the questions are asked with questionary (on prompt_toolkit): defaults that a
person edits in place, choices picked with arrow keys or a digit, answers checked as they are
typed, and no need for the person to know the profile's values (`legitimate_interests`) by heart.
"""

from __future__ import annotations

from typing import Callable, Iterator, Sequence

from ..catalogs import N_, Translator

Validator = Callable[[str], "str | None"]  # an error message, or None when the text is fine
Choices = Sequence[tuple[str, str]]  # (value, what the person reads)

SKIP = N_("Skip: fill it in later")
ONE_HINT = N_("(arrow keys or a digit, then Enter)")
SEVERAL_HINT = N_("(arrow keys, space to select, Enter when done; nothing selected: skip)")
YES = N_("Yes")
NO = N_("No")


class TerminalAsker:
    """Asks a person, one question at a time, in the language of `t`."""

    def __init__(self, t: Translator) -> None:
        import questionary  # loaded only where a terminal asks: scripted runs never need it

        self.questionary = questionary
        self.t = t

    def say(self, text: str) -> None:
        print(text, flush=True)

    def text(self, key: str, prompt: str, default: str | None = None,
             validate: Validator | None = None) -> str | None:
        def check(answer: str) -> bool | str:
            answer = answer.strip()
            return True if not answer or validate is None else (validate(answer) or True)

        answer = self.questionary.text(prompt, default=default or "",
                                       validate=check).unsafe_ask()
        return answer.strip() or None

    def texts(self, key: str, prompt: str, languages: list[str],
              default: dict | None = None) -> dict | None:
        answers = {}
        for lang in languages:
            label = prompt if len(languages) == 1 else f"{prompt} [{lang}]"
            answer = self.text(f"{key}.{lang}", label, (default or {}).get(lang))
            if answer is None and not answers:
                return None  # skipped in the first language: the whole text is a gap
            if answer is not None:
                answers[lang] = answer
        return answers

    def choice(self, key: str, prompt: str, choices: Choices, default: str | None = None,
               skippable: bool = True) -> str | None:
        options = [self.questionary.Choice(title, value=value) for value, title in choices]
        if skippable:
            options.append(self.questionary.Choice(self.t.gettext(SKIP), value=""))
        chosen = next((option for option in options if option.value == (default or "")), None)
        answer = self.questionary.select(prompt, options, default=chosen, use_shortcuts=True,
                                         instruction=self.t.gettext(ONE_HINT)).unsafe_ask()
        return answer or None

    def confirm(self, key: str, prompt: str, default: bool) -> bool:
        choices = [("yes", self.t.gettext(YES)), ("no", self.t.gettext(NO))]
        answer = self.choice(key, prompt, choices, "yes" if default else "no", skippable=False)
        return answer == "yes"

    def several(self, key: str, prompt: str, choices: Choices) -> list[str] | None:
        options = [self.questionary.Choice(title, value=value) for value, title in choices]
        answer = self.questionary.checkbox(prompt, options,
                                           instruction=self.t.gettext(SEVERAL_HINT)).unsafe_ask()
        return list(answer) or None

    def given_id(self) -> None:
        """People are not asked for ids: they are made from the names."""
        return None

    def scope(self, key: str) -> "TerminalAsker":
        return self

    def items(self, key: str, first: Callable[["TerminalAsker"], object]
              ) -> Iterator[tuple["TerminalAsker", object]]:
        """One item after another, for as long as the first question is answered."""
        while (answer := first(self)) is not None:
            yield self, answer

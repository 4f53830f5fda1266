"""Driving `privdocs` through a pseudo-terminal, as a person at a keyboard would.

Each question is a small prompt_toolkit application: it turns bracketed paste on when it starts
(ESC [?2004h) and off when it has its answer (ESC [?2004l). `answer()` waits for a question by
its text, types the keys and waits until that question is done, so that a question asked twice
in a row (the next group, the next purpose) is never mistaken for the one before.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect

STARTS = re.escape("\x1b[?2004h")
DONE = re.escape("\x1b[?2004l")
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\r")

ENTER = "\r"
DOWN = "\x1b[B"
CLEAR_LINE = "\x15"  # Ctrl+U: empty the line, for instance to replace a suggested answer


class Terminal:
    def __init__(self, cwd: Path, *argv: str, timeout: float = 20) -> None:
        # Debian's pexpect terminal answers no cursor position request; a real one does.
        env = dict(os.environ, PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm", COLUMNS="250")
        env.pop("LANG", None)
        self.child = pexpect.spawn(sys.executable, ["-m", "generator", *argv], cwd=str(cwd),
                                   env=env, encoding="utf-8", timeout=timeout,
                                   dimensions=(50, 250))
        self.transcript: list[str] = []
        self.questions: list[str] = []

    def _expect(self, pattern: str) -> None:
        self.child.expect(pattern)
        self.transcript.append(self.child.before + self.child.after)

    def answer(self, question: str, keys: str = ENTER, done: bool = True) -> None:
        """Wait for `question`, type `keys` and (unless the answer is to be refused) wait
        until the question has its answer."""
        self._expect(STARTS)
        self._expect(r"\?\x1b\[0;1m ([^\x1b]*)")
        asked = self.child.match.group(1).strip()
        self.questions.append(asked)
        # "Question [nl]" stands for the question asked in that language, whatever its example.
        start, _, lang = question.partition(" [") if question.endswith("]") else (question, "", "")
        assert asked.startswith(start) and asked.endswith(f"[{lang}" if lang else ""), \
            f"expected {question!r}, asked {asked!r}"
        self.child.send(keys)
        if done:
            self._expect(DONE)

    def type(self, keys: str) -> None:
        self.child.send(keys)

    def next_question(self) -> None:
        """Wait until the next question is on the screen (a key typed before that reaches the
        program before its prompt reads the keyboard)."""
        self._expect(STARTS)
        self._expect(r"\?\x1b\[0;1m ")

    def correct(self, keys: str) -> None:
        """Type `keys` into the question still open (after a refused answer), and wait until it
        has its answer."""
        self.child.send(keys)
        self._expect(DONE)

    def shows(self, text: str) -> None:
        self._expect(re.escape(text))

    def finish(self) -> tuple[int, str]:
        """The exit code and what the person saw, without terminal escapes."""
        self.child.expect(pexpect.EOF)
        self.transcript.append(self.child.before)
        self.child.close()
        return self.child.exitstatus, ESCAPES.sub("", "".join(self.transcript))

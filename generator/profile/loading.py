"""Reading a profile file into YAML nodes that keep their line and column.

Only the safe subset of YAML that a profile needs is accepted. Anchors, aliases and custom tags
are refused before anything is built from the nodes, so an alias bomb costs one linear scan of
the file and is never expanded. A file that might hold an anchor or alias (it has a `&` or `*`)
is composed once by `composing.Watchful`, which proves most of them free of both; only the rest
get the scan of their events before composing.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..catalogs import N_
from ..check.findings import Finding, Location, Message, finding
from ..check.rules import yaml_syntax
from .composing import Loader, Unsure, compose, compose_watchfully
from .indentation import explain

MAX_BYTES = 1024 * 1024
# libyaml's composer recurses in C once per nesting level and overflows the stack somewhere
# past 20,000 levels. Such nesting needs thousands of `[`, `{` or `- ` indicators, so only a file
# with that many is scanned for its depth; a real profile is nested about six levels deep.
MAX_DEPTH = 100
DEPTH_SCAN_INDICATORS = 5000
_OPENING = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSING = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
RULE = yaml_syntax.ID

TOO_LARGE = N_("The file is {size} bytes; a profile may be at most {limit} bytes.")
NOT_UTF8 = N_("The file is not valid UTF-8 text (byte {byte} cannot be read). Save it as UTF-8.")
UNREADABLE = N_("The file cannot be read: {reason}.")
NOT_REGULAR = N_("This is not a regular file (it is a {kind}); a profile is a YAML file.")
KINDS = ((stat.S_ISDIR, N_("folder")), (stat.S_ISFIFO, N_("named pipe")),
         (stat.S_ISCHR, N_("device")), (stat.S_ISBLK, N_("device")),
         (stat.S_ISSOCK, N_("socket")))
INVALID_YAML = N_("This is not valid YAML: {problem}.")
ANCHOR = N_("YAML anchors (&{name}) are not allowed in a profile: write the value out in full.")
ALIAS = N_("YAML aliases (*{name}) are not allowed in a profile: write the value out in full.")
TOO_DEEP = N_("The file nests collections more than {limit} levels deep; a profile needs a few.")
NOT_A_MAPPING = N_("A profile must be a mapping of keys such as `format`, `id` and `controller`.")


@dataclass(frozen=True)
class Document:
    """A profile file's YAML node tree, or the finding that explains why there is none."""

    path: Path
    root: yaml.MappingNode | None
    problem: Finding | None = None


def _problem(line: int, column: int, msgid: str, **args: object) -> Finding:
    return finding(RULE, Location("", line, column), msgid, **args)


def _position_of_byte(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def _kind(mode: int) -> str:
    return next((name for test, name in KINDS if test(mode)), N_("special file"))


def read_bounded(path: Path) -> bytes | Finding:
    """The bytes of a regular file of at most MAX_BYTES, or the finding that explains why not.

    The file is opened without blocking and examined through its descriptor, so a named pipe
    never waits for a writer, a device is never read, and a file that grows after the check
    still costs at most MAX_BYTES + 1 bytes of memory."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            return _problem(1, 1, NOT_REGULAR, kind=Message(_kind(status.st_mode)))
        if status.st_size > MAX_BYTES:
            return _problem(1, 1, TOO_LARGE, size=status.st_size, limit=MAX_BYTES)
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return _problem(1, 1, TOO_LARGE, size=len(data), limit=MAX_BYTES)
    return data


def read_text(path: Path) -> tuple[str | None, Finding | None]:
    """The file's text without a byte order mark, or the reason it cannot be a profile."""
    try:
        data = read_bounded(path)
    except OSError as error:
        return None, _problem(1, 1, UNREADABLE, reason=error.strerror or str(error))
    if isinstance(data, Finding):
        return None, data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _position_of_byte(data, error.start)
        return None, _problem(line, column, NOT_UTF8, byte=f"0x{data[error.start]:02x}")
    return text.removeprefix("\ufeff"), None


def _scan_events(text: str) -> Finding | None:
    """The first anchor, alias or excessive nesting in `text`, found without composing it."""
    depth = 0
    for event in yaml.parse(text, Loader=Loader):
        if isinstance(event, _OPENING):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                return _problem(mark.line + 1, mark.column + 1, TOO_DEEP, limit=MAX_DEPTH)
        elif isinstance(event, _CLOSING):
            depth -= 1
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            return _problem(mark.line + 1, mark.column + 1, ALIAS, name=event.anchor)
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            mark = event.start_mark
            return _problem(mark.line + 1, mark.column + 1, ANCHOR, name=anchor)
    return None


def _compose_scanned(text: str) -> yaml.Node | Finding | None:
    """The nodes of a text that may hold anchors, aliases or deep nesting, or the finding for
    the first of them. Composed once when that proves none is there; otherwise (or when
    composing fails, whose error the scan may precede) the events are scanned first, as
    always."""
    try:
        return compose_watchfully(text, MAX_DEPTH)
    except (Unsure, yaml.YAMLError):
        pass
    problem = _scan_events(text)
    if problem is not None:
        return problem
    return compose(text)


def _nesting_past_limit(text: str, error: yaml.MarkedYAMLError) -> bool:
    """Whether the parser stopped inside more than MAX_DEPTH open collections.

    Counted from the text, not from the parser's message, whose wording differs between
    libyaml releases.
    """
    mark = error.problem_mark
    if mark is None or mark.index is None:
        return False
    before = text[:mark.index]
    open_flows = before.count("[") + before.count("{") - before.count("]") - before.count("}")
    line = before[before.rfind("\n") + 1:]
    return open_flows > MAX_DEPTH or line.count("- ") > MAX_DEPTH


def parse_text(path: Path, text: str) -> Document:
    """Compose `text` into nodes; refuse what a profile must not use."""
    try:
        # Anchors and aliases need a '&' or '*' somewhere; most profiles need no watching.
        indicators = text.count("[") + text.count("{") + text.count("- ")
        if "&" in text or "*" in text or indicators > DEPTH_SCAN_INDICATORS:
            root = _compose_scanned(text)
            if isinstance(root, Finding):
                return Document(path, None, root)
        else:
            root = compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if _nesting_past_limit(text, error):
            # Newer libyaml releases refuse deep nesting themselves, in their own words, before
            # our scan sees the events; the reader gets our explanation either way.
            return Document(path, None, _problem(line, column, TOO_DEEP, limit=MAX_DEPTH))
        explanation = explain(text, mark.line) if mark else None
        if explanation is not None:
            where = Location("", explanation.line, explanation.column)
            return Document(path, None, finding(RULE, where, explanation.msgid,
                                                **explanation.args))
        problem_text = ", ".join(part for part in (error.context, error.problem) if part)
        problem_text = problem_text or "unknown problem"
        return Document(path, None, _problem(line, column, INVALID_YAML, problem=problem_text))
    except yaml.YAMLError as error:
        return Document(path, None, _problem(1, 1, INVALID_YAML, problem=str(error)))
    if not isinstance(root, yaml.MappingNode):
        mark = root.start_mark if root is not None else None
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return Document(path, None, _problem(line, column, NOT_A_MAPPING))
    if root.tag != yaml_syntax.MAPPING_TAG:
        mark = root.start_mark
        return Document(path, None, _problem(mark.line + 1, mark.column + 1,
                                             yaml_syntax.CUSTOM_TAG,
                                             tag=yaml_syntax.short_tag(root.tag)))
    return Document(path, root)


def load_document(path: Path) -> Document:
    text, problem = read_text(path)
    if text is None:
        return Document(path, None, problem)
    return parse_text(path, text)

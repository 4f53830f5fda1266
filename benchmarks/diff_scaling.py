"""How the redline's cost grows with the length of a text: 4,000 against 16,000 words.

    python3 benchmarks/diff_scaling.py [--runs 5] [--share 0.01] [--difflib] [--pipeline]

A text of made-up Dutch prose (`prose.py`) is revised by replacing 1 % of its words at random
places; `diff_document` then computes the redline of a document holding it, in two shapes: the
text as one paragraph (the hard case: nothing narrows it before the words) and as paragraphs of
about 120 words. The two lengths run in turn, `--runs` times each, with the word caches emptied
before every run, so that both see the same machine load; the figure that matters is the ratio
of their medians (4x the words should cost about 4x, and at most about 5x). `--difflib` also
times, once, what the redline did before: difflib over every token of the 4,000-word paragraph.
`--pipeline` also runs the whole `privdocs diff` path: a profile whose first purpose has the
text as its description in both languages is published twice with the real `publish` (not
timed), then `diff_versions` and the text report are timed, for both lengths in turn.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import os
import platform
import tempfile
import statistics
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generator.diffing.redline import diff_document  # noqa: E402
from generator.diffing.words import tokens, words  # noqa: E402
from prose import prose, revised  # noqa: E402

LENGTHS = (4000, 16000)


def document(text: list[str], paragraph_words: int | None) -> str:
    if paragraph_words is None:
        body = " ".join(text)
    else:
        body = "\n\n".join(" ".join(text[start:start + paragraph_words])
                           for start in range(0, len(text), paragraph_words))
    return f"# Privacyverklaring\n\n## Wat we doen\n\n{body}\n"


def timed(old: str, new: str) -> float:
    tokens.cache_clear()
    words.cache_clear()
    start = time.perf_counter()
    diff_document("statement", "nl", old, new)
    return (time.perf_counter() - start) * 1000


def archive(folder: Path, words: int, share: float) -> Path:
    """Two published versions of a profile whose first purpose has a `words`-word description,
    revised in the second; the statements folder."""
    import yaml
    from diff_bench import ORG, first_version
    from generator.archive.publishing import PublishRequest, publish
    profile, _ = first_version(4, 3, True)
    old = prose(words, seed=words)
    new = revised(old, share, seed=words + 1)
    profile["purposes"][0]["description"] = {"nl": " ".join(old), "en": " ".join(old)}
    second = copy.deepcopy(profile)
    second["purposes"][0]["description"] = {"nl": " ".join(new), "en": " ".join(new)}
    path = folder / "org_profiles" / f"{ORG}.yaml"
    path.parent.mkdir(parents=True)
    for data, day in ((profile, "2026-01-10"), (second, "2026-03-02")):
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100),
                        encoding="utf-8")
        today = datetime.date.fromisoformat(day)
        publish(PublishRequest(profile=path, summaries={"nl": "Versie.", "en": "Version."},
                               author="Benchmark", today=today,
                               effective=today + datetime.timedelta(days=31)),
                folder / "statements")
    return folder / "statements"


def pipeline(runs: int, share: float) -> None:
    from diff_bench import ORG
    from generator.diffing import diff_to_text, diff_versions
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        roots = {length: archive(Path(folder), length, share)
                 for length, folder in zip(LENGTHS, (first, second), strict=True)}
        times: dict[int, list[float]] = {length: [] for length in LENGTHS}
        previous = Path.cwd()
        try:
            for _ in range(runs):
                for length in LENGTHS:
                    os.chdir(roots[length].parent)
                    tokens.cache_clear()
                    words.cache_clear()
                    start = time.perf_counter()
                    diff_to_text(diff_versions(ORG, "1.0", "1.1", roots[length]), "nl")
                    times[length].append((time.perf_counter() - start) * 1000)
        finally:
            os.chdir(previous)
    small, large = (statistics.median(times[length]) for length in LENGTHS)
    print(f"{'privdocs diff (text)':<22} {small:>9.1f} ms {large:>10.1f} ms {large / small:>5.1f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--share", type=float, default=0.01)
    parser.add_argument("--difflib", action="store_true",
                        help="also time difflib over the 4,000-word paragraph (slow)")
    parser.add_argument("--pipeline", action="store_true",
                        help="also time diff_versions and the text report on published versions")
    arguments = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.machine()}; {arguments.share:.0%} "
          f"of the words replaced; {arguments.runs} runs of each length, in turn")
    print(f"{'shape':<22} {'4,000 words':>12} {'16,000 words':>13} {'ratio':>6}")
    for shape, paragraph_words in (("one paragraph", None), ("paragraphs of 120", 120)):
        texts = {}
        for length in LENGTHS:
            old = prose(length, seed=length)
            texts[length] = (document(old, paragraph_words),
                             document(revised(old, arguments.share, seed=length + 1),
                                      paragraph_words))
        times: dict[int, list[float]] = {length: [] for length in LENGTHS}
        for _ in range(arguments.runs):
            for length in LENGTHS:
                times[length].append(timed(*texts[length]))
        small, large = (statistics.median(times[length]) for length in LENGTHS)
        print(f"{shape:<22} {small:>9.1f} ms {large:>10.1f} ms {large / small:>5.1f}x")
    if arguments.pipeline:
        pipeline(arguments.runs, arguments.share)
    if arguments.difflib:
        old = prose(LENGTHS[0], seed=LENGTHS[0])
        new = revised(old, arguments.share, seed=LENGTHS[0] + 1)
        start = time.perf_counter()
        SequenceMatcher(None, tokens(" ".join(old)), tokens(" ".join(new)),
                        autojunk=False).get_opcodes()
        print(f"difflib over every token of the 4,000-word paragraph (before): "
              f"{time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

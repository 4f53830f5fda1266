"""The hostile-text corpus: what an attacker, or a careless copy and paste, puts in a text.

`REFUSED` must each be an `invalid-value` finding; `ACCEPTED` are harmless as text (Markdown
the tokenizer reads as plain text, or the safe subset) and must come out of rendering inert.
Both are used by tests/test_safe_text_corpus.py and, the accepted ones, by the browser test
tests/e2e/test_hostile_payloads.py. `inert_problems` is what "inert" means for rendered HTML.
"""

from __future__ import annotations

import copy
import html
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml
from markdown_it import MarkdownIt

from generator.site.settings import MKDOCS_DEFAULTS, SITE_TEMPLATES

from .conftest import MINIMAL

# Raw HTML, also where CommonMark sees text but a browser or Python-Markdown sees a tag.
RAW_HTML = [
    "<script>alert(1)</script>",
    "<SCRIPT>alert(1)</SCRIPT>",
    "<svg/onload=alert(1)>",
    "<iframe/src=https://evil.example>",
    "<link/rel=stylesheet href=https://evil.example/x.css>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "<details open ontoggle=alert(1)>",
    "<style>@import 'https://evil.example/x.css';</style>",
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<div markdown="1">*x*</div>',
    "Tekst <svg/onload=alert(1)",  # unclosed: the `>` of the next tag would close it
    "tekst</p><script>alert(1)</script><p>",
    "<scr<script>ipt>alert(1)</script>",
    # comments, declarations, processing instructions
    "<!-- comment -->",
    "<!--><svg onload=alert(1)>-->",
    "[x](https://ok.example)<!---->",
    '<?xml version="1.0"?>',
    "<!DOCTYPE html>",
    "<![CDATA[<script>alert(1)</script>]]>",
    # mutation XSS: what a browser re-parses into something else
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    # entities and escapes that decode to a tag
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;svg onload=alert(1)&#62;",
    "&#x3C;img src=x onerror=alert(1)&#x3E;",
    "&amp;lt;script&amp;gt;alert(1)",
    "\\<script>alert(1)\\</script>",
    # inside code, which another Markdown reader might not see as code
    "`<script>alert(1)</script>`",
    "Tekst\n\n    <script>alert(1)</script>",
    "```\n<script>alert(1)</script>\n```",
    '<https://evil.example/" onclick="x>',
]
BAD_LINKS = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](javascript&#58;alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](java&#x0A;script:alert(1))",
    "[x](java%0Ascript:alert(1))",
    "[x](\x01javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](<java script:alert(1)>)",
    "[x](%20javascript:alert(1))",
    "[x]( javascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](vbscript:msgbox(1))",
    "[x](file:///etc/passwd)",
    "[x](//evil.example/x)",
    "[x](/elders)",
    "[x](#boven)",
    "[x](https:evil.example)",
    "[x](https://[x]/)",  # urllib raised ValueError on this host and crashed the build
    "[x](https://evil.example:99999/)",
    '[x](https://a.example"onmouseover="alert(1))',
    "[x](mailto:javascript:alert(1))",
    # reference definitions, used or not
    "[x][r]\n\n[r]: javascript:alert(1)",
    "[r]\n\n[r]: data:text/html,<script>alert(1)</script>",
    "Tekst\n\n[ongebruikt]: javascript:alert(1)",
    '[x][r]\n\n[r]: <javascript:alert(1)> "titel"',
    "[x]\n\n[X]: vbscript:msgbox(1)",
    # autolinks
    "<javascript:alert(1)>",
    "<JAVASCRIPT:alert(1)>",
    "<data:text/html,x>",
    "<vbscript:msgbox(1)>",
]
IMAGES = [
    "![x](https://tracker.example/p.gif)",
    "![x][img]\n\n[img]: https://tracker.example/p.gif",
    "[![x](https://tracker.example/p.gif)](https://ok.example)",
]
ATTRIBUTE_LISTS = [
    '*x*{: onclick="alert(1)"}',
    "x {: .klasse #id }",
    '[x](https://ok.example){: onmouseover="alert(1)"}',
    "x\n{: onclick=alert(1)}",
    "x {onclick=alert(1)}",
    "*[x](https://ok.example)*{.c}",
]
CHARACTERS = [
    "a\u202eb",  # right-to-left override
    "a\u2066b\u2069",  # isolates
    "a\u200fb",  # right-to-left mark
    "a\x1b[31mrood",  # a terminal escape
    "a\x00b",
    "a\x9b31mb",  # C1 control sequence introducer
    "a\u2028b",  # line separator
    "[x](https://ok.example/\u202e)",
]
REFUSED = RAW_HTML + BAD_LINKS + IMAGES + ATTRIBUTE_LISTS + CHARACTERS

ACCEPTED = [
    "Dit is *nadruk*, **sterk** en een [link](https://example.org/privacy).",
    "Mail [ons](mailto:privacy@example.org) of kijk op <https://example.org>.",
    "<privacy@example.org>",
    "[x](HTTPS://EXAMPLE.ORG)",
    "[x](https://例え.jp/パス)",
    "[x](https://example.org/a_(b))",
    "[x](https://ok.example/<svg>)",
    "[x](https://a.example/`onmouseover`)",
    "[x](https://ok.example \"titel\")",
    "[x](https://ok.example 'a\" onmouseover=\"alert(1)')",
    "[a [genest](https://a.example) b](https://b.example)",
    "**[x](https://example.org)**",
    "[x](https://ok.example)\\",
    "[x] (javascript:alert(1))",
    "[x](java\tscript:alert(1))",
    "javascript:alert(1)",
    "https://evil.example/x.gif",
    "a < b en c > d",
    "a & b &amp; c",
    "＜script＞alert(1)＜/script＞",  # full-width: no tag to any reader
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "Tekst met ｛: onclick=alert(1)｝",
    "een { alleen",
    "\\*geen nadruk\\*",
    "x_y_z en __init__",
    "# Kop",
    "> citaat",
    "- een\n- twee",
    "1. een\n2. twee",
    "| a | b |",
    "`code`",
    '!!! danger "x"',
    "~~~\ncode\n~~~",
    "***",
]

# What may carry a URL in rendered HTML, and the schemes a URL there may have.
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data",
                            "poster", "srcset", "background", "ping"})
SAFE_SCHEMES = ("https:", "http:", "mailto:")
EXPECTED_SITE_TAGS = frozenset({"a", "em", "strong", "code"})


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_comment(self, data):
        self.comments.append(data)


def elements(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser


def _scheme(url: str) -> str | None:
    """The scheme a browser would see: control characters and spaces dropped, as it does."""
    cleaned = "".join(char for char in html.unescape(url) if ord(char) > 0x20).lower()
    before, colon, _rest = cleaned.partition(":")
    if not colon or any(char in before for char in "/?#"):
        return None  # relative
    return before + ":"


def inert_problems(page: str, allowed_tags: frozenset[str]) -> list[str]:
    """Why the HTML `page` is not inert: a tag outside `allowed_tags`, an event handler, a
    style or a URL with another scheme than https, http or mailto."""
    problems = []
    for tag, attrs in elements(page).elements:
        if tag not in allowed_tags:
            problems.append(f"tag <{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in ("style", "srcdoc"):
                problems.append(f"attribute {name} on <{tag}>")
            if name in URL_ATTRIBUTES and value is not None:
                scheme = _scheme(value)
                if scheme is not None and scheme not in SAFE_SCHEMES:
                    problems.append(f"{name}={value!r} on <{tag}>")
    return problems


def site_markdown() -> markdown.Markdown:
    """Python-Markdown with the site's extensions, as MkDocs sets it up from privdocs' own
    MkDocs configuration (without privdocs' last guard: what the Markdown alone makes)."""
    config = yaml.safe_load((SITE_TEMPLATES / MKDOCS_DEFAULTS).read_text(encoding="utf-8"))
    names, configs = [], {}
    for item in config["markdown_extensions"]:
        if isinstance(item, dict):
            (name, options), = item.items()
            names.append(name)
            configs[name] = options or {}
        else:
            names.append(item)
    return markdown.Markdown(extensions=names, extension_configs=configs)


def commonmark_html(text: str) -> str:
    """What any CommonMark reader of `privdocs render` makes of it (raw HTML passed through)."""
    return MarkdownIt("commonmark").render(text)


def hostile_profile(descriptions: list[str], name: str = "hostile") -> dict:
    """The minimal profile with one extra purpose for each description, in both languages."""
    profile = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    profile["id"] = name
    first = profile["purposes"][0]
    for index, description in enumerate(descriptions):
        purpose = copy.deepcopy(first)
        purpose["id"] = f"doel-{index}"
        purpose["name"] = {"nl": f"Doel {index}", "en": f"Purpose {index}"}
        purpose["description"] = {"nl": description, "en": description}
        profile["purposes"].append(purpose)
    return profile


def write_profile(profile: dict, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{profile['id']}.yaml"
    path.write_text(yaml.safe_dump(profile, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return path

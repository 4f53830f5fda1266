"""The style of the HTML page and of the fragment: one set of rules, written for the page's
body or scoped under the fragment's wrapper.

The page's style sheet is inline and allowed by its hash in the page's Content-Security-Policy,
so the policy needs no `'unsafe-inline'`. In the fragment every selector starts with the
wrapper's prefixed class, so pasting it into a website restyles nothing of that site. System
fonts only: a web font would be a request to somewhere.
"""

from __future__ import annotations

import base64
import hashlib

PREFIX = "privdocs-"
WRAPPER = f"{PREFIX}document"

# (selector relative to the document's root, declarations); `&` is the root itself and `.x` a
# class of ours, which the fragment prefixes.
RULES = (
    ("&", "color: #1b1b1b; background: #ffffff; font-family: system-ui, -apple-system, "
          "'Segoe UI', Roboto, Arial, sans-serif; line-height: 1.55; overflow-wrap: break-word"),
    ("h1", "font-size: 1.6rem; line-height: 1.25; margin: 1rem 0"),
    ("h2", "font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 .75rem; "
           "border-bottom: 2px solid #1b1b1b"),
    ("h3", "font-size: 1.1rem; margin: 1.5rem 0 .5rem"),
    ("h4, h5, h6", "font-size: 1rem; margin: 1.25rem 0 .5rem"),
    ("a", "color: #0b4f8a; text-decoration: underline"),
    ("code", "font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; "
             "font-size: .9em; background: #f2f2f2; padding: 0 .2em"),
    ("table", "border-collapse: collapse; margin: 1rem 0; width: 100%"),
    ("th, td", "border: 1px solid #6b6b6b; padding: .3rem .5rem; text-align: left; "
               "vertical-align: top"),
    ("th", "background: #eeeeee"),
    ("blockquote", "margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid #0b4f8a; "
                   "background: #f4f7fb"),
    ("li", "margin: .2rem 0"),
    (".meta", "border-bottom: 1px solid #6b6b6b; margin-bottom: 1.5rem"),
    (".meta p", "margin: .25rem 0"),
    (".organisation", "font-weight: bold"),
    (".draft", "font-weight: bold; color: #8f1414"),
)

PAGE_ONLY = """
body { margin: 0 auto; max-width: 52rem; padding: 1.5rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h1, h2, h3, h4 { break-after: avoid; break-inside: avoid; }
  tr, li, blockquote { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; }
  th, blockquote { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _selector(relative: str, root: str, prefix: str) -> str:
    parts = []
    for part in relative.split(","):
        part = part.strip().replace(".", f".{prefix}")
        parts.append(root if part == "&" else f"{root} {part}")
    return ", ".join(parts)


def _rules(root: str, prefix: str) -> str:
    return "\n".join(f"{_selector(selector, root, prefix)} {{ {declarations}; }}"
                     for selector, declarations in RULES)


PAGE_STYLE = "\n" + _rules("body", "") + PAGE_ONLY
FRAGMENT_STYLE = "\n" + _rules(f".{WRAPPER}", PREFIX) + "\n"


def style_hash(style: str) -> str:
    """The CSP source that allows exactly the inline style sheet `style`."""
    digest = hashlib.sha256(style.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


CONTENT_SECURITY_POLICY = ("default-src 'none'; " f"style-src {style_hash(PAGE_STYLE)}; "
                           "base-uri 'none'; form-action 'none'")

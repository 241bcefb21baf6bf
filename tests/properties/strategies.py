"""Hypothesis strategies for Markdown that looks like awesome and paper lists, and for mutating it."""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = st.sampled_from([
    "Foo", "bar", "awesome", "JavaScript", "javascript", "Node.js", "github", "`code`", "``a`b``", "**bold**",
    "*it*", "_u_", "__strong__", "~~gone~~", "<b>x</b>", "<!-- c -->", "&amp;", "\\*", "[x]", "[ ]", "2020",
    "NeurIPS", "(2019)", "—", "😀", "über", "a.", "b,", "!", "?", "...", "'quote'", '"dq"', "|", "<br>",
    "http://bare.example", "www.w.example", "#tag", "@user", "~", "*", "_", "`", "[", "]", "(", ")",
])
URLS = st.sampled_from([
    "https://a.example", "http://b.example/x", "https://github.com/o/r", "https://github.com/O/R/",
    "https://arxiv.org/abs/2101.00001", "https://arxiv.org/pdf/2101.00001.pdf", "#section", "#foo-bar",
    "./docs/x.md", "https://a.example/(paren)", "https://a.example/?utm_source=x", "", "https://a.example 'title'",
    "<https://c.example/a b>", "https://www.d.example/index.html",
])
TEXT = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
LINK = st.one_of(
    st.builds(lambda t, u: f"[{t}]({u})", TEXT, URLS),
    st.builds(lambda t, u: f"![{t}]({u})", TEXT, URLS),
    st.builds(lambda t: f"[{t}][r1]", TEXT),
    st.builds(lambda t: f"[{t}]", TEXT),
    URLS.map(lambda u: f"<{u}>"),
)
INLINE = st.lists(st.one_of(TEXT, LINK), min_size=1, max_size=4).map(" ".join)
INDENT = st.sampled_from(["", "", "", "  ", "   ", "    ", "\t", " ", "     "])
MARKER = st.sampled_from(["-", "-", "*", "+", "1.", "2.", "1)", "10."])
SEPARATOR = st.sampled_from([" - ", " – ", ": ", " ", " — ", "-", " | "])
TRAILING = st.sampled_from(["", "", "", " ", "  ", "   ", "\t"])

BLOCK = st.one_of(
    st.builds(lambda n, t, c: f"{'#' * n} {t}{c}", st.integers(1, 7), INLINE, st.sampled_from(["", "", " ##"])),
    st.builds(lambda t, u: f"{t}\n{u}", TEXT, st.sampled_from(["===", "---", "-"])),
    st.builds(lambda i, m, box, link, sep, desc, tail: f"{i}{m} {box}{link}{sep}{desc}{tail}",
              INDENT, MARKER, st.sampled_from(["", "", "[ ] ", "[x] "]), LINK, SEPARATOR, INLINE, TRAILING),
    st.builds(lambda t, tail: f"{t}{tail}", INLINE, TRAILING),
    st.just(""),
    st.builds(lambda f, lang, body: f"{f}{lang}\n{body}\n{f}", st.sampled_from(["```", "~~~", "````"]),
              st.sampled_from(["", "sh", "js"]), st.sampled_from(["code", "```", "`` x", "~~~", "a\n\nb"])),
    st.builds(lambda i, t: f"{i}{t}", st.sampled_from(["    ", "\t", "        "]),
              st.sampled_from(["code()", "```", "````x", "http://aa", "- not a list"])),
    st.builds(lambda d, t: f"{'>' * d} {t}", st.integers(1, 3), INLINE),
    st.builds(lambda a, b: f"| {a} | {b} |\n| --- | --- |\n| {b} | {a} |", TEXT, LINK),
    st.sampled_from(["<details>", "<div align=\"center\">", "</div>", "<p>", "<!-- open",
                     "<!-- awesomelint-disable-next-line AL003 -->", "<!--lint ignore double-link-->"]),
    st.builds(lambda u: f"[r1]: {u}", URLS),
    st.sampled_from(["---", "***", "___", "- - -"]),
    st.builds(lambda t: f"**{t}**", TEXT),
)


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A list-like document: an optional title, then blocks separated by single or double newlines."""
    title = draw(st.sampled_from(["# Awesome Things\n\n", "# Papers\n\n", "", "# T\n"]))
    blocks = draw(st.lists(BLOCK, min_size=1, max_size=14))
    seps = draw(st.lists(st.sampled_from(["\n", "\n\n", "\n", "\r\n"]), min_size=len(blocks), max_size=len(blocks)))
    body = "".join(b + s for b, s in zip(blocks, seps, strict=True))
    end = draw(st.sampled_from(["", "", "\n", "\n\n"]))
    return title + body.rstrip("\n") + end


INSERTS = [*"`*_[]()<>#>-!|\\ \t\n", "\r\n", "  ", "    "]


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[str]) -> str:
    """``base`` with a few characters inserted, deleted or lines duplicated: near-misses of good Markdown."""
    text = draw(base)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "duplicate"]))
        if op == "insert":
            text = text[:at] + draw(st.sampled_from(INSERTS)) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 3)):]
        else:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            line = text[start:end if end >= 0 else len(text)]
            text = text[:start] + line + "\n" + text[start:]
    return text

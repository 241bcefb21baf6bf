"""The papers entry parser: title, authors, venue and year, labelled links and badges of one entry.

The venue and year are found from the known right-hand parts (links, then the last comma segment
before them) or from known prefixes (``(VENUE YYYY)``, ``[YYYY VENUE]``); titles are never split on
commas, so commas, colons, ``?``, parentheses and full-width punctuation inside them are harmless.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from awesomelint.document import Link
from awesomelint.papers.dates import YEAR, YEAR_TOKEN, date, venue_year
from awesomelint.papers.labels import classify, is_label_word
from awesomelint.papers.model import Paper, PaperLink, VenueYear
from awesomelint.papers.rulekit import masked
from awesomelint.papers.scan import badge_facts, scan
from awesomelint.papers.source import Part, Source
from awesomelint.papers.venues import catalog

_NUMBER = re.compile(r"[ \t]*\*\*\[\d+\]\*\*[ \t]*")
_PREFIX = re.compile(r"[ \t]*(?:\([ \t]*[*_]{0,2}(?P<a>[^()*_\n]{2,40}?)[*_]{0,2}[ \t]*\)"
                     r"|\[(?P<b>[^\]\n]{4,30})\](?!\()"
                     rf"|(?P<c>{YEAR}-[A-Za-z][\w&@ ]{{1,30}}?)[ \t]+-[ \t]+)[ \t]*")  # "2019-ICML - Title"
_BOLD = re.compile(r"\*\*(?!\[\d+\]\*\*)(?P<a>[^*\n](?:[^*\n]|\*(?!\*)|\n(?![ \t]*\n))*?)\*\*"
                   r"|(?<!\w)__(?P<b>[^_\n].*?)__(?!\w)")  # a bold title may run over a line break
_ITALIC = re.compile(r"(?<![*\w])\*(?![*\s])(?P<a>[^*\n]+?)(?<!\s)\*(?!\*)"
                     r"|(?<!\w)_(?![_\s])(?P<b>[^_\n]+?)(?<!\s)_(?!\w)")
_PAREN_YEAR = re.compile(rf"\((?P<year>{YEAR})\)")
# a link destination or a bare URL: a year is never read from one ("…/Paper%2096%20File.zip")
_URL = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*\)|<?https?://[^\s<>]+")
_BOUNDARY = re.compile(r"[.!?][\"”*]*\s|\*|[\"“”()]|:\s|\\?\n")
_DATED = re.compile(rf"{YEAR_TOKEN.pattern}|['’‘]\d\d\b")
_ET_AL = re.compile(r"et al\.?", re.IGNORECASE)
_COMMA = ",，"
_QUOTED = re.compile(r"[\"“](?P<t>[^\"“”\n]{8,}?)[\"”]")
_ANCHOR = re.compile(r"[ \t]*(?:<a\s[^<>\n]*>[ \t]*</a>[ \t]*)+", re.IGNORECASE)
# "Surname, G., Other, H.,  " (ending in a comma, perhaps with a hard break) before an italic or quoted title
_AUTHORS_BEFORE = re.compile(r"[^\[\]\n]*(?:\w\.?,[^\[\]\n]*,|\bet al\.?[,:]?)"
                             r"[ \t]*(?:<br\s*/?>)?[ \t]*\\?\n?[ \t]*[*_\"“]*$")
_SENTENCE = re.compile(r"[.|,;(]\s|\s[|(]")
TITLE_TRIM = " \t\n,，;:.*\"“”"
AUTHOR_TRIM = " \t\n,，;:*\"“”"  # keeps the period of "et al."


def parse_entry(kind: str, source: Source, links: list[Link]) -> Paper:
    text = source.text
    plinks, badges = classify(source, links)
    labels = [p for p in plinks if p.kind != "title"]
    badge_starts = [o for b in badges if (o := source.offset(b.line, b.column)) is not None]
    head_end = min([p.start for p in labels] + badge_starts + [len(text)])
    pos = 0
    number = _NUMBER.match(text)
    if number:
        pos = number.end()
    anchor = _ANCHOR.match(text, pos)
    if anchor:  # '<a name="Gehrig18eccv"></a>' before the entry's text
        pos = anchor.end()
    vy = None
    prefix = _PREFIX.match(text, pos)
    if prefix and _DATED.search(prefix.group("a") or prefix.group("b") or prefix.group("c") or ""):
        group = "a" if prefix.group("a") else "b" if prefix.group("b") else "c"
        span = source.trim(*prefix.span(group), chars=" \t*_")
        vy = venue_year(source, *span, where="prefix") if span else None
        pos = prefix.end() if vy else pos
    venue_only: Part | None = None
    lead = _venue_link(source, labels, pos) if vy is None else None
    if lead is not None:  # "[[CVPR](u)] Title [[code](u)]": the venue, linked, opens the entry
        venue_only = lead.label
        pos = lead.end
        labels = [p for p in labels if p is not lead]
        head_end = min([p.start for p in labels] + [b for b in badge_starts if b >= pos] + [len(text)])
    title: Part | None = None
    authors: Part | None = None
    bold = _BOLD.search(text, pos, head_end)
    while bold and (_venue_tag(bold.group("a") or bold.group("b") or "") or _tag(text, bold, head_end)):
        bold = _BOLD.search(text, bold.end(), head_end)  # "**[CVPR' 19]**", "[**ODIN**]", "[__`qnn`__]": tags
    title_link = next((p for p in plinks if p.kind == "title" and p.start < head_end
                       and not text[pos : p.start].strip(" \t*_\"“")), None)  # a link opening the entry
    if title_link is None and not (bold and bold.start() < head_end):  # "Gallego, G., Scaramuzza, D., *[Title](u)*"
        title_link = next((p for p in plinks if p.kind == "title" and p.start < head_end
                           and _AUTHORS_BEFORE.match(text, pos, p.start)), None)
        if title_link is not None:
            authors = source.stripped(pos, title_link.start, AUTHOR_TRIM)
    if bold and (title_link is None or bold.end() <= title_link.start):  # "**[Title](u)**": the link
        group = "a" if bold.group("a") else "b"
        title = source.stripped(*bold.span(group), chars=TITLE_TRIM)
        before = source.stripped(pos, bold.start(), chars=AUTHOR_TRIM)
        named = text[pos : bold.start()].rstrip(" \t\"“").endswith(":")  # "pLSA: **Title**" names the model
        if before is not None and (_ET_AL.search(before.text) or "," in before.text) and not named:
            authors = before
        authors, vy = _after_title(source, bold.end(), head_end, authors, vy)
        title_link = None
    elif title_link is not None:
        title = title_link.label
        authors, vy = _after_title(source, title_link.end, head_end, authors, vy)
        if authors is not None and source.start_of(authors) > title_link.start and _AUTHORS_BEFORE.match(
                text, pos, title_link.start):
            authors = source.stripped(pos, title_link.start, AUTHOR_TRIM)
    else:
        title, found = _plain(source, pos, head_end)
        vy = vy or found
    if vy is None:
        vy = _between_links(source, labels)
    plinks = [dataclasses.replace(p, kind="mention") if p.kind == "title" and p is not title_link else p
              for p in plinks]
    after = max([p.end for p in plinks] + [head_end])
    when = date(source, after, len(text))
    paper = Paper(kind, source, _clean(source, title), authors, vy, tuple(plinks),  # type: ignore[arg-type]
                  tuple(badges), when[0] if when else None, when[1] if when else None, venue_only=venue_only)
    paper = fill(paper)
    return dataclasses.replace(paper, title=_clean(source, paper.title))


_LEAD_TAG = re.compile(r"(?:(?:\*\*)?\[[^\]\n]+\]\*\*|\[\*\*[^\]\n]+\*\*\]|__\[[^\]\n]+\]__|\[[^\]\n]*:\w+:\])[ \t]*")
# after the title: "[__`qnn`__]", "[:fire:]", or a topic tag "**`kg.`**" (youngfish42)
_TRAIL_TAG = re.compile(r"(?:[ \t]*(?:\[(?:[^\]\n]*[`:][^\]\n]*)\]|(?:\*\*|__)`[^`\n]{1,20}`(?:\*\*|__)?))+[ \t.]*$")


def _clean(source: Source, title: Part | None) -> Part | None:
    """The title without tags around it: ``**[DeiT]**`` or ``[32:fire:]`` before, ``[__`qnn`__]`` after."""
    if title is None:
        return None
    start, end = source.start_of(title), source.start_of(title) + len(title.text)
    text = source.text
    while (lead := _LEAD_TAG.match(text, start, end)) is not None and lead.end() < end:
        start = lead.end()
    trail = _TRAIL_TAG.search(text, start, end)
    if trail is not None and trail.start() > start:
        end = trail.start()
    if (start, end) == (source.start_of(title), source.start_of(title) + len(title.text)):
        return title
    return source.stripped(start, end, TITLE_TRIM) or title


def _tag(text: str, bold: re.Match[str], head_end: int) -> bool:
    """A bold code span, or a short bold word in brackets with a longer plain title around it."""
    inner = (bold.group("a") or bold.group("b") or "").strip()
    if inner.startswith("`") and inner.endswith("`"):
        return True
    bracketed = (bold.start() > 0 and text[bold.start() - 1] == "[" and text[bold.end() : bold.end() + 1] == "]") or (
        inner.startswith("[") and inner.endswith("]"))
    rest = re.sub(r"\[[^\]]*\]\([^)]*\)", " ", text[bold.end() : head_end])
    return bracketed and len(inner.split()) <= 3 and len(re.findall(r"[A-Za-z]{2,}", rest)) >= 3


def _venue_tag(text: str) -> bool:
    """``[CVPR' 19]``, ``ICCV``, ``(NeurIPS 2021)``: a bold span naming a venue (and year), not a title."""
    inner = text.strip(" \t[]()")
    if re.fullmatch(r"\[[A-Z][\w&.\- ]{0,60}?['’‘][ \t]?\d\d\]", text.strip()):
        return True  # "[ESANN' 15]": a venue the catalog does not know, with its short year
    mentions = catalog().mentions(inner)
    if not mentions:
        return False
    rest = inner[: mentions[0].start] + inner[mentions[-1].end :]
    return not re.sub(r"['’‘]?\s*\d{2,4}|[\s,.'’‘|-]", "", rest)


def _venue_link(source: Source, labels: list[PaperLink], pos: int) -> PaperLink | None:
    first = min(labels, key=lambda p: p.start, default=None)
    if first is None or source.text[pos : first.start].strip(" \t*_"):
        return None
    mentions = catalog().mentions(first.label.text)
    if len(mentions) == 1 and mentions[0].written == first.label.text.strip():
        return first
    # "[[NN](u)] Title": a short bracketed label opening the entry, not a paper/code word, names the venue
    words = first.label.text.split()
    if ((first.style in ("wrapped", "double") and 1 <= len(words) <= 3 and first.kind not in ("code", "title")
            and not is_label_word(first.label.text)) or (first.kind == "other" and 1 <= len(words) <= 3)):
        return first  # "[[NN](u)]", "[[IEEE TCS.I](u)]"
    return None


def fill(paper: Paper) -> Paper:
    """Venue and year a reader sees but the written form did not give: scanned from the text and badges."""
    if paper.venue is not None and paper.venue_year is not None:
        return paper
    source = paper.source
    skip = [(source.start_of(part), source.start_of(part) + len(part.text))
            for part in (paper.title, paper.authors) if part is not None]
    text = masked(paper)
    venue, vy = scan(source, text, skip, paper.venue is None, paper.venue_year is None)
    if venue is None and vy is None and paper.title is not None and paper.kind != "table_row":
        start = source.start_of(paper.title)  # "Title. ICLR 2020": the venue ends a plain title
        others = [(a, b) for a, b in skip if a != start]
        for boundary in [m.start() for m in _SENTENCE.finditer(paper.title.text)][::-1]:
            venue, vy = scan(source, text, [*others, (start, start + boundary)], paper.venue is None,
                             paper.venue_year is None)
            if venue is not None or vy is not None:
                break
    if (venue is None and paper.venue is None) or (vy is None and paper.venue_year is None):
        badge_venue, badge_vy = badge_facts(source, list(paper.badges))
        venue, vy = venue or badge_venue, vy or badge_vy
    changes: dict[str, object] = {}
    if paper.venue_year is None and vy is not None:
        changes["venue_year"] = vy
        if paper.title is not None:
            changes["title"] = _cut(source, paper.title, source.start_of(vy.whole))
    if paper.venue is None and venue is not None and (vy is None or vy.venue is None or "venue_year" not in changes):
        changes["venue_only"] = venue
        if paper.title is not None:
            changes["title"] = _cut(source, changes.get("title", paper.title), source.start_of(venue))  # type: ignore[arg-type]
    title = changes.get("title")
    if isinstance(title, Part) and paper.authors is None and title is not paper.title:
        et_al = list(_ET_AL.finditer(title.text))
        cuts = [m.start() for m in re.finditer(r"\. ", title.text[: et_al[-1].start()])] if et_al else []
        cut = next((c for c in cuts if len(title.text[c + 2 : et_al[-1].start()].split()) <= 4), -1)
        if et_al and cut > 0:  # "Title. Z. Meng et al. ICASSP 2019"
            start = source.start_of(title)
            changes["authors"] = source.stripped(start + cut + 2, start + et_al[-1].end(), AUTHOR_TRIM)
            changes["title"] = source.stripped(start, start + cut, TITLE_TRIM)
    return dataclasses.replace(paper, **changes) if changes else paper  # type: ignore[arg-type]


def _cut(source: Source, title: Part | None, at: int) -> Part | None:
    """The title ending before ``at`` when ``at`` falls inside it: ``Title | **[CVPR' 19]**``."""
    if title is None:
        return None
    start = source.start_of(title)
    if not start < at < start + len(title.text):
        return title
    return source.stripped(start, at, TITLE_TRIM + "|([{") or title


def _after_title(source: Source, start: int, end: int, authors: Part | None,
                 vy: VenueYear | None) -> tuple[Part | None, VenueYear | None]:
    """Authors in italics, and ``VENUE YYYY`` or ``(YYYY)`` after a bold or linked title."""
    text = source.text
    italic = _ITALIC.search(text, start, end)
    rest: Part | None = None
    if italic:
        group = "a" if italic.group("a") else "b"
        a, b = italic.span(group)
        et_al = _ET_AL.search(text, a, b)
        if et_al and et_al.end() < b:
            authors = source.stripped(a, et_al.end(), " \t,")
            rest = source.stripped(et_al.end(), b)
        elif not YEAR_TOKEN.search(text, a, b):
            authors = source.stripped(a, b, AUTHOR_TRIM)
    skip = italic.span() if italic else (end, end)
    if vy is None:
        vy = _trailing(source, start, end, skip)
        if vy is not None and (vy.venue is None or not re.search(r"[A-Za-z]{2}", vy.venue.text)):
            year_at = source.start_of(vy.year_part)
            first = skip[1] if start < skip[1] <= year_at else start
            lead = re.match(r"(?:<br\s*/?>|[\s\"”*_,.(]|In\s)+", source.text[first:year_at])
            between = source.stripped(first + (lead.end() if lead else 0), year_at, " \t\n,*_(")
            if between is not None and re.search(r"[A-Za-z]{2}", between.text) and "](" not in between.text and len(
                    between.text.split()) <= 16 and "\n\n" not in between.text:
                vy = dataclasses.replace(vy, venue=between, where="scan")
    if vy is not None and vy.venue is None and rest is not None:
        vy = dataclasses.replace(vy, venue=rest)
    if authors is None and vy is not None:
        tail = source.stripped(source.start_of(vy.whole) + len(vy.whole.text), end, AUTHOR_TRIM + ".")
        stop = source.start_of(tail) + len(tail.text) if tail is not None else 0
        if tail is not None and tail.text.endswith(" al") and source.text[stop : stop + 1] == ".":
            tail = source.part(source.start_of(tail), stop + 1)
        if tail is not None and (_ET_AL.search(tail.text) or "," in tail.text):
            authors = tail
    return authors, vy


def _trailing(source: Source, start: int, end: int, skip: tuple[int, int]) -> VenueYear | None:
    text = source.text
    urls = [m.span() for m in _URL.finditer(text, start, end)]

    def free(at: int) -> bool:
        return not skip[0] <= at < skip[1] and not any(a <= at < b for a, b in urls)

    paren = [m for m in _PAREN_YEAR.finditer(text, start, end) if free(m.start())]
    tokens = [m for m in YEAR_TOKEN.finditer(text, start, end) if free(m.start())]
    match = paren[-1] if paren else tokens[-1] if tokens else None
    if match is None:
        return None
    year_start, year_end = match.span("year") if paren else match.span()
    left = start
    for boundary in _BOUNDARY.finditer(text, start, year_start if not paren else match.start()):
        if not skip[0] <= boundary.start() < skip[1]:
            left = boundary.end()
    if skip[1] <= year_start:
        left = max(left, skip[1])
    if paren:
        venue = source.stripped(left, match.start(), " \t,")
        part = source.part(year_start, year_end)
        whole = source.part(source.start_of(venue) if venue else match.start(), match.end())
        return VenueYear(whole, venue, int(match.group("year")), part, separator=" (" if venue else "")
    month = re.match(r"[/.-]\d{1,2}(?!\d)", text[year_end:end])
    span = source.trim(left, year_end + (month.end() if month else 0), " \t,")
    found = venue_year(source, *span) if span else None
    if found is None:
        part = source.part(year_start, year_end)
        return VenueYear(part, None, int(part.text), part)
    return found


def _plain(source: Source, start: int, end: int) -> tuple[Part | None, VenueYear | None]:
    """``Title, VENUE YYYY,`` (the seed's form): the venue-year is the last comma segment."""
    text = source.text
    span = source.trim(start, end, " \t\n,，;")
    if span is None:
        return None, None
    start, end = span
    quoted = _QUOTED.search(text, start, end)
    lead = text[start : quoted.start()] if quoted is not None else ""
    if quoted is not None and ("," in lead or _ET_AL.search(lead)) and lead.rstrip().endswith((".", ",")):
        title = source.stripped(*quoted.span("t"), chars=TITLE_TRIM)  # 'Chen, T., and I. Goodfellow. "Title." Venue'
        rest = source.trim(quoted.end(), end, " \t\n,.")
        found = None
        if rest and YEAR_TOKEN.search(text, *rest):
            in_paren = _PAREN_YEAR.search(text, *rest)
            if in_paren is not None:
                year_part = source.part(*in_paren.span("year"))
                named = source.stripped(rest[0], in_paren.start(), " \t,.*")
                found = VenueYear(source.part(rest[0], in_paren.end()), named, int(year_part.text), year_part,
                                  separator=" (")
            else:
                found = venue_year(source, *rest)
        return title, found
    et_al = list(_ET_AL.finditer(text, start, end))
    if et_al:  # "Title. Chen, Pengguang et al. CVPR 2021" (FLHonker's form)
        final = et_al[-1]
        cuts = [m.start() for m in re.finditer(r"\. ", text[start : final.start()])]
        cut_at = next((start + c for c in cuts if len(text[start + c + 2 : final.start()].split()) <= 4), -1)
        rest = source.trim(final.end(), end, " \t\n,.")
        found = venue_year(source, *rest) if rest and YEAR_TOKEN.search(text, *rest) else None
        if cut_at > start and found is not None:
            return source.stripped(start, cut_at, TITLE_TRIM), found
    cut = max(text.rfind(",", start, end), text.rfind("，", start, end))
    seg = source.trim(cut + 1 if cut >= 0 else start, end, " \t\n")
    vy = None
    if seg and YEAR_TOKEN.search(text, *seg):
        vy = venue_year(source, *seg)
        if vy is not None and vy.venue is None and cut > start:
            before = max(text.rfind(",", start, cut), text.rfind("，", start, cut))
            prev = source.trim(before + 1 if before >= 0 else start, cut, " \t\n")
            if prev and before >= 0 and len(text[prev[0] : prev[1]].split()) <= 2 and prev[1] - prev[0] <= 20:
                vy = venue_year(source, prev[0], seg[1]) or vy
        elif vy is not None and vy.venue is not None and cut < 0 and len(vy.venue.text.split()) > 1:
            last = text.rfind(" ", seg[0], source.start_of(vy.year_part))
            word = source.trim(text.rfind(" ", seg[0], last) + 1, seg[1], " \t")
            vy = venue_year(source, *word) if word else None
    if vy is None:
        paren = list(_PAREN_YEAR.finditer(text, start, end))
        if paren:  # "Title (2016), A. Author et al."
            year = source.part(*paren[-1].span("year"))
            return source.stripped(start, paren[-1].start(), TITLE_TRIM), VenueYear(
                source.part(*paren[-1].span()), None, int(year.text), year, separator="(")
    title_end = source.start_of(vy.whole) if vy else end
    return source.stripped(start, title_end, TITLE_TRIM), vy


def _between_links(source: Source, labels: list[PaperLink]) -> VenueYear | None:
    """``[[link]](repo),arxiv 2023,[[paper]](u)``: a venue-year between two links."""
    for left, right in itertools.pairwise(labels):
        span = source.trim(left.end, right.start, " \t\n,，;")
        if span and YEAR_TOKEN.search(source.text, *span):
            found = venue_year(source, *span)
            if found:
                return found
    return None

"""Page clean-up: normalise text once, rejoin paragraphs broken at column or page breaks, and
move photo captions out of the paragraphs they interrupt.

Everything here works on :class:`Line` objects (one non-blank source line each); the article
splitter (:mod:`kg.ingest.split`) decides which lines are headlines and which are body.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kg import rx
from kg.ingest.patterns import HAN, OPENERS, PHOTO_CREDIT, STAFF_LINE

#: Marks a line that the reader already knows is a caption (figcaption, text after <img>).
CAPTION_MARK = "\ue000"
#: Longest headline, subheadline or caption-like line, in non-space characters.
SHORT_MAX = 40
#: A line ending in one of these closes a paragraph.
PARAGRAPH_END = "。！？；：…!?;:"
#: Closing brackets after which a paragraph is also closed: （讲话全文见第三版）.
BRACKET_END = "）)】]"
#: Closing quotes: they close a paragraph only after sentence-final punctuation (……。”).
QUOTE_END = "”’』」\"'"
#: A headline or subheadline never ends in these.
HEADLINE_BAD_END = "。；：，、;:,"

_INDENT = rx.compile(r"^[\s\u3000\u00a0\u2000-\u200b\ufeff]+")
_INNER_SPACE = rx.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")
_INVISIBLE = rx.compile(r"[\u200b-\u200d\u2060\ufeff]")
#: Characters that text never needs and that hostile text uses: control characters (tab and line
#: breaks are kept), format characters (zero-width, bidirectional overrides and marks, tag
#: characters), noncharacters, and the private-use character kg uses to mark captions.
_UNWANTED = rx.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
    r"\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u206f\ufeff\ufff9-\ufffb\ufdd0-\ufdef\ufffe\uffff\ue000"
    r"\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    r"\U000e0001\U000e0020-\U000e007f"
    r"\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    r"\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    r"\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    r"\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)
_SURROGATE = rx.compile(r"[\ud800-\udfff]")
_LINE_BREAK = rx.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_FULLWIDTH_ALNUM = {
    c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
}
_CJK = rx.compile(rf"[{HAN}\u3000-\u303f\uff00-\uffef“”‘’…—]")
_ASCII_TO_CJK = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_PAREN_PAIR = rx.compile(r"\(([^()\n]{0,200})\)")


@dataclass(frozen=True)
class Line:
    """One non-blank line of a page, normalised, with what its layout says about it."""

    text: str
    indented: bool = False  # began with indentation (full-width spaces, tabs)
    gap: int = 0  # blank lines before it
    caption: bool = False  # the reader marked it as a caption


@dataclass
class Item:
    """One line of an article body after clean-up: a paragraph or a caption."""

    text: str
    caption: bool = False
    paragraph: bool = True  # False for short lines kept as they are (section heads, page junk)


def _chinese_near(text: str, i: int) -> bool:
    """Whether the nearest non-space characters left or right of ``text[i]`` are Chinese."""
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    k = i + 1
    while k < len(text) and text[k] == " ":
        k += 1
    return (j >= 0 and bool(_CJK.match(text[j]))) or (k < len(text) and bool(_CJK.match(text[k])))


def punctuate(line: str) -> str:
    """ASCII ``, : ; ! ? ( )`` to the full-width forms where the context is Chinese.

    ``.`` is left alone (``175.65``), as are punctuation marks between ASCII characters
    (``10:30``, ``1,000``, ``(a)``).
    """

    def pair(m: re.Match[str]) -> str:
        inner = m.group(1)
        s, e = m.span()
        near = _chinese_near(line, s) or _chinese_near(line, e - 1) or bool(_CJK.search(inner))
        return f"（{inner}）" if near else m.group(0)

    line = _PAREN_PAIR.sub(pair, line)
    chars = list(line)
    for i, c in enumerate(chars):
        if c in _ASCII_TO_CJK and _chinese_near(line, i):
            if c in ",:" and 0 < i < len(line) - 1 and line[i - 1].isdigit() and line[i + 1].isdigit():
                continue
            chars[i] = _ASCII_TO_CJK[c]
    return "".join(chars)


def clean_text(text: str) -> str:
    """The one normalisation every input string gets before anything else reads it.

    Lone surrogates (from JSON escapes or undecodable file names) become U+FFFD, so the damage
    stays visible; control, format and noncharacters (see ``_UNWANTED``) are removed; every line
    break becomes ``\\n``; then NFC. The result always encodes as UTF-8, and is safe in any RDF
    literal and in JSON. Idempotent.
    """
    text = _SURROGATE.sub("\ufffd", text)
    text = _UNWANTED.sub("", _LINE_BREAK.sub("\n", text))
    return unicodedata.normalize("NFC", text)


def normalise_line(raw: str) -> tuple[str, bool]:
    """Normalise one line; return the text and whether it was indented."""
    raw = _INVISIBLE.sub("", clean_text(raw))
    indent = _INDENT.match(raw)
    text = raw[indent.end() :] if indent else raw
    text = text.translate(_FULLWIDTH_ALNUM)
    text = _INNER_SPACE.sub(" ", text).strip()
    return punctuate(text), bool(indent) and bool(text)


def to_lines(text: str) -> list[Line]:
    """Split a decoded page into normalised non-blank lines."""
    lines: list[Line] = []
    gap = 0
    for raw in _LINE_BREAK.sub("\n", text).split("\n"):
        caption = CAPTION_MARK in raw
        norm, indented = normalise_line(raw.replace(CAPTION_MARK, ""))
        if STAFF_LINE.match(norm):  # 责任编辑：某某 is page furniture: its names are no article's
            norm = ""
        if not norm:
            gap += 1
            continue
        lines.append(Line(norm, indented, gap, caption))
        gap = 0
    return lines


def ends_paragraph(text: str) -> bool:
    """Whether a line ends where a paragraph may end (sentence-final punctuation)."""
    text = text.rstrip()
    if not text:
        return True
    last = text[-1]
    if last in PARAGRAPH_END or last in BRACKET_END:
        return True
    return last in QUOTE_END and len(text) > 1 and text[-2] in PARAGRAPH_END


def short(text: str) -> bool:
    return len(text.replace(" ", "")) <= SHORT_MAX


def headline_like(line: Line) -> bool:
    """Short, not ending like a sentence, and not a byline or dateline."""
    return (
        short(line.text)
        and line.text[-1] not in HEADLINE_BAD_END
        and not ends_paragraph(line.text)
        and not is_opener(line.text)
        and not is_photo_caption(line.text)
    )


def is_opener(text: str) -> bool:
    return any(p.match(text) for p in OPENERS)


def is_photo_caption(text: str) -> bool:
    """A short line closed by a photo credit (``…。王小明 摄``)."""
    return len(text) <= 3 * SHORT_MAX and PHOTO_CREDIT.search(text) is not None


def _caption_like(line: Line, indented_doc: bool) -> bool:
    """Short and unpunctuated, not indented in a page that indents its paragraphs."""
    if line.caption or is_photo_caption(line.text):
        return True
    if indented_doc and line.indented:
        return False
    return short(line.text) and not ends_paragraph(line.text) and not is_opener(line.text)


def _continues(line: Line, indented_doc: bool) -> bool:
    """Whether ``line`` can be the rest of a paragraph broken before it."""
    if indented_doc and line.indented:
        return False
    if line.caption or is_photo_caption(line.text) or is_opener(line.text):
        return False
    return ends_paragraph(line.text) or not short(line.text)


def rebuild_body(lines: list[Line], indented_doc: bool) -> list[Item]:
    """Rejoin broken paragraphs and set captions apart, in reading order.

    A paragraph that does not end a sentence is joined, with nothing in between, to the next
    line that can continue it; up to two caption-like lines standing between them are moved
    after the rejoined paragraph (``让两市人|<caption>|民有…`` -> ``让两市人民有…``, caption).
    """
    items: list[Item] = []
    held: list[Line] = []

    def open_paragraph() -> Item | None:
        """The last paragraph if it is long and unfinished (captions after it are skipped)."""
        last = next((it for it in reversed(items) if not it.caption), None)
        if last and last.paragraph and not short(last.text) and not ends_paragraph(last.text):
            return last
        return None

    for line in lines:
        para = open_paragraph()
        if para is not None and _continues(line, indented_doc):
            para.text += line.text
            items.extend(Item(h.text, caption=True, paragraph=False) for h in held)
            held = []
            continue
        if para is not None and len(held) < 2 and _caption_like(line, indented_doc):
            held.append(line)
            continue
        items.extend(_plain(h) for h in held)
        held = []
        items.append(_plain(line))
    items.extend(_plain(h) for h in held)
    _mark_captions(items, lines, indented_doc)
    return items


def _plain(line: Line) -> Item:
    caption = line.caption or is_photo_caption(line.text)
    paragraph = not caption and (ends_paragraph(line.text) or not short(line.text))
    return Item(line.text, caption=caption, paragraph=paragraph)


def _mark_captions(items: list[Item], lines: list[Line], indented_doc: bool) -> None:
    """Short unpunctuated lines standing between paragraphs are captions (``活动现场``).

    In pages that indent their paragraphs, indented short lines are section heads instead.
    """
    indented = {ln.text for ln in lines if ln.indented}
    i = 0
    while i < len(items):
        if items[i].paragraph or items[i].caption:
            i += 1
            continue
        j = i
        while j < len(items) and not items[j].paragraph:
            j += 1
        bounded = i > 0 and j < len(items)
        for k in range(i, j):
            item = items[k]
            if bounded and not item.caption and not (indented_doc and item.text in indented):
                item.caption = not is_opener(item.text)
        i = j

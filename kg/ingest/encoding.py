"""Bytes to text: the encoding of an input file, detected or given, and a strict decode.

Order: the encoding given (``--encoding``); a byte-order mark (UTF-8, UTF-16, UTF-32); strict
UTF-8; else charset-normalizer, limited to the encodings Chinese news comes in (GB18030, which
covers GBK and GB2312, and Big5). When it finds both plausible (short texts often are), the one
whose Han characters fall more in the encoding's frequent-character block wins. The guess is
made on a sample; the whole file is then decoded strictly, so a file is either read exactly or
refused with the byte and offset that failed. A file that ends in the middle of a character
(truncated) is read up to that character, with a warning.
"""

from __future__ import annotations

import codecs
import logging
from dataclasses import dataclass

from charset_normalizer import from_bytes

from kg import rx
from kg.errors import InputError

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Encodings charset-normalizer may choose from (after UTF-8 has failed).
CANDIDATES = ("gb18030", "big5")
#: Frequent-character block of each candidate, and the codec that tells it (GB2312 level 1, Big5 常用字).
_FREQUENT = {"gb18030": ("gb2312", 0xB0A1, 0xD7FE), "big5": ("big5", 0xA440, 0xC67E)}
#: Most chaos (share of odd characters) charset-normalizer may report for a guess that is taken.
MAX_CHAOS = 0.25
#: Bytes the detector looks at; the choice is then checked on the whole file by a strict decode.
SAMPLE_BYTES = 64 * 1024
HINT = "pass --encoding (e.g. --encoding gb18030)"


@dataclass(frozen=True)
class Decoded:
    """Text of a file, the encoding that read it and how that encoding was chosen."""

    text: str
    encoding: str
    how: str  # "given", "declared" (HTML meta), "bom", "utf-8", "detected"
    warnings: tuple[str, ...] = ()


def _byte(data: bytes, offset: int) -> str:
    return f"byte 0x{data[offset]:02x} at offset {offset}" if offset < len(data) else f"offset {offset}"


def strict(data: bytes, encoding: str) -> tuple[str, int | None]:
    """Decode all of ``data``; return the text and, if the data ends inside a character, where.

    Raises ``UnicodeDecodeError`` (offsets into ``data``) and ``LookupError``.
    """
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    text = decoder.decode(data, final=False)
    pending = decoder.getstate()[0]
    return text, (len(data) - len(pending) if pending else None)


def _truncated(path: str, encoding: str, at: int | None, size: int) -> tuple[str, ...]:
    if at is None:
        return ()
    return (
        f"{path}: file ends in the middle of a {encoding} character (truncated?); "
        f"the last {size - at} byte(s) from offset {at} were not read",
    )


def decode(data: bytes, path: str, encoding: str | None = None, *, how: str = "given") -> Decoded:
    """Decode one input file; raise :class:`InputError` naming the file and the failing byte."""
    if encoding:
        try:
            text, cut = strict(data, encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", path=path, hint=HINT) from None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"cannot decode as {encoding} ({_byte(data, exc.start)})",
                path=path,
                hint="check the file or pass another --encoding",
            ) from None
        return Decoded(text.lstrip("\ufeff"), encoding, how, _truncated(path, encoding, cut, len(data)))
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, cut = strict(data, name)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"file starts with a {name} byte-order mark but is not {name} ({_byte(data, exc.start)})",
                    path=path,
                    hint=HINT,
                ) from None
            return Decoded(text.lstrip("\ufeff"), name, "bom", _truncated(path, name, cut, len(data)))
    if b"\x00" in data:
        raise InputError(
            f"looks like a binary file (NUL byte at offset {data.index(0)})",
            path=path,
            hint="give a text, HTML or JSONL file (UTF-16 needs a byte-order mark, or --encoding utf-16-le)",
        )
    failures: list[str] = []
    try:
        text, cut = strict(data, "utf-8")
    except UnicodeDecodeError as exc:
        failures.append(f"not UTF-8 ({_byte(data, exc.start)})")
    else:
        if cut is None or not text.isascii():  # ASCII then one odd byte is not truncated UTF-8
            return Decoded(text, "utf-8", "utf-8", _truncated(path, "utf-8", cut, len(data)))
        failures.append(f"not UTF-8 ({_byte(data, cut)})")
    name = detect(data)
    if name is not None:
        try:
            text, cut = strict(data, name)
        except UnicodeDecodeError as exc:
            failures.append(f"the start reads as {name} but the rest does not ({_byte(data, exc.start)})")
        else:
            log.info("%s: detected %s", path, name)
            return Decoded(text, name, "detected", _truncated(path, name, cut, len(data)))
    else:
        for cand in CANDIDATES:
            try:
                strict(data, cand)
            except UnicodeDecodeError as exc:
                failures.append(f"not {cand} ({_byte(data, exc.start)})")
            else:
                failures.append(f"{cand} possible but not confident")
    raise InputError(f"cannot decode: {'; '.join(failures)}", path=path, hint=HINT)


def _samples(data: bytes) -> list[bytes]:
    """Prefixes of ``data`` to detect on, cut where a character may end.

    A byte below 0x30 is never the trailing byte of a UTF-8, GB18030 or Big5 character, so a
    cut after one is safe; without one, cuts one to three bytes shorter are tried too.
    """
    head = data[:SAMPLE_BYTES]
    cuts = [len(head) - k for k in range(4) if len(head) - k > 0]
    safe = max((head.rfind(bytes([b])) for b in range(0x30)), default=-1)
    if len(data) > len(head) and safe >= len(head) // 2:
        cuts.insert(0, safe + 1)
    return [head[:n] for n in dict.fromkeys(cuts)]


def detect(data: bytes) -> str | None:
    """The encoding charset-normalizer finds for ``data`` among :data:`CANDIDATES`, or ``None``."""
    for sample in _samples(data):
        if sample.isascii():  # nothing to tell encodings apart by
            continue
        matches = [m for m in from_bytes(sample, cp_isolation=list(CANDIDATES)) if m.chaos <= MAX_CHAOS]
        if not matches:
            continue
        scored = []
        for m in matches:
            name = codecs.lookup(m.encoding).name.replace("_", "-")
            if name not in _FREQUENT or controls(str(m)):
                continue
            scored.append((_frequent_share(str(m), name), -m.chaos, -CANDIDATES.index(name), name))
        if scored:
            return max(scored)[3]
    return None


def _frequent_share(text: str, encoding: str) -> float:
    """Share of Han characters whose code lies in the encoding's frequent-character block."""
    probe, lo, hi = _FREQUENT[encoding]
    han = [c for c in text[:20000] if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 0.0
    hits = 0
    for c in han:
        try:
            code = int.from_bytes(c.encode(probe), "big")
        except UnicodeEncodeError:
            continue
        hits += lo <= code <= hi
    return hits / len(han)


#: Control characters that text does not hold (all but tab, line feed, carriage return, form feed).
_CONTROL = rx.compile("[\x00-\x08\x0b\x0e-\x1f]")


def controls(text: str) -> bool:
    """Whether ``text`` holds more control characters than text does (binary data)."""
    sample = text[:100_000]
    bad = len(_CONTROL.findall(sample))
    return bad > max(2, len(sample) // 100)

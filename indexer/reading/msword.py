"""Reading Word 97–2003 documents (.doc) and WPS Office's .wps: the text of the main document.

Offices keep years of reports as .doc files, and WPS 文字 saves its .wps files in the
same binary format. Such a file is an OLE compound file (read with ``olefile``) whose
``WordDocument`` stream starts with the File Information Block (FIB). The text is not
stored in order: the piece table (the CLX, in the ``0Table`` or ``1Table`` stream)
lists pieces of character positions, each either 16-bit (UTF-16LE, what Chinese text
always uses) or "compressed" 8-bit (cp1252). The main document is the first
``ccpText`` characters; footnotes, headers and comments follow it and are left out, as
a reader of the report would.

Word's control characters become the text a reader sees: paragraph marks and line
breaks end lines, table cell marks separate cells (a row is a line), a field keeps its shown result
(``\\x13`` code ``\\x14`` result ``\\x15``) and drops its code (HYPERLINK "…", PAGE),
pictures and drawn objects drop out. Layout from Word (fonts, heading styles) is not
read: the splitter finds headings by their numbering (一、/（一）), as for plain text.

Offsets are from [MS-DOC] (FIB: wIdent at 0, flags at 0x0A, ccpText at 0x4C, fcClx
and lcbClx at 0x1A2); a file whose numbers point outside its streams is skipped as
damaged, never read past.
"""
from __future__ import annotations

import io
import struct

import olefile

_WORD_IDENT = 0xA5EC
_NFIB_WORD97 = 0x65  # nFib of Word 97 and later; Word 6.0/95 files store their text another way
_F_ENCRYPTED = 0x0100
_F_WHICH_TABLE = 0x0200
_F_OBFUSCATED = 0x8000

_DROPPED = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x08\x1f"), None)
_SHOWN = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n", "\x07": "\t", "\x1e": "-",
                        "\xa0": " ", "\x00": None})


class DocError(Exception):
    """The file is not a readable Word binary document; the message says why (Chinese)."""


def doc_text(data: bytes) -> str:
    """The main document's text of a Word 97–2003 / WPS binary file, lines joined by "\\n".
    Raises DocError with a sentence a user can act on."""
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, IndexError, struct.error, RecursionError):
        raise DocError("文件已损坏，无法按 Word 97–2003 格式读取") from None
    try:
        if not ole.exists("WordDocument"):
            raise DocError("不是 Word 文档（复合文件中没有 WordDocument 流），请另存为 .docx")
        word = ole.openstream("WordDocument").read()
        if len(word) < 0x1AA or struct.unpack_from("<H", word, 0)[0] != _WORD_IDENT:
            raise DocError("Word 文档头已损坏，无法读取")
        if struct.unpack_from("<H", word, 2)[0] < _NFIB_WORD97:
            raise DocError("这是 Word 6.0/95 格式的旧文档，无法读取；请在 Word 或 WPS 中另存为 .docx")
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        if flags & (_F_ENCRYPTED | _F_OBFUSCATED):
            raise DocError("Word 文档设有打开密码（已加密），无法读取；请去掉密码后另存为 .docx")
        table_name = "1Table" if flags & _F_WHICH_TABLE else "0Table"
        if not ole.exists(table_name):
            raise DocError(f"Word 文档缺少 {table_name} 流，无法读取")
        table = ole.openstream(table_name).read()
    except (OSError, ValueError, IndexError, struct.error, RecursionError):
        raise DocError("文件已损坏，无法按 Word 97–2003 格式读取") from None
    finally:
        ole.close()
    ccp_text = struct.unpack_from("<i", word, 0x4C)[0]
    fc_clx, lcb_clx = struct.unpack_from("<Ii", word, 0x1A2)
    if ccp_text < 0 or lcb_clx <= 0 or fc_clx + lcb_clx > len(table):
        raise DocError("Word 文档的文字索引已损坏，无法读取")
    raw = "".join(_pieces(word, table[fc_clx:fc_clx + lcb_clx], ccp_text))
    return shown_text(raw)


def _pieces(word: bytes, clx: bytes, ccp_text: int):
    """The text of the main document, piece by piece (the CLX's piece table)."""
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: formatting of pieces, skipped
        if pos + 3 > len(clx):
            raise DocError("Word 文档的文字索引已损坏，无法读取")
        pos += 3 + struct.unpack_from("<H", clx, pos + 1)[0]
    if pos + 5 > len(clx) or clx[pos] != 0x02:
        raise DocError("Word 文档的文字索引已损坏，无法读取")
    size = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5:pos + 5 + size]
    if len(plc) != size or size < 4 or (size - 4) % 12:
        raise DocError("Word 文档的文字索引已损坏，无法读取")
    n = (size - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}i", plc, 0)
    wanted = ccp_text
    for i in range(n):
        if wanted <= 0:
            break
        start, end = cps[i], cps[i + 1]
        count = min(end - start, wanted)
        if count <= 0:
            continue
        fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)[0]
        if fc & 0x40000000:  # "compressed": one byte a character, cp1252
            offset = (fc & 0x3FFFFFFF) // 2
            chunk = word[offset:offset + count]
            text = chunk.decode("cp1252", errors="replace")
        else:
            offset = fc & 0x3FFFFFFF
            chunk = word[offset:offset + 2 * count]
            text = chunk.decode("utf-16-le", errors="replace")
        if len(text) < count:
            raise DocError("Word 文档的文字超出了文件范围（文件不完整或已损坏）")
        wanted -= count
        yield text


def _without_field_codes(raw: str) -> str:
    """A field is \x13 code \x14 result \x15 (or \x13 code \x15); fields nest inside
    codes and results. Keep what is shown: text outside every field's code part."""
    out = []
    fields: list[bool] = []  # per open field: still in its code part?
    in_code = 0
    for ch in raw:
        if ch == "\x13":
            fields.append(True)
            in_code += 1
        elif ch == "\x14" and fields:
            if fields[-1]:
                fields[-1] = False
                in_code -= 1
        elif ch == "\x15" and fields:
            if fields.pop():
                in_code -= 1
        elif ch in "\x13\x14\x15":
            continue  # a stray mark
        elif not in_code:
            out.append(ch)
    return "".join(out)


def shown_text(raw: str) -> str:
    """What a reader sees of Word's characters: fields' results without their codes,
    paragraphs and breaks as lines, cells separated by tabs, objects dropped."""
    if "\x13" in raw:
        raw = _without_field_codes(raw)
    # a table row ends with its last cell's mark and the row's own (\x07\x07): a line; an empty
    # cell looks the same and is split off too, which loses no word
    text = raw.translate(_DROPPED).replace("\x07\x07", "\n").translate(_SHOWN)
    lines = (line.strip(" \t") for line in text.split("\n"))
    return "\n".join(line for line in lines if line)

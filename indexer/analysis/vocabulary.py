"""The vocabulary of one index: jieba's dictionary and the synonyms it was built with.

The bundled user dictionary and synonyms (indexer/data/) plus a corpus's own
``parksearch-userdict.txt`` and ``parksearch-synonyms.txt``. A build reads them from
the corpus folder and copies them into the generation it writes; the search
service reads them from the generation it serves. So the words an index was cut
with travel with that index: two services on two indexes in one process each
answer with their own words, and a build worker started with ``spawn`` (Windows)
gets the same dictionary as one started with ``fork``.
"""
from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable
from pathlib import Path

import opencc

from ..text import DATA_DIR, SYNONYMS_FILE, USERDICT_FILE
from .normalizer import normalize
from .segmenter import BACKEND, TOKENIZER, Segmenter, read_userdict

# Bump when a change here changes the terms a text is analysed into: the index
# stores analysis_fingerprint() and rebuilds itself when it no longer matches.
ANALYZER_VERSION = "1"

MAX_VARIANTS = 12  # strings one typed string may widen to through synonyms

BUNDLED_USERDICT = DATA_DIR / "userdict.txt"
BUNDLED_SYNONYMS = DATA_DIR / "synonyms.txt"


def load_synonyms(path: Path = BUNDLED_SYNONYMS, data: bytes | None = None) -> dict[str, list[str]]:
    """``{word: [its synonyms]}`` from a file with one group of synonyms per line (or from its
    bytes ``data``, read before).

    Words in a line are separated by spaces and normalised; a word in several
    groups gets the union. Blank lines and # comments are ignored.
    """
    synonyms: dict[str, list[str]] = {}
    text = Path(path).read_text(encoding="utf-8-sig") if data is None else data.decode("utf-8-sig")
    for line in text.splitlines():
        group = list(dict.fromkeys(normalize(w) for w in line.split("#", 1)[0].split()))
        for word in group:
            known = synonyms.setdefault(word, [])
            known.extend(w for w in group if w != word and w not in known)
    return synonyms


def analysis_fingerprint(extra_paths: Iterable[Path | None] = ()) -> str:
    """A hash that changes whenever analysis would produce different terms.

    It covers ANALYZER_VERSION, the tokenizer (``TOKENIZER``: rjieba or jieba, with
    its version), the OpenCC version, the bundled user
    dictionary and synonyms, and each of ``extra_paths`` (a missing file counts
    as absent, not as an error). Store it with the index; rebuild when it differs.
    """
    h = hashlib.sha256()
    h.update(f"parksearch-analysis {ANALYZER_VERSION} {TOKENIZER} opencc {opencc.__version__}\n".encode())
    for path in (BUNDLED_USERDICT, BUNDLED_SYNONYMS, *extra_paths):
        if path is None:
            continue
        path = Path(path)
        h.update(f"\n{path.name}\n".encode())
        h.update(path.read_bytes() if path.is_file() else b"<absent>")
    return h.hexdigest()


def _read(path: Path | None) -> bytes | None:
    """A vocabulary file's bytes, or None when there is none."""
    if path is None or not Path(path).is_file():
        return None
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:  # removed since it was seen
        return None


def _file_key(path: Path | None, data: bytes | None = None) -> str | None:
    """What identifies a vocabulary file: its content's hash (None: absent). Not its path:
    every generation holds its own copy of the corpus's files, and a process following
    generations (a server, ``parksearch index --watch``) would otherwise load one more
    jieba dictionary (~25 MB) for each generation and keep them all."""
    data = _read(path) if data is None else data
    return None if data is None else hashlib.sha1(data).hexdigest()


class Vocabulary:
    """jieba's dictionary and the synonyms of one index (bundled words plus a corpus's own).

    The segmenter is built on first use (a dictionary costs a few tenths of a second
    and some MB), once per distinct set of files in a process: ``Vocabulary.load``
    hands out the same object for the same files, so two generations with the same
    words share one.
    """

    _loaded: dict = {}
    _lock = threading.Lock()

    def __init__(self, userdict: Path | None = None, synonyms: Path | None = None,
                 userdict_data: bytes | None = None, synonyms_data: bytes | None = None):
        # the files' bytes are kept: the folder named may be gone when they are first used
        # (an old generation removed while the vocabulary serves the next one)
        self._userdict_data = _read(userdict) if userdict_data is None else userdict_data
        self._synonyms_data = _read(synonyms) if synonyms_data is None else synonyms_data
        self.userdict = Path(userdict) if self._userdict_data is not None else None
        self.synonyms_file = Path(synonyms) if self._synonyms_data is not None else None
        self._segmenter: Segmenter | None = None
        self._synonyms: dict[str, list[str]] | None = None
        self._build_lock = threading.Lock()

    @classmethod
    def load(cls, userdict: Path | None = None, synonyms: Path | None = None) -> "Vocabulary":
        """The vocabulary for these files (a missing or None file is absent), shared per content:
        two folders holding the same words (two generations of one index) get one object."""
        userdict_data, synonyms_data = _read(userdict), _read(synonyms)
        key = (_file_key(userdict, userdict_data), _file_key(synonyms, synonyms_data))
        with cls._lock:
            vocab = cls._loaded.get(key)
            if vocab is None:
                vocab = cls._loaded[key] = cls(userdict, synonyms, userdict_data, synonyms_data)
            return vocab

    @classmethod
    def of_folder(cls, folder: Path) -> "Vocabulary":
        """The vocabulary a corpus folder (or an index generation holding copies of its files) defines."""
        folder = Path(folder)
        return cls.load(folder / USERDICT_FILE, folder / SYNONYMS_FILE)

    @property
    def segmenter(self) -> Segmenter:
        if self._segmenter is None:
            with self._build_lock:
                if self._segmenter is None:
                    entries = read_userdict(BUNDLED_USERDICT)
                    if self.userdict is not None:
                        entries += read_userdict(self.userdict, self._userdict_data)
                    self._segmenter = Segmenter(entries, BACKEND)
        return self._segmenter

    @property
    def synonyms(self) -> dict[str, list[str]]:
        """``{word: [its synonyms]}``: the bundled groups plus the corpus's own."""
        if self._synonyms is None:
            table = load_synonyms()
            if self.synonyms_file is not None:
                for word, others in load_synonyms(self.synonyms_file, self._synonyms_data).items():
                    known = table.setdefault(word, [])
                    known.extend(w for w in others if w not in known)
            self._synonyms = table
        return self._synonyms

    def variants(self, value: str) -> list[str]:
        """``value`` and the strings a synonym gives it, ``value`` first.

        A synonym replaces the whole string or a part of it (经开区建设 → 经济开发区建设).
        Longer words are tried first so 经济技术开发区 is not read as 经济 + ….
        """
        table = self.synonyms
        out = [value]
        for word in sorted(table, key=len, reverse=True):
            if word in value and not any(word in other and word != other and other in value for other in table):
                for syn in table[word]:
                    candidate = value.replace(word, syn)
                    if candidate not in out:
                        out.append(candidate)
        return out[:MAX_VARIANTS]


_bundled: Vocabulary | None = None


def bundled_vocabulary() -> Vocabulary:
    """The bundled words only: what analysis uses when no index or corpus says otherwise."""
    global _bundled
    if _bundled is None:
        _bundled = Vocabulary.load()
    return _bundled

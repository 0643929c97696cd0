"""One small exception hierarchy for the whole product.

Messages are written for the person who sees them (in Chinese: the users read
Chinese) and name the bad value and the fix. ``webui`` maps these classes to HTTP
status codes in one place; the CLI prints the message and exits non-zero.
"""


class ParksearchError(Exception):
    """Base class: ``str(error)`` is a sentence a user can act on."""

    http_status = 500


class BadRequest(ParksearchError):
    """A parameter a user sent cannot be used (page < 1, year not a number...).

    ``param`` names the query-string parameter that was wrong, so a page can offer
    the same search without it (or, for ``q``, with the query shortened).
    """

    http_status = 400

    def __init__(self, message: str = "", param: str | None = None):
        super().__init__(message)
        self.param = param


class QueryTooComplex(BadRequest):
    """A query whose cost is over the budget (too many strings, too broad a prefix, too
    much CPU); also raised inside a request from outside it (search/budget.py), with
    no message, so the class carries one."""

    DEFAULT = ("查询过于复杂，无法在限定时间内完成。建议：减少检索词，把单个字换成更具体的词语"
               "（例如用“招商引资”而不是“招”），或先用园区、年份、类型筛选缩小范围。")

    def __init__(self, message: str = "", param: str | None = "q"):
        super().__init__(message, param)  # the query is what to change

    def __str__(self) -> str:
        return super().__str__() or self.DEFAULT


class NotFound(ParksearchError):
    """A report id or file that does not exist."""

    http_status = 404


class IndexMissing(ParksearchError):
    """There is no usable index at the given folder; the message says how to build one."""

    http_status = 503


class IndexDamaged(IndexMissing):
    """The index exists but is damaged (a missing or truncated file, an unreadable manifest);
    the message names the repair. A kind of IndexMissing: there is no usable index either way."""


class CorpusError(ParksearchError):
    """The corpus folder is missing or cannot be read."""

    http_status = 500


class IndexLocked(ParksearchError):
    """Another build is running on the same index."""

    http_status = 409

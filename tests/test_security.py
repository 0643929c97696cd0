"""No stranger can stall the server or read past the corpus.

Each test is one row of the attack table: a request that cost seconds or
gigabytes (or read a file outside the corpus) now costs a bounded amount,
asserted by counts (terms, values, bytes, slots), never by wall time.
The corpus is generated (bench/generate.py): 300 reports, enough that one
common character stands for hundreds of index terms.
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from conftest import CORPUS, REPO, free_port, parksearch_command

sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402

from indexer.analysis import normalize  # noqa: E402
from indexer.build import build_index  # noqa: E402
from indexer.search import SearchRequest, SearchService  # noqa: E402

REPORTS = 300
TOO_COMPLEX = "查询过于复杂"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    corpus, index = folder / "corpus", folder / "index"
    generate.generate(corpus, REPORTS)
    build_index(corpus, index, workers=2)
    return corpus, index


@pytest.fixture(scope="module")
def gen_service(generated):
    return SearchService(generated[1])


@pytest.fixture(scope="module")
def gen_app(generated):
    from webui import create_app

    corpus, index = generated
    return create_app({"INDEX_DIR": str(index), "CORPUS_DIR": str(corpus), "TESTING": True})


@pytest.fixture
def gen_client(gen_app):
    return gen_app.test_client()


def term_count(query, reader) -> int:
    """How many index terms a compiled query reads: a prefix counts every term it stands for."""
    from whoosh import query as Q
    from indexer.whoosh_ext.chars import LoneCharacter

    count = 0
    for leaf in query.leaves():
        if isinstance(leaf, LoneCharacter):
            count += 1  # a document set of its own, not an OR of terms
        elif isinstance(leaf, Q.MultiTerm):
            count += sum(1 for _ in leaf._btexts(reader))
        elif isinstance(leaf, Q.Phrase):
            count += len(leaf.words)
        else:
            count += 1
    return count


def containing(service, text: str) -> set[str]:
    """Ids of the reports whose (normalised) text holds ``text``, by reading every stored report."""
    searcher = service.searcher()
    return {doc["meta"]["id"] for doc in searcher.all_stored_fields() if text in normalize(doc["meta"]["text"])}


def all_ids(service, q: str, **kw) -> set[str]:
    data = service.search(SearchRequest(q=q, per_page=100, collapse=False, **kw))
    ids = set()
    page = 1
    while True:
        ids |= {row["id"] for row in data["results"]}
        if page * 100 >= data["total"]:
            return ids
        page += 1
        data = service.search(SearchRequest(q=q, per_page=100, page=page, collapse=False, **kw))


# -- 1. a single common character --------------------------------------------------------

@pytest.mark.parametrize("ch", ["的", "园", "是"])
def test_one_character_is_a_document_set_not_hundreds_of_terms(gen_service, ch):
    searcher = gen_service.searcher()
    parsed = gen_service.parse(ch, searcher=searcher)
    assert term_count(parsed.query, searcher.reader()) <= 6
    # ... and finds exactly the reports that hold it
    assert all_ids(gen_service, ch) == containing(gen_service, ch)


def test_eight_characters_anded_read_a_few_terms_each(gen_service):
    q = "的 是 在 和 了 有 为 一"
    searcher = gen_service.searcher()
    parsed = gen_service.parse(q, searcher=searcher)
    assert term_count(parsed.query, searcher.reader()) <= 8 * 6
    want = set.intersection(*(containing(gen_service, ch) for ch in q.split()))
    assert all_ids(gen_service, q) == want


def test_a_prefix_standing_for_too_many_words_is_refused_with_a_suggestion(gen_service):
    from indexer.errors import QueryTooComplex
    from indexer.search.budget import check_query
    from indexer.search.query import parse_expression

    reader = gen_service.searcher().reader()
    tree, _ = parse_expression("一*")
    words = sum(1 for _ in reader.expand_prefix("text", "一"))
    assert words > 50  # the generated corpus has dozens of words starting with 一
    with pytest.raises(QueryTooComplex, match="一"):
        check_query(tree, reader, ("text",), max_prefix_terms=words - 1)
    check_query(tree, reader, ("text",), max_prefix_terms=words)  # at the cap: fine


# -- 2. a query of many words, with sections ----------------------------------------------

FREQUENT = "的是在和了有为一不这中大国个上们以要到说时地也子就出会可下而过生能对年着发展建设工作经济企业项目产业园区管理服务推进加强实施完成提高开展社会政府全面增长重点改革创新市场投资基础设施"


def test_a_hundred_and_twenty_characters_with_sections_are_refused(gen_client):
    q = " ".join(FREQUENT[:120])
    params = [("q", q)] + [("section", s) for s in ("成效进展", "做法措施", "存在问题", "计划安排")]
    for route in ("/api/search", "/export.csv"):
        response = gen_client.get(route, query_string=params)
        assert response.status_code == 400
        body = response.get_data(as_text=True)
        assert TOO_COMPLEX in body and "请" in body


def test_a_query_of_many_strings_is_refused_before_it_is_compiled(gen_service):
    from indexer.errors import BadRequest

    with pytest.raises(BadRequest, match=TOO_COMPLEX):
        gen_service.search(SearchRequest(q=" ".join(f"项目{i}" for i in range(40))))


# -- 3. filter values -----------------------------------------------------------------------

def test_thousands_of_filter_values_are_refused(gen_client):
    params = [("park", f"p{i}") for i in range(6000)]
    for route in ("/", "/api/search", "/export.csv"):
        response = gen_client.get(route, query_string=params)
        assert response.status_code == 400
        assert "最多" in response.get_data(as_text=True)


def test_filter_values_are_deduplicated_and_capped(gen_client):
    assert gen_client.get("/api/search", query_string=[("park", f"p{i}") for i in range(20)]).status_code == 200
    assert gen_client.get("/api/search", query_string=[("park", f"p{i}") for i in range(21)]).status_code == 400
    same = [("park", "金岭工业园")] * 500
    page = gen_client.get("/", query_string=same)
    assert page.status_code == 200
    assert page.get_data(as_text=True).count('class="chip"') == 1  # one chip, not 500


# -- 4. the report page's q --------------------------------------------------------------------

def test_report_page_query_has_the_same_length_limit(gen_client, gen_service):
    rid = gen_service.search(SearchRequest(q="园区"))["results"][0]["id"]
    long_q = "园" * 2000
    response = gen_client.get(f"/report/{rid}", query_string={"q": long_q})
    assert response.status_code == 400
    assert "查询太长" in response.get_data(as_text=True)
    assert gen_client.get(f"/report/{rid}", query_string={"q": "园区"}).status_code == 200


# -- 5. nesting ---------------------------------------------------------------------------------

@pytest.mark.parametrize("q", ["(" * 499, "(" * 200 + "园区" + ")" * 200, "-" * 497 + "园区", "NOT " * 120 + "园区",
                               "(园区 OR " * 20 + "项目" + ")" * 20])
def test_deep_nesting_is_a_warning_not_a_500(gen_client, q):
    response = gen_client.get("/api/search", query_string={"q": q})
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    data = response.get_json()
    if q.startswith("("):
        assert "括号" in (data["warning"] or "")


# -- 6. heavy work cannot starve the server ---------------------------------------------------

def test_when_every_slot_is_busy_heavy_requests_get_a_quick_503_and_the_rest_is_served(gen_app):
    client = gen_app.test_client()
    work = gen_app.extensions["parksearch_guard"].work
    assert client.get("/api/search", query_string={"q": "招商引资"}).status_code == 200  # now cached
    # occupy every slot, as a burst of heavy queries would, and leave no place to wait
    waiting, work.waiting = work.waiting, 0
    for _ in range(work.slots):
        work.acquire()
    try:
        assert client.get("/healthz").get_json()["busy"] == work.slots
        response = client.get("/api/search", query_string={"q": "污水处理 项目"})
        assert response.status_code == 503
        assert "服务器正忙" in response.get_json()["error"]
        assert client.get("/", query_string={"q": "项目"}).status_code == 503
        assert client.get("/healthz").status_code == 200
        assert client.get("/static/style.css").status_code == 200
        assert client.get("/api/search", query_string={"q": "招商引资"}).status_code == 200  # a cached answer
    finally:
        work.waiting = waiting
        for _ in range(work.slots):
            work.release()
    assert client.get("/api/search", query_string={"q": "污水处理 项目"}).status_code == 200


def test_searches_report_pages_and_exports_each_have_a_lane_of_their_own(gen_app):
    # a report page costs ~15 ms and a search ~50 ms: neither may queue behind the other, nor
    # behind a CSV export of ~0.3 s (exports were in the searches' lane and held its slots)
    client = gen_app.test_client()
    guard = gen_app.extensions["parksearch_guard"]
    rid = client.get("/api/search", query_string={"q": "园区"}).get_json()["results"][0]["id"]
    lanes = {"search": guard.work, "report": guard.pages, "export": guard.exports}
    assert len({id(lane) for lane in lanes.values()}) == 3 and guard.exports.slots == 1
    for full, fresh in (("search", "学校"), ("report", "医院"), ("export", "公园")):  # never asked: not cached
        lane = lanes[full]
        waiting, lane.waiting = lane.waiting, 0
        for _ in range(lane.slots):
            lane.acquire()
        try:
            answers = {"report": client.get(f"/report/{rid}", query_string={"q": "项目 " + fresh}),
                       "search": client.get("/api/search", query_string={"q": "项目 道路 " + fresh}),
                       "export": client.get("/export.csv", query_string={"q": "项目 " + fresh})}
            # every slot of one lane taken: its requests get a quick 503, the other lanes' are served
            assert {kind: r.status_code for kind, r in answers.items()} == {
                kind: 503 if kind == full else 200 for kind in lanes}
            assert "服务器正忙" in answers[full].get_data(as_text=True)
        finally:
            lane.waiting = waiting
            for _ in range(lane.slots):
                lane.release()
        assert all(other.busy == 0 for other in lanes.values())


def test_an_export_that_waited_its_turn_queues_with_the_searches(gen_app):
    # exports wait for their own slot first; one that waited its turn takes a search slot, so
    # piled-up exports are not refused while searches are served (then only a full queue is)
    import time

    client = gen_app.test_client()
    guard = gen_app.extensions["parksearch_guard"]
    turn, guard.export_turn_seconds = guard.export_turn_seconds, 0.3
    guard.exports.acquire()
    try:
        started = time.monotonic()
        assert client.get("/export.csv", query_string={"q": "项目 花园"}).status_code == 200
        assert time.monotonic() - started >= 0.3
        assert (guard.work.busy, guard.work.room.taken) == (0, 0)
        waiting, guard.work.waiting = guard.work.waiting, 0
        for _ in range(guard.work.slots):
            guard.work.acquire()
        try:  # every search slot taken too, and no place in their queue: a 503 after its turn
            answer = client.get("/export.csv", query_string={"q": "项目 草坪"})
            assert answer.status_code == 503 and "服务器正忙" in answer.get_data(as_text=True)
        finally:
            guard.work.waiting = waiting
            for _ in range(guard.work.slots):
                guard.work.release()
    finally:
        guard.exports.release()
        guard.export_turn_seconds = turn
    assert (guard.exports.busy, guard.work.busy, guard.room.taken) == (0, 0, 0)


def test_a_heavy_request_waits_for_a_slot_when_there_is_room_to_wait(gen_app):
    import threading

    work = gen_app.extensions["parksearch_guard"].work
    for _ in range(work.slots):
        work.acquire()
    answers = []
    waiter = threading.Thread(target=lambda: answers.append(
        gen_app.test_client().get("/api/search", query_string={"q": "道路 项目"}).status_code))
    waiter.start()
    work.release()  # one slot frees: the waiting request takes it
    waiter.join(timeout=60)
    for _ in range(work.slots - 1):
        work.release()
    assert answers == [200]


def test_over_its_cpu_budget_a_request_is_a_400_not_a_500(generated):
    from webui import create_app

    corpus, index = generated
    # Ten fresh apps: a warm export of 300 reports takes 20-40 ms of CPU, and when the watchdog
    # only looked every 20 ms, 2 in 30 were served whole (a 200; once in CI). An allowance
    # shorter than a tick now wakes the watchdog at once.
    for _ in range(10):
        app = create_app({"INDEX_DIR": str(index), "CORPUS_DIR": str(corpus), "TESTING": True,
                          "CPU_BUDGET_SECONDS": 0.0, "EXPORT_CPU_BUDGET_SECONDS": 0.0})
        response = app.test_client().get("/export.csv", query_string={"q": "的"})
        assert response.status_code == 400
        assert TOO_COMPLEX in response.get_data(as_text=True)


def test_budget_stops_a_busy_thread():
    from indexer.errors import QueryTooComplex
    from indexer.search.budget import cpu_budget

    spins = 0
    with pytest.raises(QueryTooComplex):
        with cpu_budget(0.05):
            while spins < 10**9:  # bounded: ~minutes of CPU at most; the budget stops it long before
                spins += 1
    assert spins < 10**9


def test_a_lost_stop_is_given_again_and_a_finished_body_still_stops():
    # A fired stop can be lost: delivered inside a callback whose errors Python only prints (a weakref's, a __del__
    # the garbage collector calls mid-request). A full-suite run served a whole export over a zero allowance so
    # (200, the QueryTooComplex printed as "Exception ignored in: WeakSet._remove"). Here the body loses it by hand.
    from indexer.errors import QueryTooComplex
    from indexer.search.budget import REFIRE_AFTER, cpu_budget

    lost = 0
    spins = 0
    with pytest.raises(QueryTooComplex):
        with cpu_budget(0.05):
            while spins < 10**9:  # bounded: minutes at most; the second stop ends it after ~0.5 s of CPU
                try:
                    while spins < 10**9:
                        spins += 1
                except QueryTooComplex:
                    lost += 1  # the first stop swallowed, as a callback would
                    if lost > 1:
                        raise
    assert lost == 2 and spins < 10**9 and REFIRE_AFTER <= 1.0

    # a body that finishes after its stop was lost still ends over its allowance: the answer is the 400
    with pytest.raises(QueryTooComplex):
        with cpu_budget(0.01):
            try:
                while True:
                    spins += 1
            except QueryTooComplex:
                pass


def test_between_steps_a_fired_request_stops_at_once():
    from indexer.errors import QueryTooComplex
    from indexer.search.budget import check_allowance, cpu_budget

    with pytest.raises(QueryTooComplex):
        with cpu_budget(0.01):
            try:
                while True:
                    pass
            except QueryTooComplex:
                pass  # lost
            check_allowance()  # the export's row loop: stops here, not after the rows
            raise AssertionError("a fired request went on past a step's edge")


def test_slow_sockets_do_not_lock_out_new_clients(server):
    port = int(server.rsplit(":", 1)[1])
    socks = []
    try:
        for _ in range(150):  # more than waitress's default connection limit (100)
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            socks.append(s)
        with urllib.request.urlopen(server + "/healthz", timeout=10) as response:
            assert response.status == 200
    finally:
        for s in socks:
            s.close()


def test_healthz_shows_counts_not_paths(client, index_dir):
    data = client.get("/healthz").get_json()
    assert data["status"] == "ok" and data["reports"] > 0
    text = repr(data)
    assert str(index_dir) not in text and os.sep + "index" not in text and "/" not in text


# -- 7. the corpus is a boundary -----------------------------------------------------------

SECRET = "绝密外部文件内容甲乙丙"


@pytest.fixture
def linked_corpus(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text(f"某某工业园区工作总结\n{SECRET}。园区管委会今年招商引资成效显著。\n" * 5, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "004_b31896b464007f3c.txt", corpus / "good.txt")
    (corpus / "link.txt").symlink_to(secret)
    (corpus / "passwd.txt").symlink_to("/etc/passwd")
    (corpus / "inside.txt").symlink_to(corpus / "good.txt")  # a link that stays inside is fine
    (corpus / "sub").mkdir()
    (corpus / "sub" / "up.txt").symlink_to(Path("..") / ".." / "outside" / "secret.txt")
    return corpus


def test_links_out_of_the_corpus_are_skipped_with_a_reason(linked_corpus, tmp_path):
    summary = build_index(linked_corpus, tmp_path / "index")
    skipped = {item["source"]: item["reason"] for item in summary.skipped}
    for name in ("link.txt", "passwd.txt", "sub/up.txt"):
        assert "语料文件夹之外" in skipped[name]
    service = SearchService(tmp_path / "index")
    # quoted: the secret's text is in no report (since session 36 its words held elsewhere, 文件 …, list those reports)
    assert service.search(SearchRequest(q=f'"{SECRET}"'))["total"] == 0
    assert service.search(SearchRequest(q="root"))["total"] == 0
    sources = {row["source"] for row in service.search(SearchRequest(per_page=100, collapse=False))["results"]}
    assert sources == {"good.txt", "inside.txt"}


def test_inspect_and_read_file_refuse_a_link_out_of_the_corpus(linked_corpus):
    from indexer.reading.pipeline import read_file

    reading = read_file(linked_corpus / "link.txt", linked_corpus)
    assert reading.skipped and "语料文件夹之外" in reading.skipped and reading.reports == []


def test_a_link_swapped_in_after_the_check_is_still_refused(linked_corpus):
    # the window between "is this name inside the corpus?" and the open: a file that was
    # checked, then replaced by a link out of the folder. The reader's last step checks
    # the open file itself, so reading the name afterwards finds the link and refuses it.
    from indexer.reading.formats import OutsideCorpus, open_inside, read_path
    from indexer.reading.pipeline import outside_corpus

    checked = linked_corpus / "checked.txt"
    checked.write_text("某某工业园区工作总结\n园区管委会今年招商引资成效显著。\n", encoding="utf-8")
    assert outside_corpus(checked, linked_corpus) is None  # the check passes ...
    checked.unlink()
    checked.symlink_to(linked_corpus.parent / "outside" / "secret.txt")  # ... then the swap
    result = read_path(checked, linked_corpus)
    assert not result.text and "语料文件夹之外" in result.skipped
    with pytest.raises(OutsideCorpus):
        open_inside(checked, linked_corpus)
    # a folder on the way swapped for a link out of the corpus is caught the same way
    (linked_corpus / "sub2").mkdir()
    (linked_corpus / "sub2").rmdir()
    (linked_corpus / "sub2").symlink_to(linked_corpus.parent / "outside")
    with pytest.raises(OutsideCorpus):
        open_inside(linked_corpus / "sub2" / "secret.txt", linked_corpus)
    with open_inside(linked_corpus / "inside.txt", linked_corpus) as f:  # a link that stays inside is read
        assert f.read() == (linked_corpus / "good.txt").read_bytes()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_in_the_corpus_is_skipped_not_waited_on(tmp_path):
    # opening a named pipe for reading blocks until someone writes to it: the reader
    # would hang for good. It is opened without waiting and skipped as not a file.
    from indexer.reading.formats import NotRegularFile, open_inside, read_path

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    os.mkfifo(corpus / "pipe.txt")
    with pytest.raises(NotRegularFile):
        open_inside(corpus / "pipe.txt", corpus)
    assert "不是普通文件" in read_path(corpus / "pipe.txt", corpus).skipped


def test_bad_corrections_row_is_reported_and_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "004_b31896b464007f3c.txt", corpus / "a.txt")
    (corpus / "parksearch-meta.csv").write_text(
        "file,n,park,year,doc_type\na.txt,,乙工业园,2020,工作总结,多余\na.txt,1,甲工业园,,\n", encoding="utf-8")
    summary = build_index(corpus, tmp_path / "index")
    assert any("第 2 行" in w for w in summary.warnings)
    assert summary.added == 1
    row = SearchService(tmp_path / "index").search(SearchRequest())["results"][0]
    assert row["park"] == "甲工业园"  # the good row still applies


# -- 8. downloads and redirects --------------------------------------------------------------

@pytest.fixture
def odd_names(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed = (CORPUS / "004_b31896b464007f3c.txt").read_bytes()
    (corpus / "a\r\nSet-Cookie: x=1.txt").write_bytes(seed)
    with open(os.path.join(os.fsencode(corpus), "园区总结".encode("gbk") + b".txt"), "wb") as f:
        f.write(seed.replace("金岭".encode(), "银岭".encode()))
    with open(os.path.join(os.fsencode(corpus), b"raw\xff\xfe.txt"), "wb") as f:
        f.write(seed.replace("金岭".encode(), "铜岭".encode()))
    index = tmp_path / "index"
    build_index(corpus, index)
    from webui import create_app

    return create_app({"INDEX_DIR": str(index), "CORPUS_DIR": str(corpus), "TESTING": True}).test_client(), corpus


def test_odd_file_names_download(odd_names):
    client, corpus = odd_names
    rows = client.get("/api/search", query_string={"per_page": 100, "collapse": 0}).get_json()["results"]
    assert len(rows) == 3
    for row in rows:
        response = client.get(f"/report/{row['id']}/source")
        assert response.status_code == 200, (row["source"], response.get_data(as_text=True)[:200])
        disposition = response.headers["Content-Disposition"]
        assert "\r" not in disposition and "\n" not in disposition
        assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("path", ["//", "/static//style.css", "/api//search"])
def test_redirects_never_use_the_request_host(client, path):
    response = client.get(path, headers={"Host": "evil.example"})
    location = response.headers.get("Location")
    if location:
        assert "evil.example" not in location and not location.startswith("//")


# -- 9. the build ------------------------------------------------------------------------------

def make_docx(path: Path, document_xml: bytes) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", document_xml)


def test_a_zip_bomb_docx_is_skipped_with_a_reason(tmp_path):
    from indexer.reading.formats import MAX_DOCX_PART_BYTES, read_path

    bomb = tmp_path / "bomb.docx"
    body = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    make_docx(bomb, body + b" " * (MAX_DOCX_PART_BYTES + 1) + b"</w:body></w:document>")
    assert bomb.stat().st_size < MAX_DOCX_PART_BYTES // 100  # a small file that unpacks huge
    result = read_path(bomb)
    assert result.skipped and "解压" in result.skipped


def slow_pdf(path: Path, operations: int) -> None:
    """A valid one-page PDF whose content stream has ``operations`` text-showing operators."""
    content = b"BT /F1 12 Tf 72 712 Td " + b"(x) Tj " * operations + b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def test_a_file_that_takes_too_long_is_skipped_and_the_build_goes_on(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "004_b31896b464007f3c.txt", corpus / "good.txt")
    slow_pdf(corpus / "slow.pdf", 300_000)
    summary = build_index(corpus, tmp_path / "index", workers=1, file_seconds=0.5)
    skipped = {item["source"]: item["reason"] for item in summary.skipped}
    assert "超时" in skipped["slow.pdf"] or "秒" in skipped["slow.pdf"]
    assert summary.added == 1


def test_build_workers_are_capped_by_the_number_of_files(tmp_path):
    corpus = tmp_path / "corpus"
    generate.generate(corpus, 3, chars=40000)  # 3 files, enough bytes to run in parallel
    summary = build_index(corpus, tmp_path / "index", workers=8)
    assert summary.workers <= 3 and summary.added == 3


def in_sections(service, ch: str, kind: str) -> set[str]:
    """Ids of the reports with ``ch`` inside a section of ``kind``, by reading every stored report."""
    out = set()
    for doc in service.searcher().all_stored_fields():
        meta = doc["meta"]
        if any(s["category"] == kind and ch in normalize(meta["text"][s["start"]:s["end"]]) for s in meta["sections"]):
            out.add(meta["id"])
    return out


@pytest.mark.parametrize("ch, kind", [("的", "存在问题"), ("县", "计划安排")])
def test_a_character_kept_to_sections_finds_exactly_those_reports(gen_service, ch, kind):
    assert all_ids(gen_service, ch, sections=[kind]) == in_sections(gen_service, ch, kind)


def in_sections_str(service, text: str, kind: str) -> set[str]:
    """Ids of the reports with ``text`` inside a section of ``kind``, by reading every stored report."""
    out = set()
    for doc in service.searcher().all_stored_fields():
        meta = doc["meta"]
        if any(s["category"] == kind and text in normalize(meta["text"][s["start"]:s["end"]])
               for s in meta["sections"]):
            out.add(meta["id"])
    return out


@pytest.mark.parametrize("text, kind", [("土地", "存在问题"), ("污水处理", "计划安排"), ("招商引资", "成效进展"),
                                        ("基础设施建设", "做法措施")])
def test_a_string_kept_to_sections_finds_exactly_those_reports(gen_service, text, kind):
    # where a word or a phrase matches by kind of section is found once per segment and
    # remembered (sections.leaf_kinds); the filter is that set, asked twice the same
    quoted = f'"{text}"'
    expected = in_sections_str(gen_service, text, kind)
    assert expected
    assert all_ids(gen_service, quoted, sections=[kind]) == expected
    assert all_ids(gen_service, quoted, sections=[kind]) == expected


def test_lone_characters_remembered_within_a_byte_budget(monkeypatch):
    # the section kinds of a common character are remembered per report; counting entries
    # as if they were array slots let a few dozen characters hold hundreds of MB at 10,000
    # reports. They are arrays now (a docnum and a byte of kinds), counted as such.
    from indexer.whoosh_ext import chars
    from indexer.whoosh_ext.remember import SegmentMemory

    monkeypatch.setattr(chars, "_found", SegmentMemory(20_000, chars._bytes))
    folder = os.path.abspath("a-folder-for-this-test")
    try:
        for i in range(50):
            chars._found.get((folder, "seg", "text_lit", str(i), "kinds", None),
                             lambda: chars.KindsFound({d: {"计划安排", "存在问题"} for d in range(900)}))
        assert 0 < chars._found.used <= 20_000
        assert len(chars._found) == 4  # 4,564 bytes an entry
        for k, (v, size, _used) in chars._found._entries.items():
            assert size == v.docs.nbytes + v.masks.nbytes + 64 == 64 + 900 * 5
    finally:
        chars.forget_folder(folder)


def test_a_characters_section_kinds_are_kept_as_arrays():
    from indexer.whoosh_ext import chars

    found = {7: {"计划安排"}, 3: {"存在问题", "计划安排"}, 12: set(), 40: {"成效进展"}}
    kept = chars.KindsFound(found)
    assert kept.as_dict() == {3: {"存在问题", "计划安排"}, 7: {"计划安排"}, 40: {"成效进展"}}
    assert list(kept.holding({"计划安排"})) == [3, 7]
    assert list(kept.holding({"存在问题", "成效进展"})) == [3, 40]
    assert list(kept.holding({"做法措施"})) == []
    assert len(kept) == 3 and not chars.KindsFound()
    assert kept == chars.KindsFound({40: {"成效进展"}, 3: {"计划安排", "存在问题"}, 7: {"计划安排"}})



def test_serve_caps_glibc_memory_pools():
    # 24 threads each with a pool of its own held ~60 MB more heap at 10,000 reports (issue 14)
    import ctypes
    import platform

    from indexer import cli

    if platform.system() != "Linux" or not platform.libc_ver()[0] == "glibc":
        pytest.skip("glibc only")
    calls = []

    class Libc:
        def mallopt(self, param, value):
            calls.append((param, value))
            return 1

    real = ctypes.CDLL
    ctypes.CDLL = lambda name: Libc()
    try:
        cli.tune_for_threads()
    finally:
        ctypes.CDLL = real
    assert calls == [(-8, cli.MALLOC_ARENAS)]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("q", ["」", "』", "招商」", "「土地」」"])
def test_a_lone_closing_quote_is_read_and_answered(q):
    """A closing quote with no opening one (」, 』) once stopped the query lexer in a loop that took memory until the
    machine killed the process; it is now skipped with the unpaired-quote warning."""
    from indexer.search.query import parse_expression
    tree, warning = parse_expression(q)
    assert warning and "引号不成对" in warning
    assert tree is not None or q in ("」", "』")

#!/usr/bin/env python3
"""End-to-end tests of `mizan serve`: the real binary started on a free loopback port and stopped
by the test, spoken to as its clients do. The tmserver routes from Python's standard library the
way Weblate's tmserver machinery calls them (URL-quoted text, `quality` read as an int), and as
translate-toolkit's own test_tmserver.py does; the v1 API with curl; then the bad input of issue 17
(malformed URLs and escapes, invalid UTF-8, a 10 MB body, a stalled client, wrong methods and
tokens, JSON bombs), each a 4xx with a JSON error, no partial write, and the server still up.

usage: serve_test.py MIZAN_BINARY SOURCE_DIR
"""

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

MIZAN, SRC = sys.argv[1], sys.argv[2]
WORK = tempfile.mkdtemp(prefix="mizan-serve.")
TOKEN = "0123456789abcdef0123456789abcdef"  # the shape of `openssl rand -hex 16`
PASSED, FAILED = 0, 0


def check(name, fn):
    global PASSED, FAILED
    try:
        fn()
        PASSED += 1
    except Exception as e:  # noqa: BLE001 - every failure is reported, the run goes on
        FAILED += 1
        print(f"FAILED: {name}: {type(e).__name__}: {e}")


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


def mizan(*args, stdin=None):
    return subprocess.run([MIZAN, *args], input=stdin, capture_output=True, text=True, check=True)


class Server:
    """`mizan serve` on 127.0.0.1:0; the port is read from its first line on stderr."""

    def __init__(self, db, *extra):
        self.log_path = os.path.join(WORK, f"serve-{time.monotonic_ns()}.log")
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            [MIZAN, "serve", "--db", db, "--listen", "127.0.0.1:0", "--threads", "4", *extra],
            stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + 20
        self.port = None
        while self.port is None:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("server did not start: " + self.text())
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", self.text())
            if m:
                self.port = int(m.group(1))
            else:
                time.sleep(0.05)
        self.base = f"http://127.0.0.1:{self.port}"

    def text(self):
        with open(self.log_path) as f:
            return f.read()

    def stop(self):
        """SIGTERM; returns the exit status (the test fails on a server that does not stop)."""
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=15)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            self.log.close()


def request(server, method, path, body=None, headers=None):
    """(status, headers, body bytes) of one request; HTTP errors are answers, not exceptions."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read()
    finally:
        conn.close()


def json_error(server, method, path, status, body=None, headers=None):
    """The request must be answered `status` with a JSON error naming that status."""
    got, _, data = request(server, method, path, body, headers)
    expect(got == status, f"{method} {path[:80]}: status {got}, expected {status}: {data[:300]!r}")
    err = json.loads(data)["error"]
    expect(err["status"] == status and err["message"], f"error body {data[:300]!r}")
    return err["message"]


def raw_exchange(server, data, wait=5.0):
    """Sends raw bytes; returns what the server answers before it closes (or `wait` passes)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=wait) as s:
        s.sendall(data)
        out = b""
        try:
            while chunk := s.recv(65536):
                out += chunk
        except socket.timeout:
            pass
        return out


def units(db):
    return json.loads(mizan("stats", "--db", db, "--format", "json").stdout)["units"]


def auth(token=TOKEN):
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}


# --- the memory and glossary the server shares ----------------------------------------------
DB = os.path.join(WORK, "team.db")
TSV = os.path.join(WORK, "units.tsv")
with open(TSV, "w") as f:
    f.write("en\tar\n")
    f.write("The operation was a success.\tكانت العملية ناجحة.\n")
    f.write("Hello\tمرحبا\n")
    f.write("U.S. Central Command forces conducted a strike in Syria.\t"
            "نفذت قوات القيادة المركزية الأمريكية ضربة في سوريا.\n")
    f.write("Open the file / folder\tافتح الملف / المجلد\n")
mizan("import", "--db", DB, TSV)
mizan("term", "import", "--db", DB, os.path.join(SRC, "glossary", "press-release.tsv"))
TOKENS = os.path.join(WORK, "tokens")
with open(TOKENS, "w") as f:
    f.write("# team tokens\n\n" + TOKEN + "\n")

srv = Server(DB, "--token-file", TOKENS, "--timeout", "1")


# --- tmserver, as Weblate's machinery and translate-toolkit's test call it ---------------------
def weblate_get(slang, tlang, text):
    # weblate/machinery/tmserver.py: get_api_url(source, target, "unit", text[:500] with \r
    # replaced), every part quoted with safe="" (so "/" travels as %2F); then int(line["quality"]).
    url = "/".join([srv.base + "/tmserver", urllib.parse.quote(slang, safe=""),
                    urllib.parse.quote(tlang, safe=""), "unit",
                    urllib.parse.quote(text[:500].replace("\r", " ").encode(), safe="")])
    with urllib.request.urlopen(url, timeout=30) as r:
        expect(r.status == 200, f"status {r.status}")
        return json.loads(r.read().decode("utf-8"))


def test_weblate_exact_en_ar():
    payload = weblate_get("en", "ar", "The operation was a success.")
    expect(len(payload) >= 1, f"no suggestion: {payload}")
    best = payload[0]
    expect(set(best) == {"source", "target", "context", "quality"}, f"fields {sorted(best)}")
    expect(best["target"] == "كانت العملية ناجحة.", best["target"])
    expect(int(best["quality"]) == 100, f"quality {best['quality']}")


def test_weblate_fuzzy_ar_en_with_clitic():
    # The Arabic query differs by a clitic and a word: Arabic-aware matching still finds it, and
    # the quality is a similarity under 100 that Weblate's threshold (75) keeps.
    payload = weblate_get("ar", "en", "نفذت قوات القيادة المركزية الأمريكية ضربة جديدة في سوريا.")
    expect(payload, "no suggestion")
    expect(payload[0]["target"].startswith("U.S. Central Command forces"), payload[0]["target"])
    expect(75 <= int(payload[0]["quality"]) < 100, f"quality {payload[0]['quality']}")


def test_weblate_quoted_slash_and_locale_codes():
    # "/" quoted as %2F is part of the text, and Weblate's codes come lower case with "_".
    payload = weblate_get("en_us", "ar_sa", "Open the file / folder")
    expect(payload and payload[0]["target"] == "افتح الملف / المجلد", f"{payload}")


def test_tmserver_unknown_pair_is_empty():
    expect(weblate_get("en", "fr", "Hello") == [], "en->fr should have no suggestions")


def test_tmserver_no_match_is_empty_list():
    expect(weblate_get("en", "ar", "Completely unrelated words here") == [], "expected []")


def test_translate_toolkit_test_expectation():
    # translate/services/test_tmserver.py: urlopen(".../en/cs/unit/Hello/"), payload[0]["target"].
    with urllib.request.urlopen(srv.base + "/tmserver/en/ar/unit/Hello/", timeout=30) as r:
        payload = json.loads(r.read().decode("utf-8"))
    expect(payload[0]["target"] == "مرحبا", f"{payload}")


def test_languages_route():
    status, _, data = request(srv, "GET", "/tmserver/languages/")
    expect(status == 200, f"status {status}")
    langs = json.loads(data)
    expect(langs == {"sourceLanguages": ["ar", "en"], "targetLanguages": ["ar", "en"]}, f"{langs}")


def test_tmserver_put_unit_then_found():
    body = json.dumps({"source": "The convoy arrived safely.", "target": "وصلت القافلة بسلام."})
    status, _, _ = request(srv, "PUT", "/tmserver/en/ar/unit/The%20convoy%20arrived%20safely.",
                           body.encode(), auth())
    expect(status == 200, f"PUT status {status}")
    payload = weblate_get("en", "ar", "The convoy arrived safely.")
    expect(payload and payload[0]["target"] == "وصلت القافلة بسلام.", f"{payload}")


def test_tmserver_store_upload():
    before = units(DB)
    body = json.dumps([{"source": "First upload line.", "target": "السطر الأول."},
                       {"source": "Second upload line.", "target": "السطر الثاني."}])
    status, _, data = request(srv, "POST", "/tmserver/en/ar/store/upload.po", body.encode(), auth())
    expect(status == 200 and data == b"added 2 units from upload.po", f"{status} {data!r}")
    expect(units(DB) == before + 2, "two units more")


# --- the v1 API with curl -----------------------------------------------------------------------
def curl(*args):
    r = subprocess.run(["curl", "-sS", "-w", "\n%{http_code}", *args], capture_output=True,
                       text=True, check=True)
    body, _, code = r.stdout.rpartition("\n")
    return int(code), body


def test_v1_lookup_same_json_as_cli():
    code, body = curl("-G", srv.base + "/v1/lookup", "--data-urlencode",
                      "q=The operation was success", "--data-urlencode", "min=60")
    expect(code == 200, f"{code} {body}")
    served = json.loads(body)
    cli = json.loads(mizan("lookup", "--db", DB, "--min", "60", "--format", "json",
                           "The operation was success").stdout)
    expect(served == cli, f"server {served} != cli {cli}")
    m = served["matches"][0]
    expect(m["kind"] == "fuzzy" and m["target"] == "كانت العملية ناجحة.", f"{m}")
    expect({"op": "delete", "match": "a"} in m["diff"], f"diff {m['diff']}")


def test_v1_concord_arabic_clitic():
    code, body = curl("-G", srv.base + "/v1/concord", "--data-urlencode", "q=قيادة")
    expect(code == 200, f"{code} {body}")
    hits = json.loads(body)
    expect(hits["lang"] == "ar" and len(hits["hits"]) == 1, f"{hits}")
    expect(hits["hits"][0]["en"].startswith("U.S. Central Command"), f"{hits}")


def test_v1_terms_find_lists_a_latin_acronym_in_arabic_text():
    # As `mizan term find --lang ar` does: Arabic text that keeps the English acronym.
    code, body = curl("-G", srv.base + "/v1/terms/find", "--data-urlencode",
                      "text=قوة المهام المشتركة – عملية العزم الصلب (CJTF – OIR) في العراق",
                      "--data-urlencode", "lang=ar")
    expect(code == 200, f"{code} {body}")
    texts = [m["text"] for m in json.loads(body)]
    expect("CJTF – OIR" in texts, f"{texts}")


def test_v1_terms_find_and_suggest():
    code, body = curl("-G", srv.base + "/v1/terms/find", "--data-urlencode",
                      "text=Gen. Kurilla met U.S. Central Command staff", "--data-urlencode",
                      "lang=en")
    expect(code == 200, f"{code} {body}")
    found = json.loads(body)
    expect(any(e["en"] == "CENTCOM" for f in found for e in f["entries"]), f"{found}")
    code, body = curl("-G", srv.base + "/v1/terms/suggest", "--data-urlencode",
                      "text=U.S. Central Command forces struck targets", "--data-urlencode",
                      "lang=en")
    expect(code == 200, f"{code} {body}")
    suggestion = json.loads(body)[0]
    expect(suggestion["renderings"][0] == {"text": "القيادة المركزية الأمريكية",
                                           "status": "preferred"}, f"{suggestion}")
    expect({"text": "القيادة المركزية الأمريكية", "units": 1} in suggestion["used"], f"{suggestion}")


def test_v1_units_post_then_lookup_exact():
    code, body = curl("-X", "POST", "-H", f"Authorization: Bearer {TOKEN}", "-H",
                      "Content-Type: application/json", "--data-binary",
                      json.dumps({"en": "Posted through the API.", "ar": "أرسلت عبر الواجهة.",
                                  "note": "curl", "document": "api", "position": 3}),
                      srv.base + "/v1/units")
    expect(code == 201, f"{code} {body}")
    added = json.loads(body)
    expect(added["outcome"] == "added" and added["id"] > 0, f"{added}")
    code, body = curl("-X", "POST", "-H", f"Authorization: Bearer {TOKEN}", "--data-binary",
                      json.dumps({"en": "Posted through the API.", "ar": "أرسلت عبر الواجهة.",
                                  "document": "api-2"}),
                      srv.base + "/v1/units")
    expect(code == 200 and json.loads(body) == {"outcome": "merged", "id": added["id"]},
           f"{code} {body}")
    code, body = curl("-G", srv.base + "/v1/lookup", "--data-urlencode",
                      "q=Posted through the API.")
    match = json.loads(body)["matches"][0]
    expect(match["score"] == 100 and match["id"] == added["id"], f"{match}")
    expect(match["origins"] == [{"document": "api", "position": 3},
                                {"document": "api-2", "position": -1}], f"{match}")


def test_v1_patch_then_delete_a_unit():
    code, body = curl("-X", "POST", "-H", f"Authorization: Bearer {TOKEN}", "--data-binary",
                      json.dumps({"en": "A typo is made thru the API.", "ar": "خطأ مطبعي."}),
                      srv.base + "/v1/units")
    expect(code == 201, f"{code} {body}")
    uid = json.loads(body)["id"]
    # The fix: the unit answers under its new English, with its id, and the change is recorded.
    status, _, data = request(srv, "PATCH", f"/v1/units/{uid}",
                              json.dumps({"en": "A typo is made through the API.",
                                          "who": "reviewer"}).encode(), auth())
    expect(status == 200, f"PATCH: {status} {data!r}")
    expect(json.loads(data)["en"] == "A typo is made through the API.", f"{data!r}")
    code, body = curl("-G", srv.base + "/v1/lookup", "--data-urlencode",
                      "q=A typo is made through the API.")
    match = json.loads(body)["matches"][0]
    expect(match["score"] == 100 and match["id"] == uid, f"{match}")
    history = subprocess.run([MIZAN, "history", "--db", DB, str(uid)], capture_output=True,
                             text=True)
    expect(history.returncode == 0 and "reviewer" in history.stdout,
           f"{history.stdout}{history.stderr}")
    json_error(srv, "PATCH", f"/v1/units/{uid}", 400, b"{}", auth())
    json_error(srv, "PATCH", f"/v1/units/{uid}", 401, b'{"en": "x"}')
    # Removed: gone from lookups; a second DELETE and an unknown id are 404.
    status, _, data = request(srv, "DELETE", f"/v1/units/{uid}", None, auth())
    expect(status == 200 and json.loads(data) == {"removed": uid}, f"DELETE: {status} {data!r}")
    code, body = curl("-G", srv.base + "/v1/lookup", "--data-urlencode",
                      "q=A typo is made through the API.")
    expect(all(m["id"] != uid for m in json.loads(body)["matches"]), body)
    json_error(srv, "DELETE", f"/v1/units/{uid}", 404, None, auth())
    json_error(srv, "PATCH", "/v1/units/999999", 404, b'{"en": "x"}', auth())


def test_v1_stats_and_healthz():
    code, body = curl(srv.base + "/v1/stats")
    expect(code == 200 and json.loads(body)["units"] == units(DB), body)
    code, body = curl(srv.base + "/healthz")
    expect(code == 200 and json.loads(body) == {"status": "ok"}, body)


def test_metrics_prometheus_text():
    code, body = curl(srv.base + "/metrics")
    expect(code == 200, f"{code}")
    expect(re.search(r'^mizan_http_requests_total\{route="v1_lookup",status="200"\} [1-9]', body,
                     re.M), "lookup counter")
    expect(re.search(r'^mizan_http_request_duration_seconds_count\{route="tmserver_unit"\} [1-9]',
                     body, re.M), "latency histogram")
    expect(re.search(r"^mizan_memory_units \d+$", body, re.M), "memory size gauge")
    expect(re.search(r"^process_resident_memory_bytes [1-9]\d*$", body, re.M), "rss gauge")


# --- bad input: each a clear 4xx, no crash, no partial write -------------------------------------
def test_malformed_percent_encoding():
    expect("percent-encoding" in json_error(srv, "GET", "/tmserver/en/ar/unit/abc%zzdef", 400),
           "message names the escape")
    json_error(srv, "GET", "/tmserver/en/ar/unit/abc%2", 400)
    json_error(srv, "GET", "/v1/lookup?q=100%", 400)


def test_malformed_request_line():
    out = raw_exchange(srv, b"GET nonsense\r\n\r\n")
    expect(out.startswith(b"HTTP/1.1 400"), f"{out[:100]!r}")
    out = raw_exchange(srv, b"GET nonsense HTTP/1.1\r\nHost: x\r\n\r\n")
    expect(out.startswith(b"HTTP/1.1 400") and b"must start with '/'" in out, f"{out[:200]!r}")
    out = raw_exchange(srv, b"BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n")
    expect(out.startswith(b"HTTP/1.1 400"), f"{out[:100]!r}")


def test_invalid_utf8_in_path_and_query():
    expect("UTF-8" in json_error(srv, "GET", "/tmserver/en/ar/unit/%FF%FEabc", 400), "names UTF-8")
    json_error(srv, "GET", "/v1/lookup?q=%C3%28", 400)


def test_invalid_utf8_in_body_writes_nothing():
    before = units(DB)
    msg = json_error(srv, "POST", "/v1/units", 400, b'{"en":"bad \xff byte","ar":"x"}', auth())
    expect("UTF-8" in msg, msg)
    expect(units(DB) == before, "nothing written")


def test_ten_megabyte_body():
    before = units(DB)
    big = b'{"en":"' + b"a" * (10 * 1024 * 1024) + b'","ar":"b"}'
    try:
        status, _, data = request(srv, "POST", "/v1/units", big, auth())
        expect(status == 413, f"status {status} {data[:200]!r}")
        expect(json.loads(data)["error"]["status"] == 413, f"{data[:200]!r}")
    except (BrokenPipeError, ConnectionResetError):
        pass  # refused while the client still sent: also no write, checked below
    expect(units(DB) == before, "nothing written")


def test_long_target_and_many_headers():
    status, _, _ = request(srv, "GET", "/v1/lookup?q=" + "a" * 20000)
    expect(status == 414, f"status {status}")
    headers = {f"X-Filler-{i}": "x" for i in range(100)}
    json_error(srv, "GET", "/healthz", 431, None, headers)


def test_slow_client_is_cut_off_and_others_served():
    # A client that sends half a request and stalls holds a worker until the --timeout (1 s);
    # meanwhile other clients are served, and then the server closes the stalled connection.
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=10)
    try:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        started = time.monotonic()
        status, _, _ = request(srv, "GET", "/healthz")
        expect(status == 200 and time.monotonic() - started < 0.9, "others served at once")
        answer = b""
        while chunk := s.recv(4096):
            answer += chunk
        waited = time.monotonic() - started
        expect(waited < 5, f"stalled connection open {waited:.1f} s")
        expect(answer == b"" or answer.startswith(b"HTTP/1.1 4"), f"{answer[:100]!r}")
    finally:
        s.close()


def test_wrong_methods():
    status, headers, data = request(srv, "PUT", "/v1/lookup?q=x", b"{}", auth())
    expect(status == 405 and headers.get("Allow") == "GET", f"{status} {headers} {data!r}")
    json_error(srv, "DELETE", "/healthz", 405)
    json_error(srv, "GET", "/v1/units", 405)
    json_error(srv, "GET", "/no/such/route", 404)


def test_tokens():
    before = units(DB)
    body = json.dumps({"en": "Token test.", "ar": "اختبار."}).encode()
    json_error(srv, "POST", "/v1/units", 401, body, {"Content-Type": "application/json"})
    json_error(srv, "POST", "/v1/units", 401, body, auth("f" * 32))
    json_error(srv, "POST", "/v1/units", 401, body, auth(TOKEN[:-1]))
    json_error(srv, "POST", "/v1/units", 401, body, {"Authorization": "Basic " + TOKEN})
    json_error(srv, "PUT", "/tmserver/en/ar/unit/x", 401,
               json.dumps({"source": "x", "target": "y"}).encode())
    expect(units(DB) == before, "nothing written")


def test_json_bombs_and_bad_json():
    before = units(DB)
    msg = json_error(srv, "POST", "/v1/units", 400, b"[" * 200000 + b"]" * 200000, auth())
    expect("deeper" in msg, msg)
    json_error(srv, "POST", "/v1/units", 400, b'{"en":{"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{'
               b'"i":1}}}}}}}}},"ar":"x"}', auth())
    json_error(srv, "POST", "/v1/units", 400, b'{"en": "unterminated', auth())
    json_error(srv, "POST", "/v1/units", 400, b'{"en": 5, "ar": "x"}', auth())
    json_error(srv, "POST", "/v1/units", 400, b'{"en": "only English"}', auth())
    json_error(srv, "POST", "/v1/units", 400, b"", auth())
    json_error(srv, "POST", "/v1/units", 400, b'{"en":"a","ar":"b","position":-4,"document":"d"}',
               auth())
    # A wide list (within the size limit) of units, one of them bad: refused whole.
    items = [{"source": f"Wide unit {i}.", "target": f"وحدة {i}."} for i in range(2000)]
    items[1500] = {"source": "no target"}
    json_error(srv, "POST", "/tmserver/en/ar/store/wide", 400, json.dumps(items).encode(), auth())
    # An empty side is the store's own refusal (kDataError): 400 and the transaction rolled back.
    items = [{"source": "Fine unit.", "target": "وحدة جيدة."}, {"source": " ", "target": "x"}]
    json_error(srv, "POST", "/tmserver/en/ar/store/empty", 400, json.dumps(items).encode(), auth())
    expect(units(DB) == before, "nothing written")


def test_bad_parameters():
    json_error(srv, "GET", "/v1/lookup", 400)
    json_error(srv, "GET", "/v1/lookup?q=x&min=101", 400)
    json_error(srv, "GET", "/v1/lookup?q=x&max=abc", 400)
    json_error(srv, "GET", "/v1/concord?q=x&lang=fr", 400)
    json_error(srv, "PUT", "/tmserver/en/fr/unit/x", 400,
               json.dumps({"source": "x", "target": "y"}).encode(), auth())


def test_still_serving_and_access_log():
    status, _, _ = request(srv, "GET", "/healthz")
    expect(status == 200 and srv.proc.poll() is None, "server alive")
    log = srv.text()
    expect(re.search(r'^\S+Z 127\.0\.0\.1 "GET /healthz" 200 \d+ [0-9.]+ms$', log, re.M),
           "access log line for /healthz")
    expect(re.search(r'"GET /tmserver/en/ar/unit/%FF%FEabc" 400 ', log), "logged the 400")
    expect("Bearer" not in log and TOKEN not in log, "no token in the log")


for name, fn in list(globals().items()):
    if name.startswith("test_"):
        check(name, fn)


# --- servers with other options, and stopping ---------------------------------------------------
def test_read_only_server_refuses_writes():
    ro = Server(DB)
    try:
        json_error(ro, "POST", "/v1/units", 403, b'{"en":"a","ar":"b"}', auth())
        status, _, _ = request(ro, "GET", "/v1/stats")
        expect(status == 200, "reads open")
    finally:
        expect(ro.stop() == 0, "exit 0")


def test_token_reads():
    tr = Server(DB, "--token-file", TOKENS, "--token-reads")
    try:
        json_error(tr, "GET", "/v1/stats", 401)
        status, _, _ = request(tr, "GET", "/v1/stats", None, auth())
        expect(status == 200, "token opens reads")
        status, _, _ = request(tr, "GET", "/healthz")
        expect(status == 200, "health check open")
    finally:
        tr.stop()


def test_sigterm_with_open_keepalive_connection():
    # A keep-alive connection left open must not hold the server after SIGTERM; the memory is
    # consistent afterwards (the stats read it).
    s = Server(DB, "--token-file", TOKENS)
    conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
    conn.request("POST", "/v1/units", json.dumps({"en": "Before stop.", "ar": "قبل التوقف."}),
                 auth())
    expect(conn.getresponse().read(), "answered")
    started = time.monotonic()
    code = s.stop()
    conn.close()
    expect(code == 0, f"exit status {code}")
    expect(time.monotonic() - started < 10, "stopped in time")
    expect("mizan serve: stopped" in s.text(), s.text()[-300:])
    expect(json.loads(mizan("lookup", "--db", DB, "--format", "json",
                            "Before stop.").stdout)["matches"][0]["score"] == 100, "write kept")


def test_bad_command_lines():
    for args, want in [(["--listen", "nonsense"], 64), (["--prefix", "tm(x)"], 64),
                       (["--token-file", os.path.join(WORK, "missing")], 66),
                       (["--token-reads"], 64)]:
        r = subprocess.run([MIZAN, "serve", "--db", DB, *args], capture_output=True, text=True,
                           timeout=20)
        expect(r.returncode == want, f"{args}: exit {r.returncode}, expected {want}: {r.stderr}")
    short = os.path.join(WORK, "short-tokens")
    with open(short, "w") as f:
        f.write("secret\n")
    r = subprocess.run([MIZAN, "serve", "--db", DB, "--token-file", short], capture_output=True,
                       text=True, timeout=20)
    expect(r.returncode == 78 and "guessable" in r.stderr, f"{r.returncode} {r.stderr}")
    r = subprocess.run([MIZAN, "serve", "--db", os.path.join(WORK, "none.db")],
                       capture_output=True, text=True, timeout=20)
    expect(r.returncode == 66, f"missing database: exit {r.returncode}: {r.stderr}")


check("first server stops on SIGTERM", lambda: expect(srv.stop() == 0, "exit 0"))
for fn in [test_read_only_server_refuses_writes, test_token_reads,
           test_sigterm_with_open_keepalive_connection, test_bad_command_lines]:
    check(fn.__name__, fn)

shutil.rmtree(WORK, ignore_errors=True)
print(f"{PASSED} passed, {FAILED} failed")
sys.exit(1 if FAILED else 0)

#!/usr/bin/env python3
"""Bytes a signed-in learner's browser loads for one page: the HTML and every script and style sheet
it names, as sent (gzip accepted) and unpacked, and the time to fetch them all one after the other.

    bench/page-weight.py http://localhost:8100 /lab [email password]

For issue 18's "/lab interactive within 1 s on a warm server" (docs/benchmarks.md). Python 3
standard library only.
"""
import gzip
import os
import re
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
side_by_side = __import__("side-by-side")


def fetch(opener, url):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with opener.open(request, timeout=30) as response:
        body = response.read()
        sent = len(body)
        if response.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        return sent, body


def main():
    base, path = sys.argv[1], sys.argv[2]
    email, password = (sys.argv[3:5] if len(sys.argv) >= 5 else ("learner@example.com", "learner-pass-2026"))
    side_by_side.BASE = base
    learner = side_by_side.Learner()
    learner.log_in(email, password)
    fetch(learner.opener, base + path)  # warm: the page and its files have been served once
    began = time.monotonic()
    sent, html = fetch(learner.opener, base + path)
    rows = [(path, sent, len(html))]
    text = html.decode()
    assets = re.findall(r'<script[^>]+src="([^"]+)"', text) + \
        re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', text) + \
        re.findall(r'<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"', text)
    for asset in dict.fromkeys(assets):
        url = asset if asset.startswith("http") else base + asset
        a_sent, a_body = fetch(learner.opener, url)
        rows.append((asset, a_sent, len(a_body)))
    elapsed = time.monotonic() - began
    for name, a_sent, size in rows:
        print(f"{a_sent:>9,} B sent {size:>9,} B unpacked  {name}")
    print(f"{sum(r[1] for r in rows):>9,} B sent {sum(r[2] for r in rows):>9,} B unpacked  total, "
          f"{len(rows)} files fetched one after the other in {elapsed * 1000:.0f} ms "
          f"(load {open('/proc/loadavg').read().split()[0]})")


if __name__ == "__main__":
    main()

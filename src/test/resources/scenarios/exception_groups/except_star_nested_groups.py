# except* splits nested groups and keeps their structure in what it passes on
def fetch_all():
    site_a = ExceptionGroup("site A", [TimeoutError("a1"), ValueError("a2")])
    site_b = ExceptionGroup("site B", [TimeoutError("b1")])
    raise ExceptionGroup("crawl", [site_a, site_b, KeyError("config")])

try:
    try:
        fetch_all()
    except* TimeoutError as timeouts:
        print("timeouts:", repr(timeouts))
    except* KeyError as missing:
        print("missing:", missing.exceptions)
except ExceptionGroup as rest:
    print("rest:", repr(rest))

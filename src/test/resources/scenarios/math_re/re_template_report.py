# Filling a report template with re.sub and a dict, and counting placeholders with subn.
import re
import sys

template = "Dear {name}, your order #{order} of {qty} x {item} ships on {date}. {unknown} stays."
values = {"name": "Ada", "order": "10452", "qty": "3", "item": "widgets", "date": "2024-03-01"}
filled, n = re.subn(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)
print(filled)
print(n, sys.getrefcount(template))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3.\2.\1", filled))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2).lower(), "hELLO wORLD from PYTHON"))
names = re.findall(r"\{(\w+)\}", template)
print(names, len(names), sorted(set(names)) == sorted(names))
print(re.sub(r"\s+", " ", "  too \t many\n\nspaces  ").strip(), re.sub(r"^\s+|\s+$", "", "  trim me  "))

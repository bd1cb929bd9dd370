# An error in a multi-line document: lineno and colno point into the text.
import json

config_text = """{
    "name": "lab",
    "version": 2,
    "debug": true
    "level": 3
}"""
try:
    json.loads(config_text)
except ValueError as e:
    print(type(e).__name__, e)
    line = config_text.splitlines()[e.lineno - 1]
    print(repr(line))
    print(" " * e.colno + "^")

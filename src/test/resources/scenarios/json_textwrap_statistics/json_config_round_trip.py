# A settings dict saved as JSON text and read back: equal, but a new object.
import json

settings = {"theme": "dark", "font_size": 14, "autosave": True, "recent": ["a.py", "b.py"], "proxy": None}
text = json.dumps(settings)
print(text)
loaded = json.loads(text)
print(loaded == settings, loaded is settings)
print(loaded["recent"], type(loaded["font_size"]).__name__)
loaded["font_size"] += 2
print(settings["font_size"], loaded["font_size"])

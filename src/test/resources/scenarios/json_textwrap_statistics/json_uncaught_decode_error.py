# An uncaught JSONDecodeError ends the program with the module-qualified name.
import json

print(json.loads('{"ok": true}'))
data = json.loads('{"ok": true,, "n": 1}')
print("not reached", data)

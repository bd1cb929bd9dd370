# Bad JSON text raises JSONDecodeError, a ValueError that knows the line and column.
import json

documents = ['', '{"name": "Ada",}', "{'name': 'Ada'}", '[1, 2', '{"a" 1}', '[1 2]', '"open', 'tru', '{"a": 1} {"b": 2}', '"bad \\q escape"', '"\\u12"']
for doc in documents:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e)
        print("   ", e.msg, "| pos", e.pos, "| line", e.lineno, "| col", e.colno)
print(issubclass(json.JSONDecodeError, ValueError))

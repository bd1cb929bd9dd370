# JSON object keys are strings: int, float, bool and None keys are converted, and do not come back.
import json

scores = {1: "gold", 2: "silver", 2.5: "half", True: "yes", None: "nothing"}
text = json.dumps(scores)
print(text)
back = json.loads(text)
print(back)
print(list(back.keys()))
print(back == scores)
print(json.dumps({False: 0, "False": 1}))

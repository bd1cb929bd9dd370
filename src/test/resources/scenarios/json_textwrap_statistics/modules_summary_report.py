# All three together: a survey's answers read from JSON, summarised, and printed wrapped.
import json, statistics, textwrap

raw = '{"question": "How many hours a week do you spend practising Python outside of class?", "answers": [2, 5, 3, 8, 5, 1, 5, 4, 10, 3]}'
survey = json.loads(raw)
answers = survey["answers"]
summary = {"n": len(answers), "mean": statistics.mean(answers), "median": statistics.median(answers),
           "mode": statistics.mode(answers), "stdev": round(statistics.stdev(answers), 2)}
print(textwrap.fill(survey["question"], 30, initial_indent="Q: ", subsequent_indent="   "))
print(json.dumps(summary, indent=2))
print(textwrap.shorten(json.dumps(summary), 40))

import sys

GRADES = {"A": 90, "B": 80, "C": 70, "D": 60}

def letter(score):
    for grade, cutoff in GRADES.items():
        if score >= cutoff:
            return grade
    return "F"

def summarize(scores):
    stats = {
        "count": len(scores),
        "mean": sum(scores) / len(scores),
        "min": min(scores),
        "max": max(scores),
    }
    return stats

def main(argv=None):
    scores = [88, 92, 79, 65, 95, 54, 71]
    for s in scores:
        print(f"{s:3d} -> {letter(s)}")
    st = summarize(scores)
    print("count={count} mean={mean:.2f} min={min} max={max}".format(**st))
    return 0

if __name__ == "__main__":
    sys.exit(main())

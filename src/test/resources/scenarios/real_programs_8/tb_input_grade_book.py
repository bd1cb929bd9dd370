def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"

def read_students():
    students = {}
    while True:
        line = input("name score (blank to stop): ")
        if not line.strip():
            break
        try:
            name, score = line.split()
            students.setdefault(name.title(), []).append(int(score))
        except ValueError:
            print("  bad line:", repr(line))
    return students

if __name__ == "__main__":
    book = read_students()
    print()
    print(f"{'Name':<8}{'Avg':>6}  Grade")
    for name in sorted(book, key=lambda n: -sum(book[n]) / len(book[n])):
        avg = sum(book[name]) / len(book[name])
        print(f"{name:<8}{avg:>6.1f}  {letter(avg)}")
    best = max(book.items(), key=lambda kv: max(kv[1]))
    print("top single score:", best[0], max(best[1]))

import sys

def parse(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError:
            print(f"skipping {v!r}")
    return out

def main():
    nums = parse(["4", "x", "15", "8", "2.5"])
    if not nums:
        return 1
    print("sum:", sum(nums), "mean:", sum(nums) / len(nums))
    return 0

if __name__ == "__main__":
    sys.exit(main())

# A typical script layout: functions, then a main() under the __name__ guard.
def helper(xs):
    return [x * 2 for x in xs]
def main():
    data = [1, 2, 3]
    print(helper(data))
if __name__ == "__main__":
    main()
else:
    print("imported")

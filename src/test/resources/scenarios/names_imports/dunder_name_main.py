# __name__ is "__main__" when the file runs as a program.
def main():
    print("running main")
print(__name__)
if __name__ == "__main__":
    main()

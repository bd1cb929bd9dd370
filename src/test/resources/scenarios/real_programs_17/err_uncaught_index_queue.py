# A job queue drained one too many times: list.pop on an empty list ends the run.
jobs = ["compile", "test", "package"]
done = []


def run_next(queue):
    job = queue.pop(0)
    done.append(job.upper())
    return job


while jobs:
    print("ran", run_next(jobs), "| left:", jobs)
print("done:", done)
print("one more for good measure...")
run_next(jobs)

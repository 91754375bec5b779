"""Reads wrk --latency output on stdin; prints: requests/s, p50 ms, p99 ms, non-2xx count, socket errors (or -)."""
import re
import sys

text = sys.stdin.read()


def ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
socket = re.search(r"Socket errors: (.*)", text)
errors = socket.group(1).strip().replace(" ", "_") if socket else "-"
print(f"{rps:.1f} {p50:.2f} {p99:.2f} {int(bad.group(1)) if bad else 0} {errors}")

"""Reads a coopflow CSV export the way a script of the office would: with the
standard csv module. Prints the rows as one JSON array (each row an object by
header), so that the test checks every value it read back."""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f, strict=True))
print(json.dumps(rows, ensure_ascii=False))

"""Reads a coopflow CSV export the way a script of the office would: with the
standard csv module. Prints the rows as one JSON array (each row an object by
header), so that the test checks every value it read back. Optional
arguments: the delimiter and the encoding (csv-excel: ";" and utf-8-sig, the
encoding that takes Excel's byte order mark away)."""
import csv
import json
import sys

delimiter = sys.argv[2] if len(sys.argv) > 2 else ","
encoding = sys.argv[3] if len(sys.argv) > 3 else "utf-8"
with open(sys.argv[1], newline="", encoding=encoding) as f:
    rows = list(csv.DictReader(f, delimiter=delimiter, strict=True))
print(json.dumps(rows, ensure_ascii=False))

"""Converts the raw ADI and LISA test collections for `gazette eval` (used by relevance-runs.sh).

    python3 relevance-heldout.py RAW_DIR OUT_DIR

RAW_DIR is the shared data's ir-glasgow-classic folder (adi/ADI.ALL, .QRY, .REL; lisa/LISA?.???,
LISA.QUE, LISA.REL). Writes OUT_DIR/{adi,lisa}/<name>.docs.jsonl.gz (id, title, text),
<name>.queries.tsv (qid<TAB>text) and <name>.qrels (TREC: qid 0 docid 1). The data is research-only:
write it to a temporary folder, never into the repository.
"""
import glob
import gzip
import json
import os
import re
import sys


def words(text):
    return " ".join(text.split())


def smart_records(path):
    """Records of a SMART-format file: '.I id' starts one, '.X' lines start its fields."""
    records, record, field = [], None, None
    with open(path, encoding="latin-1") as lines:
        for line in lines:
            if line.startswith(".I "):
                record, field = {"id": line.split()[1]}, None
                records.append(record)
            elif re.match(r"^\.[A-Z]\s*$", line):
                field = line[1]
                record.setdefault(field, "")
            elif field:
                record[field] += line
    return records


def write(out, name, docs, queries, qrels):
    folder = os.path.join(out, name)
    os.makedirs(folder, exist_ok=True)
    with gzip.open(os.path.join(folder, name + ".docs.jsonl.gz"), "wt", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc) + "\n")
    with open(os.path.join(folder, name + ".queries.tsv"), "w", encoding="utf-8") as f:
        for qid, text in queries:
            f.write(f"{qid}\t{text}\n")
    with open(os.path.join(folder, name + ".qrels"), "w", encoding="utf-8") as f:
        for qid, docid in qrels:
            f.write(f"{qid} 0 {docid} 1\n")


def adi(raw, out):
    docs = [{"id": r["id"], "title": words(r.get("T", "")), "text": words(r.get("W", ""))}
            for r in smart_records(os.path.join(raw, "adi", "ADI.ALL"))]
    queries = [(r["id"], words(r.get("W", ""))) for r in smart_records(os.path.join(raw, "adi", "ADI.QRY"))]
    with open(os.path.join(raw, "adi", "ADI.REL")) as f:
        qrels = [(int(p[0]), int(p[1])) for p in (line.split() for line in f) if len(p) >= 2]
    write(out, "adi", docs, queries, qrels)


def lisa(raw, out):
    docs = {}
    for path in sorted(glob.glob(os.path.join(raw, "lisa", "LISA[0-9].[0-9][0-9][0-9]"))):
        with open(path, encoding="latin-1") as f:
            for block in f.read().split("*" * 44):
                match = re.match(r"\s*Document\s+(\d+)\s*\n(.*)", block, re.S)
                if match:
                    parts = re.split(r"\n\s*\n", match.group(2).strip(), maxsplit=1)
                    docs[match.group(1)] = {"id": match.group(1), "title": words(parts[0]),
                                            "text": words(parts[1]) if len(parts) > 1 else ""}
    with open(os.path.join(raw, "lisa", "LISA.QUE"), encoding="latin-1") as f:
        queries = [(m.group(1), words(m.group(2))) for m in re.finditer(r"(?m)^\s*(\d+)\s*\n(.*?)#", f.read(), re.S)]
    with open(os.path.join(raw, "lisa", "LISA.REL")) as f:
        qrels = [(m.group(1), docid)
                 for m in re.finditer(r"Query\s+(\d+)\s*\n\d+ Relevant Refs:\s*\n([\d\s-]+)", f.read())
                 for docid in m.group(2).split() if docid != "-1"]
    write(out, "lisa", docs.values(), queries, qrels)


if __name__ == "__main__":
    adi(sys.argv[1], sys.argv[2])
    lisa(sys.argv[1], sys.argv[2])

#!/usr/bin/env python3
"""Checks a coopflow proof bundle without coopflow: Python's standard library
and the `openssl` command only. docs/audit.md explains each step.

    python3 verify_proof.py BUNDLE.json OFFICE.pub

Prints "ok: ..." and exits 0 if the bundle proves its case; otherwise names
what fails and exits 1.
"""
import base64
import hashlib
import json
import os
import subprocess
import sys
import tempfile


def fail(why):
    print("FAILED " + why)
    sys.exit(1)


def canonical(e):
    # coopflow-journal-v1: twelve netstrings, docs/journal.md.
    fields = [e["case_id"], str(e["seq"]), str(e["position"]), e["at"], e["actor"], e["role"],
              e["os_user"], e["event"], e["from_state"], e["to_state"], e["payload"],
              e["prev_hash"]]
    out = b"coopflow-journal-v1,"
    for f in fields:
        b = f.encode("utf-8")
        out += str(len(b)).encode() + b":" + b + b","
    return out


def node(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def verify_inclusion(index, size, leaf, proof, root):
    # RFC 9162, section 2.1.3.2.
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def main(bundle_path, pubkey_path):
    bundle = json.load(open(bundle_path, encoding="utf-8"))

    # 1. The checkpoint: its text, and a signature by the key you trust.
    note = bundle["checkpoint"]
    text, _, signatures = note.partition("\n\n")
    text += "\n"
    origin, size, root_b64 = text.split("\n")[:3]
    size, root = int(size), base64.b64decode(root_b64)
    pem = open(pubkey_path).read()
    body = "".join(l for l in pem.splitlines() if not l.startswith("-----"))
    public_key = base64.b64decode(body)[-32:]  # an Ed25519 SubjectPublicKeyInfo ends with the key
    signed_by = None
    for line in signatures.splitlines():
        if not line.startswith("\u2014 "):
            continue
        name, blob = line[2:].rsplit(" ", 1)
        raw = base64.b64decode(blob)
        key_id = hashlib.sha256(name.encode() + b"\n\x01" + public_key).digest()[:4]
        if raw[:4] != key_id:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            msg, sig = os.path.join(tmp, "note.txt"), os.path.join(tmp, "sig.bin")
            open(msg, "wb").write(text.encode("utf-8"))
            open(sig, "wb").write(raw[4:])
            check = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pubkey_path,
                                    "-rawin", "-in", msg, "-sigfile", sig], capture_output=True)
        if check.returncode == 0:
            signed_by = name
    if signed_by is None:
        fail("the checkpoint is not signed by " + pubkey_path)

    # 2. The case's entries: each encoding, hash and link of the chain.
    prev = "0" * 64
    for seq, e in enumerate(bundle["entries"], start=1):
        enc = canonical(e)
        if base64.b64decode(e["canonical"]) != enc or e["seq"] != seq:
            fail("%s entry %d: not its fields' encoding, or out of order" % (e["case_id"], seq))
        if hashlib.sha256(enc).hexdigest() != e["hash"] or e["prev_hash"] != prev:
            fail("%s entry %d: hash or chain broken" % (e["case_id"], seq))
        prev = e["hash"]

    # 3. The newest entry is in the checkpoint's tree.
    newest = bundle["entries"][-1]
    leaf = hashlib.sha256(b"\x00" + bytes.fromhex(newest["hash"])).digest()
    proof = [base64.b64decode(p) for p in bundle["inclusion_proof"]]
    if newest["position"] - 1 != bundle["leaf_index"] or bundle["tree_size"] != size or \
            not verify_inclusion(bundle["leaf_index"], size, leaf, proof, root):
        fail("the newest entry is not in the checkpoint's tree")
    print("ok: %s (%d entries) is in the log of %s at size %d, signed by %s"
          % (newest["case_id"], len(bundle["entries"]), origin, size, signed_by))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    try:
        main(sys.argv[1], sys.argv[2])
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
        fail("the bundle is malformed (%s: %s)" % (type(e).__name__, e))

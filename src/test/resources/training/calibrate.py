#!/usr/bin/env python3
"""Fits the Platt scaling of Verbatim's confidence and prints the calibration table.

usage: calibrate.py GOLD.jsonl PRED.jsonl [GOLD.jsonl PRED.jsonl[:A:B] ...]

Pairs predictions with gold statements as ../shared/tools/score.py does (optional gold left out),
marks each pair right when the speaker matches, and fits p = 1 / (1 + exp(-(a * logit(c) + b)))
by Newton's method on the confidences c of the predictions, pooled over all the pairs of files.
PRED.jsonl:A:B says that file's confidences were already calibrated with slope A and intercept B;
they are mapped back to raw confidences first. Prints the fit, the expected calibration error
over 10 equal-width bins and the reliability table (mean confidence and accuracy per bin) of the
confidences as given.
"""
import math, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../../../../shared/tools"))
sys.path.insert(0, "../shared/tools")
import score as S

def pairs(gold_path, pred_path):
    gold, pred, out = S.load(gold_path), S.load(pred_path), []
    for did, g in gold.items():
        cits = [c for c in pred.get(did, {}).get("citations", []) if c.get("quote")]
        gq, cand = g["quotes"], []
        for i, gg in enumerate(gq):
            for j, c in enumerate(cits):
                q = c["quote"]
                ov = S.overlap(gg["start"], gg["end"], q["start"], q["end"])
                if ov > 0 and ov * 2 >= gg["end"] - gg["start"] and ov * 2 >= q["end"] - q["start"]:
                    cand.append((ov, i, j))
        cand.sort(reverse=True)
        used_g, used_p = set(), set()
        for ov, i, j in cand:
            if i in used_g or j in used_p:
                continue
            used_g.add(i); used_p.add(j)
            if gq[i].get("optional"):
                continue
            ok = S.speaker_ok(gq[i], S.pred_quotes({"citations": [cits[j]]})[0])
            out.append((cits[j]["confidence"], 1 if ok else 0))
    return out

def logit(p):
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))

def fit(ps):
    a, b = 1.0, 0.0
    for _ in range(50):
        ga = gb = haa = hab = hbb = 0.0
        for c, y in ps:
            x = logit(c); p = 1 / (1 + math.exp(-(a * x + b))); r = p - y; w = p * (1 - p)
            ga += r * x; gb += r; haa += w * x * x; hab += w * x; hbb += w
        det = haa * hbb - hab * hab
        a -= (hbb * ga - hab * gb) / det; b -= (haa * gb - hab * ga) / det
    return a, b

def table(ps):
    bins = {}
    for c, y in ps:
        k = min(9, int(c * 10))
        v = bins.setdefault(k, [0, 0, 0.0]); v[0] += y; v[1] += 1; v[2] += c
    ece = sum(abs(v[0] - v[2]) for v in bins.values()) / len(ps)
    high = [y for c, y in ps if c >= 0.9]
    print("ECE (10 bins) %.3f; confidence >= 0.9: %d of %d right (%.3f)"
          % (ece, sum(high), len(high), sum(high) / max(1, len(high))))
    print("| confidence | citations | mean confidence | right |")
    print("|---|---|---|---|")
    for k in sorted(bins):
        v = bins[k]
        print("| %.1f-%.1f | %d | %.3f | %.3f |" % (k / 10, (k + 1) / 10, v[1], v[2] / v[1], v[0] / v[1]))

def uncalibrate(c, a, b):
    return 1 / (1 + math.exp(-((logit(c) - b) / a)))

if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) < 2 or len(args) % 2:
        sys.exit(__doc__)
    given, raw = [], []
    for gold, pred in zip(args[0::2], args[1::2]):
        parts = pred.split(":")
        ps = pairs(gold, parts[0])
        given += ps
        if len(parts) == 3:
            a0, b0 = float(parts[1]), float(parts[2])
            ps = [(uncalibrate(c, a0, b0), y) for c, y in ps]
        raw += ps
    a, b = fit(raw)
    print("fit: slope a = %.4f, intercept b = %.4f (on %d matched statements)" % (a, b, len(raw)))
    table(given)

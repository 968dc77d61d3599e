#!/usr/bin/env python3
"""Writes N realistic clinic answers twice: as NDJSON for the API and as CSV rows of the answers table for
psql \\copy. A year of dates, several touchpoints, channels and segments, skewed scores, some comments.
Usage: feedback-answers.py N WORKSPACE_ID OUT.ndjson OUT.csv [TOUCHPOINT_ID ...] [--seed S] [--prefix P]"""
import csv, datetime, json, random, sys

args = [a for a in sys.argv[1:]]
seed = 7
prefix = "bench"
if "--seed" in args:
    i = args.index("--seed"); seed = int(args[i + 1]); del args[i:i + 2]
if "--prefix" in args:
    i = args.index("--prefix"); prefix = args[i + 1]; del args[i:i + 2]
n, ws, ndjson_path, csv_path, touchpoints = int(args[0]), args[1], args[2], args[3], args[4:]
rnd = random.Random(seed)
channels = ["OFFLINE", "PHONE", "WEBSITE", "MESSENGER", "EMAIL"]
segments = ["Новые пациенты", "Постоянные", "VIP", "Корпоративные", "По ДМС"]
comments = ["Всё понравилось, спасибо!", "Долго ждали в очереди", "Администратор не поздоровался",
            "Врач внимательный", "Не дозвониться до регистратуры", "Чисто и уютно"]
start = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=3)))
weights = {"NPS": [2, 1, 1, 2, 2, 4, 6, 10, 14, 25, 33], "CSAT": [0, 6, 8, 15, 35, 36], "CES": [0, 4, 6, 10, 14, 22, 26, 18]}
with open(ndjson_path, "w", encoding="utf-8") as nd, open(csv_path, "w", encoding="utf-8", newline="") as cf:
    out = csv.writer(cf)
    for i in range(n):
        metric = rnd.choices(["NPS", "CSAT", "CES"], [5, 3, 2])[0]
        w = weights[metric]
        score = rnd.choices(range(len(w)), w)[0]
        at = (start + datetime.timedelta(seconds=rnd.randrange(365 * 86400))).isoformat()
        tp = rnd.choice(touchpoints) if touchpoints and rnd.random() < 0.9 else None
        channel = rnd.choice(channels)
        segment = rnd.choice(segments)
        customer = "P-%06d" % rnd.randrange(200000)
        comment = rnd.choice(comments) if rnd.random() < 0.2 else None
        external = "%s-%d" % (prefix, i)
        o = {"metric": metric, "score": score, "answeredAt": at}
        if tp: o["touchpointId"] = tp
        o.update({"channel": channel, "segment": segment, "customerRef": customer})
        if comment: o["comment"] = comment
        o["externalId"] = external
        nd.write(json.dumps(o, ensure_ascii=False) + "\n")
        out.writerow([ws, metric, score, at, tp or "", channel, segment, customer, comment or "", external])

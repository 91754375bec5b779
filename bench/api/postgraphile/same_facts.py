"""Checks that OpenData and PostGraphile answered a bench question with the same facts, before the bench times them.

    python3 same_facts.py QUESTION OPENDATA.json POSTGRAPHILE.json

QUESTION is "kommun" or "promises". The two schemas differ in shape and naming (PostGraphile's is generated from the
tables), so each answer is read into the same plain facts: for a kommun, its name, län and, per löfte, its years, its
promises in force (text, actors, themes, targets, places) and its documents; for the first promises, each one's text,
actors, themes and its löfte's years and kommuner, in order. Prints one line of counts when they agree; otherwise
prints what differs and exits 1, so the bench stops rather than compare answers that are not the same.
"""
import json
import sys


def read(path):
    with open(path, encoding="utf-8") as f:
        answer = json.load(f)
    if answer.get("errors") or not answer.get("data"):
        sys.exit(f"{path}: no data: {json.dumps(answer, ensure_ascii=False)[:400]}")
    return answer["data"]


def nodes(connection):
    return connection["nodes"]


def promise_facts(text, actors, themes, targets, places):
    return {
        "text": text,
        "actors": sorted(a.lower() for a in actors),
        "themes": sorted(themes),
        "targets": sorted((t["count"], t["per"], t["unit"]) for t in targets),
        "places": sorted(places),
    }


def document_facts(kind, title, sha256):
    return (kind.lower(), title, sha256)


def lofte_key(lofte):
    return (lofte["years"], sorted(p["text"] for p in lofte["promises"]))


def kommun_opendata(data):
    k = data["kommun"]
    loften = [{
        "years": list(l["years"]),
        "promises": sorted((promise_facts(p["text"], p["actors"], [t["code"] for t in p["themes"]], p["targets"], p["places"])
                            for p in l["promises"]), key=lambda p: p["text"]),
        "documents": sorted(document_facts(d["kind"], d["title"], d["snapshot"]["sha256"]) for d in l["documents"]),
    } for l in k["loften"]]
    return {"code": k["code"], "name": k["name"], "lan": k["lan"]["name"], "polisregion": k["lan"]["polisregion"],
            "loften": sorted(loften, key=lofte_key)}


def kommun_postgraphile(data):
    k = data["kommunerByCode"]
    loften = []
    for link in nodes(k["lofteKommunersByKommunCode"]):
        l = link["loftenByLofteId"]
        loften.append({
            "years": [y["year"] for y in nodes(l["lofteYearsByLofteId"])],
            "promises": sorted((promise_facts(p["text"], [a["actor"] for a in nodes(p["promiseActorsByPromiseId"])],
                                              [t["themeByThemeCode"]["code"] for t in nodes(p["promiseThemesByPromiseId"])],
                                              nodes(p["promiseTargetsByPromiseId"]), p["places"])
                                for p in nodes(l["promisesByLofteId"])), key=lambda p: p["text"]),
            "documents": sorted(document_facts(d["documentByDocumentId"]["kind"], d["documentByDocumentId"]["title"],
                                               d["documentByDocumentId"]["snapshotBySnapshotId"]["sha256"])
                                for d in (n for n in nodes(l["lofteDocumentsByLofteId"]))),
        })
    return {"code": k["code"], "name": k["name"], "lan": k["lanByLanCode"]["name"],
            "polisregion": k["lanByLanCode"]["polisregionName"], "loften": sorted(loften, key=lofte_key)}


def kommun_counts(facts):
    loften = facts["loften"]
    return (f"kommun {facts['code']} {facts['name']}: {len(loften)} löften, "
            f"{sum(len(l['promises']) for l in loften)} promises, {sum(len(l['documents']) for l in loften)} documents")


def promises_opendata(data):
    return [dict(promise_facts(p["text"], p["actors"], [t["code"] for t in p["themes"]], [], []),
                 years=list(p["lofte"]["years"]), kommuner=[k["code"] for k in p["lofte"]["kommuner"]])
            for p in data["promises"]["nodes"]]


def promises_postgraphile(data):
    return [dict(promise_facts(p["text"], [a["actor"] for a in nodes(p["promiseActorsByPromiseId"])],
                               [t["themeByThemeCode"]["code"] for t in nodes(p["promiseThemesByPromiseId"])], [], []),
                 years=[y["year"] for y in nodes(p["loftenByLofteId"]["lofteYearsByLofteId"])],
                 kommuner=[k["kommunerByKommunCode"]["code"] for k in nodes(p["loftenByLofteId"]["lofteKommunersByLofteId"])])
            for p in nodes(data["allPromises"])]


def promises_counts(facts):
    return (f"first promises: {len(facts)} promises of {len({(tuple(p['years']), tuple(p['kommuner'])) for p in facts})} löften, "
            f"{sum(len(p['themes']) for p in facts)} themes")


QUESTIONS = {
    "kommun": (kommun_opendata, kommun_postgraphile, kommun_counts),
    "promises": (promises_opendata, promises_postgraphile, promises_counts),
}


def first_difference(a, b, where="answer"):
    if type(a) is not type(b):
        return f"{where}: {a!r} vs {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{where}.{key}: only in {'OpenData' if key in a else 'PostGraphile'}"
            found = first_difference(a[key], b[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} in OpenData's answer, {len(b)} in PostGraphile's"
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{where}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{where}: {a!r} vs {b!r}"


def main():
    question, opendata_path, postgraphile_path = sys.argv[1:4]
    from_opendata, from_postgraphile, counts = QUESTIONS[question]
    ours, theirs = from_opendata(read(opendata_path)), from_postgraphile(read(postgraphile_path))
    difference = first_difference(ours, theirs)
    if difference:
        print(f"{question}: the answers differ: OpenData {counts(ours)}; PostGraphile {counts(theirs)}; first difference at {difference}")
        sys.exit(1)
    print(f"{counts(ours)}: the same in both answers")


if __name__ == "__main__":
    main()

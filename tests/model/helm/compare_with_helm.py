#!/usr/bin/env python3
"""Runs real helm (3 and 4, from ~/.cache/fedconsole/helm) on the keyword cases that
tst_valuesschema checks, and says whether helm accepts or rejects each value as ValuesSchema does.
Not part of ctest: helm is a download. Usage: python3 tests/model/helm/compare_with_helm.py"""
import json, os, subprocess, shutil, sys, tempfile
# (name, schema for property v (or full root schema if dict has "__root"), value of v as JSON, we_reject)
cases = [
 ("integer 8080", {"type":"integer"}, 8080, False),
 ("integer 1.5", {"type":"integer"}, 1.5, True),
 ("integer 8080.0", {"type":"integer"}, "__yaml:8080.0", False),
 ("maxLength emoji 2", {"maxLength":2}, "\U0001F600\U0001F600", False),
 ("maxLength emoji 1", {"maxLength":1}, "\U0001F600\U0001F600", True),
 ("pattern unanchored", {"pattern":"[0-9]"}, "port8080", False),
 ("multipleOf 0.1", {"multipleOf":0.1}, 0.3, False),
 ("multipleOf 512", {"multipleOf":512}, 1000, True),
 ("uniqueItems 1 1.0", {"uniqueItems":True}, "__yaml:[1, 1.0]", True),
 ("exclusiveMinimum number", {"exclusiveMinimum":0}, 0, True),
 ("oneOf matched 2", {"oneOf":[{"type":"number"},{"type":"integer"}]}, 2, True),
 ("anyOf none", {"anyOf":[{"type":"string"},{"type":"integer"}]}, True, True),
 ("tuple additionalItems", {"items":[{"type":"string"}], "additionalItems":False}, ["a", 1], True),
 ("prefixItems", {"prefixItems":[{"type":"string"}], "items":{"type":"integer"}}, ["a", 1, "b"], True),
 ("dependentRequired", {"dependentRequired":{"tls":["cert"]}}, {"tls":True}, True),
 ("dependencies array", {"dependencies":{"tls":["cert"]}}, {"tls":True}, True),
 ("if then", {"if":{"properties":{"create":{"const":False}}}, "then":{"required":["secretName"]}}, {"create":False}, True),
 ("not", {"not":{"type":"string"}}, "s", True),
 ("format ipv4 ignored", {"format":"ipv4"}, "not an ip", False),
 ("propertyNames", {"propertyNames":{"maxLength":3}}, {"abcd":1}, True),
 ("contains", {"contains":{"const":"x"}}, ["a"], True),
 ("const", {"const":3}, 4, True),
 ("enum 1 vs 1.0", {"enum":[1]}, "__yaml:1.0", False),
 ("additionalProperties false", {"properties":{"a":{}}, "additionalProperties":False}, {"a":1,"foo":2}, True),
 ("false schema", False, 1, True),
]
root_cases = [
 # without "$schema": draft-04 helm refuses the boolean form as not valid against the 2020-12 metaschema
 ("draft04 exclusiveMinimum bool", {"$schema":"http://json-schema.org/draft-04/schema#", "properties":{"v":{"minimum":1, "exclusiveMinimum":True}}}, 1, True),
 ("draft04 exclusiveMinimum bool ok", {"$schema":"http://json-schema.org/draft-04/schema#", "properties":{"v":{"minimum":1, "exclusiveMinimum":True}}}, 2, False),
 ("ref siblings draft-07", {"$schema":"http://json-schema.org/draft-07/schema#", "definitions":{"s":{"type":"string"}}, "properties":{"v":{"$ref":"#/definitions/s","maxLength":1}}}, "ab", False),
 ("ref siblings 2020-12", {"$schema":"https://json-schema.org/draft/2020-12/schema", "$defs":{"s":{"type":"string"}}, "properties":{"v":{"$ref":"#/$defs/s","maxLength":1}}}, "ab", True),
 ("ref siblings no $schema", {"$defs":{"s":{"type":"string"}}, "properties":{"v":{"$ref":"#/$defs/s","maxLength":1}}}, "ab", True),
 ("ref escaped", {"$defs":{"a/b":{"type":"string"}}, "properties":{"v":{"$ref":"#/$defs/a~1b"}}}, 2, True),
 ("ref cycle", {"$defs":{"a":{"$ref":"#/$defs/b"}, "b":{"allOf":[{"$ref":"#/$defs/a"}]}}, "properties":{"v":{"$ref":"#/$defs/a"}}}, 1, True),
]
allc = [(n, {"properties":{"v":s}}, v, r) for n,s,v,r in cases] + root_cases
work = tempfile.mkdtemp(prefix="fc-schema-helm-")
os.chdir(work)
failed = 0
for name, schema, value, we in allc:
    d = "chart"
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d + "/templates")
    open(d+"/Chart.yaml","w").write("apiVersion: v2\nname: c\nversion: 0.1.0\n")
    open(d+"/templates/cm.yaml","w").write("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n")
    json.dump(schema, open(d+"/values.schema.json","w"))
    vy = value[len("__yaml:"):] if isinstance(value,str) and value.startswith("__yaml:") else json.dumps(value, ensure_ascii=False)
    open("v.yaml","w").write("v: " + vy + "\n")
    res = []
    for ver in ("v3.21.4","v4.3.2"):
        p = subprocess.run([os.path.expanduser(f"~/.cache/fedconsole/helm/{ver}/helm"),"template","t",d,"-f","v.yaml"],
                           capture_output=True, text=True, env=dict(os.environ, HOME=work))
        msg = [l for l in p.stderr.splitlines() if l.startswith("- ") or "rror" in l]
        res.append((p.returncode != 0, msg[-1] if msg else ""))
    agree = all(r[0] == we for r in res)
    failed += 0 if agree else 1
    print(f"{'OK ' if agree else 'DIFF'} {name}: ours={'reject' if we else 'accept'} helm3={'reject' if res[0][0] else 'accept'} helm4={'reject' if res[1][0] else 'accept'}" + (f"\n     h3: {res[0][1]}\n     h4: {res[1][1]}"))
# The openfl-envoy chart: its defaults pass; the broken file fails at the paths the unit test expects.
repo = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../.."))
wanted = {"/aggPort", "/cert/create", "/directorPort", "/name", "/shardDescriptor/rank"}
for ver in ("v3.21.4", "v4.3.2"):
    helm = os.path.expanduser(f"~/.cache/fedconsole/helm/{ver}/helm")
    chart = os.path.join(repo, "tests/charts/openfl-envoy")
    ok = subprocess.run([helm, "template", "t", chart], capture_output=True, env=dict(os.environ, HOME=work)).returncode == 0
    p = subprocess.run([helm, "template", "t", chart, "-f", os.path.join(repo, "tests/model/helm/data/openfl-envoy-broken.yaml")],
                       capture_output=True, text=True, env=dict(os.environ, HOME=work))
    paths = {l.split("'")[1] for l in p.stderr.splitlines() if l.startswith("- at '")}
    agree = ok and p.returncode != 0 and paths == wanted
    failed += 0 if agree else 1
    print(f"{'OK ' if agree else 'DIFF'} openfl-envoy {ver}: defaults {'accepted' if ok else 'rejected'}, broken rejected at {sorted(paths)}")
shutil.rmtree(work)
sys.exit(1 if failed else 0)

#!/usr/bin/python3
"""The .ts files are complete and current. For each translations/fedconsole_<lang>.ts, lupdate is run
over backend/ model/ gui/ cli/ into a copy; the test fails when the copy has
  - unfinished entries (a source string not translated yet, or new in the sources: not in the .ts),
  - vanished or obsolete entries (strings the sources no longer have),
or when a translation loses a placeholder (%1, %n …), an accelerator '&' or an HTML tag of its source.
Usage: check_translations.py SOURCE_DIR LUPDATE   (lupdate: qt6-l10n-tools)"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

src, lupdate = Path(sys.argv[1]), sys.argv[2]
ts_files = sorted((src / "translations").glob("fedconsole_*.ts"))
if not ts_files:
    sys.exit("no translations/fedconsole_*.ts")
ph = re.compile(r"%(?:L?\d+|n)")
tags = re.compile(r"</?[a-zA-Z][^>]*>")


def accel(s):
    return len(re.findall(r"&(?=\S)", s.replace("&&", "")))


def texts(message):
    t = message.find("translation")
    forms = t.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [t.text or ""]


failed = False
for ts in ts_files:
    lang = ts.stem.split("_", 1)[1]
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts.name
        shutil.copy(ts, copy)
        r = subprocess.run([lupdate, "-I", str(src), "-locations", "none", "backend", "model", "gui", "cli", "-ts", str(copy)],
                           cwd=src, capture_output=True, text=True)
        if r.returncode:
            sys.exit(f"lupdate failed: {r.stderr}")
        root = ET.parse(copy).getroot()
    unfinished, gone, broken = [], [], []
    total = 0
    for ctx in root.findall("context"):
        name = ctx.find("name").text
        for m in ctx.findall("message"):
            total += 1
            source = m.find("source").text or ""
            kind = m.find("translation").get("type")
            label = f"[{name}] {source[:90]!r}"
            if kind in ("vanished", "obsolete"):
                gone.append(label)
                continue
            forms = texts(m)
            if kind == "unfinished" or not all(f.strip() for f in forms):
                unfinished.append(label)
                continue
            for i, f in enumerate(forms):
                want = set(ph.findall(source)) - ({"%n"} if len(forms) > 1 and i == 0 else set())
                got = set(ph.findall(f)) - ({"%n"} if len(forms) > 1 and i == 0 else set())
                if want != got:
                    broken.append(f"{label}: placeholders {sorted(got)} instead of {sorted(want)}")
                if accel(source) != accel(f):
                    broken.append(f"{label}: {accel(f)} accelerator(s) instead of {accel(source)}")
                if sorted(tags.findall(source)) != sorted(tags.findall(f)):
                    broken.append(f"{label}: HTML tags differ")
    print(f"{ts.name}: {total} entries, {len(unfinished)} unfinished or missing, {len(gone)} vanished/obsolete, {len(broken)} broken")
    for title, items in (("unfinished or not in the .ts (run the update_translations target, then translate)", unfinished),
                         ("vanished or obsolete (run the update_translations target)", gone), ("broken", broken)):
        if items:
            failed = True
            print(f"  {title}:")
            for i in items[:40]:
                print("   ", i)
            if len(items) > 40:
                print(f"    … and {len(items) - 40} more")
sys.exit(1 if failed else 0)

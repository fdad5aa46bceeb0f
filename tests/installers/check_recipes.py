#!/usr/bin/python3
"""Checks the packaging recipes that CI cannot build: the Flatpak manifest parses as YAML and has
the fields flatpak-builder needs (app id matching the .desktop/metainfo id, runtime, sdk, command,
modules with sources, the app's own module last and building from this tree), the NSIS script
names the version from CMakeLists.txt, and the shell recipes pass `bash -n`.
Usage: check_recipes.py SOURCE_DIR   (needs python3-yaml: apt-get install python3-yaml)"""
import re
import subprocess
import sys
from pathlib import Path

try:
    import yaml
except ImportError:
    sys.exit("python3-yaml is missing: apt-get install python3-yaml (scripts/setup-deps.sh)")

src = Path(sys.argv[1])
problems = []
version = re.search(r"project\(FedConsole VERSION ([0-9.]+)", (src / "CMakeLists.txt").read_text()).group(1)
app_id = "org.fedconsole.FedConsole"

manifest_path = src / "installers/flatpak" / f"{app_id}.yml"
try:
    m = yaml.safe_load(manifest_path.read_text())
except yaml.YAMLError as e:
    sys.exit(f"{manifest_path}: not valid YAML: {e}")
for key in ("app-id", "runtime", "runtime-version", "sdk", "command", "modules", "finish-args"):
    if key not in m:
        problems.append(f"flatpak manifest: no '{key}'")
if m.get("app-id") != app_id:
    problems.append(f"flatpak manifest: app-id {m.get('app-id')!r} is not {app_id}")
if m.get("command") != "fedconsole":
    problems.append("flatpak manifest: command is not fedconsole")
if not isinstance(m.get("runtime-version"), str):
    problems.append("flatpak manifest: runtime-version must be a string (quote it)")
modules = m.get("modules") or []
for mod in modules:
    if not isinstance(mod, dict) or "name" not in mod or "sources" not in mod:
        problems.append(f"flatpak manifest: module without name/sources: {mod!r}")
        continue
    for s in mod["sources"]:
        if s.get("type") == "archive" and "sha256" not in s:
            problems.append(f"flatpak manifest: archive source of {mod['name']} without sha256")
        if s.get("type") == "git" and not (s.get("tag") or s.get("commit") or s.get("branch")):
            problems.append(f"flatpak manifest: git source of {mod['name']} without tag/commit")
        if s.get("type") == "dir" and not (manifest_path.parent / s["path"] / "CMakeLists.txt").exists():
            problems.append(f"flatpak manifest: dir source {s['path']} is not this source tree")
if not modules or modules[-1].get("name") != "fedconsole":
    problems.append("flatpak manifest: the last module must be fedconsole")
if "--share=network" not in m.get("finish-args", []):
    problems.append("flatpak manifest: no network access (the app talks to API servers)")

nsi = (src / "installers/windows/fedconsole.nsi").read_text()
if f'!define VERSION "{version}"' not in nsi:
    problems.append(f"fedconsole.nsi: VERSION is not {version}")
for sh in ("installers/appimage/build-appimage.sh", "installers/macos/build-dmg.sh", "scripts/package.sh"):
    r = subprocess.run(["bash", "-n", str(src / sh)], capture_output=True, text=True)
    if r.returncode:
        problems.append(f"{sh}: {r.stderr.strip()}")

for p in problems:
    print("FAILED:", p)
if problems:
    sys.exit(1)
print(f"recipes checked: flatpak manifest ({len(modules)} modules), NSIS {version}, shell recipes")

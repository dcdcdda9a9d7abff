"""Fails when a user-visible string of the GUI or of core has no German translation.

Usage: check_translations.py LUPDATE SOURCE_DIR INFOSCOPE_CORESTRINGS
First regenerates core's strings with INFOSCOPE_CORESTRINGS and fails if translations/corestrings.cpp
is stale (fix: build the target update_core_strings). Then runs lupdate over widgets/, app/gui/ and
translations/corestrings.cpp (as the build's update_translations does) into a copy of
translations/infoscope_de.ts and lists every message left unfinished. Fix: build the target
update_translations, add the strings to translations/translate_de.py (GUI) or core_de.py (core)
and run translate_de.py.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree


def main():
    lupdate, source, harvester = sys.argv[1], sys.argv[2], sys.argv[3]
    with tempfile.TemporaryDirectory() as folder:
        fresh = os.path.join(folder, "corestrings.cpp")
        subprocess.run([harvester, fresh, os.path.join(source, "tests", "data", "segmentation", "set")], check=True,
                       capture_output=True)
        committed = os.path.join(source, "translations", "corestrings.cpp")
        if open(fresh, encoding="utf-8").read() != open(committed, encoding="utf-8").read():
            print("translations/corestrings.cpp is stale: build the target update_core_strings, then "
                  "update_translations, and translate the new strings")
            return 1
        copy = os.path.join(folder, "infoscope_de.ts")
        shutil.copy(os.path.join(source, "translations", "infoscope_de.ts"), copy)
        run = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-extensions", "cpp,h",
                              os.path.join(source, "widgets"), os.path.join(source, "app", "gui"),
                              os.path.join(source, "translations", "corestrings.cpp"), "-ts", copy],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            return 1
        unfinished = []
        for context in ElementTree.parse(copy).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") == "unfinished":
                    unfinished.append(f"{context.find('name').text}: {message.find('source').text!r}")
    for line in unfinished:
        print("unfinished:", line)
    print(f"{len(unfinished)} unfinished German strings")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())

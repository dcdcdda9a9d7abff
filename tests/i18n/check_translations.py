"""Fails when a user-visible string of the GUI has no German translation.

Usage: check_translations.py LUPDATE SOURCE_DIR
Runs lupdate over widgets/ and app/gui/ (as the build's update_translations does) into a copy of
translations/infoscope_de.ts and lists every message left unfinished. Fix: build the target
update_translations, add the strings to translations/translate_de.py and run it.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree


def main():
    lupdate, source = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as folder:
        copy = os.path.join(folder, "infoscope_de.ts")
        shutil.copy(os.path.join(source, "translations", "infoscope_de.ts"), copy)
        run = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-extensions", "cpp,h",
                              os.path.join(source, "widgets"), os.path.join(source, "app", "gui"), "-ts", copy],
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

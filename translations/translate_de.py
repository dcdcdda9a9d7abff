#!/usr/bin/python3
"""Fills German translations into translations/infoscope_de.ts for the strings listed here.

Run after `cmake --build build --target update_translations`; unknown strings stay unfinished.
"""
import os
import xml.etree.ElementTree as ET

GERMAN = {
    "InfoScope": "InfoScope",
    "Workspace": "Arbeitsbereich",
    "Analyses": "Analysen",
    "Parameters": "Parameter",
    "Name": "Name",
    "Kind": "Art",
    "Shape": "Form",
    "Sources": "Quellen",
    "Runs": "Läufe",
    "Run": "Ausführen",
    "Run the analysis on the chosen inputs (Ctrl+R)": "Analyse auf den gewählten Eingaben ausführen (Strg+R)",
    "Choose an analysis in the catalogue above.": "Wählen Sie oben im Katalog eine Analyse.",
    "&File": "&Datei",
    "Open &Recent": "&Zuletzt geöffnet",
    "&Analysis": "&Analyse",
    "&View": "&Ansicht",
    "&Help": "&Hilfe",
    "&Open…": "Ö&ffnen…",
    "Open images or arrays": "Bilder oder Arrays öffnen",
    "Open &Workspace…": "&Arbeitsbereich öffnen…",
    "&Save Workspace As…": "Arbeitsbereich &speichern unter…",
    "&Export Figure…": "Abbildung &exportieren…",
    "Export &Data as CSV…": "&Daten als CSV exportieren…",
    "&Quit": "&Beenden",
    "&Run": "&Ausführen",
    "&Cancel Running Analyses": "Laufende Analysen a&bbrechen",
    "&About InfoScope": "&Über InfoScope",
    "About &Qt": "Über &Qt",
    "&Method Notes": "&Methodenhinweise",
    "Analysis failed": "Analyse fehlgeschlagen",
    "%1 could not finish.": "%1 konnte nicht abgeschlossen werden.",
    "Analysis cancelled.": "Analyse abgebrochen.",
    "Cannot open file": "Datei kann nicht geöffnet werden",
    "%1 could not be read; everything else stays loaded.": "%1 konnte nicht gelesen werden; alles andere bleibt geladen.",
    "Cannot open workspace": "Arbeitsbereich kann nicht geöffnet werden",
    "%1 could not be read.": "%1 konnte nicht gelesen werden.",
    "Cannot save workspace": "Arbeitsbereich kann nicht gespeichert werden",
    "The workspace was not saved.": "Der Arbeitsbereich wurde nicht gespeichert.",
    "Saved %1": "%1 gespeichert",
    "Invalid parameters": "Ungültige Parameter",
    "Check the parameters of the analysis.": "Prüfen Sie die Parameter der Analyse.",
    "Unknown analysis": "Unbekannte Analyse",
    "There is no analysis '%1'.": "Es gibt keine Analyse „%1“.",
    "Missing input": "Eingabe fehlt",
    "Running %1…": "%1 läuft…",
    "Finished %1.": "%1 abgeschlossen.",
    "3-D: %1": "3-D: %1",
    "Nothing to export": "Nichts zu exportieren",
    "Show a result with a plot first.": "Zeigen Sie zuerst ein Ergebnis mit Diagramm an.",
    "Export %1": "%1 exportieren",
    "PNG resolution": "PNG-Auflösung",
    "Export failed": "Export fehlgeschlagen",
    "The figure was not exported.": "Die Abbildung wurde nicht exportiert.",
    "Exported %1": "%1 exportiert",
    "Open data": "Daten öffnen",
    "Open workspace": "Arbeitsbereich öffnen",
    "Save workspace": "Arbeitsbereich speichern",
    "InfoScope — %1": "InfoScope — %1",
    "Cancel": "Abbrechen",
    "Cancel the running analyses (Esc)": "Laufende Analysen abbrechen (Esc)",
    "Export": "Exportieren",
    "Reset view": "Ansicht zurücksetzen",
    "Data as CSV…": "Daten als CSV…",
    "Figure as %1…": "Abbildung als %1…",
    "About InfoScope": "Über InfoScope",
    "(open a file first)": "(zuerst eine Datei öffnen)",
}


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "infoscope_de.ts")
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if source in GERMAN:
            translation.text = GERMAN[source]
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()

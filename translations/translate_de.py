#!/usr/bin/python3
"""Fills German translations into translations/infoscope_de.ts for the strings listed here.

Run after `cmake --build build --target update_translations`; unknown strings stay unfinished.
"""
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core_de import CORE_GERMAN, CORE_GERMAN_BY_PREFIX  # noqa: E402

GERMAN = {
    # The manifold's time cursor (issue 13)
    "Play": "Abspielen",
    "Pause": "Pause",
    "%1 / %2": "%1 / %2",
    "Move a marker along every trajectory in time, from the start again at the end": "Eine Markierung zeitlich entlang jeder Trajektorie bewegen, am Ende wieder von vorn",
    "The time step the markers show: the same step on every trajectory": "Der Zeitschritt, den die Markierungen zeigen: derselbe Schritt auf jeder Trajektorie",
    # Figure export (issue 9)
    "Export %1": "%1 exportieren",
    "%1 files (*.%2)": "%1-Dateien (*.%2)",
    "Grey": "Grau",
    "Diverging (blue – white – red)": "Divergierend (blau – weiß – rot)",
    "Viridis": "Viridis",
    "InfoScope figure": "InfoScope-Abbildung",
    "Export figure as %1": "Abbildung als %1 exportieren",
    "Custom": "Eigene",
    "in": "in",
    "mm": "mm",
    " pt": " pt",
    "Tick labels and legend; axis labels are 10 % and the title 20 % larger":
        "Achsenbeschriftung der Striche und Legende; Achsentitel 10 % und Titel 20 % größer",
    " dpi": " dpi",
    "Pixels per inch of the PNG; text keeps its size in points": "Pixel pro Zoll des PNG; Text behält seine Größe in Punkt",
    "SVG and PDF are vector figures: they have no resolution": "SVG und PDF sind Vektorgrafiken: sie haben keine Auflösung",
    "Preset:": "Vorlage:",
    "Size:": "Größe:",
    "Font size:": "Schriftgröße:",
    "Resolution:": "Auflösung:",
    "%1 × %2 mm": "%1 × %2 mm",
    "%1, %2 × %3 px": "%1, %2 × %3 px",
    "Paper, one column (89 × 67 mm, 8 pt)": "Artikel, einspaltig (89 × 67 mm, 8 pt)",
    "Paper, two columns (183 × 100 mm, 9 pt)": "Artikel, zweispaltig (183 × 100 mm, 9 pt)",
    "Slide, 16:9 (10 × 5.6 in, 16 pt)": "Folie, 16:9 (10 × 5,6 in, 16 pt)",
    "Default (6.4 × 4.8 in, 10 pt)": "Standard (6,4 × 4,8 in, 10 pt)",
    "Figure size %1 × %2 in is outside 0.5 … 100 in": "Abbildungsgröße %1 × %2 in liegt außerhalb von 0,5 … 100 in",
    "%1 dpi is outside 36 … 2400": "%1 dpi liegt außerhalb von 36 … 2400",
    "Font size %1 pt is outside 4 … 72 pt": "Schriftgröße %1 pt liegt außerhalb von 4 … 72 pt",
    "%1 × %2 px at %3 dpi is more than 20000 px a side": "%1 × %2 px bei %3 dpi sind mehr als 20000 px je Seite",
    "Statistics of the slice shown below, over its finite values; NaN and ±Inf are counted":
        "Statistik des unten gezeigten Schnitts über seine endlichen Werte; NaN und ±Inf werden gezählt",
    "Slice: min %1, max %2, mean %3, std %4, NaN/Inf %5": "Schnitt: Min. %1, Max. %2, Mittel %3, Std.-Abw. %4, NaN/Inf %5",
    # Spectra views: images, bands around curves, phase maps
    "Cyclic (for phases; −π and π meet)": "Zyklisch (für Phasen; −π und π treffen sich)",
    "column (pixels)": "Spalte (Pixel)",
    "row (pixels)": "Zeile (Pixel)",
    "row %1, column %2: %3": "Zeile %1, Spalte %2: %3",
    " (band)": " (Band)",
    # 3-D views
    "Reset camera": "Kamera zurücksetzen",
    "Back to the three-quarter view that shows everything": "Zurück zur Dreiviertelansicht, die alles zeigt",
    "Export PNG…": "PNG exportieren…",
    "Save the 3-D view as drawn, at its size on screen (enlarge the window for more pixels)":
        "Die 3-D-Ansicht so speichern, wie sie gezeichnet ist, in ihrer Größe auf dem Bildschirm (für mehr Pixel das Fenster vergrößern)",
    "Export 3-D view": "3-D-Ansicht exportieren",
    "Save the 3-D view as turned, as a PNG of a chosen size, dpi and font size":
        "Die 3-D-Ansicht so gedreht, wie sie ist, als PNG in gewählter Größe, Auflösung und Schriftgröße speichern",
    "PNG files (*.png)": "PNG-Dateien (*.png)",
    "Cannot write %1.": "%1 kann nicht geschrieben werden.",
    # Heat-map colours
    "Colour map:": "Farbskala:",
    "Limits:": "Grenzen:",
    "Colours": "Farben",
    "Colour map, colour limits and square cells": "Farbskala, Farbgrenzen und quadratische Zellen",
    # Segmentation overlay viewer (issue 12)
    "CSV…": "CSV…",
    "Save this table as CSV (all rows, full precision, in the result's order)":
        "Diese Tabelle als CSV speichern (alle Zeilen, volle Genauigkeit, in der Reihenfolge des Ergebnisses)",
    "Export table": "Tabelle exportieren",
    "CSV files (*.csv)": "CSV-Dateien (*.csv)",
    "Cannot write %1: %2": "%1 kann nicht geschrieben werden: %2",
    "Overlay: %1": "Overlay: %1",
    "Cannot open the overlay viewer": "Der Overlay-Betrachter kann nicht geöffnet werden",
    "The masks of this run could not be read again.": "Die Masken dieses Laufs konnten nicht erneut gelesen werden.",
    "the ground truth": "die Referenz",
    "prediction %1": "Vorhersage %1",
    "%1 is %2 × %3 pixels but the ground truth is %4 × %5": "%1 hat %2 × %3 Pixel, die Referenz aber %4 × %5",
    "<b>%1</b>: Dice %2 · IoU %3 · precision %4 · recall %5 · HD95 %6 px · TP %7 · FP %8 · FN %9":
        "<b>%1</b>: Dice %2 · IoU %3 · Präzision %4 · Sensitivität %5 · HD95 %6 px · TP %7 · FP %8 · FN %9",
    "value > %1": "Wert > %1",
    "true positive": "richtig positiv",
    "false positive": "falsch positiv",
    "false negative": "falsch negativ",
    "class %1": "Klasse %1",
    "x %1, y %2": "x %1, y %2",
    " · image %1": " · Bild %1",
    " · truth %1": " · Referenz %1",
    "Export overlay": "Overlay exportieren",
    "Errors (TP/FP/FN)": "Fehler (TP/FP/FN)",
    "Prediction": "Vorhersage",
    "Ground truth": "Referenz",
    "Fills": "Flächen",
    "Contours": "Konturen",
    "One model": "Ein Modell",
    "Side by side": "Nebeneinander",
    "Swipe": "Wischen",
    "Flicker": "Flackern",
    "Show:": "Zeigen:",
    "Draw:": "Zeichnen:",
    "Threshold:": "Schwelle:",
    "Compare:": "Vergleichen:",
    "Foreground = value > threshold, for probability maps and logits; overlay and metrics follow as it moves":
        "Vordergrund = Wert > Schwelle, für Wahrscheinlichkeitskarten und Logits; Overlay und Maße folgen beim Verschieben",
    "Two predictions side by side (linked zoom), as a swipe (drag the divider: the first model left, the second right) or flickering between them":
        "Zwei Vorhersagen nebeneinander (gekoppelter Zoom), zum Wischen (den Teiler ziehen: erstes Modell links, zweites "
        "rechts) oder abwechselnd flackernd",
    "Dice = 2TP/(2TP+FP+FN), IoU = TP/(TP+FP+FN), precision = TP/(TP+FP), recall = TP/(TP+FN) (0/0 = 1); HD95: 95th percentile of the border distances of both masks (pooled, medpy); ∞ when exactly one mask is empty":
        "Dice = 2TP/(2TP+FP+FN), IoU = TP/(TP+FP+FN), Präzision = TP/(TP+FP), Sensitivität = TP/(TP+FN) (0/0 = 1); "
        "HD95: 95. Perzentil der Randabstände beider Masken (gepoolt, medpy); ∞, wenn genau eine Maske leer ist",
    "The image with the first model's overlay, in whole pixels, about 1000 px wide":
        "Das Bild mit dem Overlay des ersten Modells, in ganzen Pixeln, etwa 1000 px breit",
    "Fit": "Einpassen",
    "Show the whole image (wheel: zoom about the cursor; drag: pan)":
        "Das ganze Bild zeigen (Mausrad: um den Zeiger zoomen; Ziehen: verschieben)",
    "Open overlay viewer": "Overlay-Betrachter öffnen",
    "The image with the ground truth and the predictions as TP/FP/FN colours, with a threshold slider and comparison of two models":
        "Das Bild mit Referenz und Vorhersagen in TP/FP/FN-Farben, mit Schwellenregler und Vergleich zweier Modelle",
    # Help > Examples
    "Open the example ID of Help > Examples (see infoscope-cli example).":
        "Das Beispiel ID aus Hilfe > Beispiele öffnen (siehe infoscope-cli example).",
    "Cannot open the example": "Das Beispiel kann nicht geöffnet werden",
    "Its generated data could not be written.": "Seine erzeugten Daten konnten nicht geschrieben werden.",
    "&Examples": "&Beispiele",
    "%1 (%2)": "%1 (%2)",
    "Unknown example": "Unbekanntes Beispiel",
    "There is no example '%1'.": "Es gibt kein Beispiel '%1'.",
    "Open images, arrays, checkpoints or activation dumps (or drop them on the window), open a saved workspace such as resources/demo/demo.infoscope.json, open an example with generated data and its paper's claim, or watch a network learn in the live information-plane demo. Then choose an analysis on the left and press Run.":
        "Öffnen Sie Bilder, Arrays, Checkpoints oder Aktivierungs-Dumps (oder ziehen Sie sie auf das Fenster), öffnen "
        "Sie einen gespeicherten Arbeitsbereich wie resources/demo/demo.infoscope.json, öffnen Sie ein Beispiel mit "
        "erzeugten Daten und der Aussage seines Artikels, oder sehen Sie in der Live-Demo der Informationsebene einem "
        "Netz beim Lernen zu. Wählen Sie dann links eine Analyse und drücken Sie Ausführen.",
    # Start page
    "Start here": "Hier beginnen",
    "Square cells": "Quadratische Zellen",
    "Automatic colours": "Automatische Farben",
    "Automatic: viridis, or a diverging map centred on 0 when the values have both signs":
        "Automatisch: Viridis, oder eine um 0 zentrierte divergierende Farbskala, wenn die Werte beide Vorzeichen haben",
    "Value at the bottom of the colour scale; lower values take its colour":
        "Wert am unteren Ende der Farbskala; kleinere Werte erhalten dessen Farbe",
    "Value at the top of the colour scale; higher values take its colour":
        "Wert am oberen Ende der Farbskala; größere Werte erhalten dessen Farbe",
    "Auto": "Auto",
    "Colour limits at the 0.5th and 99.5th percentiles, so that one peak (a spectrum's DC) does not flatten the rest; symmetric about 0 for signed values":
        "Farbgrenzen beim 0,5- und 99,5-Perzentil, damit ein einzelner Gipfel (der Gleichanteil eines Spektrums) den Rest nicht einebnet; symmetrisch um 0 bei Werten mit Vorzeichen",
    "Draw every cell as high as wide (off: fill the axes)": "Jede Zelle so hoch wie breit zeichnen (aus: Achsen füllen)",
    # Live demo and information plane
    "Training": "Training",
    "loss; accuracy": "Verlust; Genauigkeit",
    "loss (cross-entropy)": "Verlust (Kreuzentropie)",
    "train accuracy": "Trainingsgenauigkeit",
    "test accuracy": "Testgenauigkeit",
    "Log steps": "Log. Schritte",
    "Opacity of the points: lower it to see layers that overlap": "Deckkraft der Punkte: verringern, um überlappende Schichten zu sehen",
    "Colour steps on a log scale: the early epochs, where most changes, get more colours":
        "Schritte logarithmisch einfärben: die frühen Epochen, in denen sich am meisten ändert, erhalten mehr Farben",
    "Opacity:": "Deckkraft:",
    # Memory limit (Analysis menu)
    "Memory &Limit…": "Speicher&grenze…",
    "The most memory one array may take when a file is decoded, inflated or converted; larger claims are refused before anything is allocated":
        "Der größte Speicher, den ein Array beim Dekodieren, Entpacken oder Umwandeln einer Datei belegen darf; größere Ansprüche werden abgewiesen, bevor etwas belegt wird",
    "Memory limit": "Speichergrenze",
    "Largest array in memory, in GiB (this machine has %1 GiB; 0 restores the default, half of it):":
        "Größtes Array im Speicher, in GiB (dieser Rechner hat %1 GiB; 0 stellt die Voreinstellung wieder her, die Hälfte davon):",
    # Workspace browser and array inspector
    "scalar": "Skalar",
    " (compressed)": " (komprimiert)",
    "Double-click or select to inspect; statistics are computed in the background.": "Auswählen zum Ansehen; die Statistik wird im Hintergrund berechnet.",
    "%n array(s)": ("%n Array", "%n Arrays"),
    "layers": "Schichten",
    "%1 layers × %2 %3s, N = %4": "%1 Schichten × %2 %3s, N = %4",
    "dump: %1": "Dump: %1",
    "%1 NaN, %2 +Inf, %3 −Inf": "%1 NaN, %2 +Inf, %3 −Inf",
    "NaN and infinite values; min, max and mean are over the finite values only.": "NaN- und unendliche Werte; Minimum, Maximum und Mittel nur über die endlichen Werte.",
    "Axis drawn downwards (rows of the heat map)": "Achse nach unten (Zeilen der Heatmap)",
    "Axis drawn across (columns of the heat map)": "Achse nach rechts (Spalten der Heatmap)",
    "Rows:": "Zeilen:",
    "Columns:": "Spalten:",
    "Select an array in the workspace to see it here.": "Wählen Sie im Arbeitsbereich ein Array, um es hier zu sehen.",
    "Reading %1…": "Lese %1…",
    "axis %1 (%2)": "Achse %1 (%2)",
    "axis %1:": "Achse %1:",
    "Index along axis %1 (0 … %2)": "Index entlang Achse %1 (0 … %2)",
    "Type": "Typ",
    "Size": "Größe",
    "Min": "Min",
    "Max": "Max",
    "Mean": "Mittel",
    "NaN/Inf": "NaN/Inf",
    "Array inspector": "Array-Inspektor",
    "Open &Folder…": "&Ordner öffnen…",
    "Open dump folder": "Dump-Ordner öffnen",
    "Open an activation dump folder (manifest.json with .npy files)": "Einen Aktivierungs-Dump-Ordner öffnen (manifest.json mit .npy-Dateien)",
    "Use as an analysis input": "Als Analyse-Eingabe verwenden",
    "Adds this array as a source of its own, so that analyses can take it": "Fügt dieses Array als eigene Quelle hinzu, damit Analysen es verwenden können",
    "Inspect": "Ansehen",
    "Statistics of %1": "Statistik von %1",
    "unreadable": "unlesbar",
    "Damaged arrays": "Beschädigte Arrays",
    "%n array(s) of %1 cannot be read; the rest stays available.": ("%n Array von %1 ist unlesbar; der Rest bleibt verfügbar.", "%n Arrays von %1 sind unlesbar; der Rest bleibt verfügbar."),
    "Supported files (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.npy *.npz *.safetensors *.h5 *.hdf5 *.pt *.pth *.ckpt *.infoscope.json);;All files (*)":
        "Unterstützte Dateien (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.npy *.npz *.safetensors *.h5 *.hdf5 *.pt *.pth *.ckpt *.infoscope.json);;Alle Dateien (*)",
    "InfoScope workspaces (*.infoscope.json)": "InfoScope-Arbeitsbereiche (*.infoscope.json)",
    "'%1' needs an input for '%2'. Open a suitable file first (File > Open).": "„%1“ braucht eine Eingabe für „%2“. Öffnen Sie zuerst eine passende Datei (Datei > Öffnen).",
    "%1 files (*.%2)": "%1-Dateien (*.%2)",
    "Dots per inch (figure is 6.4 × 4.8 in):": "Punkte pro Zoll (Abbildung 6,4 × 4,8 in):",
    # Live demo and information plane
    "&Live Information-Plane Demo": "&Live-Demo der Informationsebene",
    "Train the Shwartz-Ziv & Tishby network and watch its information plane": "Das Netz von Shwartz-Ziv & Tishby trainieren und seine Informationsebene verfolgen",
    "Live information plane": "Informationsebene live",
    "Start": "Start",
    "Pause": "Pause",
    "Stop": "Stopp",
    "Resume": "Fortsetzen",
    "Play": "Abspielen",
    "tanh (Shwartz-Ziv & Tishby)": "tanh (Shwartz-Ziv & Tishby)",
    "ReLU (Saxe et al.)": "ReLU (Saxe et al.)",
    "Hidden-layer activation. With ReLU the binning estimator shows no compression phase.": "Aktivierung der verborgenen Schichten. Mit ReLU zeigt der Binning-Schätzer keine Kompressionsphase.",
    "Training epochs; recorded every epoch below 20, every 5th below 100, every 20th below 2000, then every 100th":
        "Trainingsepochen; aufgezeichnet wird jede Epoche unter 20, jede 5. unter 100, jede 20. unter 2000, dann jede 100.",
    "Adam learning rate (IDNNs: 0.0004)": "Lernrate von Adam (IDNNs: 0,0004)",
    "Seed of the weights and the train/test split": "Startwert für Gewichte und Trainings-/Testaufteilung",
    "Activation:": "Aktivierung:",
    "Epochs:": "Epochen:",
    "Learning rate:": "Lernrate:",
    "Seed:": "Startwert:",
    "The 12-bit task (4096 patterns) and the 12-10-7-5-4-3-2 network of Shwartz-Ziv & Tishby (2017), trained here with LibTorch. Each point is one layer at one epoch: I(X;T) and I(T;Y) from the binning estimator (30 bin edges) on all 4096 patterns, in bits.":
        "Die 12-Bit-Aufgabe (4096 Muster) und das 12-10-7-5-4-3-2-Netz von Shwartz-Ziv & Tishby (2017), hier mit LibTorch trainiert. Jeder Punkt ist eine Schicht in einer Epoche: I(X;T) und I(T;Y) aus dem Binning-Schätzer (30 Bin-Grenzen) auf allen 4096 Mustern, in Bit.",
    "Press Start to train.": "Start drücken, um zu trainieren.",
    "Training failed: %1": "Training fehlgeschlagen: %1",
    "Training…": "Training läuft…",
    "Paused.": "Angehalten.",
    "Epoch %1: loss %2, train accuracy %3\u00a0%, test accuracy %4\u00a0%": "Epoche %1: Verlust %2, Trainingsgenauigkeit %3\u00a0%, Testgenauigkeit %4\u00a0%",
    "Stopped.": "Gestoppt.",
    "Finished.": "Fertig.",
    "Show the trajectories up to this step": "Trajektorien bis zu diesem Schritt zeigen",
    "Animate the trajectories step by step (Space)": "Trajektorien Schritt für Schritt animieren (Leertaste)",
    "%1 %2 of %3": "%1 %2 von %3",
    "step": "Schritt",
    "Open the live information-plane demo and start training for N epochs.": "Die Live-Demo der Informationsebene öffnen und N Epochen trainieren.",
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
    "(none)": "(keine)",
    "λ%1 = %2 %3 %4i, |λ| = %5": "λ%1 = %2 %3 %4i, |λ| = %5",
    ", |b| = %1": ", |b| = %1",
    "selected": "ausgewählt",
    "Which of these plots to show": "Welche dieser Grafiken gezeigt wird",
    # Live demo plot
    "Information plane, live (%1, binning)": "Informationsebene, live (%1, Binning)",
    "I(X;T) [bits]": "I(X;T) [Bit]",
    "I(T;Y) [bits]": "I(T;Y) [Bit]",
    "epoch": "Epoche",
    # Parameter tooltips, errors, export, about box
    "<p>Default: %1": "<p>Standard: %1",
    "; range %1 … %2": "; Bereich %1 … %2",
    "; unit: %1": "; Einheit: %1",
    "Out of memory: the analysis needs more memory than is available.": "Kein Speicher mehr: Die Analyse braucht mehr Speicher, als verfügbar ist.",
    "Unknown error in the analysis.": "Unbekannter Fehler in der Analyse.",
    "Cannot write %1: %2": "%1 kann nicht geschrieben werden: %2",
    "PNG size %1 x %2 px is outside 16 ... 20000 px": "PNG-Größe %1 x %2 px liegt außerhalb von 16 ... 20000 px",
    "%1 DPI is outside 36 ... 2400": "%1 DPI liegt außerhalb von 36 ... 2400",
    "cannot open the file": "die Datei lässt sich nicht öffnen",
    "nothing was written": "es wurde nichts geschrieben",
    "PDF writer failed": "PDF-Ausgabe fehlgeschlagen",
    "Unknown figure format '.%1' (use .png, .svg, .pdf or .csv)": "Unbekanntes Abbildungsformat „.%1“ (.png, .svg, .pdf oder .csv verwenden)",
    "Qt %1, VTK %2, LibTorch %3, QCustomPlot %4, %5": "Qt %1, VTK %2, LibTorch %3, QCustomPlot %4, %5",
    "<h3>InfoScope %1</h3><p>See what information deep networks keep, compress and lose.</p><p>Built with %2.</p>":
        "<h3>InfoScope %1</h3><p>Sehen, welche Information tiefe Netze behalten, verdichten und verlieren.</p><p>Gebaut mit %2.</p>",
    # Command line of the app
    "See what information deep networks keep, compress and lose.": "Sehen, welche Information tiefe Netze behalten, verdichten und verlieren.",
    "Images, arrays or workspaces (*.infoscope.json) to open.": "Zu öffnende Bilder, Arrays oder Arbeitsbereiche (*.infoscope.json).",
    "Save a screenshot of the window to FILE once all analyses have finished, then quit.": "Ein Bildschirmfoto des Fensters in DATEI speichern, sobald alle Analysen fertig sind, dann beenden.",
    "Hidden-layer activation of the live demo: tanh or relu.": "Aktivierung der verborgenen Schichten der Live-Demo: tanh oder relu.",
    # Plots and result views
    "Save this figure as PNG, SVG or PDF, or its data as CSV": "Diese Abbildung als PNG, SVG oder PDF speichern, oder ihre Daten als CSV",
    "Value under the mouse. Wheel: zoom, drag: pan, double-click: reset view.": "Wert unter der Maus. Rad: zoomen, Ziehen: verschieben, Doppelklick: Ansicht zurücksetzen.",
    " (log scale)": " (logarithmisch)",
    "unit circle": "Einheitskreis",
    "eigenvalues": "Eigenwerte",
    "Re λ": "Re λ",
    "Im λ": "Im λ",
    "x = %1, y = %2 (cell %3, %4): %5 = %6": "x = %1, y = %2 (Zelle %3, %4): %5 = %6",
    "%1: x = %2, y = %3": "%1: x = %2, y = %3",
    "x = %1, y = %2": "x = %1, y = %2",
    "bootstrap ± 1 sd": "Bootstrap ± 1 Std.-Abw.",
    "%1, %2 %3: %4 = %5%6, %7 = %8%9 — %10": "%1, %2 %3: %4 = %5%6, %7 = %8%9 — %10",
    "%1: this kind of result has no view yet; export it with File > Save Workspace As… or infoscope-cli --out.":
        "%1: Für diese Art Ergebnis gibt es noch keine Ansicht; exportieren Sie sie mit Datei > Arbeitsbereich speichern unter… oder infoscope-cli --out.",
    "3-D": "3-D",
    "Show this map as a 3-D surface (height and colour: log10 of the value)": "Diese Karte als 3-D-Fläche zeigen (Höhe und Farbe: log10 des Werts)",
    "Show all data again (also: double-click the plot)": "Wieder alle Daten zeigen (auch: Doppelklick in die Abbildung)",
    "Left drag: rotate, right drag or wheel: zoom, middle drag or Shift+left: pan, R: reset camera":
        "Links ziehen: drehen, rechts ziehen oder Rad: zoomen, Mitte ziehen oder Umschalt+links: verschieben, R: Kamera zurücksetzen",
    "%1: not enough memory to load this file": "%1: nicht genug Speicher, um diese Datei zu laden",
}


GERMAN.update({
    "%1 could not finish: %2": "%1 konnte nicht abschließen: %2",
    "Updated %1.": "%1 aktualisiert.",
    "<p>Moving the slider runs the analysis again.</p>": "<p>Ein Verschieben des Reglers führt die Analyse erneut aus.</p>",
    "Allow External HDF5 &Data": "Externe HDF5-&Daten erlauben",
    "Read HDF5 datasets stored in other files and links into other files (such a file can name any file on "
    "this machine: allow it only for files you trust); applies to files opened afterwards":
        "HDF5-Datensätze lesen, deren Daten in anderen Dateien liegen, und Verweisen in andere Dateien folgen "
        "(eine solche Datei kann jede Datei dieses Rechners nennen: nur für vertrauenswürdige Dateien erlauben); "
        "gilt für danach geöffnete Dateien",
})


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "infoscope_de.ts")
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        core = context.find("name").text == "core"
        for message in context.iter("message"):
            translate(message, core)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:  # ElementTree drops the doctype lupdate expects
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def translate(message, core):
    """Fills one message from GERMAN (GUI contexts) or CORE_GERMAN (context "core")."""
    source = message.find("source").text
    translation = message.find("translation")
    if core:
        german = CORE_GERMAN.get(source)
        for prefix, text in CORE_GERMAN_BY_PREFIX.items():
            if german is None and source.startswith(prefix):
                german = text
    else:
        german = GERMAN.get(source)
    if german is None:
        return
    if isinstance(german, tuple):  # %n: singular and plural forms
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in german:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = german
    translation.attrib.pop("type", None)


if __name__ == "__main__":
    main()

<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>&lt;p&gt;Default: %1</source>
        <translation>&lt;p&gt;Standard: %1</translation>
    </message>
    <message>
        <source>; range %1 … %2</source>
        <translation>; Bereich %1 … %2</translation>
    </message>
    <message>
        <source>; unit: %1</source>
        <translation>; Einheit: %1</translation>
    </message>
    <message>
        <source>Out of memory: the analysis needs more memory than is available.</source>
        <translation>Kein Speicher mehr: Die Analyse braucht mehr Speicher, als verfügbar ist.</translation>
    </message>
    <message>
        <source>Unknown error in the analysis.</source>
        <translation>Unbekannter Fehler in der Analyse.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>die Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>PDF writer failed</source>
        <translation>PDF-Ausgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown figure format '.%1' (use .png, .svg, .pdf or .csv)</source>
        <translation>Unbekanntes Abbildungsformat „.%1“ (.png, .svg, .pdf oder .csv verwenden)</translation>
    </message>
    <message>
        <source>Qt %1, VTK %2, LibTorch %3, QCustomPlot %4, %5</source>
        <translation>Qt %1, VTK %2, LibTorch %3, QCustomPlot %4, %5</translation>
    </message>
    <message>
        <source>About InfoScope</source>
        <translation>Über InfoScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InfoScope %1&lt;/h3&gt;&lt;p&gt;See what information deep networks keep, compress and lose.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InfoScope %1&lt;/h3&gt;&lt;p&gt;Sehen, welche Information tiefe Netze behalten, verdichten und verlieren.&lt;/p&gt;&lt;p&gt;Gebaut mit %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Diverging (blue – white – red)</source>
        <translation>Divergierend (blau – weiß – rot)</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>InfoScope figure</source>
        <translation>InfoScope-Abbildung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See what information deep networks keep, compress and lose.</source>
        <translation>Sehen, welche Information tiefe Netze behalten, verdichten und verlieren.</translation>
    </message>
    <message>
        <source>Images, arrays or workspaces (*.infoscope.json) to open.</source>
        <translation>Zu öffnende Bilder, Arrays oder Arbeitsbereiche (*.infoscope.json).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE once all analyses have finished, then quit.</source>
        <translation>Ein Bildschirmfoto des Fensters in DATEI speichern, sobald alle Analysen fertig sind, dann beenden.</translation>
    </message>
    <message>
        <source>Open the live information-plane demo and start training for N epochs.</source>
        <translation>Die Live-Demo der Informationsebene öffnen und N Epochen trainieren.</translation>
    </message>
    <message>
        <source>Hidden-layer activation of the live demo: tanh or relu.</source>
        <translation>Aktivierung der verborgenen Schichten der Live-Demo: tanh oder relu.</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>scalar</source>
        <translation>Skalar</translation>
    </message>
    <message>
        <source> (compressed)</source>
        <translation> (komprimiert)</translation>
    </message>
    <message>
        <source>Double-click or select to inspect; statistics are computed in the background.</source>
        <translation>Auswählen zum Ansehen; die Statistik wird im Hintergrund berechnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n array(s)</source>
        <translation><numerusform>%n Array</numerusform><numerusform>%n Arrays</numerusform></translation>
    </message>
    <message>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>%1 layers × %2 %3s, N = %4</source>
        <translation>%1 Schichten × %2 %3s, N = %4</translation>
    </message>
    <message>
        <source>dump: %1</source>
        <translation>Dump: %1</translation>
    </message>
    <message>
        <source>%1 NaN, %2 +Inf, %3 −Inf</source>
        <translation>%1 NaN, %2 +Inf, %3 −Inf</translation>
    </message>
    <message>
        <source>NaN and infinite values; min, max and mean are over the finite values only.</source>
        <translation>NaN- und unendliche Werte; Minimum, Maximum und Mittel nur über die endlichen Werte.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this figure as PNG, SVG or PDF, or its data as CSV</source>
        <translation>Diese Abbildung als PNG, SVG oder PDF speichern, oder ihre Daten als CSV</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Daten als CSV…</translation>
    </message>
    <message>
        <source>Figure as %1…</source>
        <translation>Abbildung als %1…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>Reset camera</source>
        <translation>Kamera zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the three-quarter view that shows everything</source>
        <translation>Zurück zur Dreiviertelansicht, die alles zeigt</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the 3-D view as drawn, at its size on screen (enlarge the window for more pixels)</source>
        <translation>Die 3-D-Ansicht so speichern, wie sie gezeichnet ist, in ihrer Größe auf dem Bildschirm (für mehr Pixel das Fenster vergrößern)</translation>
    </message>
    <message>
        <source>Export 3-D view</source>
        <translation>3-D-Ansicht exportieren</translation>
    </message>
    <message>
        <source>PNG files (*.png)</source>
        <translation>PNG-Dateien (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ui::ArrayInspector</name>
    <message>
        <source>Axis drawn downwards (rows of the heat map)</source>
        <translation>Achse nach unten (Zeilen der Heatmap)</translation>
    </message>
    <message>
        <source>Axis drawn across (columns of the heat map)</source>
        <translation>Achse nach rechts (Spalten der Heatmap)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Select an array in the workspace to see it here.</source>
        <translation>Wählen Sie im Arbeitsbereich ein Array, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>axis %1 (%2)</source>
        <translation>Achse %1 (%2)</translation>
    </message>
    <message>
        <source>axis %1:</source>
        <translation>Achse %1:</translation>
    </message>
    <message>
        <source>Index along axis %1 (0 … %2)</source>
        <translation>Index entlang Achse %1 (0 … %2)</translation>
    </message>
    <message>
        <source>Statistics of the slice shown below, over its finite values; NaN and ±Inf are counted</source>
        <translation>Statistik des unten gezeigten Schnitts über seine endlichen Werte; NaN und ±Inf werden gezählt</translation>
    </message>
    <message>
        <source>Slice: min %1, max %2, mean %3, std %4, NaN/Inf %5</source>
        <translation>Schnitt: Min. %1, Max. %2, Mittel %3, Std.-Abw. %4, NaN/Inf %5</translation>
    </message>
</context>
<context>
    <name>ui::FigureExportDialog</name>
    <message>
        <source>Export figure as %1</source>
        <translation>Abbildung als %1 exportieren</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Tick labels and legend; axis labels are 10 % and the title 20 % larger</source>
        <translation>Achsenbeschriftung der Striche und Legende; Achsentitel 10 % und Titel 20 % größer</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Pixels per inch of the PNG; text keeps its size in points</source>
        <translation>Pixel pro Zoll des PNG; Text behält seine Größe in Punkt</translation>
    </message>
    <message>
        <source>SVG and PDF are vector figures: they have no resolution</source>
        <translation>SVG und PDF sind Vektorgrafiken: sie haben keine Auflösung</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Schriftgröße:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>%1, %2 × %3 px</source>
        <translation>%1, %2 × %3 px</translation>
    </message>
</context>
<context>
    <name>ui::FigureSpec</name>
    <message>
        <source>Paper, one column (89 × 67 mm, 8 pt)</source>
        <translation>Artikel, einspaltig (89 × 67 mm, 8 pt)</translation>
    </message>
    <message>
        <source>Paper, two columns (183 × 100 mm, 9 pt)</source>
        <translation>Artikel, zweispaltig (183 × 100 mm, 9 pt)</translation>
    </message>
    <message>
        <source>Slide, 16:9 (10 × 5.6 in, 16 pt)</source>
        <translation>Folie, 16:9 (10 × 5,6 in, 16 pt)</translation>
    </message>
    <message>
        <source>Default (6.4 × 4.8 in, 10 pt)</source>
        <translation>Standard (6,4 × 4,8 in, 10 pt)</translation>
    </message>
    <message>
        <source>Figure size %1 × %2 in is outside 0.5 … 100 in</source>
        <translation>Abbildungsgröße %1 × %2 in liegt außerhalb von 0,5 … 100 in</translation>
    </message>
    <message>
        <source>%1 dpi is outside 36 … 2400</source>
        <translation>%1 dpi liegt außerhalb von 36 … 2400</translation>
    </message>
    <message>
        <source>Font size %1 pt is outside 4 … 72 pt</source>
        <translation>Schriftgröße %1 pt liegt außerhalb von 4 … 72 pt</translation>
    </message>
    <message>
        <source>%1 × %2 px at %3 dpi is more than 20000 px a side</source>
        <translation>%1 × %2 px bei %3 dpi sind mehr als 20000 px je Seite</translation>
    </message>
</context>
<context>
    <name>ui::HeatMapControls</name>
    <message>
        <source>Square cells</source>
        <translation>Quadratische Zellen</translation>
    </message>
    <message>
        <source>Automatic colours</source>
        <translation>Automatische Farben</translation>
    </message>
    <message>
        <source>Automatic: viridis, or a diverging map centred on 0 when the values have both signs</source>
        <translation>Automatisch: Viridis, oder eine um 0 zentrierte divergierende Farbskala, wenn die Werte beide Vorzeichen haben</translation>
    </message>
    <message>
        <source>Value at the bottom of the colour scale; lower values take its colour</source>
        <translation>Wert am unteren Ende der Farbskala; kleinere Werte erhalten dessen Farbe</translation>
    </message>
    <message>
        <source>Value at the top of the colour scale; higher values take its colour</source>
        <translation>Wert am oberen Ende der Farbskala; größere Werte erhalten dessen Farbe</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Colour limits at the 0.5th and 99.5th percentiles, so that one peak (a spectrum's DC) does not flatten the rest; symmetric about 0 for signed values</source>
        <translation>Farbgrenzen beim 0,5- und 99,5-Perzentil, damit ein einzelner Gipfel (der Gleichanteil eines Spektrums) den Rest nicht einebnet; symmetrisch um 0 bei Werten mit Vorzeichen</translation>
    </message>
    <message>
        <source>Draw every cell as high as wide (off: fill the axes)</source>
        <translation>Jede Zelle so hoch wie breit zeichnen (aus: Achsen füllen)</translation>
    </message>
    <message>
        <source>Colour map:</source>
        <translation>Farbskala:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Colour map, colour limits and square cells</source>
        <translation>Farbskala, Farbgrenzen und quadratische Zellen</translation>
    </message>
</context>
<context>
    <name>ui::IbDemoPanel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>tanh (Shwartz-Ziv &amp; Tishby)</source>
        <translation>tanh (Shwartz-Ziv &amp; Tishby)</translation>
    </message>
    <message>
        <source>ReLU (Saxe et al.)</source>
        <translation>ReLU (Saxe et al.)</translation>
    </message>
    <message>
        <source>Hidden-layer activation. With ReLU the binning estimator shows no compression phase.</source>
        <translation>Aktivierung der verborgenen Schichten. Mit ReLU zeigt der Binning-Schätzer keine Kompressionsphase.</translation>
    </message>
    <message>
        <source>Training epochs; recorded every epoch below 20, every 5th below 100, every 20th below 2000, then every 100th</source>
        <translation>Trainingsepochen; aufgezeichnet wird jede Epoche unter 20, jede 5. unter 100, jede 20. unter 2000, dann jede 100.</translation>
    </message>
    <message>
        <source>Adam learning rate (IDNNs: 0.0004)</source>
        <translation>Lernrate von Adam (IDNNs: 0,0004)</translation>
    </message>
    <message>
        <source>Seed of the weights and the train/test split</source>
        <translation>Startwert für Gewichte und Trainings-/Testaufteilung</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>Aktivierung:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Press Start to train.</source>
        <translation>Start drücken, um zu trainieren.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>The 12-bit task (4096 patterns) and the 12-10-7-5-4-3-2 network of Shwartz-Ziv &amp; Tishby (2017), trained here with LibTorch. Each point is one layer at one epoch: I(X;T) and I(T;Y) from the binning estimator (30 bin edges) on all 4096 patterns, in bits.</source>
        <translation>Die 12-Bit-Aufgabe (4096 Muster) und das 12-10-7-5-4-3-2-Netz von Shwartz-Ziv &amp; Tishby (2017), hier mit LibTorch trainiert. Jeder Punkt ist eine Schicht in einer Epoche: I(X;T) und I(T;Y) aus dem Binning-Schätzer (30 Bin-Grenzen) auf allen 4096 Mustern, in Bit.</translation>
    </message>
    <message>
        <source>Epoch %1: loss %2, train accuracy %3 %, test accuracy %4 %</source>
        <translation>Epoche %1: Verlust %2, Trainingsgenauigkeit %3 %, Testgenauigkeit %4 %</translation>
    </message>
    <message>
        <source>Information plane, live (%1, binning)</source>
        <translation>Informationsebene, live (%1, Binning)</translation>
    </message>
    <message>
        <source>I(X;T) [bits]</source>
        <translation>I(X;T) [Bit]</translation>
    </message>
    <message>
        <source>I(T;Y) [bits]</source>
        <translation>I(T;Y) [Bit]</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>loss; accuracy</source>
        <translation>Verlust; Genauigkeit</translation>
    </message>
    <message>
        <source>loss (cross-entropy)</source>
        <translation>Verlust (Kreuzentropie)</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
</context>
<context>
    <name>ui::InformationPlaneView</name>
    <message>
        <source>Show the trajectories up to this step</source>
        <translation>Trajektorien bis zu diesem Schritt zeigen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Animate the trajectories step by step (Space)</source>
        <translation>Trajektorien Schritt für Schritt animieren (Leertaste)</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Log steps</source>
        <translation>Log. Schritte</translation>
    </message>
    <message>
        <source>Opacity of the points: lower it to see layers that overlap</source>
        <translation>Deckkraft der Punkte: verringern, um überlappende Schichten zu sehen</translation>
    </message>
    <message>
        <source>Colour steps on a log scale: the early epochs, where most changes, get more colours</source>
        <translation>Schritte logarithmisch einfärben: die frühen Epochen, in denen sich am meisten ändert, erhalten mehr Farben</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
</context>
<context>
    <name>ui::JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running analyses (Esc)</source>
        <translation>Laufende Analysen abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Analysis failed</source>
        <translation>Analyse fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not finish.</source>
        <translation>%1 konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analyse abgebrochen.</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Daten öffnen</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>InfoScope workspaces (*.infoscope.json)</source>
        <translation>InfoScope-Arbeitsbereiche (*.infoscope.json)</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>Arbeitsbereich kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The workspace was not saved.</source>
        <translation>Der Arbeitsbereich wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>InfoScope</source>
        <translation>InfoScope</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the analysis on the chosen inputs (Ctrl+R)</source>
        <translation>Analyse auf den gewählten Eingaben ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Choose an analysis in the catalogue above.</source>
        <translation>Wählen Sie oben im Katalog eine Analyse.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open images or arrays</source>
        <translation>Bilder oder Arrays öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation>&amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Workspace As…</source>
        <translation>Arbeitsbereich &amp;speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>Abbildung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Data as CSV…</source>
        <translation>&amp;Daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Analyses</source>
        <translation>Laufende Analysen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;About InfoScope</source>
        <translation>&amp;Über InfoScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Method Notes</source>
        <translation>&amp;Methodenhinweise</translation>
    </message>
    <message>
        <source>Invalid parameters</source>
        <translation>Ungültige Parameter</translation>
    </message>
    <message>
        <source>Check the parameters of the analysis.</source>
        <translation>Prüfen Sie die Parameter der Analyse.</translation>
    </message>
    <message>
        <source>Unknown analysis</source>
        <translation>Unbekannte Analyse</translation>
    </message>
    <message>
        <source>There is no analysis '%1'.</source>
        <translation>Es gibt keine Analyse „%1“.</translation>
    </message>
    <message>
        <source>Missing input</source>
        <translation>Eingabe fehlt</translation>
    </message>
    <message>
        <source>'%1' needs an input for '%2'. Open a suitable file first (File &gt; Open).</source>
        <translation>„%1“ braucht eine Eingabe für „%2“. Öffnen Sie zuerst eine passende Datei (Datei &gt; Öffnen).</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>Finished %1.</source>
        <translation>%1 abgeschlossen.</translation>
    </message>
    <message>
        <source>3-D: %1</source>
        <translation>3-D: %1</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>Show a result with a plot first.</source>
        <translation>Zeigen Sie zuerst ein Ergebnis mit Diagramm an.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The figure was not exported.</source>
        <translation>Die Abbildung wurde nicht exportiert.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be read; everything else stays loaded.</source>
        <translation>%1 konnte nicht gelesen werden; alles andere bleibt geladen.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>InfoScope — %1</source>
        <translation>InfoScope — %1</translation>
    </message>
    <message>
        <source>Use as an analysis input</source>
        <translation>Als Analyse-Eingabe verwenden</translation>
    </message>
    <message>
        <source>Adds this array as a source of its own, so that analyses can take it</source>
        <translation>Fügt dieses Array als eigene Quelle hinzu, damit Analysen es verwenden können</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Supported files (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.npy *.npz *.safetensors *.h5 *.hdf5 *.pt *.pth *.ckpt *.infoscope.json);;All files (*)</source>
        <translation>Unterstützte Dateien (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.npy *.npz *.safetensors *.h5 *.hdf5 *.pt *.pth *.ckpt *.infoscope.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open dump folder</source>
        <translation>Dump-Ordner öffnen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>NaN/Inf</source>
        <translation>NaN/Inf</translation>
    </message>
    <message>
        <source>Array inspector</source>
        <translation>Array-Inspektor</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>&amp;Live Information-Plane Demo</source>
        <translation>&amp;Live-Demo der Informationsebene</translation>
    </message>
    <message>
        <source>Train the Shwartz-Ziv &amp; Tishby network and watch its information plane</source>
        <translation>Das Netz von Shwartz-Ziv &amp; Tishby trainieren und seine Informationsebene verfolgen</translation>
    </message>
    <message>
        <source>Open an activation dump folder (manifest.json with .npy files)</source>
        <translation>Einen Aktivierungs-Dump-Ordner öffnen (manifest.json mit .npy-Dateien)</translation>
    </message>
    <message>
        <source>Live information plane</source>
        <translation>Informationsebene live</translation>
    </message>
    <message>
        <source>Statistics of %1</source>
        <translation>Statistik von %1</translation>
    </message>
    <message>
        <source>Damaged arrays</source>
        <translation>Beschädigte Arrays</translation>
    </message>
    <message numerus="yes">
        <source>%n array(s) of %1 cannot be read; the rest stays available.</source>
        <translation><numerusform>%n Array von %1 ist unlesbar; der Rest bleibt verfügbar.</numerusform><numerusform>%n Arrays von %1 sind unlesbar; der Rest bleibt verfügbar.</numerusform></translation>
    </message>
</context>
<context>
    <name>ui::MemoryLimitAction</name>
    <message>
        <source>Memory &amp;Limit…</source>
        <translation>Speicher&amp;grenze…</translation>
    </message>
    <message>
        <source>The most memory one array may take when a file is decoded, inflated or converted; larger claims are refused before anything is allocated</source>
        <translation>Der größte Speicher, den ein Array beim Dekodieren, Entpacken oder Umwandeln einer Datei belegen darf; größere Ansprüche werden abgewiesen, bevor etwas belegt wird</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speichergrenze</translation>
    </message>
    <message>
        <source>Largest array in memory, in GiB (this machine has %1 GiB; 0 restores the default, half of it):</source>
        <translation>Größtes Array im Speicher, in GiB (dieser Rechner hat %1 GiB; 0 stellt die Voreinstellung wieder her, die Hälfte davon):</translation>
    </message>
</context>
<context>
    <name>ui::ParameterForm</name>
    <message>
        <source>(open a file first)</source>
        <translation>(zuerst eine Datei öffnen)</translation>
    </message>
</context>
<context>
    <name>ui::PlotView</name>
    <message>
        <source>Value under the mouse. Wheel: zoom, drag: pan, double-click: reset view.</source>
        <translation>Wert unter der Maus. Rad: zoomen, Ziehen: verschieben, Doppelklick: Ansicht zurücksetzen.</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation> (logarithmisch)</translation>
    </message>
    <message>
        <source>unit circle</source>
        <translation>Einheitskreis</translation>
    </message>
    <message>
        <source>eigenvalues</source>
        <translation>Eigenwerte</translation>
    </message>
    <message>
        <source>Re λ</source>
        <translation>Re λ</translation>
    </message>
    <message>
        <source>Im λ</source>
        <translation>Im λ</translation>
    </message>
    <message>
        <source>x = %1, y = %2 (cell %3, %4): %5 = %6</source>
        <translation>x = %1, y = %2 (Zelle %3, %4): %5 = %6</translation>
    </message>
    <message>
        <source>%1: x = %2, y = %3</source>
        <translation>%1: x = %2, y = %3</translation>
    </message>
    <message>
        <source>x = %1, y = %2</source>
        <translation>x = %1, y = %2</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>%1, %2 %3: %4 = %5%6, %7 = %8%9 — %10</source>
        <translation>%1, %2 %3: %4 = %5%6, %7 = %8%9 — %10</translation>
    </message>
</context>
<context>
    <name>ui::ResultPanel</name>
    <message>
        <source>3-D</source>
        <translation>3-D</translation>
    </message>
    <message>
        <source>Show this map as a 3-D surface (height and colour: log10 of the value)</source>
        <translation>Diese Karte als 3-D-Fläche zeigen (Höhe und Farbe: log10 des Werts)</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Show all data again (also: double-click the plot)</source>
        <translation>Wieder alle Daten zeigen (auch: Doppelklick in die Abbildung)</translation>
    </message>
    <message>
        <source>%1: this kind of result has no view yet; export it with File &gt; Save Workspace As… or infoscope-cli --out.</source>
        <translation>%1: Für diese Art Ergebnis gibt es noch keine Ansicht; exportieren Sie sie mit Datei &gt; Arbeitsbereich speichern unter… oder infoscope-cli --out.</translation>
    </message>
</context>
<context>
    <name>ui::StartPage</name>
    <message>
        <source>Start here</source>
        <translation>Hier beginnen</translation>
    </message>
    <message>
        <source>Open images, arrays, checkpoints or activation dumps (or drop them on the window), open a saved workspace such as resources/demo/demo.infoscope.json, or watch a network learn in the live information-plane demo. Then choose an analysis on the left and press Run.</source>
        <translation>Öffnen Sie Bilder, Arrays, Checkpoints oder Aktivierungs-Dumps (oder ziehen Sie sie auf das Fenster), öffnen Sie einen gespeicherten Arbeitsbereich wie resources/demo/demo.infoscope.json, oder sehen Sie in der Live-Demo der Informationsebene einem Netz beim Lernen zu. Wählen Sie dann links eine Analyse und drücken Sie Ausführen.</translation>
    </message>
</context>
<context>
    <name>ui::VtkView</name>
    <message>
        <source>Left drag: rotate, right drag or wheel: zoom, middle drag or Shift+left: pan, R: reset camera</source>
        <translation>Links ziehen: drehen, rechts ziehen oder Rad: zoomen, Mitte ziehen oder Umschalt+links: verschieben, R: Kamera zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ui::Workspace</name>
    <message>
        <source>%1: not enough memory to load this file</source>
        <translation>%1: nicht genug Speicher, um diese Datei zu laden</translation>
    </message>
</context>
</TS>
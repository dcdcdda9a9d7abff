<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>&lt;p&gt;Default: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; range %1 … %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; unit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out of memory: the analysis needs more memory than is available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown error in the analysis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG size %1 x %2 px is outside 16 ... 20000 px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 DPI is outside 36 ... 2400</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF writer failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown figure format '.%1' (use .png, .svg, .pdf or .csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt %1, VTK %2, LibTorch %3, QCustomPlot %4, %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About InfoScope</source>
        <translation>Über InfoScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InfoScope %1&lt;/h3&gt;&lt;p&gt;See what information deep networks keep, compress and lose.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See what information deep networks keep, compress and lose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images, arrays or workspaces (*.infoscope.json) to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a screenshot of the window to FILE once all analyses have finished, then quit.</source>
        <translation type="unfinished" />
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
        <source>Supported files (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.npy *.infoscope.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>InfoScope workspaces (*.infoscope.json)</source>
        <translation type="unfinished" />
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
        <source>Kind</source>
        <translation>Art</translation>
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
        <translation type="unfinished" />
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
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>PNG-Auflösung</translation>
    </message>
    <message>
        <source>Dots per inch (figure is 6.4 × 4.8 in):</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source> (log scale)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit circle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>eigenvalues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re λ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Im λ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x = %1, y = %2 (cell %3, %4): %5 = %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: x = %2, y = %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x = %1, y = %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::ResultPanel</name>
    <message>
        <source>%1: this kind of result has no view yet; export it with File &gt; Save Workspace or infoscope-cli --out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3-D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this map as a 3-D surface (height and colour: log10 of the value)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this figure as PNG, SVG or PDF, or its data as CSV</source>
        <translation type="unfinished" />
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
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Show all data again (also: double-click the plot)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::VtkView</name>
    <message>
        <source>Left drag: rotate, right drag or wheel: zoom, middle drag or Shift+left: pan, R: reset camera</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::Workspace</name>
    <message>
        <source>%1: not enough memory to load this file</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
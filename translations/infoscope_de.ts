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
    <message>
        <source>Cyclic (for phases; −π and π meet)</source>
        <translation>Zyklisch (für Phasen; −π und π treffen sich)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>'N': sample size on a log grid; 'k': neighbours 1 … 32 at the largest N.</source>
        <translation>'N': Stichprobenumfang auf logarithmischem Raster; 'k': Nachbarn 1 … 32 beim größten N.</translation>
    </message>
    <message>
        <source>'backward': unnormalised |DFT| as numpy.fft.fft2; 'ortho': divided by sqrt(H*W) (energy-preserving).</source>
        <translation>'backward': nicht normierte |DFT| wie numpy.fft.fft2; 'ortho': durch sqrt(H*W) geteilt (energieerhaltend).</translation>
    </message>
    <message>
        <source>'binning' (Shwartz-Ziv &amp; Tishby) or 'kde' (Kolchinsky–Tracey upper bound, O(N²) per layer and step).</source>
        <translation>'binning' (Shwartz-Ziv &amp; Tishby) oder 'kde' (Kolchinsky–Tracey-Obergrenze, O(N²) je Schicht und Schritt).</translation>
    </message>
    <message>
        <source>'corners': every radius up to the corners (FPGM's profile; the last bins hold only corner pixels and bend); 'inscribed': stop at the inscribed circle, where every ring is whole.</source>
        <translation>'corners': jeder Radius bis in die Ecken (das Profil von FPGM; die letzten Bins enthalten nur Eckpixel und knicken ab); 'inscribed': Ende am Inkreis, wo jeder Ring vollständig ist.</translation>
    </message>
    <message>
        <source>'distinct': every sample its own input; 'inputs': identical rows of the dump's inputs are one input.</source>
        <translation>'distinct': jede Stichprobe ist ihre eigene Eingabe; 'inputs': gleiche Zeilen der Eingaben des Dumps sind eine Eingabe.</translation>
    </message>
    <message>
        <source>'grey': one spectrum of the luma 0.299R+0.587G+0.114B; 'per-channel': one spectrum per RGB channel.</source>
        <translation>'grey': ein Spektrum der Luma 0.299R+0.587G+0.114B; 'per-channel': ein Spektrum je RGB-Kanal.</translation>
    </message>
    <message>
        <source>'pca' or 'random'.</source>
        <translation>'pca' oder 'random'.</translation>
    </message>
    <message>
        <source>'plug-in': maximum-likelihood entropies; 'miller-madow': + (m − 1)/(2N) per entropy.</source>
        <translation>'plug-in': Maximum-Likelihood-Entropien; 'miller-madow': + (m − 1)/(2N) je Entropie.</translation>
    </message>
    <message>
        <source>'renyi': matrix-based Rényi α-MI; 'cauchy-schwarz': CS quadratic MI.</source>
        <translation>'renyi': matrixbasierte Rényi-α-Transinformation; 'cauchy-schwarz': quadratische CS-Transinformation.</translation>
    </message>
    <message>
        <source>'silverman' per variable, or 'fixed' σ below.</source>
        <translation>'silverman' je Variable oder 'fixed' mit σ unten.</translation>
    </message>
    <message>
        <source>'tanh': [−1, 1] as IDNNs; 'activations': the layer's [min, max].</source>
        <translation>'tanh': [−1, 1] wie IDNNs; 'activations': [min, max] der Schicht.</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>2-D amplitude spectrum of an image and its azimuthally averaged radial profile.</source>
        <translation>2-D-Amplitudenspektrum eines Bildes und sein azimutal gemitteltes Radialprofil.</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>A TorchScript module written by torch.jit.save.</source>
        <translation>Ein mit torch.jit.save geschriebenes TorchScript-Modul.</translation>
    </message>
    <message>
        <source>A grey (H, W) or colour (H, W, 3|4) image or 2-d array.</source>
        <translation>Ein Grau- (H, W) oder Farbbild (H, W, 3|4) oder 2-d-Array.</translation>
    </message>
    <message>
        <source>A training run laid out as in docs/dump-format.md, with labels.</source>
        <translation>Ein Trainingslauf im Format von docs/dump-format.md, mit Labels.</translation>
    </message>
    <message>
        <source>Activation dump</source>
        <translation>Aktivierungs-Dump</translation>
    </message>
    <message>
        <source>Activations (N, d) of one layer.</source>
        <translation>Aktivierungen (N, d) einer Schicht.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Amplitude spectrum</source>
        <translation>Amplitudenspektrum</translation>
    </message>
    <message>
        <source>Amplitude spectrum (grey)</source>
        <translation>Amplitudenspektrum (grau)</translation>
    </message>
    <message>
        <source>An array shaped as forward() expects, e.g. (N, features).</source>
        <translation>Ein Array in der Form, die forward() erwartet, z. B. (N, Merkmale).</translation>
    </message>
    <message>
        <source>Bias correction</source>
        <translation>Bias-Korrektur</translation>
    </message>
    <message>
        <source>Bin edges</source>
        <translation>Bin-Grenzen</translation>
    </message>
    <message>
        <source>Bin range</source>
        <translation>Bin-Bereich</translation>
    </message>
    <message>
        <source>Binning estimator (information plane)</source>
        <translation>Binning-Schätzer (Informationsebene)</translation>
    </message>
    <message>
        <source>Binning: 'tanh' = [−1, 1]; 'activations' = each layer's own [min, max] (use for ReLU).</source>
        <translation>Binning: 'tanh' = [−1, 1]; 'activations' = das eigene [min, max] jeder Schicht (für ReLU).</translation>
    </message>
    <message>
        <source>Binning: equally spaced edges (cells = edges − 1); IDNNs uses 30.</source>
        <translation>Binning: gleichabständige Grenzen (Zellen = Grenzen − 1); IDNNs verwendet 30.</translation>
    </message>
    <message>
        <source>Bootstrap resamples</source>
        <translation>Bootstrap-Stichproben</translation>
    </message>
    <message>
        <source>Cauchy–Schwarz quadratic MI</source>
        <translation>Quadratische Cauchy–Schwarz-Transinformation</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Compressed k-NN mutual information</source>
        <translation>Komprimierte k-NN-Transinformation</translation>
    </message>
    <message>
        <source>Continuous samples (N, d), e.g. a layer's activations.</source>
        <translation>Stetige Stichproben (N, d), z. B. die Aktivierungen einer Schicht.</translation>
    </message>
    <message>
        <source>Correlation of each coordinate pair; |ρ| &lt; 1.</source>
        <translation>Korrelation jedes Koordinatenpaars; |ρ| &lt; 1.</translation>
    </message>
    <message>
        <source>Correlation ρ</source>
        <translation>Korrelation ρ</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Dimension d</source>
        <translation>Dimension d</translation>
    </message>
    <message>
        <source>Dimensions per side (d coordinate pairs).</source>
        <translation>Dimensionen je Seite (d Koordinatenpaare).</translation>
    </message>
    <message>
        <source>Directions kept per variable (Butakov et al. use 4).</source>
        <translation>Behaltene Richtungen je Variable (Butakov et al. verwenden 4).</translation>
    </message>
    <message>
        <source>Discrete mutual information</source>
        <translation>Diskrete Transinformation</translation>
    </message>
    <message>
        <source>Draws correlated Gaussians with known MI and plots each estimator against the truth as N or k varies.</source>
        <translation>Zieht korrelierte Normalverteilungen mit bekannter Transinformation und zeichnet jeden Schätzer gegen den wahren Wert, während N oder k variiert.</translation>
    </message>
    <message>
        <source>Each activation is put into one of (bins − 1) equal cells over [−1, 1] (tanh range; or the layer's own [min, max]); a sample's vector of cells is one symbol t. Plug-in entropies: I(X;T) = H(T) − H(T|X), I(T;Y) = H(T) − H(T|Y). Without x every sample is a distinct input, so I(X;T) = H(T) ≤ log N. Values outside the range (and the upper end) go to the first/last cell, not the original code's wrap-around. Results depend strongly on the bin count; wide layers saturate at log N. Samples with NaN or Inf are refused with an error (remove them first).</source>
        <translation>Jede Aktivierung kommt in eine von (bins − 1) gleichen Zellen über [−1, 1] (tanh-Bereich; oder [min, max] der Schicht); der Zellvektor einer Stichprobe ist ein Symbol t. Plug-in-Entropien: I(X;T) = H(T) − H(T|X), I(T;Y) = H(T) − H(T|Y). Ohne x ist jede Stichprobe eine eigene Eingabe, also I(X;T) = H(T) ≤ log N. Werte außerhalb des Bereichs (und das obere Ende) kommen in die erste/letzte Zelle, nicht in den Umlauf des Originalcodes. Die Ergebnisse hängen stark von der Bin-Zahl ab; breite Schichten sättigen bei log N. Stichproben mit NaN oder Inf werden mit einem Fehler abgelehnt (vorher entfernen).</translation>
    </message>
    <message>
        <source>Entropy and mutual information of two integer label arrays (plug-in or Miller–Madow).</source>
        <translation>Entropie und Transinformation zweier ganzzahliger Label-Arrays (Plug-in oder Miller–Madow).</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Estimate (Cauchy–Schwarz quadratic MI)</source>
        <translation>Schätzung (quadratische Cauchy–Schwarz-Transinformation)</translation>
    </message>
    <message>
        <source>Estimate (Gaussian (covariance))</source>
        <translation>Schätzung (Gauß (Kovarianz))</translation>
    </message>
    <message>
        <source>Estimate (KDE upper bound, σ² = %1)</source>
        <translation>Schätzung (KDE-Obergrenze, σ² = %1)</translation>
    </message>
    <message>
        <source>Estimate (KSG after pca to %1 dimensions)</source>
        <translation>Schätzung (KSG nach PCA auf %1 Dimensionen)</translation>
    </message>
    <message>
        <source>Estimate (KSG after random to %1 dimensions)</source>
        <translation>Schätzung (KSG nach Zufallsprojektion auf %1 Dimensionen)</translation>
    </message>
    <message>
        <source>Estimate (KSG algorithm %1, k = %2)</source>
        <translation>Schätzung (KSG-Algorithmus %1, k = %2)</translation>
    </message>
    <message>
        <source>Estimate (binning, %1 edges)</source>
        <translation>Schätzung (Binning, %1 Grenzen)</translation>
    </message>
    <message>
        <source>Estimate (discrete, Miller–Madow)</source>
        <translation>Schätzung (diskret, Miller–Madow)</translation>
    </message>
    <message>
        <source>Estimate (discrete, plug-in)</source>
        <translation>Schätzung (diskret, Plug-in)</translation>
    </message>
    <message>
        <source>Estimate (k-NN with discrete labels (Ross), k = %1)</source>
        <translation>Schätzung (k-NN mit diskreten Labels (Ross), k = %1)</translation>
    </message>
    <message>
        <source>Estimate (matrix Rényi, α = %1)</source>
        <translation>Schätzung (Matrix-Rényi, α = %1)</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Schätzungen</translation>
    </message>
    <message>
        <source>Estimates against the truth</source>
        <translation>Schätzungen gegen den wahren Wert</translation>
    </message>
    <message>
        <source>Estimates against the truth (d = %1 per side, ρ = %2)</source>
        <translation>Schätzungen gegen den wahren Wert (d = %1 je Seite, ρ = %2)</translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation>Schätzer</translation>
    </message>
    <message>
        <source>Estimator workbench (Gaussians with known MI)</source>
        <translation>Schätzer-Werkbank (Normalverteilungen mit bekannter Transinformation)</translation>
    </message>
    <message>
        <source>Estimator, N, H(Y) and the number of layers.</source>
        <translation>Schätzer, N, H(Y) und die Zahl der Schichten.</translation>
    </message>
    <message>
        <source>For each layer T and recorded step: with 'binning', the Shwartz-Ziv &amp; Tishby estimator (see mi.binning); with 'kde', the Kolchinsky–Tracey upper bound (see mi.kde). X is either the identity of each sample (all distinct, so I(X;T) = H(T)) or the identity of its input row; Y the dump's labels. For a deterministic network I(T;Y) ≤ I(X;Y) = H(Y), shown in the summary. k-NN estimators are not offered here: with X the identity of each sample I(X;T) of a continuous layer is unbounded, and binary input patterns (as in the 12-bit task) are all at the same max-norm distance, which leaves KSG nothing to count; for I(T;Y) of one layer, mi.mixed gives the k-NN estimate. Samples with NaN/Inf activations make the run fail with the layer named. Layers and steps are computed in parallel.</source>
        <translation>Für jede Schicht T und jeden aufgezeichneten Schritt: mit 'binning' der Schätzer von Shwartz-Ziv &amp; Tishby (siehe mi.binning); mit 'kde' die Kolchinsky–Tracey-Obergrenze (siehe mi.kde). X ist entweder die Identität jeder Stichprobe (alle verschieden, also I(X;T) = H(T)) oder die Identität ihrer Eingabezeile; Y die Labels des Dumps. Für ein deterministisches Netz gilt I(T;Y) ≤ I(X;Y) = H(Y), in der Zusammenfassung gezeigt. k-NN-Schätzer werden hier nicht angeboten: ist X die Identität jeder Stichprobe, so ist I(X;T) einer stetigen Schicht unbeschränkt, und binäre Eingabemuster (wie in der 12-Bit-Aufgabe) haben alle denselben Abstand in der Maximumnorm, sodass KSG nichts zu zählen bleibt; für I(T;Y) einer Schicht liefert mi.mixed die k-NN-Schätzung. Stichproben mit NaN/Inf-Aktivierungen lassen den Lauf mit Nennung der Schicht scheitern. Schichten und Schritte werden parallel berechnet.</translation>
    </message>
    <message>
        <source>For sample i of class c (N_c members): r_i = max-norm distance to its k-th neighbour within c (k lowered to N_c − 1 for small classes), m_i = samples of any class closer than r_i, itself included. Over the samples whose class has at least two members (n): I = ψ(n) + ⟨ψ(k_i)⟩ − ⟨ψ(N_c)⟩ − ⟨ψ(m_i)⟩, nats. For one column of T this is scikit-learn's mutual_info_classif (which uses k = 3 and clamps at 0; not clamped here). Standardisation and tie-breaking noise as in mi.ksg. Samples with NaN or Inf are refused with an error (remove them first).</source>
        <translation>Für Stichprobe i der Klasse c (N_c Mitglieder): r_i = Abstand in der Maximumnorm zu ihrem k-ten Nachbarn innerhalb von c (k für kleine Klassen auf N_c − 1 gesenkt), m_i = Stichproben beliebiger Klasse näher als r_i, sie selbst eingeschlossen. Über die Stichproben, deren Klasse mindestens zwei Mitglieder hat (n): I = ψ(n) + ⟨ψ(k_i)⟩ − ⟨ψ(N_c)⟩ − ⟨ψ(m_i)⟩, nats. Für eine Spalte von T ist das mutual_info_classif von scikit-learn (das k = 3 verwendet und bei 0 abschneidet; hier nicht abgeschnitten). Standardisierung und Rauschen gegen Bindungen wie bei mi.ksg. Stichproben mit NaN oder Inf werden mit einem Fehler abgelehnt (vorher entfernen).</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gauß</translation>
    </message>
    <message>
        <source>Gaussian (covariance)</source>
        <translation>Gauß (Kovarianz)</translation>
    </message>
    <message>
        <source>Gaussian kernel K_ij = exp(−‖x_i − x_j‖²/(2σ²)). Rényi: A = K/tr K, S_α = log2(Σ λ^α)/(1 − α) (α = 1: von Neumann), negative eigenvalues from rounding clipped to 0; I_α = S_α(A_x) + S_α(A_y) − S_α(A_x∘A_y / tr). Cauchy–Schwarz: I_CS = log2[(ΣKx∘Ky/N²)(ΣKx ΣKy/N⁴)/(1ᵀKxKy1/N³)²] ≥ 0. Kernel width: 'silverman' σ = 1.06 · std · N^(−1/5) per variable (std over all its entries), or a fixed σ. O(N²d) + O(N³): above max_samples a seeded random subsample is used and reported. Samples with NaN or Inf are refused with an error (remove them first).</source>
        <translation>Gaußkern K_ij = exp(−‖x_i − x_j‖²/(2σ²)). Rényi: A = K/tr K, S_α = log2(Σ λ^α)/(1 − α) (α = 1: von Neumann), negative Eigenwerte aus Rundung auf 0 gesetzt; I_α = S_α(A_x) + S_α(A_y) − S_α(A_x∘A_y / tr). Cauchy–Schwarz: I_CS = log2[(ΣKx∘Ky/N²)(ΣKx ΣKy/N⁴)/(1ᵀKxKy1/N³)²] ≥ 0. Kernbreite: 'silverman' σ = 1.06 · std · N^(−1/5) je Variable (std über alle ihre Einträge) oder ein festes σ. O(N²d) + O(N³): oberhalb von max_samples wird eine zufällige Teilstichprobe aus einem Startwert verwendet und angegeben. Stichproben mit NaN oder Inf werden mit einem Fehler abgelehnt (vorher entfernen).</translation>
    </message>
    <message>
        <source>Gaussian mutual information</source>
        <translation>Gaußsche Transinformation</translation>
    </message>
    <message>
        <source>H(T)</source>
        <translation>H(T)</translation>
    </message>
    <message>
        <source>H(X)</source>
        <translation>H(X)</translation>
    </message>
    <message>
        <source>H(X) [bits] (ceiling of I(X;T))</source>
        <translation>H(X) [bits] (Obergrenze von I(X;T))</translation>
    </message>
    <message>
        <source>H(X) [nats] (ceiling of I(X;T))</source>
        <translation>H(X) [nats] (Obergrenze von I(X;T))</translation>
    </message>
    <message>
        <source>H(X,Y)</source>
        <translation>H(X,Y)</translation>
    </message>
    <message>
        <source>H(Y)</source>
        <translation>H(Y)</translation>
    </message>
    <message>
        <source>H(Y) [bits] (ceiling of I(T;Y))</source>
        <translation>H(Y) [bits] (Obergrenze von I(T;Y))</translation>
    </message>
    <message>
        <source>H(Y) [nats] (ceiling of I(T;Y))</source>
        <translation>H(Y) [nats] (Obergrenze von I(T;Y))</translation>
    </message>
    <message>
        <source>I of the projections, N and dimensions.</source>
        <translation>I der Projektionen, N und Dimensionen.</translation>
    </message>
    <message>
        <source>I(T;Y)</source>
        <translation>I(T;Y)</translation>
    </message>
    <message>
        <source>I(T;Y) [bits]</source>
        <translation>I(T;Y) [bits]</translation>
    </message>
    <message>
        <source>I(T;Y) [nats]</source>
        <translation>I(T;Y) [nats]</translation>
    </message>
    <message>
        <source>I(T;Y) between continuous samples T and discrete labels Y from k-nearest neighbours (Ross).</source>
        <translation>I(T;Y) zwischen stetigen Stichproben T und diskreten Labels Y aus k nächsten Nachbarn (Ross).</translation>
    </message>
    <message>
        <source>I(T;Y), N, dimension and the null distribution.</source>
        <translation>I(T;Y), N, Dimension und die Nullverteilung.</translation>
    </message>
    <message>
        <source>I(X;T)</source>
        <translation>I(X;T)</translation>
    </message>
    <message>
        <source>I(X;T) [bits]</source>
        <translation>I(X;T) [bits]</translation>
    </message>
    <message>
        <source>I(X;T) [nats]</source>
        <translation>I(X;T) [nats]</translation>
    </message>
    <message>
        <source>I(X;T) against I(T;Y) for every layer across training, from an activation dump.</source>
        <translation>I(X;T) gegen I(T;Y) für jede Schicht über das Training, aus einem Aktivierungs-Dump.</translation>
    </message>
    <message>
        <source>I(X;T) and I(T;Y) of a layer by discretising its activations (Shwartz-Ziv &amp; Tishby).</source>
        <translation>I(X;T) und I(T;Y) einer Schicht durch Diskretisieren ihrer Aktivierungen (Shwartz-Ziv &amp; Tishby).</translation>
    </message>
    <message>
        <source>I(X;T) and I(T;Y) per layer and step</source>
        <translation>I(X;T) und I(T;Y) je Schicht und Schritt</translation>
    </message>
    <message>
        <source>I(X;T) and I(T;Y) per layer and step.</source>
        <translation>I(X;T) und I(T;Y) je Schicht und Schritt.</translation>
    </message>
    <message>
        <source>I(X;T), I(T;Y), H(T), N and d.</source>
        <translation>I(X;T), I(T;Y), H(T), N und d.</translation>
    </message>
    <message>
        <source>I(X;T), I(T;Y), H(T), N, d and the null distribution.</source>
        <translation>I(X;T), I(T;Y), H(T), N, d und die Nullverteilung.</translation>
    </message>
    <message>
        <source>I(X;Y)</source>
        <translation>I(X;Y)</translation>
    </message>
    <message>
        <source>I(X;Y) [bits]</source>
        <translation>I(X;Y) [bits]</translation>
    </message>
    <message>
        <source>I(X;Y) [nats]</source>
        <translation>I(X;Y) [nats]</translation>
    </message>
    <message>
        <source>I(X;Y) [nats], exact −(d/%1) ln(%2 − ρ²)</source>
        <translation>I(X;Y) [nats], exakt −(d/%1) ln(%2 − ρ²)</translation>
    </message>
    <message>
        <source>I(X;Y) of a Gaussian with the data's covariance: ½ ln(det Σx det Σy / det Σxy).</source>
        <translation>I(X;Y) einer Normalverteilung mit der Kovarianz der Daten: ½ ln(det Σx det Σy / det Σxy).</translation>
    </message>
    <message>
        <source>I(X;Y) of the projections</source>
        <translation>I(X;Y) der Projektionen</translation>
    </message>
    <message>
        <source>I(X;Y), N and dimensions.</source>
        <translation>I(X;Y), N und Dimensionen.</translation>
    </message>
    <message>
        <source>I(X;Y), N, dimensions and the null distribution.</source>
        <translation>I(X;Y), N, Dimensionen und die Nullverteilung.</translation>
    </message>
    <message>
        <source>I(X;Y), the entropies, N and symbol counts.</source>
        <translation>I(X;Y), die Entropien, N und die Zahl der Symbole.</translation>
    </message>
    <message>
        <source>I_CS(X;Y)</source>
        <translation>I_CS(X;Y)</translation>
    </message>
    <message>
        <source>I_α(X;Y)</source>
        <translation>I_α(X;Y)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Image amplitude spectrum</source>
        <translation>Amplitudenspektrum eines Bildes</translation>
    </message>
    <message>
        <source>Independent draws averaged per point.</source>
        <translation>Unabhängige Ziehungen, je Punkt gemittelt.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Information plane</source>
        <translation>Informationsebene</translation>
    </message>
    <message>
        <source>Information plane (binning)</source>
        <translation>Informationsebene (Binning)</translation>
    </message>
    <message>
        <source>Information plane (kde)</source>
        <translation>Informationsebene (KDE)</translation>
    </message>
    <message>
        <source>Information plane of a training run</source>
        <translation>Informationsebene eines Trainingslaufs</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Integer labels (N,) or one-hot (N, K).</source>
        <translation>Ganzzahlige Labels (N,) oder One-hot (N, K).</translation>
    </message>
    <message>
        <source>KDE upper bound (information plane)</source>
        <translation>KDE-Obergrenze (Informationsebene)</translation>
    </message>
    <message>
        <source>KDE upper bound, σ² = %1</source>
        <translation>KDE-Obergrenze, σ² = %1</translation>
    </message>
    <message>
        <source>KDE: variance of the assumed Gaussian noise (Saxe et al.: 1e-3).</source>
        <translation>KDE: Varianz des angenommenen Gaußschen Rauschens (Saxe et al.: 1e-3).</translation>
    </message>
    <message>
        <source>KSG %1</source>
        <translation>KSG %1</translation>
    </message>
    <message>
        <source>KSG %1 / exact</source>
        <translation>KSG %1 / exakt</translation>
    </message>
    <message>
        <source>KSG %1 at N = %2 [nats]</source>
        <translation>KSG %1 bei N = %2 [nats]</translation>
    </message>
    <message>
        <source>KSG after pca to %1 dimensions</source>
        <translation>KSG nach PCA auf %1 Dimensionen</translation>
    </message>
    <message>
        <source>KSG after random to %1 dimensions</source>
        <translation>KSG nach Zufallsprojektion auf %1 Dimensionen</translation>
    </message>
    <message>
        <source>KSG algorithm %1, k = %2</source>
        <translation>KSG-Algorithmus %1, k = %2</translation>
    </message>
    <message>
        <source>KSG algorithm 1 (strict counts, ψ(n+1)) or 2 (marginal extents, ψ(n), −1/k).</source>
        <translation>KSG-Algorithmus 1 (strikte Zählung, ψ(n+1)) oder 2 (Randausdehnungen, ψ(n), −1/k).</translation>
    </message>
    <message>
        <source>KSG mutual information</source>
        <translation>KSG-Transinformation</translation>
    </message>
    <message>
        <source>KSG on PCA to %1 dims</source>
        <translation>KSG nach PCA auf %1 Dim.</translation>
    </message>
    <message>
        <source>Kernel (Gram-matrix) estimates of I(X;Y): matrix-based Rényi α-MI or Cauchy–Schwarz quadratic MI.</source>
        <translation>Kern-(Gram-Matrix-)Schätzungen von I(X;Y): matrixbasierte Rényi-α-Transinformation oder quadratische Cauchy–Schwarz-Transinformation.</translation>
    </message>
    <message>
        <source>Kernel width rule</source>
        <translation>Regel für die Kernbreite</translation>
    </message>
    <message>
        <source>Kernel width when the rule is 'fixed'.</source>
        <translation>Kernbreite, wenn die Regel 'fixed' ist.</translation>
    </message>
    <message>
        <source>Kraskov–Stögbauer–Grassberger k-nearest-neighbour estimate of I(X;Y) for continuous data.</source>
        <translation>Kraskov–Stögbauer–Grassberger-Schätzung von I(X;Y) aus k nächsten Nachbarn für stetige Daten.</translation>
    </message>
    <message>
        <source>Labels (N,): integers, whole-number floats or one-hot rows.</source>
        <translation>Labels (N,): ganze Zahlen, ganzzahlige Gleitkommawerte oder One-hot-Zeilen.</translation>
    </message>
    <message>
        <source>Larger inputs are randomly subsampled to this many samples.</source>
        <translation>Größere Eingaben werden zufällig auf so viele Stichproben ausgedünnt.</translation>
    </message>
    <message>
        <source>Largest N</source>
        <translation>Größtes N</translation>
    </message>
    <message>
        <source>Largest sample size of the N grid (and N when k varies).</source>
        <translation>Größter Stichprobenumfang des N-Rasters (und N, wenn k variiert).</translation>
    </message>
    <message>
        <source>Matrix-based Rényi / Cauchy–Schwarz MI</source>
        <translation>Matrixbasierte Rényi- / Cauchy–Schwarz-Transinformation</translation>
    </message>
    <message>
        <source>Max samples</source>
        <translation>Höchstens Stichproben</translation>
    </message>
    <message>
        <source>Max-norm in the joint space; ε_i = distance to the k-th neighbour. Algorithm 1: n_x = #{‖x_j − x_i‖ &lt; ε_i}, I = ψ(k) + ψ(N) − ⟨ψ(n_x + 1) + ψ(n_y + 1)⟩. Algorithm 2: marginal extents of the k neighbours, non-strict counts, I = ψ(k) − 1/k + ψ(N) − ⟨ψ(n_x) + ψ(n_y)⟩. Nats. By default each column is scaled to unit variance and Gaussian noise of std 1e-8 breaks ties (scikit-learn scales too and adds ~1e-10 noise; JIDT adds 1e-8). Not clamped at 0. Neighbours from a grid cut at quantiles when each side has one dimension, else from a max-norm k-d tree, or from an exhaustive vectorised scan in many dimensions (from 8 joint dimensions at N = 10⁴, 12 at 10⁵), where trees prune little. All three give the same numbers (with algorithm 2 only on data without ties, which the noise ensures: among tied points each search may take others as the k neighbours). Multi-threaded. Samples with NaN or Inf are refused with an error (remove them first).</source>
        <translation>Maximumnorm im gemeinsamen Raum; ε_i = Abstand zum k-ten Nachbarn. Algorithmus 1: n_x = #{‖x_j − x_i‖ &lt; ε_i}, I = ψ(k) + ψ(N) − ⟨ψ(n_x + 1) + ψ(n_y + 1)⟩. Algorithmus 2: Randausdehnungen der k Nachbarn, nicht strikte Zählung, I = ψ(k) − 1/k + ψ(N) − ⟨ψ(n_x) + ψ(n_y)⟩. Nats. Standardmäßig wird jede Spalte auf Varianz 1 skaliert, und Gaußsches Rauschen mit Standardabweichung 1e-8 löst Bindungen auf (scikit-learn skaliert auch und addiert ~1e-10 Rauschen; JIDT addiert 1e-8). Nicht bei 0 abgeschnitten. Nachbarn aus einem an Quantilen geschnittenen Gitter, wenn jede Seite eindimensional ist, sonst aus einem k-d-Baum in der Maximumnorm oder aus einer erschöpfenden vektorisierten Suche in vielen Dimensionen (ab 8 gemeinsamen Dimensionen bei N = 10⁴, 12 bei 10⁵), wo Bäume wenig beschneiden. Alle drei liefern dieselben Zahlen (bei Algorithmus 2 nur für Daten ohne Bindungen, die das Rauschen sicherstellt: unter gleichen Punkten kann jede Suche andere als die k Nachbarn nehmen). Mehrere Threads. Stichproben mit NaN oder Inf werden mit einem Fehler abgelehnt (vorher entfernen).</translation>
    </message>
    <message>
        <source>Mean amplitude per integer radius, one curve per channel.</source>
        <translation>Mittlere Amplitude je ganzzahligem Radius, eine Kurve je Kanal.</translation>
    </message>
    <message>
        <source>Mean estimate per N (nats)</source>
        <translation>Mittlere Schätzung je N (nats)</translation>
    </message>
    <message>
        <source>Mean estimate per N (or k), one curve per estimator.</source>
        <translation>Mittlere Schätzung je N (oder k), eine Kurve je Schätzer.</translation>
    </message>
    <message>
        <source>Mean estimate per k (nats)</source>
        <translation>Mittlere Schätzung je k (nats)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Mutual information: KSG meets the exact value of a Gaussian</source>
        <translation>Transinformation: KSG trifft den exakten Wert einer Normalverteilung</translation>
    </message>
    <message>
        <source>Mutual information: KSG underestimates strong dependence</source>
        <translation>Transinformation: KSG unterschätzt starke Abhängigkeit</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>N (samples), k = %1</source>
        <translation>N (Stichproben), k = %1</translation>
    </message>
    <message>
        <source>Neighbours k</source>
        <translation>Nachbarn k</translation>
    </message>
    <message>
        <source>Noise variance σ²</source>
        <translation>Rauschvarianz σ²</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normierung</translation>
    </message>
    <message>
        <source>Number of equally spaced bin edges (cells = edges − 1); IDNNs uses 30.</source>
        <translation>Zahl gleichabständiger Bin-Grenzen (Zellen = Grenzen − 1); IDNNs verwendet 30.</translation>
    </message>
    <message>
        <source>One row per sample (last axis as columns).</source>
        <translation>Eine Zeile je Stichprobe (letzte Achse als Spalten).</translation>
    </message>
    <message>
        <source>One trajectory per layer, points ordered by step (with bootstrap error bars if asked).</source>
        <translation>Eine Trajektorie je Schicht, Punkte nach Schritt geordnet (auf Wunsch mit Bootstrap-Fehlerbalken).</translation>
    </message>
    <message>
        <source>Optional inputs (N, ...): identical rows are one input. Default: all distinct.</source>
        <translation>Optionale Eingaben (N, ...): gleiche Zeilen sind eine Eingabe. Standard: alle verschieden.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Output shape and dtype.</source>
        <translation>Form und Datentyp der Ausgabe.</translation>
    </message>
    <message>
        <source>Pairwise-KL upper bound on I(X;T) and estimate of I(T;Y) with Gaussian noise of variance σ².</source>
        <translation>Paarweise-KL-Obergrenze für I(X;T) und Schätzung von I(T;Y) mit Gaußschem Rauschen der Varianz σ².</translation>
    </message>
    <message>
        <source>Permutation null</source>
        <translation>Permutations-Nullverteilung</translation>
    </message>
    <message>
        <source>Permutation null of I(T;Y) (%1 surrogates)</source>
        <translation>Permutations-Nullverteilung von I(T;Y) (%1 Surrogate)</translation>
    </message>
    <message>
        <source>Permutation null of I(X;Y) (%1 surrogates)</source>
        <translation>Permutations-Nullverteilung von I(X;Y) (%1 Surrogate)</translation>
    </message>
    <message>
        <source>Permutation surrogates</source>
        <translation>Permutations-Surrogate</translation>
    </message>
    <message>
        <source>Plug-in: H = −Σ p log p over the observed symbols, I(X;Y) = H(X) + H(Y) − H(X,Y). Miller–Madow adds (m − 1)/(2N) to each entropy (m = observed symbols), which removes the leading O(1/N) bias of the plug-in entropy. Inputs are integer arrays, whole-number floats or one-hot rows (arg-max).</source>
        <translation>Plug-in: H = −Σ p log p über die beobachteten Symbole, I(X;Y) = H(X) + H(Y) − H(X,Y). Miller–Madow addiert (m − 1)/(2N) zu jeder Entropie (m = beobachtete Symbole) und entfernt so den führenden O(1/N)-Bias der Plug-in-Entropie. Eingaben sind ganzzahlige Arrays, ganzzahlige Gleitkommawerte oder One-hot-Zeilen (Argmax).</translation>
    </message>
    <message>
        <source>Profile extent</source>
        <translation>Profilumfang</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Projects X and Y to a few dimensions (PCA or random) and estimates their MI with KSG.</source>
        <translation>Projiziert X und Y auf wenige Dimensionen (PCA oder zufällig) und schätzt ihre Transinformation mit KSG.</translation>
    </message>
    <message>
        <source>Published: for Gaussians the KSG estimate is very close to the exact MI −½ ln(%1 − ρ²), and its error shrinks as the sample grows (Kraskov, Stögbauer &amp; Grassberger (%2), Phys. Rev. E %3, %4)</source>
        <translation>Veröffentlicht: für Normalverteilungen liegt die KSG-Schätzung sehr nahe an der exakten Transinformation −½ ln(%1 − ρ²), und ihr Fehler schrumpft mit wachsender Stichprobe (Kraskov, Stögbauer &amp; Grassberger (%2), Phys. Rev. E %3, %4)</translation>
    </message>
    <message>
        <source>Published: k-nearest-neighbour estimators such as KSG underestimate the MI of strongly dependent variables; the samples they need grow exponentially with the true MI (Gao, Ver Steeg &amp; Galstyan (%1), Efficient estimation of mutual information for strongly dependent variables, AISTATS)</source>
        <translation>Veröffentlicht: Schätzer aus k nächsten Nachbarn wie KSG unterschätzen die Transinformation stark abhängiger Variablen; die nötige Stichprobe wächst exponentiell mit der wahren Transinformation (Gao, Ver Steeg &amp; Galstyan (%1), Efficient estimation of mutual information for strongly dependent variables, AISTATS)</translation>
    </message>
    <message>
        <source>Published: the amplitude spectra of natural images fall as %1/f, a slope of −%2 on log-log axes; this example draws %3/f noise with natural-image statistics and measures the slope of its radial profile (Field (%4), Relations between the statistics of natural images and the response properties of cortical cells, J. Opt. Soc. Am. A %5, %6)</source>
        <translation>Veröffentlicht: die Amplitudenspektren natürlicher Bilder fallen wie %1/f, eine Steigung von −%2 in doppelt logarithmischer Darstellung; dieses Beispiel erzeugt %3/f-Rauschen mit der Statistik natürlicher Bilder und misst die Steigung seines Radialprofils (Field (%4), Relations between the statistics of natural images and the response properties of cortical cells, J. Opt. Soc. Am. A %5, %6)</translation>
    </message>
    <message>
        <source>Radial amplitude profile</source>
        <translation>Radiales Amplitudenprofil</translation>
    </message>
    <message>
        <source>Radial profile</source>
        <translation>Radialprofil</translation>
    </message>
    <message>
        <source>Re-run the estimate this many times with y's samples shuffled to get a null distribution and a p-value (0: off); the result then draws the null's histogram with the estimate marked.</source>
        <translation>Die Schätzung so oft mit gemischten Stichproben von y wiederholen, um eine Nullverteilung und einen p-Wert zu erhalten (0: aus); das Ergebnis zeigt dann das Histogramm der Nullverteilung mit markierter Schätzung.</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Report in nats (natural log) or bits (log2); 1 nat = 1.4427 bits.</source>
        <translation>Angabe in nats (natürlicher Logarithmus) oder bits (log2); 1 nat = 1,4427 bits.</translation>
    </message>
    <message>
        <source>Resample the samples with replacement this many times and show ± one standard deviation of each point as error bars (0: off). Binning on a resample sees duplicates, so its values are biased low; the spread is what the bars show.</source>
        <translation>Die Stichproben so oft mit Zurücklegen neu ziehen und ± eine Standardabweichung jedes Punkts als Fehlerbalken zeigen (0: aus). Binning sieht in einer neu gezogenen Stichprobe Duplikate, seine Werte sind daher nach unten verzerrt; die Balken zeigen die Streuung.</translation>
    </message>
    <message>
        <source>Run a TorchScript model</source>
        <translation>TorchScript-Modell ausführen</translation>
    </message>
    <message>
        <source>Runs a TorchScript module's forward on an array and lists the output.</source>
        <translation>Führt forward() eines TorchScript-Moduls auf einem Array aus und listet die Ausgabe.</translation>
    </message>
    <message>
        <source>Rényi order (Yu et al. use 1.01; 1 = von Neumann; 2 = collision).</source>
        <translation>Rényi-Ordnung (Yu et al. verwenden 1,01; 1 = von Neumann; 2 = Kollision).</translation>
    </message>
    <message>
        <source>S_α(X)</source>
        <translation>S_α(X)</translation>
    </message>
    <message>
        <source>S_α(Y)</source>
        <translation>S_α(Y)</translation>
    </message>
    <message>
        <source>Sample covariance of the joint (x, y); log-determinants by Cholesky. Exact for jointly Gaussian data (scalar case −½ ln(1 − ρ²)); for other data it measures only linear dependence. A singular covariance (constant or duplicated columns, N ≤ d) is an error. Samples with NaN or Inf are refused with an error (remove them first).</source>
        <translation>Stichprobenkovarianz des gemeinsamen (x, y); Log-Determinanten per Cholesky. Exakt für gemeinsam normalverteilte Daten (skalarer Fall −½ ln(1 − ρ²)); für andere Daten misst sie nur lineare Abhängigkeit. Eine singuläre Kovarianz (konstante oder doppelte Spalten, N ≤ d) ist ein Fehler. Stichproben mit NaN oder Inf werden mit einem Fehler abgelehnt (vorher entfernen).</translation>
    </message>
    <message>
        <source>Samples (N, dx).</source>
        <translation>Stichproben (N, dx).</translation>
    </message>
    <message>
        <source>Samples (N, dx); trailing axes are flattened.</source>
        <translation>Stichproben (N, dx); hintere Achsen werden abgeflacht.</translation>
    </message>
    <message>
        <source>Samples (N, dy).</source>
        <translation>Stichproben (N, dy).</translation>
    </message>
    <message>
        <source>Scale every column to unit variance first (on by default, as scikit-learn and JIDT). The max-norm is not invariant to the relative scale of X and Y, so results without it depend on units.</source>
        <translation>Jede Spalte zuerst auf Varianz 1 skalieren (standardmäßig an, wie scikit-learn und JIDT). Die Maximumnorm ist nicht invariant gegen die relative Skala von X und Y, ohne Skalierung hängen Ergebnisse von den Einheiten ab.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Seed of the bootstrap resamples.</source>
        <translation>Startwert der Bootstrap-Stichproben.</translation>
    </message>
    <message>
        <source>Seed of the subsample.</source>
        <translation>Startwert der Teilstichprobe.</translation>
    </message>
    <message>
        <source>Seed of the tie-breaking noise and the surrogates.</source>
        <translation>Startwert des Rauschens gegen Bindungen und der Surrogate.</translation>
    </message>
    <message>
        <source>Size, DC amplitude, mean amplitude and largest radius per channel.</source>
        <translation>Größe, DC-Amplitude, mittlere Amplitude und größter Radius je Kanal.</translation>
    </message>
    <message>
        <source>Spectra</source>
        <translation>Spektren</translation>
    </message>
    <message>
        <source>Spectra: the 1/f amplitude of natural-image statistics</source>
        <translation>Spektren: die 1/f-Amplitude der Statistik natürlicher Bilder</translation>
    </message>
    <message>
        <source>Spectrum summary</source>
        <translation>Zusammenfassung des Spektrums</translation>
    </message>
    <message>
        <source>Standardise</source>
        <translation>Standardisieren</translation>
    </message>
    <message>
        <source>Std of Gaussian noise added after standardising, as JIDT (1e-8); 0 = none.</source>
        <translation>Standardabweichung des nach dem Standardisieren hinzugefügten Gaußschen Rauschens, wie JIDT (1e-8); 0 = keins.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>T (layer)</source>
        <translation>T (Schicht)</translation>
    </message>
    <message>
        <source>T = h + ε, ε ~ N(0, σ²I). I(X;T) = −(1/N) Σ_i ln[(1/N) Σ_j exp(−‖h_i − h_j‖²/(2σ²))] ∈ [0, ln N]; H(T) = (d/2)(1 + ln 2πσ²) + I(X;T); I(T;Y) = H(T) − Σ_y p(y) H(T|Y=y), a difference of two bounds. O(N² d) time, computed in blocks with a stable log-sum-exp. Samples with NaN or Inf are refused with an error (remove them first).</source>
        <translation>T = h + ε, ε ~ N(0, σ²I). I(X;T) = −(1/N) Σ_i ln[(1/N) Σ_j exp(−‖h_i − h_j‖²/(2σ²))] ∈ [0, ln N]; H(T) = (d/2)(1 + ln 2πσ²) + I(X;T); I(T;Y) = H(T) − Σ_y p(y) H(T|Y=y), eine Differenz zweier Schranken. Zeit O(N² d), blockweise mit stabilem Log-Sum-Exp berechnet. Stichproben mit NaN oder Inf werden mit einem Fehler abgelehnt (vorher entfernen).</translation>
    </message>
    <message>
        <source>Taper applied before the DFT: 'none' or the separable Hann window (reduces edge leakage).</source>
        <translation>Fensterung vor der DFT: 'none' oder das separierbare Hann-Fenster (verringert Randeffekte).</translation>
    </message>
    <message>
        <source>The MI, entropies, kernel widths and N.</source>
        <translation>Die Transinformation, Entropien, Kernbreiten und N.</translation>
    </message>
    <message>
        <source>The input array is converted to float32 and passed unchanged (no batching, no normalisation) to forward() under torch.no_grad() in eval mode on the CPU. A tuple output yields its first tensor. NaN and Inf are passed through as LibTorch computes them. Cancel takes effect after the call: LibTorch's forward() cannot be interrupted, so a job cancelled inside it finishes the call and then stops, delivering nothing; in the CLI, --timeout bounds it (exit 124).</source>
        <translation>Das Eingabe-Array wird in float32 umgewandelt und unverändert (ohne Stapel, ohne Normierung) an forward() übergeben, unter torch.no_grad() im Eval-Modus auf der CPU. Bei einem Tupel als Ausgabe zählt sein erster Tensor. NaN und Inf werden so weitergegeben, wie LibTorch sie berechnet. Abbrechen wirkt nach dem Aufruf: forward() von LibTorch lässt sich nicht unterbrechen, ein darin abgebrochener Auftrag beendet den Aufruf, hält dann an und liefert nichts; in der CLI begrenzt --timeout ihn (Exit-Code 124).</translation>
    </message>
    <message>
        <source>The same numbers.</source>
        <translation>Dieselben Zahlen.</translation>
    </message>
    <message>
        <source>Tie-breaking noise</source>
        <translation>Rauschen gegen Bindungen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Variance of the added Gaussian noise; Saxe et al. use 1e-3.</source>
        <translation>Varianz des hinzugefügten Gaußschen Rauschens; Saxe et al. verwenden 1e-3.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Variieren</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>With surrogates: histogram of the null distribution, the estimate marked.</source>
        <translation>Mit Surrogaten: Histogramm der Nullverteilung, die Schätzung markiert.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>X (inputs)</source>
        <translation>X (Eingaben)</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Y (labels)</source>
        <translation>Y (Labels)</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>activations</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>backward</translation>
    </message>
    <message>
        <source>binning</source>
        <translation>binning</translation>
    </message>
    <message>
        <source>binning, %1 edges</source>
        <translation>Binning, %1 Grenzen</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>bits</translation>
    </message>
    <message>
        <source>bits (as the papers plot) or nats.</source>
        <translation>bits (wie in den Artikeln) oder nats.</translation>
    </message>
    <message>
        <source>cauchy-schwarz</source>
        <translation>cauchy-schwarz</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>corners</source>
        <translation>corners</translation>
    </message>
    <message>
        <source>dc_amplitude</source>
        <translation>DC-Amplitude</translation>
    </message>
    <message>
        <source>dimension of T</source>
        <translation>Dimension von T</translation>
    </message>
    <message>
        <source>dimension of X</source>
        <translation>Dimension von X</translation>
    </message>
    <message>
        <source>dimension of X after projection</source>
        <translation>Dimension von X nach der Projektion</translation>
    </message>
    <message>
        <source>dimension of Y</source>
        <translation>Dimension von Y</translation>
    </message>
    <message>
        <source>dimension of Y after projection</source>
        <translation>Dimension von Y nach der Projektion</translation>
    </message>
    <message>
        <source>discrete, Miller–Madow</source>
        <translation>diskret, Miller–Madow</translation>
    </message>
    <message>
        <source>discrete, plug-in</source>
        <translation>diskret, Plug-in</translation>
    </message>
    <message>
        <source>distinct</source>
        <translation>distinct</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>estimate %1 bits, p = %2</source>
        <translation>Schätzung %1 bits, p = %2</translation>
    </message>
    <message>
        <source>estimate %1 nats, p = %2</source>
        <translation>Schätzung %1 nats, p = %2</translation>
    </message>
    <message>
        <source>estimate -%1 bits, p = %2</source>
        <translation>Schätzung -%1 bits, p = %2</translation>
    </message>
    <message>
        <source>estimate -%1 nats, p = %2</source>
        <translation>Schätzung -%1 nats, p = %2</translation>
    </message>
    <message>
        <source>estimator</source>
        <translation>Schätzer</translation>
    </message>
    <message>
        <source>fc%1</source>
        <translation>fc%1</translation>
    </message>
    <message>
        <source>fftshifted |DFT| per channel (linear values).</source>
        <translation>fftshift-verschobene |DFT| je Kanal (lineare Werte).</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixed</translation>
    </message>
    <message>
        <source>for Gaussians the KSG estimate is very close to the exact MI −½ ln(1 − ρ²), and its error shrinks as the sample grows</source>
        <translation>für Normalverteilungen liegt die KSG-Schätzung sehr nahe an der exakten Transinformation −½ ln(1 − ρ²), und ihr Fehler schrumpft mit wachsender Stichprobe</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>grey</translation>
    </message>
    <message>
        <source>hann</source>
        <translation>hann</translation>
    </message>
    <message>
        <source>height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>horizontal frequency (cycles/pixel)</source>
        <translation>horizontale Frequenz (Zyklen/Pixel)</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>inputs</translation>
    </message>
    <message>
        <source>inscribed</source>
        <translation>inscribed</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>k (neighbours), N = %1</source>
        <translation>k (Nachbarn), N = %1</translation>
    </message>
    <message>
        <source>k of the KSG estimators when N varies.</source>
        <translation>k der KSG-Schätzer, wenn N variiert.</translation>
    </message>
    <message>
        <source>k-NN estimators lose accuracy fast with dimension, so each variable is first projected to `dimension` directions: 'pca' keeps the leading principal components, 'random' a seeded Gaussian projection with orthonormal columns. The estimate is of I between the projections, which can only be lower than I(X;Y) (data processing). Then KSG as in mi.ksg. Samples with NaN or Inf are refused with an error (remove them first).</source>
        <translation>k-NN-Schätzer verlieren mit der Dimension schnell an Genauigkeit, daher wird jede Variable zuerst auf `dimension` Richtungen projiziert: 'pca' behält die führenden Hauptkomponenten, 'random' eine Gaußsche Projektion mit orthonormalen Spalten aus einem Startwert. Geschätzt wird I zwischen den Projektionen, das nur kleiner als I(X;Y) sein kann (Datenverarbeitungsungleichung). Dann KSG wie bei mi.ksg. Stichproben mit NaN oder Inf werden mit einem Fehler abgelehnt (vorher entfernen).</translation>
    </message>
    <message>
        <source>k-NN mutual information with labels</source>
        <translation>k-NN-Transinformation mit Labels</translation>
    </message>
    <message>
        <source>k-NN with discrete labels (Ross), k = %1</source>
        <translation>k-NN mit diskreten Labels (Ross), k = %1</translation>
    </message>
    <message>
        <source>k-nearest-neighbour estimators such as KSG underestimate the MI of strongly dependent variables; the samples they need grow exponentially with the true MI</source>
        <translation>Schätzer aus k nächsten Nachbarn wie KSG unterschätzen die Transinformation stark abhängiger Variablen; die nötige Stichprobe wächst exponentiell mit der wahren Transinformation</translation>
    </message>
    <message>
        <source>k-th nearest neighbour in the joint space (JIDT default 4).</source>
        <translation>k-ter nächster Nachbar im gemeinsamen Raum (JIDT: 4).</translation>
    </message>
    <message>
        <source>k-th nearest neighbour within the sample's own class (scikit-learn uses 3; 4 as mi.ksg).</source>
        <translation>k-ter nächster Nachbar innerhalb der eigenen Klasse der Stichprobe (scikit-learn verwendet 3; 4 wie mi.ksg).</translation>
    </message>
    <message>
        <source>kde</source>
        <translation>kde</translation>
    </message>
    <message>
        <source>kernel width σx</source>
        <translation>Kernbreite σx</translation>
    </message>
    <message>
        <source>kernel width σy</source>
        <translation>Kernbreite σy</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>log-log slope of the radial amplitude, %1/%2 … %3 cycles/pixel</source>
        <translation>doppelt logarithmische Steigung der radialen Amplitude, %1/%2 … %3 Zyklen/Pixel</translation>
    </message>
    <message>
        <source>matrix Rényi, α = %1</source>
        <translation>Matrix-Rényi, α = %1</translation>
    </message>
    <message>
        <source>max_radius</source>
        <translation>größter Radius</translation>
    </message>
    <message>
        <source>mean amplitude</source>
        <translation>mittlere Amplitude</translation>
    </message>
    <message>
        <source>mean_amplitude</source>
        <translation>mittlere Amplitude</translation>
    </message>
    <message>
        <source>miller-madow</source>
        <translation>miller-madow</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>nats</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>null (shuffled)</source>
        <translation>Nullverteilung (gemischt)</translation>
    </message>
    <message>
        <source>null mean</source>
        <translation>Mittel der Nullverteilung</translation>
    </message>
    <message>
        <source>null of I(T;Y): shuffled labels</source>
        <translation>Nullverteilung von I(T;Y): gemischte Labels</translation>
    </message>
    <message>
        <source>null std</source>
        <translation>Std.-Abw. der Nullverteilung</translation>
    </message>
    <message>
        <source>ortho</source>
        <translation>ortho</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <source>pca</source>
        <translation>pca</translation>
    </message>
    <message>
        <source>per-channel</source>
        <translation>per-channel</translation>
    </message>
    <message>
        <source>plug-in</source>
        <translation>plug-in</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>radial frequency (cycles/pixel)</source>
        <translation>radiale Frequenz (Zyklen/Pixel)</translation>
    </message>
    <message>
        <source>random</source>
        <translation>random</translation>
    </message>
    <message>
        <source>renyi</source>
        <translation>renyi</translation>
    </message>
    <message>
        <source>silverman</source>
        <translation>silverman</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>surrogates</source>
        <translation>Surrogate</translation>
    </message>
    <message>
        <source>symbols of X</source>
        <translation>Symbole von X</translation>
    </message>
    <message>
        <source>symbols of Y</source>
        <translation>Symbole von Y</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>the amplitude spectra of natural images fall as 1/f, a slope of −1 on log-log axes; this example draws 1/f noise with natural-image statistics and measures the slope of its radial profile</source>
        <translation>die Amplitudenspektren natürlicher Bilder fallen wie 1/f, eine Steigung von −1 in doppelt logarithmischer Darstellung; dieses Beispiel erzeugt 1/f-Rauschen mit der Statistik natürlicher Bilder und misst die Steigung seines Radialprofils</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>dieser Lauf</translation>
    </message>
    <message>
        <source>truth</source>
        <translation>wahrer Wert</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>vertical frequency (cycles/pixel)</source>
        <translation>vertikale Frequenz (Zyklen/Pixel)</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>x, y ∈ R^d with d independent coordinate pairs of correlation ρ, so I(X;Y) = −(d/2) ln(1 − ρ²) nats. For every N on a log grid from 100 to max_samples (or every k at N = max_samples) the estimators run on `repeats` independent draws and their mean is plotted: KSG algorithms 1 and 2 (standardised, JIDT noise), the covariance (Gaussian) estimate, and for d &gt; 2 KSG after PCA to 2 dimensions, which can see only part of the information. KSG is biased downwards for strong dependence and large d.</source>
        <translation>x, y ∈ R^d mit d unabhängigen Koordinatenpaaren der Korrelation ρ, also I(X;Y) = −(d/2) ln(1 − ρ²) nats. Für jedes N auf einem logarithmischen Raster von 100 bis max_samples (oder jedes k bei N = max_samples) laufen die Schätzer auf `repeats` unabhängigen Ziehungen, und ihr Mittel wird gezeichnet: KSG-Algorithmen 1 und 2 (standardisiert, JIDT-Rauschen), die Kovarianz-(Gauß-)Schätzung und für d &gt; 2 KSG nach PCA auf 2 Dimensionen, das nur einen Teil der Information sehen kann. KSG ist bei starker Abhängigkeit und großem d nach unten verzerrt.</translation>
    </message>
    <message>
        <source>|DFT|</source>
        <translation>|DFT|</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>σ (fixed)</source>
        <translation>σ (fest)</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>no-convergence</source>
        <translation>keine Konvergenz</translation>
    </message>
    <message>
        <source>numerical-issue</source>
        <translation>numerisches Problem</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>'binary': foreground where the value is above the threshold; 'labels': label maps, one row per class (every positive whole value; 0 is background).</source>
        <translation>'binary': Vordergrund, wo der Wert über der Schwelle liegt; 'labels': Labelkarten, eine Zeile je Klasse (jeder positive ganze Wert; 0 ist Hintergrund).</translation>
    </message>
    <message>
        <source>'boundary': border pixels of each mask (the mask XOR its erosion by the 4-neighbour cross; medpy, MONAI); 'foreground': every foreground pixel (scipy's directed_hausdorff on the pixel coordinates).</source>
        <translation>'boundary': Randpixel jeder Maske (die Maske XOR ihre Erosion mit dem 4-Nachbar-Kreuz; medpy, MONAI); 'foreground': alle Vordergrundpixel (directed_hausdorff von scipy auf den Pixelkoordinaten).</translation>
    </message>
    <message>
        <source>A mask, probability map, logits or label map (H, W).</source>
        <translation>Eine Maske, Wahrscheinlichkeitskarte, Logits oder Labelkarte (H, W).</translation>
    </message>
    <message>
        <source>Boundary F-score: below 1 a fraction of the image diagonal (DAVIS: 0.008), from 1 on pixels.</source>
        <translation>Rand-F-Maß: unter 1 ein Anteil der Bilddiagonale (DAVIS: 0,008), ab 1 Pixel.</translation>
    </message>
    <message>
        <source>Boundary tolerance</source>
        <translation>Randtoleranz</translation>
    </message>
    <message>
        <source>Column spacing</source>
        <translation>Spaltenabstand</translation>
    </message>
    <message>
        <source>Dice, IoU, precision, recall, Hausdorff, HD95, ASSD and boundary F-score of a prediction against its ground truth, per class.</source>
        <translation>Dice, IoU, Präzision, Sensitivität, Hausdorff, HD95, ASSD und Rand-F-Maß einer Vorhersage gegen ihre Referenz, je Klasse.</translation>
    </message>
    <message>
        <source>Distance between columns.</source>
        <translation>Abstand zwischen Spalten.</translation>
    </message>
    <message>
        <source>Distance between rows, e.g. in mm; distances are reported in this unit.</source>
        <translation>Abstand zwischen Zeilen, z. B. in mm; Abstände werden in dieser Einheit angegeben.</translation>
    </message>
    <message>
        <source>Distances between</source>
        <translation>Abstände zwischen</translation>
    </message>
    <message>
        <source>Foreground = value &gt; threshold: 0 for 0/1 or 0/255 masks, 0.5 for probabilities, 0 for logits.</source>
        <translation>Vordergrund = Wert &gt; Schwelle: 0 für 0/1- oder 0/255-Masken, 0,5 für Wahrscheinlichkeiten, 0 für Logits.</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>Masken</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Maße</translation>
    </message>
    <message>
        <source>P = prediction, G = ground truth, both binary per class (foreground = value &gt; threshold, or = class for label maps). TP = |P∩G|, FP = |P\G|, FN = |G\P|. Dice = 2TP/(2TP+FP+FN), IoU = TP/(TP+FP+FN), precision = TP/(TP+FP), recall = TP/(TP+FN); a ratio whose denominator is 0 is 1 (scikit-learn's zero_division=1), so two empty masks score 1 and an empty prediction of a non-empty truth scores Dice 0. Surface distances are Euclidean, with the pixel spacing, between the border pixels of the two masks (border = mask XOR its erosion by the 4-neighbour cross, outside the image counting as background; medpy and MONAI) or between all foreground pixels: the directed distances of each border pixel of one mask to the nearest of the other, by an exact linear-time distance transform. HD = max of both directed maxima (scipy directed_hausdorff, symmetrised); HD95 (pooled, medpy) = 95th percentile of both directed sets together; HD95 (max-directed, MONAI) = the larger of the two directed 95th percentiles (the libraries differ; both are given); ASSD = mean of the two directed means (medpy); percentiles with numpy's linear interpolation. Distances are 0 when both masks are empty and +inf when exactly one is (null in JSON; the note column says which), never a 0 that rewards an empty prediction. Boundary F-score (DAVIS): boundaries by seg2bmap, tolerance ceil(t·√(H²+W²)) px for t &lt; 1, else t px; a boundary pixel matches if one of the other mask's lies within that distance (a disk); precision and recall of matches with zero_division=1, F = 2PR/(P+R), and 0 when P = R = 0. Masks of different sizes, colour masks and NaN/Inf are refused with an error.</source>
        <translation>P = Vorhersage, G = Referenz, beide binär je Klasse (Vordergrund = Wert &gt; Schwelle, bzw. = Klasse bei Labelkarten). TP = |P∩G|, FP = |P\G|, FN = |G\P|. Dice = 2TP/(2TP+FP+FN), IoU = TP/(TP+FP+FN), Präzision = TP/(TP+FP), Sensitivität = TP/(TP+FN); ein Verhältnis mit Nenner 0 ist 1 (zero_division=1 von scikit-learn), zwei leere Masken erhalten also 1 und eine leere Vorhersage einer nicht leeren Referenz Dice 0. Oberflächenabstände sind euklidisch, mit dem Pixelabstand, zwischen den Randpixeln beider Masken (Rand = Maske XOR ihre Erosion mit dem 4-Nachbar-Kreuz, außerhalb des Bildes zählt als Hintergrund; medpy und MONAI) oder zwischen allen Vordergrundpixeln: die gerichteten Abstände jedes Randpixels einer Maske zum nächsten der anderen, über eine exakte Distanztransformation in linearer Zeit. HD = Maximum beider gerichteter Maxima (directed_hausdorff von scipy, symmetrisiert); HD95 (gepoolt, medpy) = 95. Perzentil beider gerichteter Mengen zusammen; HD95 (Maximum der gerichteten, MONAI) = das größere der beiden gerichteten 95. Perzentile (die Bibliotheken unterscheiden sich; beide werden angegeben); ASSD = Mittel der beiden gerichteten Mittel (medpy); Perzentile mit der linearen Interpolation von numpy. Abstände sind 0, wenn beide Masken leer sind, und +inf, wenn genau eine leer ist (null in JSON; die Hinweis-Spalte sagt, welche), nie eine 0, die eine leere Vorhersage belohnt. Rand-F-Maß (DAVIS): Ränder nach seg2bmap, Toleranz ceil(t·√(H²+W²)) px für t &lt; 1, sonst t px; ein Randpixel trifft, wenn eines der anderen Maske innerhalb dieses Abstands liegt (eine Kreisscheibe); Präzision und Sensitivität der Treffer mit zero_division=1, F = 2PR/(P+R), und 0 bei P = R = 0. Masken verschiedener Größe, Farbmasken und NaN/Inf werden mit einem Fehler abgelehnt.</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Row spacing</source>
        <translation>Zeilenabstand</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>Segmentierung</translation>
    </message>
    <message>
        <source>Segmentation metrics</source>
        <translation>Segmentierungsmaße</translation>
    </message>
    <message>
        <source>The ground-truth mask or label map (H, W), same size.</source>
        <translation>Die Referenzmaske oder -labelkarte (H, W), gleich groß.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binary</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>boundary</translation>
    </message>
    <message>
        <source>foreground</source>
        <translation>foreground</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>labels</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>ASSD</source>
        <translation>ASSD</translation>
    </message>
    <message>
        <source>BF precision</source>
        <translation>Rand-F Präzision</translation>
    </message>
    <message>
        <source>BF recall</source>
        <translation>Rand-F Sensitivität</translation>
    </message>
    <message>
        <source>BF score</source>
        <translation>Rand-F-Maß</translation>
    </message>
    <message>
        <source>BF tolerance (px)</source>
        <translation>Rand-F Toleranz (px)</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>FN</source>
        <translation>FN</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>HD</source>
        <translation>HD</translation>
    </message>
    <message>
        <source>HD%1 (max-directed, MONAI)</source>
        <translation>HD%1 (Maximum der gerichteten, MONAI)</translation>
    </message>
    <message>
        <source>HD%1 (pooled, medpy)</source>
        <translation>HD%1 (gepoolt, medpy)</translation>
    </message>
    <message>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <source>TN</source>
        <translation>TN</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>both empty</source>
        <translation>beide leer</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>ground truth empty</source>
        <translation>Referenz leer</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>prediction empty</source>
        <translation>Vorhersage leer</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Dice and IoU are tied by Dice = 2·IoU/(1 + IoU), so they rank segmentations alike, and both barely see a small false detection far from the object, which the Hausdorff distance, sensitive to outliers, does</source>
        <translation>Dice und IoU hängen über Dice = 2·IoU/(1 + IoU) zusammen und ordnen Segmentierungen daher gleich, und beide sehen eine kleine Fehldetektion fern vom Objekt kaum, die die ausreißerempfindliche Hausdorff-Distanz sieht</translation>
    </message>
    <message>
        <source>Dice, model A (boundary %1 px out)</source>
        <translation>Dice, Modell A (Rand %1 px zu weit außen)</translation>
    </message>
    <message>
        <source>Dice, model B (exact + a small far blob)</source>
        <translation>Dice, Modell B (exakt + ein kleiner ferner Fleck)</translation>
    </message>
    <message>
        <source>HD of model B / HD of model A (Dice of B is higher)</source>
        <translation>HD von Modell B / HD von Modell A (Dice von B ist höher)</translation>
    </message>
    <message>
        <source>One row per model and class: counts, overlap, distances, boundary F.</source>
        <translation>Eine Zeile je Modell und Klasse: Zählungen, Überlappung, Abstände, Rand-F.</translation>
    </message>
    <message>
        <source>Optional: another model's mask, compared in the table and the overlay viewer.</source>
        <translation>Optional: die Maske eines weiteren Modells, verglichen in der Tabelle und im Overlay-Betrachter.</translation>
    </message>
    <message>
        <source>Optional: the image the masks belong to, shown under the overlay (not used by the metrics).</source>
        <translation>Optional: das Bild zu den Masken, unter dem Overlay gezeigt (nicht für die Maße verwendet).</translation>
    </message>
    <message>
        <source>Published: Dice and IoU are tied by Dice = %1·IoU/(%2 + IoU), so they rank segmentations alike, and both barely see a small false detection far from the object, which the Hausdorff distance, sensitive to outliers, does (Taha &amp; Hanbury (%3), Metrics for evaluating %4D medical image segmentation: analysis, selection, and tool, BMC Medical Imaging %5:%6)</source>
        <translation>Veröffentlicht: Dice und IoU hängen über Dice = %1·IoU/(%2 + IoU) zusammen und ordnen Segmentierungen daher gleich, und beide sehen eine kleine Fehldetektion fern vom Objekt kaum, die die ausreißerempfindliche Hausdorff-Distanz sieht (Taha &amp; Hanbury (%3), Metrics for evaluating %4D medical image segmentation: analysis, selection, and tool, BMC Medical Imaging %5:%6)</translation>
    </message>
    <message>
        <source>Second prediction</source>
        <translation>Zweite Vorhersage</translation>
    </message>
    <message>
        <source>Segmentation: TP, FP and FN of two imperfect models</source>
        <translation>Segmentierung: TP, FP und FN zweier unvollkommener Modelle</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweite</translation>
    </message>
    <message>
        <source>≫ %1</source>
        <translation>≫ %1</translation>
    </message>
    <message>
        <source>'refuse': a prediction of another size than its mask is an error; 'nearest': resize it to the mask by nearest neighbour.</source>
        <translation>'refuse': eine Vorhersage anderer Größe als ihre Maske ist ein Fehler; 'nearest': sie per nächstem Nachbarn auf die Maske skalieren.</translation>
    </message>
    <message>
        <source>A folder with images/ and masks/ (paired by file stem).</source>
        <translation>Ein Ordner mit images/ und masks/ (gepaart nach Dateistamm).</translation>
    </message>
    <message>
        <source>Dice histogram</source>
        <translation>Dice-Histogramm</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Files without a partner, if any.</source>
        <translation>Dateien ohne Partner, falls vorhanden.</translation>
    </message>
    <message>
        <source>HD95 histogram</source>
        <translation>HD95-Histogramm</translation>
    </message>
    <message>
        <source>Mean, sd, median and n per metric and model.</source>
        <translation>Mittel, Std.-Abw., Median und n je Maß und Modell.</translation>
    </message>
    <message>
        <source>Metrics per image</source>
        <translation>Maße je Bild</translation>
    </message>
    <message>
        <source>One row per image, model (and class).</source>
        <translation>Eine Zeile je Bild, Modell (und Klasse).</translation>
    </message>
    <message>
        <source>Other sizes</source>
        <translation>Andere Größen</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Segmentation metrics of a set</source>
        <translation>Segmentierungsmaße einer Bildmenge</translation>
    </message>
    <message>
        <source>Segmentation set</source>
        <translation>Segmentierungsmenge</translation>
    </message>
    <message>
        <source>Unpaired</source>
        <translation>Ohne Partner</translation>
    </message>
    <message>
        <source>nearest</source>
        <translation>nearest</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>refuse</translation>
    </message>
    <message>
        <source>Dice per image</source>
        <translation>Dice je Bild</translation>
    </message>
    <message>
        <source>Files without a partner</source>
        <translation>Dateien ohne Partner</translation>
    </message>
    <message>
        <source>HD%1 (pooled, medpy) per image</source>
        <translation>HD%1 (gepoolt, medpy) je Bild</translation>
    </message>
    <message>
        <source>Summary over images (distances over the finite values; ∞ counted apart)</source>
        <translation>Zusammenfassung über die Bilder (Abstände über die endlichen Werte; ∞ getrennt gezählt)</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>img%1</source>
        <translation>img%1</translation>
    </message>
    <message>
        <source>masks/extra</source>
        <translation>masks/extra</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>n ∞</source>
        <translation>n ∞</translation>
    </message>
    <message>
        <source>sd</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>Δ BF score</source>
        <translation>Δ Rand-F-Maß</translation>
    </message>
    <message>
        <source>Δ Dice</source>
        <translation>Δ Dice</translation>
    </message>
    <message>
        <source>Δ HD%1 (pooled, medpy)</source>
        <translation>Δ HD%1 (gepoolt, medpy)</translation>
    </message>
    <message>
        <source>Δ IoU</source>
        <translation>Δ IoU</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <source>%1-bit / %2, %3-bit / %4, floats as stored</source>
        <translation>%1 Bit / %2, %3 Bit / %4, Gleitkommawerte wie gespeichert</translation>
    </message>
    <message>
        <source>(%1, C, H, W) float%2</source>
        <translation>(%1, C, H, W) float%2</translation>
    </message>
    <message>
        <source>(x − [%1, %2, %3]) / [%4, %5, %6]</source>
        <translation>(x − [%1, %2, %3]) / [%4, %5, %6]</translation>
    </message>
    <message>
        <source>How the model was run (repeat it with these parameters)</source>
        <translation>Wie das Modell lief (mit diesen Parametern wiederholbar)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model activation</source>
        <translation>Modell-Aktivierung</translation>
    </message>
    <message>
        <source>Model input size</source>
        <translation>Modell-Eingabegröße</translation>
    </message>
    <message>
        <source>Model mean</source>
        <translation>Modell-Mittelwert</translation>
    </message>
    <message>
        <source>Model std</source>
        <translation>Modell-Std.-Abw.</translation>
    </message>
    <message>
        <source>With a model: 'sigmoid' for one output channel (probabilities; threshold 0.5), 'softmax' for K classes (arg-max label map), 'none' for logits as they are.</source>
        <translation>Mit Modell: 'sigmoid' für einen Ausgabekanal (Wahrscheinlichkeiten; Schwelle 0,5), 'softmax' für K Klassen (Argmax-Labelkarte), 'none' für Logits, wie sie sind.</translation>
    </message>
    <message>
        <source>With a model: per-channel mean subtracted after scaling to 0 … 1 (ImageNet's by default; one value for every channel).</source>
        <translation>Mit Modell: Mittelwert je Kanal, nach dem Skalieren auf 0 … 1 abgezogen (standardmäßig der von ImageNet; ein Wert für alle Kanäle).</translation>
    </message>
    <message>
        <source>With a model: per-channel standard deviation divided by.</source>
        <translation>Mit Modell: Standardabweichung je Kanal, durch die geteilt wird.</translation>
    </message>
    <message>
        <source>With a model: resize images to size × size (bilinear) first; 0 keeps their size.</source>
        <translation>Mit Modell: Bilder zuerst auf Größe × Größe skalieren (bilinear); 0 behält ihre Größe.</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>back to the mask</source>
        <translation>zurück auf die Maske</translation>
    </message>
    <message>
        <source>float%1</source>
        <translation>float%1</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>nearest neighbour</source>
        <translation>nächster Nachbar</translation>
    </message>
    <message>
        <source>normalise</source>
        <translation>normieren</translation>
    </message>
    <message>
        <source>out[%1]</source>
        <translation>out[%1]</translation>
    </message>
    <message>
        <source>output dtype</source>
        <translation>Datentyp der Ausgabe</translation>
    </message>
    <message>
        <source>output shape</source>
        <translation>Form der Ausgabe</translation>
    </message>
    <message>
        <source>resize</source>
        <translation>skalieren</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>threshold %1 on the model's sigmoid probabilities: %2 used</source>
        <translation>Schwelle %1 auf den Sigmoid-Wahrscheinlichkeiten des Modells: %2 verwendet</translation>
    </message>
    <message>
        <source>the ground truth holds more than two values (%1, %2, %3, …): every value above the threshold counts as foreground; for label maps choose masks = labels</source>
        <translation>die Referenz hat mehr als zwei Werte (%1, %2, %3, …): jeder Wert über der Schwelle zählt als Vordergrund; für Labelkarten masks = labels wählen</translation>
    </message>
    <message>
        <source>A folder of one model's masks, probability maps or label maps, one per image stem; give one folder per model to compare them.</source>
        <translation>Ein Ordner mit den Masken, Wahrscheinlichkeits- oder Labelkarten eines Modells, eine je Bildstamm; für einen Vergleich einen Ordner je Modell angeben.</translation>
    </message>
    <message>
        <source>ASSD histogram</source>
        <translation>ASSD-Histogramm</translation>
    </message>
    <message>
        <source>ASSD per image</source>
        <translation>ASSD je Bild</translation>
    </message>
    <message>
        <source>ASSD per image, 20 bins.</source>
        <translation>ASSD je Bild, 20 Klassen.</translation>
    </message>
    <message>
        <source>BF score histogram</source>
        <translation>Rand-F-Histogramm</translation>
    </message>
    <message>
        <source>BF score per image</source>
        <translation>Rand-F-Maß je Bild</translation>
    </message>
    <message>
        <source>Boundary F-score per image, 20 bins.</source>
        <translation>Rand-F-Maß je Bild, 20 Klassen.</translation>
    </message>
    <message>
        <source>Dice per image, 20 bins over [0, 1].</source>
        <translation>Dice je Bild, 20 Klassen über [0, 1].</translation>
    </message>
    <message>
        <source>Each model minus the first, per image</source>
        <translation>Jedes Modell minus das erste, je Bild</translation>
    </message>
    <message>
        <source>HD histogram</source>
        <translation>HD-Histogramm</translation>
    </message>
    <message>
        <source>HD per image</source>
        <translation>HD je Bild</translation>
    </message>
    <message>
        <source>HD95 (pooled) per image, 20 bins.</source>
        <translation>HD95 (gepoolt) je Bild, 20 Klassen.</translation>
    </message>
    <message>
        <source>Hausdorff distance per image, 20 bins.</source>
        <translation>Hausdorff-Abstand je Bild, 20 Klassen.</translation>
    </message>
    <message>
        <source>Images, masks and predictions are paired by file stem (images/NAME.jpg, masks/NAME.png, predictions/NAME.png or .npy); files without a partner are listed in the table 'unpaired' and skipped. Models are named by their folder (or model file); an image is measured when every model has a prediction for it. Every pair gets the metrics of seg.metrics (its method note states them and the conventions for empty masks), one row per image and model (and class for label maps). A prediction of another size than its mask is an error, or, with resize = nearest, is resized to the mask by nearest neighbour (source index floor(i · source size / mask size), as OpenCV's INTER_NEAREST). Summary per metric and model: mean, sample standard deviation (n − 1) and median over the images; distances that are +inf (exactly one mask empty) are left out and counted in 'n ∞'. Histograms, one per metric: 20 equal bins, overlap scores over [0, 1], distances over [0, the largest finite value]. With several models, a table of each model minus the first per image. Images are processed in parallel, one file of each kind at a time per core. A TorchScript model (first, before any folders) is run on every image: scaled to 0 … 1, resized to model_size (bilinear) if set, normalised (x − mean) / std per channel, as (1, C, H, W) float32; one output channel through a sigmoid (threshold 0.5 when the threshold is 0, with a warning), K channels to the arg-max class; the output resized to the mask by nearest neighbour; these steps are written into the table 'preprocessing'.</source>
        <translation>Bilder, Masken und Vorhersagen werden nach Dateistamm gepaart (images/NAME.jpg, masks/NAME.png, predictions/NAME.png oder .npy); Dateien ohne Partner stehen in der Tabelle 'unpaired' und werden übersprungen. Modelle heißen wie ihr Ordner (oder ihre Modelldatei); ein Bild wird gemessen, wenn jedes Modell eine Vorhersage dafür hat. Jedes Paar erhält die Maße von seg.metrics (seine Methodennotiz nennt sie und die Konventionen für leere Masken), eine Zeile je Bild und Modell (und Klasse bei Labelkarten). Eine Vorhersage anderer Größe als ihre Maske ist ein Fehler oder wird mit resize = nearest per nächstem Nachbarn auf die Maske skaliert (Quellindex floor(i · Quellgröße / Maskengröße), wie INTER_NEAREST von OpenCV). Zusammenfassung je Maß und Modell: Mittel, Stichproben-Standardabweichung (n − 1) und Median über die Bilder; Abstände +inf (genau eine Maske leer) werden ausgelassen und in 'n ∞' gezählt. Histogramme, eines je Maß: 20 gleiche Klassen, Überlappungsmaße über [0, 1], Abstände über [0, größter endlicher Wert]. Mit mehreren Modellen eine Tabelle jedes Modell minus das erste je Bild. Bilder werden parallel verarbeitet, je Kern eine Datei jeder Art gleichzeitig. Ein TorchScript-Modell (zuerst, vor allen Ordnern) läuft auf jedem Bild: auf 0 … 1 skaliert, falls gesetzt auf model_size skaliert (bilinear), je Kanal (x − mean) / std normiert, als (1, C, H, W) float32; ein Ausgabekanal durch eine Sigmoidfunktion (Schwelle 0,5, wenn die Schwelle 0 ist, mit Warnung), K Kanäle zur Argmax-Klasse; die Ausgabe per nächstem Nachbarn auf die Maske skaliert; diese Schritte stehen in der Tabelle 'preprocessing'.</translation>
    </message>
    <message>
        <source>IoU histogram</source>
        <translation>IoU-Histogramm</translation>
    </message>
    <message>
        <source>IoU per image</source>
        <translation>IoU je Bild</translation>
    </message>
    <message>
        <source>IoU per image, 20 bins over [0, 1].</source>
        <translation>IoU je Bild, 20 Klassen über [0, 1].</translation>
    </message>
    <message>
        <source>Or also: a TorchScript segmentation model (torch.jit.save), run here on every image.</source>
        <translation>Oder auch: ein TorchScript-Segmentierungsmodell (torch.jit.save), hier auf jedem Bild ausgeführt.</translation>
    </message>
    <message>
        <source>Precision histogram</source>
        <translation>Präzisions-Histogramm</translation>
    </message>
    <message>
        <source>Precision per image, 20 bins.</source>
        <translation>Präzision je Bild, 20 Klassen.</translation>
    </message>
    <message>
        <source>Recall histogram</source>
        <translation>Sensitivitäts-Histogramm</translation>
    </message>
    <message>
        <source>Recall per image, 20 bins.</source>
        <translation>Sensitivität je Bild, 20 Klassen.</translation>
    </message>
    <message>
        <source>With several models: each minus the first per image.</source>
        <translation>Mit mehreren Modellen: jedes minus das erste je Bild.</translation>
    </message>
    <message>
        <source>a prediction (no file of that stem)</source>
        <translation>eine Vorhersage (keine Datei dieses Stamms)</translation>
    </message>
    <message>
        <source>files without a partner: %1 (listed in '%2')</source>
        <translation>Dateien ohne Partner: %1 (in '%2' aufgeführt)</translation>
    </message>
    <message>
        <source>mask '%1' holds more than two values (%2, %3, %4, …): every value above the threshold counts as foreground; for label maps choose masks = labels</source>
        <translation>Maske '%1' hat mehr als zwei Werte (%2, %3, %4, …): jeder Wert über der Schwelle zählt als Vordergrund; für Labelkarten masks = labels wählen</translation>
    </message>
    <message>
        <source>model_a</source>
        <translation>model_a</translation>
    </message>
    <message>
        <source>model_a (%1)</source>
        <translation>model_a (%1)</translation>
    </message>
    <message>
        <source>model_threshold.pt</source>
        <translation>model_threshold.pt</translation>
    </message>
    <message>
        <source>precision per image</source>
        <translation>Präzision je Bild</translation>
    </message>
    <message>
        <source>recall per image</source>
        <translation>Sensitivität je Bild</translation>
    </message>
    <message>
        <source>seg.metrics for every image of a segmentation set against any number of models' prediction folders (or a TorchScript model run here), with a summary, a histogram per metric and differences between models.</source>
        <translation>seg.metrics für jedes Bild einer Segmentierungsmenge gegen die Vorhersageordner beliebig vieler Modelle (oder ein hier ausgeführtes TorchScript-Modell), mit Zusammenfassung, einem Histogramm je Maß und Differenzen zwischen den Modellen.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Analytic eigenvalues</source>
        <translation>Analytische Eigenwerte</translation>
    </message>
    <message>
        <source>Array layout</source>
        <translation>Anordnung des Arrays</translation>
    </message>
    <message>
        <source>Built-in linear systems: fitted vs analytic.</source>
        <translation>Eingebaute lineare Systeme: angepasst gegen analytisch.</translation>
    </message>
    <message>
        <source>Built-in systems: fitted vs analytic.</source>
        <translation>Eingebaute Systeme: angepasst gegen analytisch.</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>Zentren</translation>
    </message>
    <message>
        <source>Changes to the system's parameters, e.g. rho=20, beta=2.5.</source>
        <translation>Änderungen an den Parametern des Systems, z. B. rho=20, beta=2.5.</translation>
    </message>
    <message>
        <source>Continuous eigenvalues against the analytic ones</source>
        <translation>Kontinuierliche Eigenwerte gegen die analytischen</translation>
    </message>
    <message>
        <source>DMD eigenvalues (marker area: amplitude |b|)</source>
        <translation>DMD-Eigenwerte (Markerfläche: Amplitude |b|)</translation>
    </message>
    <message>
        <source>DMD of snapshots of a linear system returns the system's eigenvalues; for x'' + 2ζω₀x' + ω₀²x = 0 with ζ = 0.1, ω₀ = 1 they are −ζω₀ ± iω₀√(1 − ζ²) in continuous time: decay rate 0.1, frequency √0.99 / 2π</source>
        <translation>Die DMD von Schnappschüssen eines linearen Systems liefert die Eigenwerte des Systems; für x'' + 2ζω₀x' + ω₀²x = 0 mit ζ = 0,1, ω₀ = 1 sind sie in kontinuierlicher Zeit −ζω₀ ± iω₀√(1 − ζ²): Abklingrate 0,1, Frequenz √0,99 / 2π</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Delays</source>
        <translation>Verzögerungen</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>Wörterbuch</translation>
    </message>
    <message>
        <source>Dictionary (%1 functions)</source>
        <translation>Wörterbuch (%1 Funktionen)</translation>
    </message>
    <message>
        <source>Dormand–Prince 5(4) with adaptive steps (error per component against 1e-12 + 1e-10·|x|, step factor 0.9·err^(−1/5) within [0.2, 5]); each output time k·Δt is reached exactly. Systems and defaults: Lorenz x' = σ(y − x), y' = x(ρ − z) − y, z' = xy − βz (10, 28, 8/3); Duffing x'' = −δx' − x(β + αx²) (0.5, −1, 1, Williams et al. 2015); Van der Pol x'' = μ(1 − x²)x' − x (μ = 1); pendulum θ'' = −(g/ℓ) sin θ − cθ' (1, 0.1); oscillator x'' = −2ζω₀x' − ω₀²x (0.1, 1); slow manifold x₁' = μx₁, x₂' = λ(x₂ − x₁²) (−0.05, −1).</source>
        <translation>Dormand–Prince 5(4) mit adaptiven Schritten (Fehler je Komponente gegen 1e-12 + 1e-10·|x|, Schrittfaktor 0,9·err^(−1/5) innerhalb [0,2, 5]); jede Ausgabezeit k·Δt wird genau erreicht. Systeme und Standardwerte: Lorenz x' = σ(y − x), y' = x(ρ − z) − y, z' = xy − βz (10, 28, 8/3); Duffing x'' = −δx' − x(β + αx²) (0,5, −1, 1, Williams et al. 2015); Van der Pol x'' = μ(1 − x²)x' − x (μ = 1); Pendel θ'' = −(g/ℓ) sin θ − cθ' (1, 0,1); Oszillator x'' = −2ζω₀x' − ω₀²x (0,1, 1); langsame Mannigfaltigkeit x₁' = μx₁, x₂' = λ(x₂ − x₁²) (−0,05, −1).</translation>
    </message>
    <message>
        <source>Dump</source>
        <translation>Dump</translation>
    </message>
    <message>
        <source>Dynamic mode decomposition (exact DMD)</source>
        <translation>Dynamische Modenzerlegung (exakte DMD)</translation>
    </message>
    <message>
        <source>EDMD eigenvalues</source>
        <translation>EDMD-Eigenwerte</translation>
    </message>
    <message>
        <source>Each snapshot pair (x_k, x_{k+1}) is lifted by the dictionary Ψ (a row of N functions). G = Ψ_Xᵀ Ψ_X / M, A = Ψ_Xᵀ Ψ_Y / M, K = G⁺ A (pseudo-inverse by complete orthogonal decomposition), so Ψ(x_{k+1}) ≈ Ψ(x_k) K; eigenpairs K ξ = λ ξ give eigenfunctions φ(x) = Ψ(x) ξ, and modes from regressing the state on the dictionary. Dictionaries: linear (the state: EDMD then equals full-rank DMD), polynomial (every monomial of total degree ≤ d, the constant 1 included), rbf (exp(−‖x − c‖² / (2 w²)) at C centres taken as evenly spaced snapshots, plus the state). A dictionary spanning a Koopman-invariant subspace gives its eigenvalues exactly: on the slow manifold x₁' = μx₁, x₂' = λ(x₂ − x₁²), {x₁, x₂, x₁²} gives μ, λ, 2μ. Continuous eigenvalues log(λ)/Δt.</source>
        <translation>Jedes Schnappschusspaar (x_k, x_{k+1}) wird durch das Wörterbuch Ψ (eine Zeile aus N Funktionen) angehoben. G = Ψ_Xᵀ Ψ_X / M, A = Ψ_Xᵀ Ψ_Y / M, K = G⁺ A (Pseudoinverse per vollständiger orthogonaler Zerlegung), sodass Ψ(x_{k+1}) ≈ Ψ(x_k) K; Eigenpaare K ξ = λ ξ ergeben Eigenfunktionen φ(x) = Ψ(x) ξ, Moden aus der Regression des Zustands auf das Wörterbuch. Wörterbücher: linear (der Zustand: EDMD gleicht dann der DMD vollen Rangs), polynomial (jedes Monom vom Gesamtgrad ≤ d, die Konstante 1 eingeschlossen), rbf (exp(−‖x − c‖² / (2 w²)) an C Zentren, gleichmäßig verteilten Schnappschüssen, plus der Zustand). Ein Wörterbuch, das einen Koopman-invarianten Unterraum aufspannt, liefert dessen Eigenwerte exakt: auf der langsamen Mannigfaltigkeit x₁' = μx₁, x₂' = λ(x₂ − x₁²) liefert {x₁, x₂, x₁²} μ, λ, 2μ. Kontinuierliche Eigenwerte log(λ)/Δt.</translation>
    </message>
    <message>
        <source>Each state over time.</source>
        <translation>Jeder Zustand über der Zeit.</translation>
    </message>
    <message>
        <source>Effective rank over training</source>
        <translation>Effektiver Rang über das Training</translation>
    </message>
    <message>
        <source>Eigenvalue plane</source>
        <translation>Eigenwertebene</translation>
    </message>
    <message>
        <source>Eigenvalues</source>
        <translation>Eigenwerte</translation>
    </message>
    <message>
        <source>Eigenvalues (ω = log(λ)/Δt; growth rate Re ω, frequency Im ω / %1π)</source>
        <translation>Eigenwerte (ω = log(λ)/Δt; Wachstumsrate Re ω, Frequenz Im ω / %1π)</translation>
    </message>
    <message>
        <source>Eigenvalues of ρ.</source>
        <translation>Eigenwerte von ρ.</translation>
    </message>
    <message>
        <source>Eigenvalues, modes and amplitudes of the best linear map between consecutive snapshots, with its prediction error and the trajectory in 3-D.</source>
        <translation>Eigenwerte, Moden und Amplituden der besten linearen Abbildung zwischen aufeinanderfolgenden Schnappschüssen, mit ihrem Vorhersagefehler und der Trajektorie in 3-D.</translation>
    </message>
    <message>
        <source>Energy fraction</source>
        <translation>Energieanteil</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <source>Entropy over training</source>
        <translation>Entropie über das Training</translation>
    </message>
    <message>
        <source>Equations and parameter values.</source>
        <translation>Gleichungen und Parameterwerte.</translation>
    </message>
    <message>
        <source>Extended DMD (EDMD)</source>
        <translation>Erweiterte DMD (EDMD)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>Fixed rank</source>
        <translation>Fester Rang</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Highest total degree of the monomials.</source>
        <translation>Höchster Gesamtgrad der Monome.</translation>
    </message>
    <message>
        <source>How the input array holds the snapshots: rows as times (T × n; numpy's usual), columns as times (n × T, PyDMD's), or trajectories × times × states (B × T × n).</source>
        <translation>Wie das Eingabe-Array die Schnappschüsse hält: Zeilen als Zeiten (T × n; bei numpy üblich), Spalten als Zeiten (n × T, wie PyDMD) oder Trajektorien × Zeiten × Zustände (B × T × n).</translation>
    </message>
    <message>
        <source>I(z_t; z_t+%1) Gaussian</source>
        <translation>I(z_t; z_t+%1) gaußsch</translation>
    </message>
    <message>
        <source>I(z_t; z_t+%1) KSG</source>
        <translation>I(z_t; z_t+%1) KSG</translation>
    </message>
    <message>
        <source>I(z_t; z_t+1): Gaussian, KSG (k = 4), both, or none.</source>
        <translation>I(z_t; z_t+1): gaußsch, KSG (k = 4), beide oder keine.</translation>
    </message>
    <message>
        <source>Im λ</source>
        <translation>Im λ</translation>
    </message>
    <message>
        <source>Im ω</source>
        <translation>Im ω</translation>
    </message>
    <message>
        <source>Information in latents (von Neumann entropy)</source>
        <translation>Information in Latenten (Von-Neumann-Entropie)</translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation>Anfangszustand</translation>
    </message>
    <message>
        <source>Koopman</source>
        <translation>Koopman</translation>
    </message>
    <message>
        <source>Koopman eigenvalues from a dictionary of observables: monomials up to a degree, or Gaussian radial basis functions.</source>
        <translation>Koopman-Eigenwerte aus einem Wörterbuch von Observablen: Monome bis zu einem Grad oder gaußsche radiale Basisfunktionen.</translation>
    </message>
    <message>
        <source>Koopman: Lorenz-63 through time delays</source>
        <translation>Koopman: Lorenz-63 über Zeitverzögerungen</translation>
    </message>
    <message>
        <source>Koopman: eigenvalues of a damped oscillator</source>
        <translation>Koopman: Eigenwerte eines gedämpften Oszillators</translation>
    </message>
    <message>
        <source>Latent entropy of layer fc%1 over training steps (rows: the dump's samples in order)</source>
        <translation>Latente Entropie der Schicht fc%1 über die Trainingsschritte (Zeilen: die Stichproben des Dumps der Reihe nach)</translation>
    </message>
    <message>
        <source>Latent states over time: an (N, H) array, rows in time order.</source>
        <translation>Latente Zustände über der Zeit: ein (N, H)-Array, Zeilen in zeitlicher Reihenfolge.</translation>
    </message>
    <message>
        <source>Latents</source>
        <translation>Latente</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Lorenz-63, Duffing, Van der Pol, a damped pendulum, a linear oscillator or the slow manifold, integrated by Dormand–Prince 5(4).</source>
        <translation>Lorenz-63, Duffing, Van der Pol, ein gedämpftes Pendel, ein linearer Oszillator oder die langsame Mannigfaltigkeit, integriert mit Dormand–Prince 5(4).</translation>
    </message>
    <message>
        <source>MI between steps</source>
        <translation>MI zwischen Schritten</translation>
    </message>
    <message>
        <source>Mode %1 over time: Re(b λ^(t/Δt))</source>
        <translation>Mode %1 über der Zeit: Re(b λ^(t/Δt))</translation>
    </message>
    <message>
        <source>Mode %1: |φ| and Re φ per state</source>
        <translation>Mode %1: |φ| und Re φ je Zustand</translation>
    </message>
    <message>
        <source>Mode evolution</source>
        <translation>Zeitverlauf der Moden</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Moden</translation>
    </message>
    <message>
        <source>Number of Gaussian centres.</source>
        <translation>Anzahl der gaußschen Zentren.</translation>
    </message>
    <message>
        <source>Or: an activation dump; one layer over its training steps.</source>
        <translation>Oder: ein Aktivierungs-Dump; eine Schicht über ihre Trainingsschritte.</translation>
    </message>
    <message>
        <source>Prediction error</source>
        <translation>Vorhersagefehler</translation>
    </message>
    <message>
        <source>Prediction error against horizon</source>
        <translation>Vorhersagefehler über dem Horizont</translation>
    </message>
    <message>
        <source>Prediction horizon</source>
        <translation>Vorhersagehorizont</translation>
    </message>
    <message>
        <source>Published: DMD of snapshots of a linear system returns the system's eigenvalues; for x'' + %1ζω₀x' + ω₀²x = %2 with ζ = %3, ω₀ = %4 they are −ζω₀ ± iω₀√(%5 − ζ²) in continuous time: decay rate %6, frequency √%7 / %8π (Tu, Rowley, Luchtenburg, Brunton &amp; Kutz (%9), On dynamic mode decomposition: theory and applications, J. Comput. Dyn. %10:%11)</source>
        <translation>Veröffentlicht: die DMD von Schnappschüssen eines linearen Systems liefert die Eigenwerte des Systems; für x'' + %1ζω₀x' + ω₀²x = %2 mit ζ = %3, ω₀ = %4 sind sie in kontinuierlicher Zeit −ζω₀ ± iω₀√(%5 − ζ²): Abklingrate %6, Frequenz √%7 / %8π (Tu, Rowley, Luchtenburg, Brunton &amp; Kutz (%9), On dynamic mode decomposition: theory and applications, J. Comput. Dyn. %10:%11)</translation>
    </message>
    <message>
        <source>Published: a chaotic attractor has a continuous Koopman spectrum: the eigenvalues of delay-embedded (Hankel) DMD on Lorenz-%1 lie on or just inside the unit circle, and a finite linear model predicts well only over a short horizon (Brunton, Brunton, Proctor, Kaiser &amp; Kutz (%2), Chaos as an intermittently forced linear system, Nat. Commun. %3:%4)</source>
        <translation>Veröffentlicht: ein chaotischer Attraktor hat ein kontinuierliches Koopman-Spektrum: die Eigenwerte der zeitverzögert eingebetteten (Hankel-)DMD von Lorenz-%1 liegen auf oder knapp innerhalb des Einheitskreises, und ein endliches lineares Modell sagt nur über einen kurzen Horizont gut vorher (Brunton, Brunton, Proctor, Kaiser &amp; Kutz (%2), Chaos as an intermittently forced linear system, Nat. Commun. %3:%4)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Re λ</source>
        <translation>Re λ</translation>
    </message>
    <message>
        <source>Re φ</source>
        <translation>Re φ</translation>
    </message>
    <message>
        <source>Re(b λ^(t/Δt))</source>
        <translation>Re(b λ^(t/Δt))</translation>
    </message>
    <message>
        <source>Re(b λ^t) per eigenvalue (first 12).</source>
        <translation>Re(b λ^t) je Eigenwert (die ersten 12).</translation>
    </message>
    <message>
        <source>Relative error against horizon.</source>
        <translation>Relativer Fehler über dem Horizont.</translation>
    </message>
    <message>
        <source>Rows are latent states in time order. Centre them, Σ = ZᵀZ/(N − 1) + 1e-8·I, ρ = Σ / tr Σ, eigenvalues clamped at ≥ 1e-8, S = −Σ λ ln λ in nats (as the paper's code, model/physical_simulation/base.py). S lies in [0, ln H]: ln H for isotropic latents (every direction used: expressive), 0 for latents on a line (mode collapse: simple but able to carry one mode). The effective rank exp(S) counts the directions in use. I(z_t; z_{t+1}) between consecutive latents, Gaussian (½ ln det Σ_t det Σ_{t+1} / det Σ_joint; ∞ when the next state is a linear function of the last) or KSG (k = 4): how predictable the dynamics are from the latent alone. High MI with low S is a simple, predictable code; high S with low MI spreads variance over directions the dynamics do not carry. The paper adds +β·S to its loss (it lowers S) while its text says the entropy prevents collapse: the sign is an open question there.</source>
        <translation>Zeilen sind latente Zustände in zeitlicher Reihenfolge. Zentrieren, Σ = ZᵀZ/(N − 1) + 1e-8·I, ρ = Σ / tr Σ, Eigenwerte auf ≥ 1e-8 begrenzt, S = −Σ λ ln λ in nats (wie der Code des Artikels, model/physical_simulation/base.py). S liegt in [0, ln H]: ln H für isotrope Latente (jede Richtung genutzt: ausdrucksstark), 0 für Latente auf einer Geraden (Modenkollaps: einfach, aber fähig, eine Mode zu tragen). Der effektive Rang exp(S) zählt die genutzten Richtungen. I(z_t; z_{t+1}) zwischen aufeinanderfolgenden Latenten, gaußsch (½ ln det Σ_t det Σ_{t+1} / det Σ_gemeinsam; ∞, wenn der nächste Zustand eine lineare Funktion des letzten ist) oder KSG (k = 4): wie vorhersagbar die Dynamik allein aus der Latenten ist. Hohe MI bei kleinem S ist ein einfacher, vorhersagbarer Code; großes S bei kleiner MI verteilt Varianz auf Richtungen, die die Dynamik nicht trägt. Der Artikel addiert +β·S zu seinem Verlust (das senkt S), während sein Text sagt, die Entropie verhindere den Kollaps: das Vorzeichen ist dort eine offene Frage.</translation>
    </message>
    <message>
        <source>S (nats)</source>
        <translation>S (nats)</translation>
    </message>
    <message>
        <source>S / ln H</source>
        <translation>S / ln H</translation>
    </message>
    <message>
        <source>S per step (dump).</source>
        <translation>S je Schritt (Dump).</translation>
    </message>
    <message>
        <source>S, S / ln H, effective rank, MI (per step for a dump).</source>
        <translation>S, S / ln H, effektiver Rang, MI (je Schritt bei einem Dump).</translation>
    </message>
    <message>
        <source>Simulate a dynamical system</source>
        <translation>Ein dynamisches System simulieren</translation>
    </message>
    <message>
        <source>Singular values</source>
        <translation>Singulärwerte</translation>
    </message>
    <message>
        <source>Singular values kept, for rank = fixed.</source>
        <translation>Behaltene Singulärwerte, für Rang = fixed.</translation>
    </message>
    <message>
        <source>Singular values of X (rank %1 kept)</source>
        <translation>Singulärwerte von X (Rang %1 behalten)</translation>
    </message>
    <message>
        <source>Sizes, rank and its rule.</source>
        <translation>Größen, Rang und seine Regel.</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Schnappschüsse</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>Spektrum</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Zustände</translation>
    </message>
    <message>
        <source>States over time</source>
        <translation>Zustände über der Zeit</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Steps ahead for the prediction-error curve (0: none).</source>
        <translation>Schritte voraus für die Kurve des Vorhersagefehlers (0: keine).</translation>
    </message>
    <message>
        <source>Subtract mean</source>
        <translation>Mittelwert abziehen</translation>
    </message>
    <message>
        <source>Subtract the mean state first.</source>
        <translation>Zuerst den mittleren Zustand abziehen.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System parameters</source>
        <translation>Systemparameter</translation>
    </message>
    <message>
        <source>The functions, in order.</source>
        <translation>Die Funktionen der Reihe nach.</translation>
    </message>
    <message>
        <source>The snapshots in 3-D (PCA beyond 3 states).</source>
        <translation>Die Schnappschüsse in 3-D (PCA bei mehr als 3 Zuständen).</translation>
    </message>
    <message>
        <source>The snapshots in 3-D.</source>
        <translation>Die Schnappschüsse in 3-D.</translation>
    </message>
    <message>
        <source>The system's initial state, e.g. 1, 1, 1 (empty: its default).</source>
        <translation>Der Anfangszustand des Systems, z. B. 1, 1, 1 (leer: sein Standard).</translation>
    </message>
    <message>
        <source>The system: lorenz (sigma, rho, beta = 10, 28, 8/3), oscillator (zeta, omega0 = 0.1, 1), duffing (delta, beta, alpha = 0.5, −1, 1), vanderpol (mu = 1), pendulum (g_over_l, damping = 1, 0.1), slowmanifold (mu, lambda = −0.05, −1).</source>
        <translation>Das System: lorenz (sigma, rho, beta = 10, 28, 8/3), oscillator (zeta, omega0 = 0.1, 1), duffing (delta, beta, alpha = 0.5, −1, 1), vanderpol (mu = 1), pendulum (g_over_l, damping = 1, 0.1), slowmanifold (mu, lambda = −0.05, −1).</translation>
    </message>
    <message>
        <source>The trajectory in 3-D, coloured by time.</source>
        <translation>Die Trajektorie in 3-D, nach der Zeit gefärbt.</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>Zeitschritt</translation>
    </message>
    <message>
        <source>Time steps to integrate (snapshots = steps + 1).</source>
        <translation>Zu integrierende Zeitschritte (Schnappschüsse = Schritte + 1).</translation>
    </message>
    <message>
        <source>Time-delay (Hankel) embedding: each snapshot stacked with the next d − 1 (1: none).</source>
        <translation>Zeitverzögerungs-(Hankel-)Einbettung: jeder Schnappschuss mit den nächsten d − 1 gestapelt (1: keine).</translation>
    </message>
    <message>
        <source>Trajectories as an array: time × state (or as the layout says); not needed for a built-in system.</source>
        <translation>Trajektorien als Array: Zeit × Zustand (oder wie die Anordnung sagt); für ein eingebautes System nicht nötig.</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Trajektorie</translation>
    </message>
    <message>
        <source>Trajectory (export as CSV for koopman.dmd)</source>
        <translation>Trajektorie (als CSV für koopman.dmd exportieren)</translation>
    </message>
    <message>
        <source>Trajectory table</source>
        <translation>Trajektorientabelle</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Width w of the Gaussians, in the states' units.</source>
        <translation>Breite w der Gaußfunktionen, in den Einheiten der Zustände.</translation>
    </message>
    <message>
        <source>With a dump: the layer (empty: the last).</source>
        <translation>Mit einem Dump: die Schicht (leer: die letzte).</translation>
    </message>
    <message>
        <source>a chaotic attractor has a continuous Koopman spectrum: the eigenvalues of delay-embedded (Hankel) DMD on Lorenz-63 lie on or just inside the unit circle, and a finite linear model predicts well only over a short horizon</source>
        <translation>ein chaotischer Attraktor hat ein kontinuierliches Koopman-Spektrum: die Eigenwerte der zeitverzögert eingebetteten (Hankel-)DMD von Lorenz-63 liegen auf oder knapp innerhalb des Einheitskreises, und ein endliches lineares Modell sagt nur über einen kurzen Horizont gut vorher</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>analytic Im</source>
        <translation>analytisch Im</translation>
    </message>
    <message>
        <source>analytic Re</source>
        <translation>analytisch Re</translation>
    </message>
    <message>
        <source>beta</source>
        <translation>beta</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>damping</source>
        <translation>damping</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>delta</translation>
    </message>
    <message>
        <source>duffing</source>
        <translation>duffing</translation>
    </message>
    <message>
        <source>duffing, Δt = %1, %2 steps</source>
        <translation>duffing, Δt = %1, %2 Schritte</translation>
    </message>
    <message>
        <source>effective rank exp(S)</source>
        <translation>effektiver Rang exp(S)</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energy</translation>
    </message>
    <message>
        <source>equations</source>
        <translation>Gleichungen</translation>
    </message>
    <message>
        <source>every non-zero singular value (the optimal threshold needs ≥ %1 of them)</source>
        <translation>jeder von null verschiedene Singulärwert (die optimale Schwelle braucht ≥ %1 davon)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>exact: Y V Σ⁻¹ W (Tu et al.); projected: U W (PyDMD's default).</source>
        <translation>exact: Y V Σ⁻¹ W (Tu et al.); projected: U W (Standard von PyDMD).</translation>
    </message>
    <message>
        <source>exp(S)</source>
        <translation>exp(S)</translation>
    </message>
    <message>
        <source>exp(S) per step (dump).</source>
        <translation>exp(S) je Schritt (Dump).</translation>
    </message>
    <message>
        <source>fitted Im</source>
        <translation>angepasst Im</translation>
    </message>
    <message>
        <source>fitted Re</source>
        <translation>angepasst Re</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>frequency Im ω / %1π</source>
        <translation>Frequenz Im ω / %1π</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>g_over_l</source>
        <translation>g_over_l</translation>
    </message>
    <message>
        <source>gaussian</source>
        <translation>gaussian</translation>
    </message>
    <message>
        <source>growth rate</source>
        <translation>Wachstumsrate</translation>
    </message>
    <message>
        <source>growth rate Re ω</source>
        <translation>Wachstumsrate Re ω</translation>
    </message>
    <message>
        <source>horizon (steps)</source>
        <translation>Horizont (Schritte)</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>ksg</source>
        <translation>ksg</translation>
    </message>
    <message>
        <source>lambda</source>
        <translation>lambda</translation>
    </message>
    <message>
        <source>large</source>
        <translation>groß</translation>
    </message>
    <message>
        <source>largest |λ|</source>
        <translation>größtes |λ|</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>lorenz</source>
        <translation>lorenz</translation>
    </message>
    <message>
        <source>lorenz, Δt = %1, %2 steps</source>
        <translation>lorenz, Δt = %1, %2 Schritte</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation>Mode %1</translation>
    </message>
    <message>
        <source>mu</source>
        <translation>mu</translation>
    </message>
    <message>
        <source>near %1</source>
        <translation>nahe %1</translation>
    </message>
    <message>
        <source>omega%1</source>
        <translation>omega%1</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>optimal</translation>
    </message>
    <message>
        <source>optimal hard threshold (Gavish &amp; Donoho %1)</source>
        <translation>optimale harte Schwelle (Gavish &amp; Donoho %1)</translation>
    </message>
    <message>
        <source>optimal: Gavish–Donoho hard threshold; energy: smallest rank reaching the energy fraction; fixed: the given rank; full: every non-zero singular value.</source>
        <translation>optimal: harte Schwelle nach Gavish–Donoho; energy: kleinster Rang, der den Energieanteil erreicht; fixed: der angegebene Rang; full: jeder von null verschiedene Singulärwert.</translation>
    </message>
    <message>
        <source>oscillator</source>
        <translation>oscillator</translation>
    </message>
    <message>
        <source>oscillator, Δt = %1, %2 steps</source>
        <translation>oscillator, Δt = %1, %2 Schritte</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>pendulum</source>
        <translation>pendulum</translation>
    </message>
    <message>
        <source>pendulum, Δt = %1, %2 steps</source>
        <translation>pendulum, Δt = %1, %2 Schritte</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>polynomial</source>
        <translation>polynomial</translation>
    </message>
    <message>
        <source>polynomial: monomials up to the degree; rbf: Gaussians at evenly spaced snapshots plus the state; linear: the state (= DMD).</source>
        <translation>polynomial: Monome bis zum Grad; rbf: Gaußfunktionen an gleichmäßig verteilten Schnappschüssen plus der Zustand; linear: der Zustand (= DMD).</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>projected</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <source>rank %1 (σ &gt; τ = %2)</source>
        <translation>Rang %1 (σ &gt; τ = %2)</translation>
    </message>
    <message>
        <source>rank rule</source>
        <translation>Rangregel</translation>
    </message>
    <message>
        <source>rbf</source>
        <translation>rbf</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>relativer Fehler</translation>
    </message>
    <message>
        <source>relative prediction error, %1 step</source>
        <translation>relativer Vorhersagefehler, %1 Schritt</translation>
    </message>
    <message>
        <source>relative prediction error, %1 steps (%2 time units)</source>
        <translation>relativer Vorhersagefehler, %1 Schritte (%2 Zeiteinheiten)</translation>
    </message>
    <message>
        <source>rho</source>
        <translation>rho</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <source>slowmanifold</source>
        <translation>slowmanifold</translation>
    </message>
    <message>
        <source>slowmanifold, Δt = %1, %2 steps</source>
        <translation>slowmanifold, Δt = %1, %2 Schritte</translation>
    </message>
    <message>
        <source>small</source>
        <translation>klein</translation>
    </message>
    <message>
        <source>smallest |λ| of the kept eigenvalues</source>
        <translation>kleinstes |λ| der behaltenen Eigenwerte</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>state-by-time</source>
        <translation>state-by-time</translation>
    </message>
    <message>
        <source>states × snapshots</source>
        <translation>Zustände × Schnappschüsse</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>t and every state per snapshot.</source>
        <translation>t und jeder Zustand je Schnappschuss.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>time-by-state</source>
        <translation>time-by-state</translation>
    </message>
    <message>
        <source>trajectories</source>
        <translation>trajectories</translation>
    </message>
    <message>
        <source>v</source>
        <translation>v</translation>
    </message>
    <message>
        <source>v^%1</source>
        <translation>v^%1</translation>
    </message>
    <message>
        <source>vanderpol</source>
        <translation>vanderpol</translation>
    </message>
    <message>
        <source>vanderpol, Δt = %1, %2 steps</source>
        <translation>vanderpol, Δt = %1, %2 Schritte</translation>
    </message>
    <message>
        <source>von Neumann entropy and effective rank of the latent covariance, and the MI between consecutive latent states; over training steps for a dump.</source>
        <translation>Von-Neumann-Entropie und effektiver Rang der latenten Kovarianz sowie die MI zwischen aufeinanderfolgenden latenten Zuständen; bei einem Dump über die Trainingsschritte.</translation>
    </message>
    <message>
        <source>von Neumann entropy over training</source>
        <translation>Von-Neumann-Entropie über das Training</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>x' = v, v' = μ(%1 − x²)v − x (limit cycle, period ≈ %2 for μ = %3)</source>
        <translation>x' = v, v' = μ(%1 − x²)v − x (Grenzzyklus, Periode ≈ %2 für μ = %3)</translation>
    </message>
    <message>
        <source>x' = v, v' = −%1ζω₀v − ω₀²x (linear; eigenvalues −ζω₀ ± iω₀√(%2 − ζ²))</source>
        <translation>x' = v, v' = −%1ζω₀v − ω₀²x (linear; Eigenwerte −ζω₀ ± iω₀√(%2 − ζ²))</translation>
    </message>
    <message>
        <source>x' = v, v' = −δv − x(β + αx²) (Williams et al. %1: δ = %2, β = −%3, α = %4, two wells)</source>
        <translation>x' = v, v' = −δv − x(β + αx²) (Williams et al. %1: δ = %2, β = −%3, α = %4, zwei Mulden)</translation>
    </message>
    <message>
        <source>x' = σ(y − x), y' = x(ρ − z) − y, z' = xy − βz</source>
        <translation>x' = σ(y − x), y' = x(ρ − z) − y, z' = xy − βz</translation>
    </message>
    <message>
        <source>x^%1</source>
        <translation>x^%1</translation>
    </message>
    <message>
        <source>x·v</source>
        <translation>x·v</translation>
    </message>
    <message>
        <source>x·y</source>
        <translation>x·y</translation>
    </message>
    <message>
        <source>x·z</source>
        <translation>x·z</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₁' = μx₁, x₂' = λ(x₂ − x₁²) (Koopman eigenvalues μ, λ, %1μ on {x₁, x₂, x₁²})</source>
        <translation>x₁' = μx₁, x₂' = λ(x₂ − x₁²) (Koopman-Eigenwerte μ, λ, %1μ auf {x₁, x₂, x₁²})</translation>
    </message>
    <message>
        <source>x₁^%1</source>
        <translation>x₁^%1</translation>
    </message>
    <message>
        <source>x₁·x₂</source>
        <translation>x₁·x₂</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>x₂^%1</source>
        <translation>x₂^%1</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>y^%1</source>
        <translation>y^%1</translation>
    </message>
    <message>
        <source>y·z</source>
        <translation>y·z</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>z^%1</source>
        <translation>z^%1</translation>
    </message>
    <message>
        <source>zeta</source>
        <translation>zeta</translation>
    </message>
    <message>
        <source>|b|</source>
        <translation>|b|</translation>
    </message>
    <message>
        <source>|difference|</source>
        <translation>|Differenz|</translation>
    </message>
    <message>
        <source>|λ|</source>
        <translation>|λ|</translation>
    </message>
    <message>
        <source>|λ| = exp(−ζω₀ Δt)</source>
        <translation>|λ| = exp(−ζω₀ Δt)</translation>
    </message>
    <message>
        <source>|φ|</source>
        <translation>|φ|</translation>
    </message>
    <message>
        <source>|φ| and Re φ per state, per eigenvalue (first 12).</source>
        <translation>|φ| und Re φ je Zustand, je Eigenwert (die ersten 12).</translation>
    </message>
    <message>
        <source>Δt</source>
        <translation>Δt</translation>
    </message>
    <message>
        <source>Δt between snapshots: continuous eigenvalues are log(λ)/Δt.</source>
        <translation>Δt zwischen Schnappschüssen: kontinuierliche Eigenwerte sind log(λ)/Δt.</translation>
    </message>
    <message>
        <source>Σ σ² kept, for rank = energy.</source>
        <translation>Behaltenes Σ σ², für Rang = energy.</translation>
    </message>
    <message>
        <source>θ</source>
        <translation>θ</translation>
    </message>
    <message>
        <source>θ' = ω, ω' = −(g/ℓ) sin θ − cω</source>
        <translation>θ' = ω, ω' = −(g/ℓ) sin θ − cω</translation>
    </message>
    <message>
        <source>θ^%1</source>
        <translation>θ^%1</translation>
    </message>
    <message>
        <source>θ·ω</source>
        <translation>θ·ω</translation>
    </message>
    <message>
        <source>λ with the unit circle.</source>
        <translation>λ mit dem Einheitskreis.</translation>
    </message>
    <message>
        <source>λ with the unit circle; size by |b|.</source>
        <translation>λ mit dem Einheitskreis; Größe nach |b|.</translation>
    </message>
    <message>
        <source>λ, growth rate, frequency, period.</source>
        <translation>λ, Wachstumsrate, Frequenz, Periode.</translation>
    </message>
    <message>
        <source>λ, |b|, growth rate, frequency, period.</source>
        <translation>λ, |b|, Wachstumsrate, Frequenz, Periode.</translation>
    </message>
    <message>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <source>σ kept / σ total (energy)</source>
        <translation>σ behalten / σ gesamt (Energie)</translation>
    </message>
    <message>
        <source>σ of X with the rank and threshold.</source>
        <translation>σ von X mit dem Rang und der Schwelle.</translation>
    </message>
    <message>
        <source>ω</source>
        <translation>ω</translation>
    </message>
    <message>
        <source>ω^%1</source>
        <translation>ω^%1</translation>
    </message>
    <message>
        <source>'input': the snapshots array; 'dump': one layer of an activation dump at one step, its samples in order as the times (a model's latents over a sequence); or a built-in system integrated here by Dormand–Prince 5(4) (rtol 1e-10): lorenz (sigma, rho, beta = 10, 28, 8/3), oscillator (zeta, omega0 = 0.1, 1), duffing (delta, beta, alpha = 0.5, −1, 1), vanderpol (mu = 1), pendulum (g_over_l, damping = 1, 0.1), slowmanifold (mu, lambda = −0.05, −1).</source>
        <translation>'input': das Array der Schnappschüsse; 'dump': eine Schicht eines Aktivierungs-Dumps bei einem Schritt, ihre Proben der Reihe nach als Zeiten (die Latenten eines Modells über eine Sequenz); oder ein eingebautes System, hier mit Dormand–Prince 5(4) integriert (rtol 1e-10): lorenz (sigma, rho, beta = 10, 28, 8/3), oscillator (zeta, omega0 = 0.1, 1), duffing (delta, beta, alpha = 0.5, −1, 1), vanderpol (mu = 1), pendulum (g_over_l, damping = 1, 0.1), slowmanifold (mu, lambda = −0.05, −1).</translation>
    </message>
    <message>
        <source>/tmp/infoscope-corestrings-%1/dump · fc%2 at step %3</source>
        <translation>/tmp/infoscope-corestrings-%1/dump · fc%2 bei Schritt %3</translation>
    </message>
    <message>
        <source>Koopman: mode collapse in the latents</source>
        <translation>Koopman: Modenkollaps in den Latenten</translation>
    </message>
    <message>
        <source>Latent entropy of layer latent over training steps (rows: the dump's samples in order)</source>
        <translation>Latente Entropie der Schicht latent über die Trainingsschritte (Zeilen: die Proben des Dumps der Reihe nach)</translation>
    </message>
    <message>
        <source>Published: the von Neumann entropy of the trace-normalised latent covariance measures mode diversity: ln H when every latent direction is used, near %1 when the latents collapse onto a few modes, which the paper's entropy term is meant to prevent. Here a generated dump (stand-in for a Koopman autoencoder's latents, %2 dimensions, %3 rotation modes) loses one mode after another over %4 epochs (Cheng, Yuan et al. (%5), Information Shapes Koopman Representation, ICLR %6)</source>
        <translation>Veröffentlicht: Die Von-Neumann-Entropie der spurnormierten latenten Kovarianz misst die Vielfalt der Moden: ln H, wenn jede latente Richtung genutzt wird, nahe %1, wenn die Latenten auf wenige Moden kollabieren, was der Entropieterm des Artikels verhindern soll. Hier verliert ein erzeugter Dump (Ersatz für die Latenten eines Koopman-Autoencoders, %2 Dimensionen, %3 Rotationsmoden) über %4 Epochen eine Mode nach der anderen (Cheng, Yuan et al. (%5), Information Shapes Koopman Representation, ICLR %6)</translation>
    </message>
    <message>
        <source>S at epoch %1 (all %2 modes): ln H</source>
        <translation>S in Epoche %1 (alle %2 Moden): ln H</translation>
    </message>
    <message>
        <source>S at epoch %1 (one mode left): ln %2</source>
        <translation>S in Epoche %1 (eine Mode übrig): ln %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>With Data = dump: an activation dump whose layer holds latent states over a sequence.</source>
        <translation>Bei Daten = dump: ein Aktivierungs-Dump, dessen Schicht latente Zustände über eine Sequenz enthält.</translation>
    </message>
    <message>
        <source>With a dump: the layer whose samples are the latent states (empty: the last).</source>
        <translation>Mit einem Dump: die Schicht, deren Proben die latenten Zustände sind (leer: die letzte).</translation>
    </message>
    <message>
        <source>With a dump: the training step to read (−1: the last recorded).</source>
        <translation>Mit einem Dump: der zu lesende Trainingsschritt (−1: der zuletzt aufgezeichnete).</translation>
    </message>
    <message>
        <source>dump</source>
        <translation>dump</translation>
    </message>
    <message>
        <source>effective rank exp(S) at epoch %1</source>
        <translation>effektiver Rang exp(S) in Epoche %1</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latent</translation>
    </message>
    <message>
        <source>state index</source>
        <translation>Zustandsindex</translation>
    </message>
    <message>
        <source>the von Neumann entropy of the trace-normalised latent covariance measures mode diversity: ln H when every latent direction is used, near 0 when the latents collapse onto a few modes, which the paper's entropy term is meant to prevent. Here a generated dump (stand-in for a Koopman autoencoder's latents, 16 dimensions, 8 rotation modes) loses one mode after another over 10 epochs</source>
        <translation>Die Von-Neumann-Entropie der spurnormierten latenten Kovarianz misst die Vielfalt der Moden: ln H, wenn jede latente Richtung genutzt wird, nahe 0, wenn die Latenten auf wenige Moden kollabieren, was der Entropieterm des Artikels verhindern soll. Hier verliert ein erzeugter Dump (Ersatz für die Latenten eines Koopman-Autoencoders, 16 Dimensionen, 8 Rotationsmoden) über 10 Epochen eine Mode nach der anderen</translation>
    </message>
    <message>
        <source>x%1</source>
        <translation>x%1</translation>
    </message>
    <message>
        <source>x%1^%2</source>
        <translation>x%1</translation>
    </message>
    <message>
        <source>x%1·x%2</source>
        <translation>x%1</translation>
    </message>
    <message>
        <source>Snapshots are columns x_0 … x_{m−1} (n states); X = [x_0 … x_{m−2}], Y = [x_1 … x_{m−1}], per trajectory (pairs never cross trajectories); no mean subtraction unless asked. Thin SVD X ≈ U_r Σ_r V_rᵀ; rank by the optimal hard threshold of Gavish &amp; Donoho (τ = ω(β)·median σ, ω(β) = 0.56β³ − 0.95β² + 1.82β + 1.43, β = min/max of the sizes; PyDMD's svd_rank = 0; with fewer than 8 singular values every non-zero one is kept, as the threshold models a large noisy matrix), an energy fraction, a fixed rank, or every non-zero σ. Reduced operator Ã = U_rᵀ Y V_r Σ_r⁻¹, Ã W = W Λ; exact modes Φ = Y V_r Σ_r⁻¹ W (Tu et al.), or projected Φ = U_r W (PyDMD's default); amplitudes b: least squares Φ b = x_0. Continuous eigenvalues ω = log(λ)/Δt (principal branch): growth rate Re ω, frequency Im ω / 2π (PyDMD's growth_rate is Re(λ)/Δt, not this). Eigenvalues sorted by |λ|. Prediction error for horizon h: √(Σ‖x_{k+h} − U_r Ã^h U_rᵀ x_k‖²) / √(Σ‖x_{k+h}‖²) over up to 256 starts. For n · m &gt; 4·10⁶ with n &lt; m the SVD goes through the n × n Gram matrix X Xᵀ, formed on every core over column blocks without copying X, and Y V_r Σ_r⁻¹ = Y Xᵀ U_r Σ_r⁻² in one more pass (singular values below 1e-7 σ₁ then carry few digits: a warning says so). Delays d &gt; 1 stack d consecutive snapshots first (Hankel DMD).</source>
        <translation>Schnappschüsse sind Spalten x_0 … x_{m−1} (n Zustände); X = [x_0 … x_{m−2}], Y = [x_1 … x_{m−1}], je Trajektorie (Paare überqueren nie Trajektorien); ohne Mittelwertabzug, außer auf Wunsch. Dünne SVD X ≈ U_r Σ_r V_rᵀ; Rang nach der optimalen harten Schwelle von Gavish &amp; Donoho (τ = ω(β)·Median σ, ω(β) = 0,56β³ − 0,95β² + 1,82β + 1,43, β = Min/Max der Größen; svd_rank = 0 von PyDMD; bei weniger als 8 Singulärwerten bleibt jeder von null verschiedene, da die Schwelle eine große verrauschte Matrix modelliert), einem Energieanteil, einem festen Rang oder jedem von null verschiedenen σ. Reduzierter Operator Ã = U_rᵀ Y V_r Σ_r⁻¹, Ã W = W Λ; exakte Moden Φ = Y V_r Σ_r⁻¹ W (Tu et al.) oder projizierte Φ = U_r W (Standard von PyDMD); Amplituden b: kleinste Quadrate Φ b = x_0. Kontinuierliche Eigenwerte ω = log(λ)/Δt (Hauptzweig): Wachstumsrate Re ω, Frequenz Im ω / 2π (growth_rate von PyDMD ist Re(λ)/Δt, nicht dies). Eigenwerte nach |λ| sortiert. Vorhersagefehler für Horizont h: √(Σ‖x_{k+h} − U_r Ã^h U_rᵀ x_k‖²) / √(Σ‖x_{k+h}‖²) über bis zu 256 Startpunkte. Für n · m &gt; 4·10⁶ mit n &lt; m geht die SVD über die n × n-Gram-Matrix X Xᵀ, auf allen Kernen über Spaltenblöcke ohne Kopie von X gebildet, und Y V_r Σ_r⁻¹ = Y Xᵀ U_r Σ_r⁻² in einem weiteren Durchgang (Singulärwerte unter 1e-7 σ₁ tragen dann wenige Stellen: eine Warnung sagt es). Verzögerungen d &gt; 1 stapeln zuerst d aufeinanderfolgende Schnappschüsse (Hankel-DMD).</translation>
    </message>
    <message>
        <source>'both': edge band and whole image; 'edge': FPGM's edge-band signature only; 'whole': the whole grey image only (masks are not read).</source>
        <translation>'both': Randband und ganzes Bild; 'edge': nur die Randband-Signatur von FPGM; 'whole': nur das ganze Graubild (Masken werden nicht gelesen).</translation>
    </message>
    <message>
        <source>'png': 8-bit PNG, values rounded and clipped to 0 ... 255; 'npy': float64 .npy with every value exactly as computed.</source>
        <translation>'png': 8-Bit-PNG, Werte gerundet und auf 0 ... 255 begrenzt; 'npy': float64-.npy mit jedem Wert genau wie berechnet.</translation>
    </message>
    <message>
        <source>'random': SDAP's permutations; 'identity': the polyphase components.</source>
        <translation>'random': die Permutationen von SDAP; 'identity': die Polyphasenkomponenten.</translation>
    </message>
    <message>
        <source>0: every image of a set must have one size (mixed sizes are refused); N: resize every image (bilinear) and mask (nearest) to N x N first (FPGM trains on 256 x 256).</source>
        <translation>0: alle Bilder einer Menge müssen gleich groß sein (gemischte Größen werden abgelehnt); N: jedes Bild (bilinear) und jede Maske (nächster Nachbar) zuerst auf N x N skalieren (FPGM trainiert mit 256 x 256).</translation>
    </message>
    <message>
        <source>0: the labelled set and the images must share one size; N: resize all to N x N (bilinear).</source>
        <translation>0: die gelabelte Menge und die Bilder müssen gleich groß sein; N: alle auf N x N skalieren (bilinear).</translation>
    </message>
    <message>
        <source>A folder to write the 25 sub-images into (created if missing; files are named by the input's stem); empty: write nothing.</source>
        <translation>Ein Ordner, in den die 25 Teilbilder geschrieben werden (wird angelegt, falls er fehlt; Dateien heißen nach dem Stamm der Eingabe); leer: nichts schreiben.</translation>
    </message>
    <message>
        <source>A folder to write the adapted image into (created if missing; files are named by the input's stem); empty: write nothing.</source>
        <translation>Ein Ordner, in den das angepasste Bild geschrieben wird (wird angelegt, falls er fehlt; Dateien heißen nach dem Stamm der Eingabe); leer: nichts schreiben.</translation>
    </message>
    <message>
        <source>A folder to write the perturbed images into (created if missing; files are named by the input's stem); empty: write nothing.</source>
        <translation>Ein Ordner, in den die perturbierten Bilder geschrieben werden (wird angelegt, falls er fehlt; Dateien heißen nach dem Stamm der Eingabe); leer: nichts schreiben.</translation>
    </message>
    <message>
        <source>A folder to write the resampled image into (created if missing; files are named by the input's stem); empty: write nothing.</source>
        <translation>Ein Ordner, in den das neu abgetastete Bild geschrieben wird (wird angelegt, falls er fehlt; Dateien heißen nach dem Stamm der Eingabe); leer: nichts schreiben.</translation>
    </message>
    <message>
        <source>A folder with images/ and masks/ (paired by file stem); give one folder per imaging centre or domain to compare them.</source>
        <translation>Ein Ordner mit images/ und masks/ (gepaart nach Dateistamm); für einen Vergleich einen Ordner je Bildgebungszentrum oder Domäne angeben.</translation>
    </message>
    <message>
        <source>A folder with images/ and masks/: the prior is learned from its mask edges.</source>
        <translation>Ein Ordner mit images/ und masks/: der Prior wird aus den Rändern seiner Masken gelernt.</translation>
    </message>
    <message>
        <source>A grey or colour image whose sides are multiples of 5.</source>
        <translation>Ein Grau- oder Farbbild, dessen Seitenlängen Vielfache von 5 sind.</translation>
    </message>
    <message>
        <source>A grey or colour image.</source>
        <translation>Ein Grau- oder Farbbild.</translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <source>Adapted amplitude</source>
        <translation>Angepasste Amplitude</translation>
    </message>
    <message>
        <source>Adapted minus source, grey.</source>
        <translation>Angepasst minus Quelle, grau.</translation>
    </message>
    <message>
        <source>After minus before, grey.</source>
        <translation>Nachher minus vorher, grau.</translation>
    </message>
    <message>
        <source>Align an unlabelled image's radial amplitude with the edge-band prior of a labelled set, keeping its phase.</source>
        <translation>Gleicht die radiale Amplitude eines ungelabelten Bildes an den Randband-Prior einer gelabelten Menge an und behält seine Phase.</translation>
    </message>
    <message>
        <source>Amplitude after</source>
        <translation>Amplitude nachher</translation>
    </message>
    <message>
        <source>Amplitude before</source>
        <translation>Amplitude vorher</translation>
    </message>
    <message>
        <source>Angular amplitude profile</source>
        <translation>Winkelprofil der Amplitude</translation>
    </message>
    <message>
        <source>Angular profile</source>
        <translation>Winkelprofil</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Binarise masks</source>
        <translation>Masken binarisieren</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <source>Consistency between sets (normalised profiles without DC)</source>
        <translation>Konsistenz zwischen Bildmengen (normierte Profile ohne DC)</translation>
    </message>
    <message>
        <source>Cosine similarity and JSD (bits) per pair of sets and signature.</source>
        <translation>Kosinus-Ähnlichkeit und JSD (bits) je Paar von Mengen und Signatur.</translation>
    </message>
    <message>
        <source>Dataset spectral signature</source>
        <translation>Spektrale Signatur eines Datensatzes</translation>
    </message>
    <message>
        <source>Difference spectrum</source>
        <translation>Differenzspektrum</translation>
    </message>
    <message>
        <source>Edge bands, centre_cool</source>
        <translation>Randbänder, centre_cool</translation>
    </message>
    <message>
        <source>Edge bands, centre_warm</source>
        <translation>Randbänder, centre_warm</translation>
    </message>
    <message>
        <source>Edge bands, set</source>
        <translation>Randbänder, set</translation>
    </message>
    <message>
        <source>Edge bands, set (%1)</source>
        <translation>Randbänder, set (%1)</translation>
    </message>
    <message>
        <source>Edge-band amplitude</source>
        <translation>Randband-Amplitude</translation>
    </message>
    <message>
        <source>Edge-band signature</source>
        <translation>Randband-Signatur</translation>
    </message>
    <message>
        <source>Every bin's mean, sd and normalised value.</source>
        <translation>Mittel, Std.-Abw. und normierter Wert jedes Bins.</translation>
    </message>
    <message>
        <source>FDA amplitude swap</source>
        <translation>FDA-Amplitudentausch</translation>
    </message>
    <message>
        <source>FDA window</source>
        <translation>FDA-Fenster</translation>
    </message>
    <message>
        <source>FPGM frequency perturbation</source>
        <translation>FPGM-Frequenzperturbation</translation>
    </message>
    <message>
        <source>FPGM profiles of the two spectra.</source>
        <translation>FPGM-Profile der beiden Spektren.</translation>
    </message>
    <message>
        <source>FPGM's frequency signature of lesion edges, averaged over image sets and compared between them.</source>
        <translation>Die Frequenzsignatur von Läsionsrändern nach FPGM, über Bildmengen gemittelt und zwischen ihnen verglichen.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>For every image with a mask (paired by file stem): the grey image g = 0.299 R + 0.587 G + 0.114 B (pixel values as stored, 0-255 for 8-bit); the edge band Omega of the mask: 3x3 Sobel magnitude with zero padding, a 3x3 max-filter dilation and the threshold &gt; 0.5 (about 4 pixels wide, 2 on each side of the boundary); the orthonormal amplitude A = |DFT(g * Omega)| / sqrt(H W), fftshifted; its radial profile P(r) = mean of A over the pixels with trunc(sqrt((y - H//2)^2 + (x - W//2)^2)) = r, for r &lt; R = min(H//2, W//2) (FPGM's binning: the corners beyond R are left out). The whole-image signature does the same with g itself. Per set: the mean profile and its population standard deviation over the images (the band around each curve), and the mean 2-D amplitude. FPGM learns its prior as an exponential moving average (momentum 0.999) of batch means; over a set that is, up to the order of the batches, this mean. Consistency between two sets, on profiles normalised to sum 1 without the DC bin r = 0 (p = P / sum_{r &gt;= 1} P; the DC holds the mean brightness and would dominate both scores; brightness and contrast drop out): the cosine similarity p.q / (|p| |q|) and the Jensen-Shannon divergence JSD = (KL(p||m) + KL(q||m)) / 2, m = (p + q) / 2, in bits (0 = same shape, 1 at most). Sizes: a set's images need one size, or with 'Resize to' N every image is resized to N x N (bilinear) and its mask (nearest) before the masks' edges are found; images are never cropped, and sets of different sizes are compared only after resizing. Masks must hold two values (0 and one foreground value), or with 'Binarise masks' values above half the maximum are foreground; images whose mask is empty or all foreground have no edge and are left out of the edge-band signature (a warning counts them). The sets are streamed: a few images per thread are decoded at a time, and the result does not depend on the number of threads.</source>
        <translation>Für jedes Bild mit Maske (gepaart nach Dateistamm): das Graubild g = 0.299 R + 0.587 G + 0.114 B (Pixelwerte wie gespeichert, 0-255 bei 8 Bit); das Randband Omega der Maske: Sobel-Betrag 3x3 mit Nullauffüllung, eine Dilatation mit einem 3x3-Maximumfilter und die Schwelle &gt; 0,5 (etwa 4 Pixel breit, 2 auf jeder Seite der Grenze); die orthonormale Amplitude A = |DFT(g * Omega)| / sqrt(H W), mit fftshift verschoben; ihr Radialprofil P(r) = Mittel von A über die Pixel mit trunc(sqrt((y - H//2)^2 + (x - W//2)^2)) = r, für r &lt; R = min(H//2, W//2) (Binning von FPGM: die Ecken jenseits von R bleiben außen vor). Die Ganzbild-Signatur tut dasselbe mit g selbst. Je Menge: das mittlere Profil und seine Standardabweichung (Grundgesamtheit) über die Bilder (das Band um jede Kurve) sowie die mittlere 2-D-Amplitude. FPGM lernt seinen Prior als exponentiellen gleitenden Mittelwert (Momentum 0,999) von Batch-Mitteln; über eine Menge ist das, bis auf die Reihenfolge der Batches, dieses Mittel. Konsistenz zwischen zwei Mengen, auf Profilen, die ohne das DC-Bin r = 0 auf Summe 1 normiert sind (p = P / sum_{r &gt;= 1} P; der Gleichanteil trägt die mittlere Helligkeit und würde beide Maße beherrschen; Helligkeit und Kontrast fallen heraus): die Kosinus-Ähnlichkeit p.q / (|p| |q|) und die Jensen-Shannon-Divergenz JSD = (KL(p||m) + KL(q||m)) / 2, m = (p + q) / 2, in bits (0 = gleiche Form, höchstens 1). Größen: die Bilder einer Menge müssen gleich groß sein, oder mit 'Skalieren auf' N wird jedes Bild (bilinear) und seine Maske (nächster Nachbar) auf N x N skaliert, bevor die Ränder der Masken bestimmt werden; Bilder werden nie beschnitten, und Mengen verschiedener Größe werden erst nach dem Skalieren verglichen. Masken müssen zwei Werte haben (0 und einen Vordergrundwert), oder mit 'Masken binarisieren' sind Werte über der Hälfte des Maximums Vordergrund; Bilder, deren Maske leer oder ganz Vordergrund ist, haben keinen Rand und bleiben aus der Randband-Signatur heraus (eine Warnung zählt sie). Die Mengen werden gestreamt: je Thread werden wenige Bilder auf einmal dekodiert, und das Ergebnis hängt nicht von der Zahl der Threads ab.</translation>
    </message>
    <message>
        <source>Fourier Domain Adaptation: give a source image the low-frequency amplitude (the 'style') of a target image.</source>
        <translation>Fourier Domain Adaptation: gibt einem Quellbild die niederfrequente Amplitude (den 'Stil') eines Zielbilds.</translation>
    </message>
    <message>
        <source>Half-width of the swapped window as a fraction of min(H, W): b = floor(beta min(H, W)).</source>
        <translation>Halbe Breite des getauschten Fensters als Anteil von min(H, W): b = floor(beta min(H, W)).</translation>
    </message>
    <message>
        <source>How the coordinate shifts are drawn (see the method note).</source>
        <translation>Wie die Koordinatenverschiebungen gezogen werden (siehe Methodenhinweis).</translation>
    </message>
    <message>
        <source>How the image is sampled between pixels.</source>
        <translation>Wie das Bild zwischen den Pixeln abgetastet wird.</translation>
    </message>
    <message>
        <source>IRAD resampling</source>
        <translation>IRAD-Neuabtastung</translation>
    </message>
    <message>
        <source>Image set</source>
        <translation>Bildmenge</translation>
    </message>
    <message>
        <source>Images, size, bins and empty masks per set.</source>
        <translation>Bilder, Größe, Bins und leere Masken je Menge.</translation>
    </message>
    <message>
        <source>Interpolation</source>
        <translation>Interpolation</translation>
    </message>
    <message>
        <source>Labelled set</source>
        <translation>Gelabelte Menge</translation>
    </message>
    <message>
        <source>Magnitude s</source>
        <translation>Stärke s</translation>
    </message>
    <message>
        <source>Mean amplitude per 5-degree orientation, one curve per channel.</source>
        <translation>Mittlere Amplitude je 5-Grad-Orientierung, eine Kurve je Kanal.</translation>
    </message>
    <message>
        <source>Mean edge-band amplitude</source>
        <translation>Mittlere Randband-Amplitude</translation>
    </message>
    <message>
        <source>Mean fftshifted amplitude of the edge bands.</source>
        <translation>Mittlere fftshift-verschobene Amplitude der Randbänder.</translation>
    </message>
    <message>
        <source>Mean fftshifted amplitude of the grey images.</source>
        <translation>Mittlere fftshift-verschobene Amplitude der Graubilder.</translation>
    </message>
    <message>
        <source>Mean radial profiles</source>
        <translation>Mittlere Radialprofile</translation>
    </message>
    <message>
        <source>Mean shift, RMS difference and PSNR.</source>
        <translation>Mittlere Verschiebung, RMS-Differenz und PSNR.</translation>
    </message>
    <message>
        <source>Mixing gamma</source>
        <translation>Mischgewicht gamma</translation>
    </message>
    <message>
        <source>Mosaic</source>
        <translation>Mosaik</translation>
    </message>
    <message>
        <source>Normalised prior and the image's normalised profiles.</source>
        <translation>Normierter Prior und die normierten Profile des Bildes.</translation>
    </message>
    <message>
        <source>Off: a mask with more than two values is refused. On: values above half the mask's maximum are foreground (JPEG-compressed or anti-aliased masks).</source>
        <translation>Aus: eine Maske mit mehr als zwei Werten wird abgelehnt. An: Werte über der Hälfte des Maskenmaximums sind Vordergrund (JPEG-komprimierte oder kantengeglättete Masken).</translation>
    </message>
    <message>
        <source>One image to perturb and preview.</source>
        <translation>Ein Bild zum Perturbieren und Ansehen.</translation>
    </message>
    <message>
        <source>Or a folder of images (one file per image) to perturb and write.</source>
        <translation>Oder ein Ordner mit Bildern (eine Datei je Bild) zum Perturbieren und Schreiben.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Partition check</source>
        <translation>Prüfung der Zerlegung</translation>
    </message>
    <message>
        <source>Per image: size, cosine to the prior before and after, file written.</source>
        <translation>Je Bild: Größe, Kosinus zum Prior vorher und nachher, geschriebene Datei.</translation>
    </message>
    <message>
        <source>Perturbed image</source>
        <translation>Perturbiertes Bild</translation>
    </message>
    <message>
        <source>Phase spectrum</source>
        <translation>Phasenspektrum</translation>
    </message>
    <message>
        <source>Phase spectrum (grey)</source>
        <translation>Phasenspektrum (grau)</translation>
    </message>
    <message>
        <source>Pixels, sub-image size and the pixels used once.</source>
        <translation>Pixel, Teilbildgröße und die einmal verwendeten Pixel.</translation>
    </message>
    <message>
        <source>Prior</source>
        <translation>Prior</translation>
    </message>
    <message>
        <source>Profiles before and after.</source>
        <translation>Profile vorher und nachher.</translation>
    </message>
    <message>
        <source>Published: the frequency signature of polyp edges is consistent across imaging centres, while whole images differ with each centre's device and colour; this example generates two centres (a warm cast with fine tissue grain, a cool cast with coarse grain; %1 images of %2 x %3 each, polyps drawn alike) — generated stand-ins, not endoscopy data (Xi, Liu &amp; Li (%4), Frequency Prior Guided Matching, arXiv:%5)</source>
        <translation>Veröffentlicht: die Frequenzsignatur von Polypenrändern ist über Bildgebungszentren hinweg konsistent, während sich ganze Bilder mit Gerät und Farbe jedes Zentrums unterscheiden; dieses Beispiel erzeugt zwei Zentren (ein warmer Farbstich mit feiner Gewebekörnung, ein kühler Farbstich mit grober Körnung; je %1 Bilder von %2 x %3, Polypen gleich gezeichnet) — erzeugte Ersatzdaten, keine Endoskopiedaten (Xi, Liu &amp; Li (%4), Frequency Prior Guided Matching, arXiv:%5)</translation>
    </message>
    <message>
        <source>Radial amplitude profiles</source>
        <translation>Radiale Amplitudenprofile</translation>
    </message>
    <message>
        <source>Radial profiles</source>
        <translation>Radialprofile</translation>
    </message>
    <message>
        <source>Resample an image at shifted coordinates (IRAD's basic methods) and see what the shifts remove from its spectrum.</source>
        <translation>Tastet ein Bild an verschobenen Koordinaten neu ab (die Grundmethoden von IRAD) und zeigt, was die Verschiebungen aus seinem Spektrum entfernen.</translation>
    </message>
    <message>
        <source>Resampled</source>
        <translation>Neu abgetastet</translation>
    </message>
    <message>
        <source>Resampled (bicubic, gaussian shifts)</source>
        <translation>Neu abgetastet (bicubic, Verschiebungen gaussian)</translation>
    </message>
    <message>
        <source>Resampled (bilinear, constant shifts)</source>
        <translation>Neu abgetastet (bilinear, Verschiebungen constant)</translation>
    </message>
    <message>
        <source>Resampled (bilinear, gaussian shifts)</source>
        <translation>Neu abgetastet (bilinear, Verschiebungen gaussian)</translation>
    </message>
    <message>
        <source>Resampled (bilinear, gaussian-xy shifts)</source>
        <translation>Neu abgetastet (bilinear, Verschiebungen gaussian-xy)</translation>
    </message>
    <message>
        <source>Resampled (bilinear, uniform shifts)</source>
        <translation>Neu abgetastet (bilinear, Verschiebungen uniform)</translation>
    </message>
    <message>
        <source>Resampled (nearest, gaussian shifts)</source>
        <translation>Neu abgetastet (nearest, Verschiebungen gaussian)</translation>
    </message>
    <message>
        <source>Resampled minus input, grey.</source>
        <translation>Neu abgetastet minus Eingabe, grau.</translation>
    </message>
    <message>
        <source>Resampling</source>
        <translation>Neuabtastung</translation>
    </message>
    <message>
        <source>Resize to</source>
        <translation>Skalieren auf</translation>
    </message>
    <message>
        <source>SDAP random sub-samples</source>
        <translation>Zufällige Teilabtastungen nach SDAP</translation>
    </message>
    <message>
        <source>Seed of the per-cell permutations.</source>
        <translation>Startwert der Permutationen je Zelle.</translation>
    </message>
    <message>
        <source>Seed of the random shifts.</source>
        <translation>Startwert der zufälligen Verschiebungen.</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Bildmengen</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>Shift per pixel</source>
        <translation>Verschiebung je Pixel</translation>
    </message>
    <message>
        <source>Shift scale in IRAD's unit r, half a pixel: s = 2 is one pixel.</source>
        <translation>Verschiebungsskala in der Einheit r von IRAD, einem halben Pixel: s = 2 ist ein Pixel.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source amplitude</source>
        <translation>Amplitude der Quelle</translation>
    </message>
    <message>
        <source>Source image</source>
        <translation>Quellbild</translation>
    </message>
    <message>
        <source>Source in the target's style (FDA)</source>
        <translation>Quelle im Stil des Ziels (FDA)</translation>
    </message>
    <message>
        <source>Spectra: lesion edges look alike across imaging centres (FPGM)</source>
        <translation>Spektren: Läsionsränder sehen in allen Bildgebungszentren gleich aus (FPGM)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target (amplitude donor)</source>
        <translation>Ziel (Amplitudenspender)</translation>
    </message>
    <message>
        <source>Target image</source>
        <translation>Zielbild</translation>
    </message>
    <message>
        <source>The 25 sub-images tiled 5 x 5 (the image's size).</source>
        <translation>Die 25 Teilbilder in 5 x 5 Kacheln (in der Größe des Bildes).</translation>
    </message>
    <message>
        <source>The FPGM-perturbed image (float64).</source>
        <translation>Das mit FPGM perturbierte Bild (float64).</translation>
    </message>
    <message>
        <source>The image (resized if asked).</source>
        <translation>Das Bild (auf Wunsch skaliert).</translation>
    </message>
    <message>
        <source>The image whose low-frequency amplitude is taken (same size).</source>
        <translation>Das Bild, dessen niederfrequente Amplitude übernommen wird (gleiche Größe).</translation>
    </message>
    <message>
        <source>The input.</source>
        <translation>Die Eingabe.</translation>
    </message>
    <message>
        <source>The resampled image (float64).</source>
        <translation>Das neu abgetastete Bild (float64).</translation>
    </message>
    <message>
        <source>The same after resampling.</source>
        <translation>Dasselbe nach der Neuabtastung.</translation>
    </message>
    <message>
        <source>The same after the perturbation (isotropic).</source>
        <translation>Dasselbe nach der Perturbation (isotrop).</translation>
    </message>
    <message>
        <source>The source image.</source>
        <translation>Das Quellbild.</translation>
    </message>
    <message>
        <source>The source with the target's low-frequency amplitude (float64).</source>
        <translation>Die Quelle mit der niederfrequenten Amplitude des Ziels (float64).</translation>
    </message>
    <message>
        <source>The sub-image each pixel goes to.</source>
        <translation>Das Teilbild, in das jedes Pixel kommt.</translation>
    </message>
    <message>
        <source>The target image.</source>
        <translation>Das Zielbild.</translation>
    </message>
    <message>
        <source>Unlabelled folder</source>
        <translation>Ungelabelter Ordner</translation>
    </message>
    <message>
        <source>Unlabelled image</source>
        <translation>Ungelabeltes Bild</translation>
    </message>
    <message>
        <source>Weight of the prior's shape in the mixed radial profile (FPGM: 0.05).</source>
        <translation>Gewicht der Form des Priors im gemischten Radialprofil (FPGM: 0,05).</translation>
    </message>
    <message>
        <source>Whole images, centre_cool</source>
        <translation>Ganze Bilder, centre_cool</translation>
    </message>
    <message>
        <source>Whole images, centre_warm</source>
        <translation>Ganze Bilder, centre_warm</translation>
    </message>
    <message>
        <source>Whole images, set</source>
        <translation>Ganze Bilder, set</translation>
    </message>
    <message>
        <source>Whole images, set (%1)</source>
        <translation>Ganze Bilder, set (%1)</translation>
    </message>
    <message>
        <source>Whole-image amplitude</source>
        <translation>Ganzbild-Amplitude</translation>
    </message>
    <message>
        <source>Whole-image signature</source>
        <translation>Ganzbild-Signatur</translation>
    </message>
    <message>
        <source>Write to folder</source>
        <translation>In Ordner schreiben</translation>
    </message>
    <message>
        <source>adapted</source>
        <translation>angepasst</translation>
    </message>
    <message>
        <source>arg DFT (radians)</source>
        <translation>arg DFT (Radiant)</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>beta, b, the window and the output's range.</source>
        <translation>beta, b, das Fenster und der Wertebereich der Ausgabe.</translation>
    </message>
    <message>
        <source>bicubic</source>
        <translation>bicubic</translation>
    </message>
    <message>
        <source>bilinear</source>
        <translation>bilinear</translation>
    </message>
    <message>
        <source>bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>bins</source>
        <translation>Bins</translation>
    </message>
    <message>
        <source>centre_cool</source>
        <translation>centre_cool</translation>
    </message>
    <message>
        <source>centre_warm</source>
        <translation>centre_warm</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>column (pixels)</source>
        <translation>Spalte (Pixel)</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>edge</translation>
    </message>
    <message>
        <source>edge-band signatures: Jensen-Shannon divergence (bits)</source>
        <translation>Randband-Signaturen: Jensen-Shannon-Divergenz (bits)</translation>
    </message>
    <message>
        <source>edge-band signatures: cosine of the normalised profiles</source>
        <translation>Randband-Signaturen: Kosinus der normierten Profile</translation>
    </message>
    <message>
        <source>edge_band_images</source>
        <translation>Bilder mit Randband</translation>
    </message>
    <message>
        <source>empty_masks</source>
        <translation>leere Masken</translation>
    </message>
    <message>
        <source>fftshifted arg DFT per channel, radians.</source>
        <translation>fftshift-verschobenes arg DFT je Kanal, in Radiant.</translation>
    </message>
    <message>
        <source>fftshifted orthonormal |DFT| of the luma.</source>
        <translation>fftshift-verschobene orthonormale |DFT| der Luma.</translation>
    </message>
    <message>
        <source>fftshifted |DFT| of the adapted luma.</source>
        <translation>fftshift-verschobene |DFT| der angepassten Luma.</translation>
    </message>
    <message>
        <source>fftshifted |DFT| of the source's luma.</source>
        <translation>fftshift-verschobene |DFT| der Luma der Quelle.</translation>
    </message>
    <message>
        <source>gaussian-xy</source>
        <translation>gaussian-xy</translation>
    </message>
    <message>
        <source>grey difference</source>
        <translation>Grauwertdifferenz</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identity</translation>
    </message>
    <message>
        <source>interpolation</source>
        <translation>Interpolation</translation>
    </message>
    <message>
        <source>jsd_bits</source>
        <translation>JSD (bits)</translation>
    </message>
    <message>
        <source>larger</source>
        <translation>größer</translation>
    </message>
    <message>
        <source>lower (centre-specific)</source>
        <translation>niedriger (zentrumsspezifisch)</translation>
    </message>
    <message>
        <source>magnitude_s</source>
        <translation>Stärke s</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>mean amplitude (ortho)</source>
        <translation>mittlere Amplitude (ortho)</translation>
    </message>
    <message>
        <source>mean |DFT|</source>
        <translation>mittlere |DFT|</translation>
    </message>
    <message>
        <source>mean_abs_shift_px</source>
        <translation>mittlere |Verschiebung| (px)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>normalised</source>
        <translation>normiert</translation>
    </message>
    <message>
        <source>npy</source>
        <translation>npy</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>psnr_db</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>radius (frequency bins from DC)</source>
        <translation>Radius (Frequenz-Bins ab DC)</translation>
    </message>
    <message>
        <source>resampled</source>
        <translation>neu abgetastet</translation>
    </message>
    <message>
        <source>rms_difference</source>
        <translation>RMS-Differenz</translation>
    </message>
    <message>
        <source>row (pixels)</source>
        <translation>Zeile (Pixel)</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Bildmenge</translation>
    </message>
    <message>
        <source>set (%1)</source>
        <translation>set (%1)</translation>
    </message>
    <message>
        <source>set_a</source>
        <translation>Bildmenge A</translation>
    </message>
    <message>
        <source>set_b</source>
        <translation>Bildmenge B</translation>
    </message>
    <message>
        <source>share of the sum</source>
        <translation>Anteil an der Summe</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>swapped_frequencies</source>
        <translation>getauschte Frequenzen</translation>
    </message>
    <message>
        <source>the frequency signature of polyp edges is consistent across imaging centres, while whole images differ with each centre's device and colour; this example generates two centres (a warm cast with fine tissue grain, a cool cast with coarse grain; 24 images of 128 x 128 each, polyps drawn alike) — generated stand-ins, not endoscopy data</source>
        <translation>die Frequenzsignatur von Polypenrändern ist über Bildgebungszentren hinweg konsistent, während sich ganze Bilder mit Gerät und Farbe jedes Zentrums unterscheiden; dieses Beispiel erzeugt zwei Zentren (ein warmer Farbstich mit feiner Gewebekörnung, ein kühler Farbstich mit grober Körnung; je 24 Bilder von 128 x 128, Polypen gleich gezeichnet) — erzeugte Ersatzdaten, keine Endoskopiedaten</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniform</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>whole</translation>
    </message>
    <message>
        <source>whole-image signatures: Jensen-Shannon divergence (bits)</source>
        <translation>Ganzbild-Signaturen: Jensen-Shannon-Divergenz (bits)</translation>
    </message>
    <message>
        <source>whole-image signatures: cosine</source>
        <translation>Ganzbild-Signaturen: Kosinus</translation>
    </message>
    <message>
        <source>window_cols</source>
        <translation>Fensterspalten</translation>
    </message>
    <message>
        <source>window_rows</source>
        <translation>Fensterzeilen</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschriebene Datei</translation>
    </message>
    <message>
        <source>|(dx, dy)| in pixels.</source>
        <translation>|(dx, dy)| in Pixeln.</translation>
    </message>
    <message>
        <source>|DFT| (ortho)</source>
        <translation>|DFT| (ortho)</translation>
    </message>
    <message>
        <source>|DFT| of the grey difference.</source>
        <translation>|DFT| der Grauwertdifferenz.</translation>
    </message>
    <message>
        <source>|shift| (pixels)</source>
        <translation>|Verschiebung| (Pixel)</translation>
    </message>
    <message>
        <source>≈ %1 (consistent)</source>
        <translation>≈ %1 (konsistent)</translation>
    </message>
    <message>
        <source>(the style gap)</source>
        <translation>(der Stilunterschied)</translation>
    </message>
    <message>
        <source>Amplitude of the difference</source>
        <translation>Amplitude der Differenz</translation>
    </message>
    <message>
        <source>Amplitude, adapted</source>
        <translation>Amplitude, angepasst</translation>
    </message>
    <message>
        <source>Amplitude, image</source>
        <translation>Amplitude, Bild</translation>
    </message>
    <message>
        <source>Amplitude, resampled</source>
        <translation>Amplitude, neu abgetastet</translation>
    </message>
    <message>
        <source>Amplitude, source</source>
        <translation>Amplitude, Quelle</translation>
    </message>
    <message>
        <source>As SDAP's random sub-sample generation (reference p1y2z3/SDAP, train.py): the image is tiled into cells of 5 x 5 pixels (H and W must be multiples of 5, otherwise it is refused: crop or pad it first); every cell draws its own uniform permutation pi of its 25 positions (row-major in the cell), and sub-image j (0 ... 24) takes from every cell the pixel at position pi(j); all channels use the same positions. The 25 sub-images of (H/5) x (W/5) partition the pixels (sampling without replacement within each cell); the table counts the pixels used exactly once, which must be H W. order = identity keeps pi(j) = j, the 25 polyphase components of a stride-5 pixel-unshuffle. Permutations come from a 64-bit Mersenne Twister seeded with 'seed'. In training, the cyclic loss compares the denoised sub-image j with sub-image j + 1 mod 25, a randomly displaced neighbour sample: the 'sampling difference as perturbation'. With 'Write to folder' the 25 sub-images are written as &lt;name&gt;_sub00 ... _sub24.</source>
        <translation>Wie die zufällige Teilabtastung von SDAP (Referenz p1y2z3/SDAP, train.py): das Bild wird in Zellen aus 5 x 5 Pixeln zerlegt (H und W müssen Vielfache von 5 sein, sonst wird es abgelehnt: vorher beschneiden oder auffüllen); jede Zelle zieht ihre eigene gleichverteilte Permutation pi ihrer 25 Positionen (zeilenweise in der Zelle), und Teilbild j (0 ... 24) nimmt aus jeder Zelle das Pixel an Position pi(j); alle Kanäle verwenden dieselben Positionen. Die 25 Teilbilder der Größe (H/5) x (W/5) zerlegen die Pixel (Ziehen ohne Zurücklegen innerhalb jeder Zelle); die Tabelle zählt die genau einmal verwendeten Pixel, was H W sein muss. order = identity behält pi(j) = j, die 25 Polyphasenkomponenten eines Pixel-Unshuffle mit Schrittweite 5. Die Permutationen kommen aus einem 64-Bit-Mersenne-Twister mit dem Startwert 'seed'. Im Training vergleicht der zyklische Verlust das entrauschte Teilbild j mit Teilbild j + 1 mod 25, einer zufällig versetzten Nachbarstichprobe: die 'Abtastdifferenz als Perturbation' ('sampling difference as perturbation'). Mit 'In Ordner schreiben' werden die 25 Teilbilder als &lt;name&gt;_sub00 ... _sub24 geschrieben.</translation>
    </message>
    <message>
        <source>Augmentation: a target's style in a source image (FDA)</source>
        <translation>Augmentierung: der Stil eines Zielbilds in einem Quellbild (FDA)</translation>
    </message>
    <message>
        <source>Mean edge-band profile per set, ± 1 sd.</source>
        <translation>Mittleres Randband-Profil je Menge, ±1 Std.-Abw.</translation>
    </message>
    <message>
        <source>Mean whole-image amplitude</source>
        <translation>Mittlere Ganzbild-Amplitude</translation>
    </message>
    <message>
        <source>Mean whole-image profile per set, ± 1 sd.</source>
        <translation>Mittleres Ganzbild-Profil je Menge, ±1 Std.-Abw.</translation>
    </message>
    <message>
        <source>Normalised mean edge-band profile per set, with a band of ± 1 sd.</source>
        <translation>Normiertes mittleres Randband-Profil je Menge, mit einem Band von ±1 Std.-Abw.</translation>
    </message>
    <message>
        <source>Normalised mean whole-image profile per set, ± 1 sd.</source>
        <translation>Normiertes mittleres Ganzbild-Profil je Menge, ±1 Std.-Abw.</translation>
    </message>
    <message>
        <source>Off: a mask with more than two values is refused. On: values above half the mask's maximum are foreground.</source>
        <translation>Aus: eine Maske mit mehr als zwei Werten wird abgelehnt. An: Werte über der Hälfte des Maskenmaximums sind Vordergrund.</translation>
    </message>
    <message>
        <source>Output pixel (y, x) samples the image at (y + dy, x + dx) pixels, as torch.nn.functional.grid_sample on IRAD's pixel-centre grid c_i = -1 + (2i + 1)/n (align_corners = False), padding_mode = 'border'. IRAD's shift unit r = 1/n in normalised coordinates is half a pixel; with magnitude s: constant: dx = dy = s/2 px (make_coord_shift); gaussian: one draw N(0, (s/2)^2) per pixel added to both axes (make_coord_normal); gaussian-xy: independent draws per axis (make_coord_normal2); uniform: per pixel and axis in [0, s/2] (make_coord_uniform_random). Random shifts come from a 64-bit Mersenne Twister seeded with 'seed' (the same seed gives the same field; numpy's generator is different). Interpolation: nearest rounds half to even (torch's nearbyint) and, like bilinear, clamps the coordinate into the image first; bicubic uses Keys' kernel with a = -0.75 and clamps each of its 16 taps, as torch. R, G, B share one shift field. No clipping: bicubic may overshoot 0 ... 255. Sanity: s = 0 with nearest is the identity; a constant s = 2 with bilinear is a one-pixel translation (the last row and column repeat). The summary gives the grey RMS difference and the PSNR over the image's grey range. The released scripts do not say which modes and magnitudes IRAD's paper tabulated: nearest, bilinear and bicubic with s in {0.5, 1, 2} is a reasonable sweep.</source>
        <translation>Das Ausgabepixel (y, x) tastet das Bild bei (y + dy, x + dx) Pixeln ab, wie torch.nn.functional.grid_sample auf dem Pixelmitten-Raster von IRAD c_i = -1 + (2i + 1)/n (align_corners = False), padding_mode = 'border'. Die Verschiebungseinheit r = 1/n von IRAD in normierten Koordinaten ist ein halbes Pixel; mit Stärke s: constant: dx = dy = s/2 px (make_coord_shift); gaussian: eine Ziehung N(0, (s/2)^2) je Pixel, zu beiden Achsen addiert (make_coord_normal); gaussian-xy: unabhängige Ziehungen je Achse (make_coord_normal2); uniform: je Pixel und Achse in [0, s/2] (make_coord_uniform_random). Zufällige Verschiebungen kommen aus einem 64-Bit-Mersenne-Twister mit dem Startwert 'seed' (derselbe Startwert ergibt dasselbe Feld; der Generator von numpy ist ein anderer). Interpolation: nearest rundet halbe Werte zur geraden Zahl (nearbyint von torch) und begrenzt, wie bilinear, die Koordinate zuerst auf das Bild; bicubic verwendet den Kern von Keys mit a = -0,75 und begrenzt jede seiner 16 Stützstellen, wie torch. R, G, B teilen ein Verschiebungsfeld. Keine Begrenzung der Werte: bicubic kann über 0 ... 255 hinausschießen. Plausibilitätsprüfung: s = 0 mit nearest ist die Identität; ein konstantes s = 2 mit bilinear ist eine Verschiebung um ein Pixel (die letzte Zeile und Spalte wiederholen sich). Die Zusammenfassung gibt die RMS-Differenz der Grauwerte und das PSNR über den Grauwertbereich des Bildes an. Die veröffentlichten Skripte sagen nicht, welche Modi und Stärken der Artikel von IRAD tabelliert hat: nearest, bilinear und bicubic mit s aus {0,5; 1; 2} ist eine sinnvolle Versuchsreihe.</translation>
    </message>
    <message>
        <source>Published: swapping the low-frequency amplitude of a source image for a target's transfers the target's style (colour, illumination) while the source's phase keeps its content, with no training; this example adapts a warm, fine-grained generated scene to a cool, coarse one at beta = %1 (b = %2: a %3 x %4 window at %5 x %6) (Yang &amp; Soatto (%7), FDA: Fourier Domain Adaptation for Semantic Segmentation, CVPR %8)</source>
        <translation>Veröffentlicht: wer die niederfrequente Amplitude eines Quellbilds gegen die eines Zielbilds tauscht, überträgt den Stil des Zielbilds (Farbe, Beleuchtung), während die Phase der Quelle deren Inhalt bewahrt, ganz ohne Training; dieses Beispiel passt eine warme, feinkörnige erzeugte Szene bei beta = %1 an eine kühle, grobkörnige an (b = %2: ein %3 x %4-Fenster bei %5 x %6) (Yang &amp; Soatto (%7), FDA: Fourier Domain Adaptation for Semantic Segmentation, CVPR %8)</translation>
    </message>
    <message>
        <source>The 25 random sub-images of SDAP's scheme of 5 x 5-pixel cells, which together use every pixel once.</source>
        <translation>Die 25 zufälligen Teilbilder des SDAP-Schemas aus Zellen von 5 x 5 Pixeln, die zusammen jedes Pixel genau einmal verwenden.</translation>
    </message>
    <message>
        <source>The image to adapt (its phase, which carries its content, is kept).</source>
        <translation>Das anzupassende Bild (seine Phase, die seinen Inhalt trägt, bleibt erhalten).</translation>
    </message>
    <message>
        <source>adapted - source (grey)</source>
        <translation>angepasst - Quelle (grau)</translation>
    </message>
    <message>
        <source>content kept: pixel correlation of the adapted image with the source (lowest channel)</source>
        <translation>Inhalt erhalten: Pixelkorrelation des angepassten Bilds mit der Quelle (niedrigster Kanal)</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>largest channel-mean difference, adapted vs target (grey levels)</source>
        <translation>größter Unterschied der Kanalmittelwerte, angepasst gegen Ziel (Graustufen)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>resampled - image (grey)</source>
        <translation>neu abgetastet - Bild (grau)</translation>
    </message>
    <message>
        <source>swapping the low-frequency amplitude of a source image for a target's transfers the target's style (colour, illumination) while the source's phase keeps its content, with no training; this example adapts a warm, fine-grained generated scene to a cool, coarse one at beta = 0.01 (b = 1: a 3 x 3 window at 128 x 128)</source>
        <translation>wer die niederfrequente Amplitude eines Quellbilds gegen die eines Zielbilds tauscht, überträgt den Stil des Zielbilds (Farbe, Beleuchtung), während die Phase der Quelle deren Inhalt bewahrt, ganz ohne Training; dieses Beispiel passt eine warme, feinkörnige erzeugte Szene bei beta = 0,01 an eine kühle, grobkörnige an (b = 1: ein 3 x 3-Fenster bei 128 x 128)</translation>
    </message>
    <message>
        <source>the same for the source vs the target, before adapting</source>
        <translation>dasselbe für Quelle gegen Ziel, vor dem Anpassen</translation>
    </message>
    <message>
        <source>… and with the target (highest channel)</source>
        <translation>… und mit dem Ziel (höchster Kanal)</translation>
    </message>
    <message>
        <source>Amplitude A = |DFT(w * x)| of each plane x, unnormalised as numpy.fft.fft2 computes it (norm=backward), or divided by sqrt(H*W) with norm=ortho; then fftshifted so that zero frequency sits at (H//2, W//2). Values are output linear; the view shows them on a log scale. Optional window w: the separable Hann window numpy.hanning(H) x numpy.hanning(W). Grey mode converts RGB(A) with 0.299 R + 0.587 G + 0.114 B in double precision (alpha ignored); per-channel mode gives R, G and B separately. Pixel values are used as stored (0-255 for 8-bit, 0-65535 for 16-bit), not rescaled. Radial profile: the bin of a pixel is floor(sqrt((y - H//2)^2 + (x - W//2)^2)); profile[k] is the mean amplitude over the pixels of bin k, for k = 0 ... floor(largest distance), corner bins included (so for non-square images a bin mixes different frequencies along the two axes), or up to the inscribed circle min(H//2, H-1-H//2, W//2, W-1-W//2) with extent=inscribed. For square N x N images the profile's x is the radial frequency k/N in cycles/pixel, otherwise the bin k. Phase: arg DFT(w * x) in (-pi, pi] as numpy.angle, fftshifted, drawn with a cyclic colour map. Angular profile: the mean amplitude per 5-degree orientation bin of the frequency vector, theta = atan2(-(y - H//2), x - W//2) folded into [0, 180), bins centred on 0, 5, ..., 175 degrees (0 = horizontal frequencies, which vertical edges make; 90 = vertical frequencies; the amplitude of a real image is point-symmetric), over 1 &lt;= radius &lt;= the inscribed radius (DC and corners left out). Images with NaN or Inf pixels are refused.</source>
        <translation>Amplitude A = |DFT(w * x)| jeder Ebene x, nicht normiert wie numpy.fft.fft2 sie berechnet (norm=backward), oder durch sqrt(H*W) geteilt mit norm=ortho; dann mit fftshift verschoben, sodass die Frequenz null bei (H//2, W//2) liegt. Die Werte werden linear ausgegeben; die Ansicht zeigt sie logarithmisch. Optionales Fenster w: das separierbare Hann-Fenster numpy.hanning(H) x numpy.hanning(W). Der Grau-Modus wandelt RGB(A) mit 0.299 R + 0.587 G + 0.114 B in doppelter Genauigkeit um (Alpha wird ignoriert); der Kanal-Modus liefert R, G und B einzeln. Pixelwerte werden wie gespeichert verwendet (0-255 bei 8 Bit, 0-65535 bei 16 Bit), nicht umskaliert. Radialprofil: das Bin eines Pixels ist floor(sqrt((y - H//2)^2 + (x - W//2)^2)); profile[k] ist die mittlere Amplitude über die Pixel von Bin k, für k = 0 ... floor(größter Abstand), Eck-Bins eingeschlossen (bei nicht quadratischen Bildern mischt ein Bin daher verschiedene Frequenzen entlang der beiden Achsen), oder bis zum Inkreis min(H//2, H-1-H//2, W//2, W-1-W//2) mit extent=inscribed. Bei quadratischen N x N-Bildern ist x des Profils die radiale Frequenz k/N in Zyklen/Pixel, sonst das Bin k. Phase: arg DFT(w * x) in (-pi, pi] wie numpy.angle, mit fftshift verschoben, mit einer zyklischen Farbskala gezeichnet. Winkelprofil: die mittlere Amplitude je 5-Grad-Orientierungs-Bin des Frequenzvektors, theta = atan2(-(y - H//2), x - W//2), in [0, 180) gefaltet, Bins zentriert auf 0, 5, ..., 175 Grad (0 = horizontale Frequenzen, wie senkrechte Kanten sie erzeugen; 90 = vertikale Frequenzen; die Amplitude eines reellen Bildes ist punktsymmetrisch), über 1 &lt;= Radius &lt;= Inkreisradius (DC und Ecken ausgelassen). Bilder mit NaN- oder Inf-Pixeln werden abgelehnt.</translation>
    </message>
    <message>
        <source>frequency orientation (degrees)</source>
        <translation>Orientierung der Frequenz (Grad)</translation>
    </message>
    <message>
        <source>Both images become grey (0.299 R + 0.587 G + 0.114 B, as stored) and get spectrum.image's orthonormal amplitude A = |DFT(w * x)| / sqrt(H W), fftshifted, with the optional Hann window w. The difference is log10(A2 / A1) per frequency: 0 where the spectra agree, +1 where the second image has ten times the amplitude (+inf or -inf where one amplitude is exactly zero; 0 where both are); the table gives the DC ratio and the mean and largest |log10 ratio| over finite values. Radial profiles as spectrum.image's (floor radius, corners included). The images must have one size (nothing is resized or cropped). The views of one frame (the two images; the three maps) zoom and pan together.</source>
        <translation>Beide Bilder werden grau (0.299 R + 0.587 G + 0.114 B, wie gespeichert) und erhalten die orthonormale Amplitude von spectrum.image, A = |DFT(w * x)| / sqrt(H W), mit fftshift verschoben, mit dem optionalen Hann-Fenster w. Der Unterschied ist log10(A2 / A1) je Frequenz: 0, wo die Spektren übereinstimmen, +1, wo das zweite Bild die zehnfache Amplitude hat (+inf oder -inf, wo eine Amplitude genau null ist; 0, wo beide es sind); die Tabelle gibt das DC-Verhältnis sowie das mittlere und größte |log10-Verhältnis| über die endlichen Werte an. Radialprofile wie bei spectrum.image (abgerundeter Radius, Ecken eingeschlossen). Die Bilder müssen gleich groß sein (nichts wird skaliert oder beschnitten). Die Ansichten eines Rahmens (die beiden Bilder; die drei Karten) zoomen und verschieben sich gemeinsam.</translation>
    </message>
    <message>
        <source>Both radial profiles.</source>
        <translation>Beide Radialprofile.</translation>
    </message>
    <message>
        <source>Compare two spectra</source>
        <translation>Zwei Spektren vergleichen</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>DC ratio, mean and largest |log10 ratio|.</source>
        <translation>DC-Verhältnis, mittleres und größtes |log10-Verhältnis|.</translation>
    </message>
    <message>
        <source>First amplitude</source>
        <translation>Erste Amplitude</translation>
    </message>
    <message>
        <source>Log ratio</source>
        <translation>Log-Verhältnis</translation>
    </message>
    <message>
        <source>Second amplitude</source>
        <translation>Zweite Amplitude</translation>
    </message>
    <message>
        <source>Second image</source>
        <translation>Zweites Bild</translation>
    </message>
    <message>
        <source>Taper applied before the DFT: 'none' or the separable Hann window.</source>
        <translation>Fensterung vor der DFT: 'none' oder das separierbare Hann-Fenster.</translation>
    </message>
    <message>
        <source>The first image (grey or colour).</source>
        <translation>Das erste Bild (grau oder farbig).</translation>
    </message>
    <message>
        <source>The first image.</source>
        <translation>Das erste Bild.</translation>
    </message>
    <message>
        <source>The image to compare it with (same size).</source>
        <translation>Das Bild, mit dem es verglichen wird (gleiche Größe).</translation>
    </message>
    <message>
        <source>The same for the second image.</source>
        <translation>Dasselbe für das zweite Bild.</translation>
    </message>
    <message>
        <source>The second image.</source>
        <translation>Das zweite Bild.</translation>
    </message>
    <message>
        <source>Two images and their amplitude spectra side by side (linked zoom), with the log ratio of the spectra.</source>
        <translation>Zwei Bilder und ihre Amplitudenspektren nebeneinander (gekoppelter Zoom), mit dem logarithmischen Verhältnis der Spektren.</translation>
    </message>
    <message>
        <source>dc_ratio</source>
        <translation>DC-Verhältnis</translation>
    </message>
    <message>
        <source>fftshifted orthonormal |DFT| of the first image.</source>
        <translation>fftshift-verschobene orthonormale |DFT| des ersten Bildes.</translation>
    </message>
    <message>
        <source>log%1(image / image)</source>
        <translation>log%1(image / image)</translation>
    </message>
    <message>
        <source>log10(A2 / A1) per frequency.</source>
        <translation>log10(A2 / A1) je Frequenz.</translation>
    </message>
    <message>
        <source>log ratio (base %1)</source>
        <translation>Log-Verhältnis (Basis %1)</translation>
    </message>
    <message>
        <source>max_abs_log_ratio</source>
        <translation>größtes |Log-Verhältnis|</translation>
    </message>
    <message>
        <source>mean_abs_log_ratio</source>
        <translation>mittleres |Log-Verhältnis|</translation>
    </message>
    <message>
        <source>As the NumPy version of the FDA reference code (YanchaoYang/FDA): per channel, F_s = DFT(source), F_t = DFT(target); b = floor(beta * min(H, W)); in the fftshifted amplitude |F_s| the inclusive window of rows H//2 - b ... H//2 + b and columns W//2 - b ... W//2 + b ((2b + 1)^2 frequencies, clipped to the image where the window is wider than it) takes the target's amplitude; the result is recombined with the source's phase, inverse DFT, real part, with no clipping or rounding (values may leave 0 ... 255; a PNG written with write_to is rounded and clipped). beta = 0 returns the source unchanged; any beta &gt; 0 with b = 0 swaps the DC amplitude (the mean brightness) only. Colour images: R, G and B are swapped channel by channel, alpha dropped; a grey image with a colour one, or images of different sizes, are refused (the reference resizes the target; do that first). Apply FDA to raw pixel values, before normalisation, as the reference advises. The spectra shown are of the grey luma, orthonormal. The README of the reference recommends beta = 0.01 (and ensembles of 0.01, 0.05, 0.09).</source>
        <translation>Wie die NumPy-Fassung des FDA-Referenzcodes (YanchaoYang/FDA): je Kanal F_s = DFT(source), F_t = DFT(target); b = floor(beta * min(H, W)); in der mit fftshift verschobenen Amplitude |F_s| übernimmt das Fenster der Zeilen H//2 - b ... H//2 + b und Spalten W//2 - b ... W//2 + b, Grenzen eingeschlossen ((2b + 1)^2 Frequenzen, auf das Bild beschnitten, wo das Fenster breiter ist als das Bild), die Amplitude des Zielbilds; das Ergebnis wird mit der Phase des Quellbilds zusammengesetzt, inverse DFT, Realteil, ohne Begrenzen oder Runden (Werte können 0 ... 255 verlassen; ein mit write_to geschriebenes PNG wird gerundet und begrenzt). beta = 0 gibt das Quellbild unverändert zurück; jedes beta &gt; 0 mit b = 0 tauscht nur die DC-Amplitude (die mittlere Helligkeit). Farbbilder: R, G und B werden Kanal für Kanal getauscht, Alpha wird verworfen; ein Graubild mit einem Farbbild oder Bilder verschiedener Größe werden abgelehnt (die Referenz skaliert das Zielbild; das vorher tun). FDA auf die rohen Pixelwerte anwenden, vor der Normierung, wie die Referenz rät. Die gezeigten Spektren sind die der Grau-Luma, orthonormal. Die README der Referenz empfiehlt beta = 0,01 (und Ensembles aus 0,01; 0,05 und 0,09).</translation>
    </message>
    <message>
        <source>The prior is the mean edge-band radial profile of the labelled set, as spectrum.dataset computes it (its method note gives the edge band, the orthonormal amplitude and FPGM's binning into R = min(H//2, W//2) radii); FPGM keeps it as an exponential moving average of batch means, which over a set is this mean. Each channel x of an unlabelled image (R, G, B separately, as the reference; alpha dropped): A = |DFT(x)| / sqrt(H W), phase phi = arg DFT(x); its profile P_u and energy E_u = sum_r P_u(r); p_mix = (1 - gamma) P_u / (E_u + eps) + gamma P_prior / (sum P_prior + eps), eps = 1e-6; every frequency gets p_mix(r) E_u at its radius r (radii &gt;= R, the corners, take r = R - 1), so the new amplitude is isotropic: its angular structure is discarded, unlike FDA; recombined with phi, inverse DFT, real part (no clipping). gamma = 0 returns the image unchanged, as the reference does (any gamma &gt; 0 also makes the amplitude isotropic). The image must have the prior's size, or 'Resize to' N resizes the labelled set and the image to N x N (bilinear). The table compares each image's normalised grey profile with the prior (cosine) before and after. A folder of images is perturbed one file at a time and written to 'Write to folder' (not the folder itself) as &lt;name&gt;_fpgm.png or .npy; an image of another size than the prior is refused. The reference trains with gamma = 0.05 (its ablation script uses 0.10).</source>
        <translation>Der Prior ist das mittlere radiale Randband-Profil der gelabelten Menge, wie spectrum.dataset es berechnet (dessen Methodenhinweis nennt das Randband, die orthonormale Amplitude und das Binning von FPGM in R = min(H//2, W//2) Radien); FPGM führt ihn als exponentiellen gleitenden Mittelwert von Batch-Mitteln, der über eine Menge dieses Mittel ist. Jeder Kanal x eines ungelabelten Bildes (R, G, B einzeln, wie die Referenz; Alpha wird verworfen): A = |DFT(x)| / sqrt(H W), Phase phi = arg DFT(x); sein Profil P_u und seine Energie E_u = sum_r P_u(r); p_mix = (1 - gamma) P_u / (E_u + eps) + gamma P_prior / (sum P_prior + eps), eps = 1e-6; jede Frequenz erhält p_mix(r) E_u bei ihrem Radius r (Radien &gt;= R, die Ecken, nehmen r = R - 1), die neue Amplitude ist also isotrop: ihre Winkelstruktur geht verloren, anders als bei FDA; mit phi zusammengesetzt, inverse DFT, Realteil (ohne Begrenzen). gamma = 0 gibt das Bild unverändert zurück, wie die Referenz (jedes gamma &gt; 0 macht die Amplitude außerdem isotrop). Das Bild muss die Größe des Priors haben, oder 'Skalieren auf' N skaliert die gelabelte Menge und das Bild auf N x N (bilinear). Die Tabelle vergleicht das normierte Grauprofil jedes Bildes vorher und nachher mit dem Prior (Kosinus). Ein Ordner mit Bildern wird Datei für Datei perturbiert und in 'In Ordner schreiben' (nicht in den Ordner selbst) als &lt;name&gt;_fpgm.png oder .npy geschrieben; ein Bild anderer Größe als der Prior wird abgelehnt. Die Referenz trainiert mit gamma = 0,05 (ihr Ablationsskript verwendet 0,10).</translation>
    </message>
    <message>
        <source>(the baseline; chance is %1)</source>
        <translation>(die Basis; Zufall ist %1)</translation>
    </message>
    <message>
        <source>0: all; N: the first N images.</source>
        <translation>0: alle; N: die ersten N Bilder.</translation>
    </message>
    <message>
        <source>&lt; %1 (attenuated)</source>
        <translation>&lt; %1 (gedämpft)</translation>
    </message>
    <message>
        <source>A TorchScript classifier (torch.jit.save) taking float32 (N, C, H, W).</source>
        <translation>Ein TorchScript-Klassifikator (torch.jit.save), der float32 (N, C, H, W) erhält.</translation>
    </message>
    <message>
        <source>A TorchScript classifier's accuracy on labelled images, clean and after IRAD's basic resampling.</source>
        <translation>Die Genauigkeit eines TorchScript-Klassifikators auf gelabelten Bildern, unverändert und nach IRADs einfacher Neuabtastung.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Accuracy against s</source>
        <translation>Genauigkeit über s</translation>
    </message>
    <message>
        <source>Accuracy against the shift magnitude (gaussian shifts)</source>
        <translation>Genauigkeit über der Verschiebungsstärke (gaußsche Verschiebungen)</translation>
    </message>
    <message>
        <source>Accuracy, clean and resampled</source>
        <translation>Genauigkeit, unverändert und neu abgetastet</translation>
    </message>
    <message>
        <source>Amplitude, texture</source>
        <translation>Amplitude, texture</translation>
    </message>
    <message>
        <source>Amplitude, texture_resampled</source>
        <translation>Amplitude, texture_resampled</translation>
    </message>
    <message>
        <source>Axis order of a 4-d images array: auto, NHWC or NCHW.</source>
        <translation>Achsenfolge eines 4-d-Bildarrays: auto, NHWC oder NCHW.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Klassifikator</translation>
    </message>
    <message>
        <source>Each image is resampled as resample.irad does (grid_sample conventions: align_corners = False, padding 'border'; shifts in IRAD's unit r, half a pixel, times the magnitude s; its method note gives the shift kinds), for every chosen interpolation and every magnitude in the list. One shift field is drawn per magnitude from 'seed' and shared by all images and interpolations, as IRAD repeats one coordinate grid over a batch, so that the interpolations compare on the same shifts. The model sees float32 (N, C, H, W): 8-bit values / 255, 16-bit / 65535, floats as they are, then (x - mean) / std per channel (defaults 0 and 1: RobustBench models, which IRAD evaluates, normalise inside); grey images are (N, 1, H, W), alpha is dropped. forward() runs under no_grad in eval mode in batches; the prediction is the arg-max of (N, K) scores, or logit &gt; 0 for one output. Accuracy = correct / images; agreement = share of images whose prediction equals the clean one. s = 0 samples the pixel centres, so every interpolation returns the clean image: the curves start at the clean accuracy. Images may be (N, H, W), (N, H, W, C) or (N, C, H, W): 'Layout' auto reads the axis of 1, 3 or 4 as the channels and asks when both could be. IRAD's claim: basic resampling partly mitigates adversarial attacks but lowers the accuracy on clean images, the more so the larger the shifts. Cancel takes effect between batches (a forward() call in progress finishes first).</source>
        <translation>Jedes Bild wird wie bei resample.irad neu abgetastet (Konventionen von grid_sample: align_corners = False, padding 'border'; Verschiebungen in IRADs Einheit r, ein halbes Pixel, mal der Stärke s; dessen Methodenhinweis nennt die Verschiebungsarten), für jede gewählte Interpolation und jede Stärke der Liste. Je Stärke wird ein Verschiebungsfeld aus 'seed' gezogen und von allen Bildern und Interpolationen geteilt, wie IRAD ein Koordinatengitter über einen Batch wiederholt, damit die Interpolationen auf denselben Verschiebungen verglichen werden. Das Modell erhält float32 (N, C, H, W): 8-Bit-Werte / 255, 16-Bit / 65535, Gleitkommawerte unverändert, dann (x - mean) / std je Kanal (Vorgaben 0 und 1: RobustBench-Modelle, die IRAD auswertet, normieren intern); Graubilder sind (N, 1, H, W), Alpha wird verworfen. forward() läuft unter no_grad im eval-Modus in Batches; die Vorhersage ist das Argmax von (N, K) Werten oder Logit &gt; 0 bei einer Ausgabe. Genauigkeit = richtige / Bilder; Übereinstimmung = Anteil der Bilder, deren Vorhersage der auf dem unveränderten Bild gleicht. s = 0 tastet die Pixelmitten ab, also liefert jede Interpolation das unveränderte Bild: die Kurven beginnen bei der unveränderten Genauigkeit. Bilder dürfen (N, H, W), (N, H, W, C) oder (N, C, H, W) sein: 'Layout' auto liest die Achse mit 1, 3 oder 4 als Kanäle und fragt nach, wenn beide in Frage kommen. IRADs Aussage: einfache Neuabtastung schwächt adversariale Angriffe teilweise ab, senkt aber die Genauigkeit auf unveränderten Bildern, umso mehr, je größer die Verschiebungen. Abbrechen wirkt zwischen Batches (ein laufender forward()-Aufruf endet zuerst).</translation>
    </message>
    <message>
        <source>How the coordinate shifts are drawn (resample.irad's method note).</source>
        <translation>Wie die Koordinatenverschiebungen gezogen werden (Methodenhinweis von resample.irad).</translation>
    </message>
    <message>
        <source>IRAD: classifier accuracy under resampling</source>
        <translation>IRAD: Genauigkeit eines Klassifikators unter Neuabtastung</translation>
    </message>
    <message>
        <source>Image %1, bicubic at s = %2</source>
        <translation>Bild %1, bikubisch bei s = %2</translation>
    </message>
    <message>
        <source>Image %1, clean</source>
        <translation>Bild %1, unverändert</translation>
    </message>
    <message>
        <source>Image 0, clean</source>
        <translation>Bild 0, unverändert</translation>
    </message>
    <message>
        <source>Image 0, resampled</source>
        <translation>Bild 0, neu abgetastet</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Images per forward() call.</source>
        <translation>Bilder je forward()-Aufruf.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Achsenfolge</translation>
    </message>
    <message>
        <source>Magnitudes s</source>
        <translation>Stärken s</translation>
    </message>
    <message>
        <source>NCHW</source>
        <translation>NCHW</translation>
    </message>
    <message>
        <source>NHWC</source>
        <translation>NHWC</translation>
    </message>
    <message>
        <source>One array of images: (N, H, W), (N, H, W, C) or (N, C, H, W).</source>
        <translation>Ein Array von Bildern: (N, H, W), (N, H, W, C) oder (N, C, H, W).</translation>
    </message>
    <message>
        <source>One class index per image, (N,).</source>
        <translation>Ein Klassenindex je Bild, (N,).</translation>
    </message>
    <message>
        <source>One curve per interpolation, from the clean accuracy at s = 0.</source>
        <translation>Eine Kurve je Interpolation, ab der Genauigkeit auf unveränderten Bildern bei s = 0.</translation>
    </message>
    <message>
        <source>Per condition: accuracy, correct, agreement with the clean predictions.</source>
        <translation>Je Bedingung: Genauigkeit, richtige, Übereinstimmung mit den Vorhersagen auf unveränderten Bildern.</translation>
    </message>
    <message>
        <source>Per-channel mean subtracted after scaling to 0 … 1 (one value: every channel).</source>
        <translation>Mittelwert je Kanal, nach dem Skalieren auf 0 … 1 abgezogen (ein Wert: für jeden Kanal).</translation>
    </message>
    <message>
        <source>Per-channel standard deviation divided by.</source>
        <translation>Standardabweichung je Kanal, durch die geteilt wird.</translation>
    </message>
    <message>
        <source>Published: basic resampling (interpolation at shifted coordinates) partly mitigates adversarial attacks but lowers the accuracy on clean images, the more the larger the shifts; this example generates %1 noisy %2 x %3 images of fine gratings (%4 cycles/pixel) at %5°, %6° and %7° and a matched-filter linear classifier (saved as TorchScript), then resamples with Gaussian shifts (Cao et al. (%8), IRAD: Implicit Representation-driven Image Resampling against Adversarial Attacks, ICLR %9)</source>
        <translation>Veröffentlicht: einfache Neuabtastung (Interpolation an verschobenen Koordinaten) schwächt adversariale Angriffe teilweise ab, senkt aber die Genauigkeit auf unveränderten Bildern, umso mehr, je größer die Verschiebungen; dieses Beispiel erzeugt %1 verrauschte Bilder von %2 x %3 mit feinen Gittern (%4 Perioden/Pixel) unter %5°, %6° und %7° und einen linearen Klassifikator aus angepassten Filtern (als TorchScript gespeichert) und tastet dann mit gaußschen Verschiebungen neu ab (Cao et al. (%8), IRAD: Implicit Representation-driven Image Resampling against Adversarial Attacks, ICLR %9)</translation>
    </message>
    <message>
        <source>Published: interpolating at shifted coordinates averages neighbouring pixels: low frequencies pass and high frequencies are attenuated, which is where IRAD's basic resampling removes adversarial perturbations and also fine detail; this example compares a generated broadband texture (%1 x %2) with its bilinear resampling at Gaussian shifts of s = %3 (the mechanism is inferred from the method, not a number the paper reports) (Cao et al. (%4), IRAD: Implicit Representation-driven Image Resampling against Adversarial Attacks, ICLR %5)</source>
        <translation>Veröffentlicht: Interpolation an verschobenen Koordinaten mittelt benachbarte Pixel: tiefe Frequenzen passieren, hohe werden gedämpft; dort entfernt IRADs einfache Neuabtastung adversariale Störungen und auch feine Details; dieses Beispiel vergleicht eine erzeugte breitbandige Textur (%1 x %2) mit ihrer bilinearen Neuabtastung bei gaußschen Verschiebungen mit s = %3 (der Mechanismus ist aus der Methode abgeleitet, keine Zahl aus dem Paper) (Cao et al. (%4), IRAD: Implicit Representation-driven Image Resampling against Adversarial Attacks, ICLR %5)</translation>
    </message>
    <message>
        <source>Resampling: clean accuracy falls as the shifts grow (IRAD)</source>
        <translation>Neuabtastung: die Genauigkeit auf unveränderten Bildern sinkt mit wachsenden Verschiebungen (IRAD)</translation>
    </message>
    <message>
        <source>Shift scales in IRAD's unit r (half a pixel), separated by commas: s = 2 is one pixel.</source>
        <translation>Verschiebungsstärken in IRADs Einheit r (ein halbes Pixel), durch Kommas getrennt: s = 2 ist ein Pixel.</translation>
    </message>
    <message>
        <source>Spectra: what resampling keeps and removes (IRAD)</source>
        <translation>Spektren: was Neuabtastung erhält und entfernt (IRAD)</translation>
    </message>
    <message>
        <source>The first image as stored.</source>
        <translation>Das erste Bild, wie gespeichert.</translation>
    </message>
    <message>
        <source>The first image at the largest magnitude.</source>
        <translation>Das erste Bild bei der größten Stärke.</translation>
    </message>
    <message>
        <source>Which interpolations to compare ('all': nearest, bilinear and bicubic).</source>
        <translation>Welche Interpolationen verglichen werden ('all': nearest, bilinear und bicubic).</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>accuracy_change</source>
        <translation>Änderung der Genauigkeit</translation>
    </message>
    <message>
        <source>agreement_with_clean</source>
        <translation>Übereinstimmung mit unverändert</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>basic resampling (interpolation at shifted coordinates) partly mitigates adversarial attacks but lowers the accuracy on clean images, the more the larger the shifts; this example generates 180 noisy 32 x 32 images of fine gratings (0.3 cycles/pixel) at 0°, 60° and 120° and a matched-filter linear classifier (saved as TorchScript), then resamples with Gaussian shifts</source>
        <translation>einfache Neuabtastung (Interpolation an verschobenen Koordinaten) schwächt adversariale Angriffe teilweise ab, senkt aber die Genauigkeit auf unveränderten Bildern, umso mehr, je größer die Verschiebungen; dieses Beispiel erzeugt 180 verrauschte Bilder von 32 x 32 mit feinen Gittern (0.3 Perioden/Pixel) unter 0°, 60° und 120° und einen linearen Klassifikator aus angepassten Filtern (als TorchScript gespeichert) und tastet dann mit gaußschen Verschiebungen neu ab</translation>
    </message>
    <message>
        <source>between</source>
        <translation>dazwischen</translation>
    </message>
    <message>
        <source>bilinear, s = %1 (half-pixel shifts)</source>
        <translation>bilinear, s = %1 (Verschiebungen um ein halbes Pixel)</translation>
    </message>
    <message>
        <source>bilinear, s = %1 (two-pixel shifts)</source>
        <translation>bilinear, s = %1 (Verschiebungen um zwei Pixel)</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>clean accuracy</source>
        <translation>Genauigkeit auf unveränderten Bildern</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>interpolating at shifted coordinates averages neighbouring pixels: low frequencies pass and high frequencies are attenuated, which is where IRAD's basic resampling removes adversarial perturbations and also fine detail; this example compares a generated broadband texture (128 x 128) with its bilinear resampling at Gaussian shifts of s = 1 (the mechanism is inferred from the method, not a number the paper reports)</source>
        <translation>Interpolation an verschobenen Koordinaten mittelt benachbarte Pixel: tiefe Frequenzen passieren, hohe werden gedämpft; dort entfernt IRADs einfache Neuabtastung adversariale Störungen und auch feine Details; dieses Beispiel vergleicht eine erzeugte breitbandige Textur (128 x 128) mit ihrer bilinearen Neuabtastung bei gaußschen Verschiebungen mit s = 1 (der Mechanismus ist aus der Methode abgeleitet, keine Zahl aus dem Paper)</translation>
    </message>
    <message>
        <source>log%1(texture_resampled / texture)</source>
        <translation>log%1(texture_resampled / texture)</translation>
    </message>
    <message>
        <source>lower still</source>
        <translation>noch niedriger</translation>
    </message>
    <message>
        <source>lower than clean</source>
        <translation>niedriger als unverändert</translation>
    </message>
    <message>
        <source>magnitude s (IRAD's unit r: half a pixel)</source>
        <translation>Stärke s (IRADs Einheit r: ein halbes Pixel)</translation>
    </message>
    <message>
        <source>nearest, s = %1</source>
        <translation>nearest, s = %1</translation>
    </message>
    <message>
        <source>resampled / original amplitude, f &lt; %1 cycles/pixel</source>
        <translation>neu abgetastete / ursprüngliche Amplitude, f &lt; %1 Perioden/Pixel</translation>
    </message>
    <message>
        <source>texture</source>
        <translation>texture</translation>
    </message>
    <message>
        <source>texture_resampled</source>
        <translation>texture_resampled</translation>
    </message>
    <message>
        <source>… %1 ≤ f &lt; %2</source>
        <translation>… %1 ≤ f &lt; %2</translation>
    </message>
    <message>
        <source>… f ≥ %1 (near Nyquist)</source>
        <translation>… f ≥ %1 (nahe Nyquist)</translation>
    </message>
    <message>
        <source>≈ %1 (passed)</source>
        <translation>≈ %1 (durchgelassen)</translation>
    </message>
    <message>
        <source>Published: random sub-sampling (one pixel per %1 x %2 cell for each of %3 sub-images, positions permuted per cell) turns one noisy image into %4 views that use every pixel once; neighbouring views differ by the noise and a small sampling displacement, which SDAP's cyclic loss uses as the perturbation for self-supervised denoising; this example sub-samples a generated smooth scene (%5 x %6) with Gaussian noise of sd %7 (Pan et al. (%8), Random Sub-Samples Generation for Self-Supervised Real Image Denoising, ICCV %9)</source>
        <translation>Veröffentlicht: zufällige Teilabtastung (ein Pixel je Zelle von %1 x %2 für jedes von %3 Teilbildern, Positionen je Zelle permutiert) macht aus einem verrauschten Bild %4 Ansichten, die jedes Pixel einmal nutzen; benachbarte Ansichten unterscheiden sich um das Rauschen und eine kleine Abtastverschiebung, die SDAPs zyklischer Verlust als Störung für selbstüberwachtes Entrauschen nutzt; dieses Beispiel tastet eine erzeugte glatte Szene (%5 x %6) mit gaußschem Rauschen der Standardabweichung %7 ab (Pan et al. (%8), Random Sub-Samples Generation for Self-Supervised Real Image Denoising, ICCV %9)</translation>
    </message>
    <message>
        <source>Sub-samples: 25 noisy views of one image (SDAP)</source>
        <translation>Teilabtastungen: 25 verrauschte Ansichten eines Bildes (SDAP)</translation>
    </message>
    <message>
        <source>The %1 sub-images (sub-image j at row j / %2, column j % %3)</source>
        <translation>Die %1 Teilbilder (Teilbild j in Zeile j / %2, Spalte j % %3)</translation>
    </message>
    <message>
        <source>Which sub-image takes each pixel</source>
        <translation>Welches Teilbild jedes Pixel erhält</translation>
    </message>
    <message>
        <source>files_written</source>
        <translation>geschriebene Dateien</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>pixels_used_once</source>
        <translation>einmal genutzte Pixel</translation>
    </message>
    <message>
        <source>random sub-sampling (one pixel per 5 x 5 cell for each of 25 sub-images, positions permuted per cell) turns one noisy image into 25 views that use every pixel once; neighbouring views differ by the noise and a small sampling displacement, which SDAP's cyclic loss uses as the perturbation for self-supervised denoising; this example sub-samples a generated smooth scene (160 x 160) with Gaussian noise of sd 20</source>
        <translation>zufällige Teilabtastung (ein Pixel je Zelle von 5 x 5 für jedes von 25 Teilbildern, Positionen je Zelle permutiert) macht aus einem verrauschten Bild 25 Ansichten, die jedes Pixel einmal nutzen; benachbarte Ansichten unterscheiden sich um das Rauschen und eine kleine Abtastverschiebung, die SDAPs zyklischer Verlust als Störung für selbstüberwachtes Entrauschen nutzt; dieses Beispiel tastet eine erzeugte glatte Szene (160 x 160) mit gaußschem Rauschen der Standardabweichung 20 ab</translation>
    </message>
    <message>
        <source>share of pixels used exactly once by the %1 sub-images</source>
        <translation>Anteil der Pixel, die die %1 Teilbilder genau einmal nutzen</translation>
    </message>
    <message>
        <source>sub-image j</source>
        <translation>Teilbild j</translation>
    </message>
    <message>
        <source>sub_height</source>
        <translation>Teilhöhe</translation>
    </message>
    <message>
        <source>sub_images</source>
        <translation>Teilbilder</translation>
    </message>
    <message>
        <source>sub_width</source>
        <translation>Teilbreite</translation>
    </message>
    <message>
        <source>variance of s_j - s_(j+%1) / (%2 sd²): the noise of two views</source>
        <translation>Varianz von s_j - s_(j+%1) / (%2 sd²): das Rauschen zweier Ansichten</translation>
    </message>
    <message>
        <source>≈ %1 (plus the scene's variation in a cell)</source>
        <translation>≈ %1 (plus die Variation der Szene in einer Zelle)</translation>
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
    <message>
        <source>Open the example ID of Help &gt; Examples (see infoscope-cli example).</source>
        <translation>Das Beispiel ID aus Hilfe &gt; Beispiele öffnen (siehe infoscope-cli example).</translation>
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
    <message>
        <source>Save the 3-D view as turned, as a PNG of a chosen size, dpi and font size</source>
        <translation>Die 3-D-Ansicht so gedreht, wie sie ist, als PNG in gewählter Größe, Auflösung und Schriftgröße speichern</translation>
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
    <name>ui::EigenvalueLayer</name>
    <message>
        <source>λ%1 = %2 %3 %4i, |λ| = %5</source>
        <translation>λ%1 = %2 %3 %4i, |λ| = %5</translation>
    </message>
    <message>
        <source>, |b| = %1</source>
        <translation>, |b| = %1</translation>
    </message>
</context>
<context>
    <name>ui::ExampleLauncher</name>
    <message>
        <source>Cannot open the example</source>
        <translation>Das Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Its generated data could not be written.</source>
        <translation>Seine erzeugten Daten konnten nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ui::ExamplesMenu</name>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>ui::Hdf5ExternalAction</name>
    <message>
        <source>Allow External HDF5 &amp;Data</source>
        <translation>Externe HDF5-&amp;Daten erlauben</translation>
    </message>
    <message>
        <source>Read HDF5 datasets stored in other files and links into other files (such a file can name any file on this machine: allow it only for files you trust); applies to files opened afterwards</source>
        <translation>HDF5-Datensätze lesen, deren Daten in anderen Dateien liegen, und Verweisen in andere Dateien folgen (eine solche Datei kann jede Datei dieses Rechners nennen: nur für vertrauenswürdige Dateien erlauben); gilt für danach geöffnete Dateien</translation>
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
    <name>ui::ImageLayer</name>
    <message>
        <source>column (pixels)</source>
        <translation>Spalte (Pixel)</translation>
    </message>
    <message>
        <source>row (pixels)</source>
        <translation>Zeile (Pixel)</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
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
        <source>Unknown example</source>
        <translation>Unbekanntes Beispiel</translation>
    </message>
    <message>
        <source>There is no example '%1'.</source>
        <translation>Es gibt kein Beispiel '%1'.</translation>
    </message>
    <message>
        <source>%1 could not finish: %2</source>
        <translation>%1 konnte nicht abschließen: %2</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>ui::ManifoldTimeCursor</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Move a marker along every trajectory in time, from the start again at the end</source>
        <translation>Eine Markierung zeitlich entlang jeder Trajektorie bewegen, am Ende wieder von vorn</translation>
    </message>
    <message>
        <source>The time step the markers show: the same step on every trajectory</source>
        <translation>Der Zeitschritt, den die Markierungen zeigen: derselbe Schritt auf jeder Trajektorie</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
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
    <name>ui::OverlayLauncher</name>
    <message>
        <source>Overlay: %1</source>
        <translation>Overlay: %1</translation>
    </message>
    <message>
        <source>Cannot open the overlay viewer</source>
        <translation>Der Overlay-Betrachter kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The masks of this run could not be read again.</source>
        <translation>Die Masken dieses Laufs konnten nicht erneut gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ui::OverlayViewer</name>
    <message>
        <source>the ground truth</source>
        <translation>die Referenz</translation>
    </message>
    <message>
        <source>prediction %1</source>
        <translation>Vorhersage %1</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels but the ground truth is %4 × %5</source>
        <translation>%1 hat %2 × %3 Pixel, die Referenz aber %4 × %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: Dice %2 · IoU %3 · precision %4 · recall %5 · HD95 %6 px · TP %7 · FP %8 · FN %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Dice %2 · IoU %3 · Präzision %4 · Sensitivität %5 · HD95 %6 px · TP %7 · FP %8 · FN %9</translation>
    </message>
    <message>
        <source>value &gt; %1</source>
        <translation>Wert &gt; %1</translation>
    </message>
    <message>
        <source>true positive</source>
        <translation>richtig positiv</translation>
    </message>
    <message>
        <source>false positive</source>
        <translation>falsch positiv</translation>
    </message>
    <message>
        <source>false negative</source>
        <translation>falsch negativ</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <source> · image %1</source>
        <translation> · Bild %1</translation>
    </message>
    <message>
        <source> · truth %1</source>
        <translation> · Referenz %1</translation>
    </message>
    <message>
        <source>Export overlay</source>
        <translation>Overlay exportieren</translation>
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
    <message>
        <source>Errors (TP/FP/FN)</source>
        <translation>Fehler (TP/FP/FN)</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Flächen</translation>
    </message>
    <message>
        <source>Contours</source>
        <translation>Konturen</translation>
    </message>
    <message>
        <source>One model</source>
        <translation>Ein Modell</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Swipe</source>
        <translation>Wischen</translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation>Flackern</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>Zeichnen:</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwelle:</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <source>Foreground = value &gt; threshold, for probability maps and logits; overlay and metrics follow as it moves</source>
        <translation>Vordergrund = Wert &gt; Schwelle, für Wahrscheinlichkeitskarten und Logits; Overlay und Maße folgen beim Verschieben</translation>
    </message>
    <message>
        <source>Two predictions side by side (linked zoom), as a swipe (drag the divider: the first model left, the second right) or flickering between them</source>
        <translation>Zwei Vorhersagen nebeneinander (gekoppelter Zoom), zum Wischen (den Teiler ziehen: erstes Modell links, zweites rechts) oder abwechselnd flackernd</translation>
    </message>
    <message>
        <source>Dice = 2TP/(2TP+FP+FN), IoU = TP/(TP+FP+FN), precision = TP/(TP+FP), recall = TP/(TP+FN) (0/0 = 1); HD95: 95th percentile of the border distances of both masks (pooled, medpy); ∞ when exactly one mask is empty</source>
        <translation>Dice = 2TP/(2TP+FP+FN), IoU = TP/(TP+FP+FN), Präzision = TP/(TP+FP), Sensitivität = TP/(TP+FN) (0/0 = 1); HD95: 95. Perzentil der Randabstände beider Masken (gepoolt, medpy); ∞, wenn genau eine Maske leer ist</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>The image with the first model's overlay, in whole pixels, about 1000 px wide</source>
        <translation>Das Bild mit dem Overlay des ersten Modells, in ganzen Pixeln, etwa 1000 px breit</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole image (wheel: zoom about the cursor; drag: pan)</source>
        <translation>Das ganze Bild zeigen (Mausrad: um den Zeiger zoomen; Ziehen: verschieben)</translation>
    </message>
</context>
<context>
    <name>ui::ParameterForm</name>
    <message>
        <source>(open a file first)</source>
        <translation>(zuerst eine Datei öffnen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Moving the slider runs the analysis again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Verschieben des Reglers führt die Analyse erneut aus.&lt;/p&gt;</translation>
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
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source> (band)</source>
        <translation> (Band)</translation>
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
    <message>
        <source>Open overlay viewer</source>
        <translation>Overlay-Betrachter öffnen</translation>
    </message>
    <message>
        <source>The image with the ground truth and the predictions as TP/FP/FN colours, with a threshold slider and comparison of two models</source>
        <translation>Das Bild mit Referenz und Vorhersagen in TP/FP/FN-Farben, mit Schwellenregler und Vergleich zweier Modelle</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save this table as CSV (all rows, full precision, in the result's order)</source>
        <translation>Diese Tabelle als CSV speichern (alle Zeilen, volle Genauigkeit, in der Reihenfolge des Ergebnisses)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Which of these plots to show</source>
        <translation>Welche dieser Grafiken gezeigt wird</translation>
    </message>
</context>
<context>
    <name>ui::RunTabs</name>
    <message>
        <source>3-D: %1</source>
        <translation>3-D: %1</translation>
    </message>
</context>
<context>
    <name>ui::SourceStatisticsJobs</name>
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
    <name>ui::StartPage</name>
    <message>
        <source>Start here</source>
        <translation>Hier beginnen</translation>
    </message>
    <message>
        <source>Open images, arrays, checkpoints or activation dumps (or drop them on the window), open a saved workspace such as resources/demo/demo.infoscope.json, open an example with generated data and its paper's claim, or watch a network learn in the live information-plane demo. Then choose an analysis on the left and press Run.</source>
        <translation>Öffnen Sie Bilder, Arrays, Checkpoints oder Aktivierungs-Dumps (oder ziehen Sie sie auf das Fenster), öffnen Sie einen gespeicherten Arbeitsbereich wie resources/demo/demo.infoscope.json, öffnen Sie ein Beispiel mit erzeugten Daten und der Aussage seines Artikels, oder sehen Sie in der Live-Demo der Informationsebene einem Netz beim Lernen zu. Wählen Sie dann links eine Analyse und drücken Sie Ausführen.</translation>
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
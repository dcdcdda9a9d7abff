"""German for the texts that come from core (context "core"), listed in translations/corestrings.cpp.

Choice values ('none', 'hann', 'pca', …) are identifiers that the help texts, the CLI and saved
workspaces use, so they keep their spelling. Texts with %1, %2 … are number patterns (see
ui::coreText): the numbers of a run are put back in their place.
"""

_SAME = [
    "1", "2", "< %1", "≈ %1", "H(T)", "H(X)", "H(X,Y)", "H(Y)", "I(T;Y)", "I(X;T)", "I(X;Y)", "I_CS(X;Y)",
    "I_α(X;Y)", "S_α(X)", "S_α(Y)", "KSG %1", "N", "T", "X", "Y", "k", "α", "|DFT|", "fc%1", "bits", "nats",
    "I(T;Y) [bits]", "I(T;Y) [nats]", "I(X;T) [bits]", "I(X;T) [nats]", "I(X;Y) [bits]", "I(X;Y) [nats]",
    "activations", "backward", "binning", "cauchy-schwarz", "corners", "distinct", "fixed", "grey", "hann",
    "inputs", "inscribed", "kde", "miller-madow", "none", "ortho", "pca", "per-channel", "plug-in", "random",
    "renyi", "silverman", "tanh",
]

CORE_GERMAN = {text: text for text in _SAME}
CORE_GERMAN.update({
    # Catalogue: categories, names, summaries
    "Spectra": "Spektren",
    "Information": "Information",
    "Information plane": "Informationsebene",
    "Models": "Modelle",
    "Image amplitude spectrum": "Amplitudenspektrum eines Bildes",
    "2-D amplitude spectrum of an image and its azimuthally averaged radial profile.":
        "2-D-Amplitudenspektrum eines Bildes und sein azimutal gemitteltes Radialprofil.",
    "Discrete mutual information": "Diskrete Transinformation",
    "Entropy and mutual information of two integer label arrays (plug-in or Miller–Madow).":
        "Entropie und Transinformation zweier ganzzahliger Label-Arrays (Plug-in oder Miller–Madow).",
    "Binning estimator (information plane)": "Binning-Schätzer (Informationsebene)",
    "I(X;T) and I(T;Y) of a layer by discretising its activations (Shwartz-Ziv & Tishby).":
        "I(X;T) und I(T;Y) einer Schicht durch Diskretisieren ihrer Aktivierungen (Shwartz-Ziv & Tishby).",
    "KDE upper bound (information plane)": "KDE-Obergrenze (Informationsebene)",
    "Pairwise-KL upper bound on I(X;T) and estimate of I(T;Y) with Gaussian noise of variance σ².":
        "Paarweise-KL-Obergrenze für I(X;T) und Schätzung von I(T;Y) mit Gaußschem Rauschen der Varianz σ².",
    "KSG mutual information": "KSG-Transinformation",
    "Kraskov–Stögbauer–Grassberger k-nearest-neighbour estimate of I(X;Y) for continuous data.":
        "Kraskov–Stögbauer–Grassberger-Schätzung von I(X;Y) aus k nächsten Nachbarn für stetige Daten.",
    "k-NN mutual information with labels": "k-NN-Transinformation mit Labels",
    "I(T;Y) between continuous samples T and discrete labels Y from k-nearest neighbours (Ross).":
        "I(T;Y) zwischen stetigen Stichproben T und diskreten Labels Y aus k nächsten Nachbarn (Ross).",
    "Compressed k-NN mutual information": "Komprimierte k-NN-Transinformation",
    "Projects X and Y to a few dimensions (PCA or random) and estimates their MI with KSG.":
        "Projiziert X und Y auf wenige Dimensionen (PCA oder zufällig) und schätzt ihre Transinformation mit KSG.",
    "Gaussian mutual information": "Gaußsche Transinformation",
    "I(X;Y) of a Gaussian with the data's covariance: ½ ln(det Σx det Σy / det Σxy).":
        "I(X;Y) einer Normalverteilung mit der Kovarianz der Daten: ½ ln(det Σx det Σy / det Σxy).",
    "Matrix-based Rényi / Cauchy–Schwarz MI": "Matrixbasierte Rényi- / Cauchy–Schwarz-Transinformation",
    "Kernel (Gram-matrix) estimates of I(X;Y): matrix-based Rényi α-MI or Cauchy–Schwarz quadratic MI.":
        "Kern-(Gram-Matrix-)Schätzungen von I(X;Y): matrixbasierte Rényi-α-Transinformation oder quadratische "
        "Cauchy–Schwarz-Transinformation.",
    "Information plane of a training run": "Informationsebene eines Trainingslaufs",
    "I(X;T) against I(T;Y) for every layer across training, from an activation dump.":
        "I(X;T) gegen I(T;Y) für jede Schicht über das Training, aus einem Aktivierungs-Dump.",
    "Estimator workbench (Gaussians with known MI)": "Schätzer-Werkbank (Normalverteilungen mit bekannter Transinformation)",
    "Draws correlated Gaussians with known MI and plots each estimator against the truth as N or k varies.":
        "Zieht korrelierte Normalverteilungen mit bekannter Transinformation und zeichnet jeden Schätzer gegen den "
        "wahren Wert, während N oder k variiert.",
    "Run a TorchScript model": "TorchScript-Modell ausführen",
    "Runs a TorchScript module's forward on an array and lists the output.":
        "Führt forward() eines TorchScript-Moduls auf einem Array aus und listet die Ausgabe.",
    # Inputs
    "Image": "Bild",
    "A grey (H, W) or colour (H, W, 3|4) image or 2-d array.": "Ein Grau- (H, W) oder Farbbild (H, W, 3|4) oder 2-d-Array.",
    "Input": "Eingabe",
    "Integer labels (N,) or one-hot (N, K).": "Ganzzahlige Labels (N,) oder One-hot (N, K).",
    "T (layer)": "T (Schicht)",
    "Activations (N, d) of one layer.": "Aktivierungen (N, d) einer Schicht.",
    "Y (labels)": "Y (Labels)",
    "X (inputs)": "X (Eingaben)",
    "Optional inputs (N, ...): identical rows are one input. Default: all distinct.":
        "Optionale Eingaben (N, ...): gleiche Zeilen sind eine Eingabe. Standard: alle verschieden.",
    "Samples (N, dx); trailing axes are flattened.": "Stichproben (N, dx); hintere Achsen werden abgeflacht.",
    "Samples (N, dx).": "Stichproben (N, dx).",
    "Samples (N, dy).": "Stichproben (N, dy).",
    "Continuous samples (N, d), e.g. a layer's activations.": "Stetige Stichproben (N, d), z. B. die Aktivierungen einer Schicht.",
    "Labels (N,): integers, whole-number floats or one-hot rows.":
        "Labels (N,): ganze Zahlen, ganzzahlige Gleitkommawerte oder One-hot-Zeilen.",
    "Activation dump": "Aktivierungs-Dump",
    "A training run laid out as in docs/dump-format.md, with labels.":
        "Ein Trainingslauf im Format von docs/dump-format.md, mit Labels.",
    "Module": "Modul",
    "A TorchScript module written by torch.jit.save.": "Ein mit torch.jit.save geschriebenes TorchScript-Modul.",
    "An array shaped as forward() expects, e.g. (N, features).": "Ein Array in der Form, die forward() erwartet, z. B. (N, Merkmale).",
    # Outputs
    "Amplitude spectrum": "Amplitudenspektrum",
    "fftshifted |DFT| per channel (linear values).": "fftshift-verschobene |DFT| je Kanal (lineare Werte).",
    "Radial profile": "Radialprofil",
    "Mean amplitude per integer radius, one curve per channel.": "Mittlere Amplitude je ganzzahligem Radius, eine Kurve je Kanal.",
    "Summary": "Zusammenfassung",
    "Size, DC amplitude, mean amplitude and largest radius per channel.":
        "Größe, DC-Amplitude, mittlere Amplitude und größter Radius je Kanal.",
    "Estimate": "Schätzung",
    "Estimates": "Schätzungen",
    "I(X;Y), the entropies, N and symbol counts.": "I(X;Y), die Entropien, N und die Zahl der Symbole.",
    "I(X;T), I(T;Y), H(T), N and d.": "I(X;T), I(T;Y), H(T), N und d.",
    "I(X;T), I(T;Y), H(T), N, d and the null distribution.": "I(X;T), I(T;Y), H(T), N, d und die Nullverteilung.",
    "I(X;Y), N and dimensions.": "I(X;Y), N und Dimensionen.",
    "I(X;Y), N, dimensions and the null distribution.": "I(X;Y), N, Dimensionen und die Nullverteilung.",
    "I(T;Y), N, dimension and the null distribution.": "I(T;Y), N, Dimension und die Nullverteilung.",
    "I of the projections, N and dimensions.": "I der Projektionen, N und Dimensionen.",
    "The MI, entropies, kernel widths and N.": "Die Transinformation, Entropien, Kernbreiten und N.",
    "Permutation null": "Permutations-Nullverteilung",
    "With surrogates: histogram of the null distribution, the estimate marked.":
        "Mit Surrogaten: Histogramm der Nullverteilung, die Schätzung markiert.",
    "I(X;T) and I(T;Y) per layer and step": "I(X;T) und I(T;Y) je Schicht und Schritt",
    "I(X;T) and I(T;Y) per layer and step.": "I(X;T) und I(T;Y) je Schicht und Schritt.",
    "One trajectory per layer, points ordered by step (with bootstrap error bars if asked).":
        "Eine Trajektorie je Schicht, Punkte nach Schritt geordnet (auf Wunsch mit Bootstrap-Fehlerbalken).",
    "Estimator, N, H(Y) and the number of layers.": "Schätzer, N, H(Y) und die Zahl der Schichten.",
    "Estimates against the truth": "Schätzungen gegen den wahren Wert",
    "Mean estimate per N (or k), one curve per estimator.": "Mittlere Schätzung je N (oder k), eine Kurve je Schätzer.",
    "The same numbers.": "Dieselben Zahlen.",
    "Output": "Ausgabe",
    "Output shape and dtype.": "Form und Datentyp der Ausgabe.",
    "Values": "Werte",
    "One row per sample (last axis as columns).": "Eine Zeile je Stichprobe (letzte Achse als Spalten).",
    # Parameters
    "Window": "Fenster",
    "Taper applied before the DFT: 'none' or the separable Hann window (reduces edge leakage).":
        "Fensterung vor der DFT: 'none' oder das separierbare Hann-Fenster (verringert Randeffekte).",
    "Normalisation": "Normierung",
    "'backward': unnormalised |DFT| as numpy.fft.fft2; 'ortho': divided by sqrt(H*W) (energy-preserving).":
        "'backward': nicht normierte |DFT| wie numpy.fft.fft2; 'ortho': durch sqrt(H*W) geteilt (energieerhaltend).",
    "Channels": "Kanäle",
    "'grey': one spectrum of the luma 0.299R+0.587G+0.114B; 'per-channel': one spectrum per RGB channel.":
        "'grey': ein Spektrum der Luma 0.299R+0.587G+0.114B; 'per-channel': ein Spektrum je RGB-Kanal.",
    "Profile extent": "Profilumfang",
    "'corners': every radius up to the corners (FPGM's profile; the last bins hold only corner pixels and bend); "
    "'inscribed': stop at the inscribed circle, where every ring is whole.":
        "'corners': jeder Radius bis in die Ecken (das Profil von FPGM; die letzten Bins enthalten nur Eckpixel und "
        "knicken ab); 'inscribed': Ende am Inkreis, wo jeder Ring vollständig ist.",
    "Bias correction": "Bias-Korrektur",
    "'plug-in': maximum-likelihood entropies; 'miller-madow': + (m − 1)/(2N) per entropy.":
        "'plug-in': Maximum-Likelihood-Entropien; 'miller-madow': + (m − 1)/(2N) je Entropie.",
    "Units": "Einheiten",
    "Report in nats (natural log) or bits (log2); 1 nat = 1.4427 bits.":
        "Angabe in nats (natürlicher Logarithmus) oder bits (log2); 1 nat = 1,4427 bits.",
    "bits (as the papers plot) or nats.": "bits (wie in den Artikeln) oder nats.",
    "Bin edges": "Bin-Grenzen",
    "Number of equally spaced bin edges (cells = edges − 1); IDNNs uses 30.":
        "Zahl gleichabständiger Bin-Grenzen (Zellen = Grenzen − 1); IDNNs verwendet 30.",
    "Binning: equally spaced edges (cells = edges − 1); IDNNs uses 30.":
        "Binning: gleichabständige Grenzen (Zellen = Grenzen − 1); IDNNs verwendet 30.",
    "Bin range": "Bin-Bereich",
    "'tanh': [−1, 1] as IDNNs; 'activations': the layer's [min, max].":
        "'tanh': [−1, 1] wie IDNNs; 'activations': [min, max] der Schicht.",
    "Binning: 'tanh' = [−1, 1]; 'activations' = each layer's own [min, max] (use for ReLU).":
        "Binning: 'tanh' = [−1, 1]; 'activations' = das eigene [min, max] jeder Schicht (für ReLU).",
    "Permutation surrogates": "Permutations-Surrogate",
    "Re-run the estimate this many times with y's samples shuffled to get a null distribution and a p-value "
    "(0: off); the result then draws the null's histogram with the estimate marked.":
        "Die Schätzung so oft mit gemischten Stichproben von y wiederholen, um eine Nullverteilung und einen p-Wert zu "
        "erhalten (0: aus); das Ergebnis zeigt dann das Histogramm der Nullverteilung mit markierter Schätzung.",
    "Seed": "Startwert",
    "Seed of the tie-breaking noise and the surrogates.": "Startwert des Rauschens gegen Bindungen und der Surrogate.",
    "Seed of the bootstrap resamples.": "Startwert der Bootstrap-Stichproben.",
    "Seed of the subsample.": "Startwert der Teilstichprobe.",
    "Noise variance σ²": "Rauschvarianz σ²",
    "Variance of the added Gaussian noise; Saxe et al. use 1e-3.":
        "Varianz des hinzugefügten Gaußschen Rauschens; Saxe et al. verwenden 1e-3.",
    "KDE: variance of the assumed Gaussian noise (Saxe et al.: 1e-3).":
        "KDE: Varianz des angenommenen Gaußschen Rauschens (Saxe et al.: 1e-3).",
    "Neighbours k": "Nachbarn k",
    "k-th nearest neighbour in the joint space (JIDT default 4).": "k-ter nächster Nachbar im gemeinsamen Raum (JIDT: 4).",
    "k-th nearest neighbour within the sample's own class (scikit-learn uses 3; 4 as mi.ksg).":
        "k-ter nächster Nachbar innerhalb der eigenen Klasse der Stichprobe (scikit-learn verwendet 3; 4 wie mi.ksg).",
    "k of the KSG estimators when N varies.": "k der KSG-Schätzer, wenn N variiert.",
    "Algorithm": "Algorithmus",
    "KSG algorithm 1 (strict counts, ψ(n+1)) or 2 (marginal extents, ψ(n), −1/k).":
        "KSG-Algorithmus 1 (strikte Zählung, ψ(n+1)) oder 2 (Randausdehnungen, ψ(n), −1/k).",
    "Standardise": "Standardisieren",
    "Scale every column to unit variance first (on by default, as scikit-learn and JIDT). The max-norm is not "
    "invariant to the relative scale of X and Y, so results without it depend on units.":
        "Jede Spalte zuerst auf Varianz 1 skalieren (standardmäßig an, wie scikit-learn und JIDT). Die Maximumnorm "
        "ist nicht invariant gegen die relative Skala von X und Y, ohne Skalierung hängen Ergebnisse von den Einheiten ab.",
    "Tie-breaking noise": "Rauschen gegen Bindungen",
    "Std of Gaussian noise added after standardising, as JIDT (1e-8); 0 = none.":
        "Standardabweichung des nach dem Standardisieren hinzugefügten Gaußschen Rauschens, wie JIDT (1e-8); 0 = keins.",
    "Dimension": "Dimension",
    "Directions kept per variable (Butakov et al. use 4).": "Behaltene Richtungen je Variable (Butakov et al. verwenden 4).",
    "Projection": "Projektion",
    "'pca' or 'random'.": "'pca' oder 'random'.",
    "Variant": "Variante",
    "'renyi': matrix-based Rényi α-MI; 'cauchy-schwarz': CS quadratic MI.":
        "'renyi': matrixbasierte Rényi-α-Transinformation; 'cauchy-schwarz': quadratische CS-Transinformation.",
    "Rényi order (Yu et al. use 1.01; 1 = von Neumann; 2 = collision).":
        "Rényi-Ordnung (Yu et al. verwenden 1,01; 1 = von Neumann; 2 = Kollision).",
    "Kernel width rule": "Regel für die Kernbreite",
    "'silverman' per variable, or 'fixed' σ below.": "'silverman' je Variable oder 'fixed' mit σ unten.",
    "σ (fixed)": "σ (fest)",
    "Kernel width when the rule is 'fixed'.": "Kernbreite, wenn die Regel 'fixed' ist.",
    "Max samples": "Höchstens Stichproben",
    "Larger inputs are randomly subsampled to this many samples.":
        "Größere Eingaben werden zufällig auf so viele Stichproben ausgedünnt.",
    "Estimator": "Schätzer",
    "'binning' (Shwartz-Ziv & Tishby) or 'kde' (Kolchinsky–Tracey upper bound, O(N²) per layer and step).":
        "'binning' (Shwartz-Ziv & Tishby) oder 'kde' (Kolchinsky–Tracey-Obergrenze, O(N²) je Schicht und Schritt).",
    "'distinct': every sample its own input; 'inputs': identical rows of the dump's inputs are one input.":
        "'distinct': jede Stichprobe ist ihre eigene Eingabe; 'inputs': gleiche Zeilen der Eingaben des Dumps sind eine Eingabe.",
    "Bootstrap resamples": "Bootstrap-Stichproben",
    "Resample the samples with replacement this many times and show ± one standard deviation of each point as "
    "error bars (0: off). Binning on a resample sees duplicates, so its values are biased low; the spread is what "
    "the bars show.":
        "Die Stichproben so oft mit Zurücklegen neu ziehen und ± eine Standardabweichung jedes Punkts als Fehlerbalken "
        "zeigen (0: aus). Binning sieht in einer neu gezogenen Stichprobe Duplikate, seine Werte sind daher nach unten "
        "verzerrt; die Balken zeigen die Streuung.",
    "Dimension d": "Dimension d",
    "Dimensions per side (d coordinate pairs).": "Dimensionen je Seite (d Koordinatenpaare).",
    "Correlation ρ": "Korrelation ρ",
    "Correlation of each coordinate pair; |ρ| < 1.": "Korrelation jedes Koordinatenpaars; |ρ| < 1.",
    "Largest N": "Größtes N",
    "Largest sample size of the N grid (and N when k varies).":
        "Größter Stichprobenumfang des N-Rasters (und N, wenn k variiert).",
    "Vary": "Variieren",
    "'N': sample size on a log grid; 'k': neighbours 1 … 32 at the largest N.":
        "'N': Stichprobenumfang auf logarithmischem Raster; 'k': Nachbarn 1 … 32 beim größten N.",
    "Repeats": "Wiederholungen",
    "Independent draws averaged per point.": "Unabhängige Ziehungen, je Punkt gemittelt.",
    # Segmentation (seg.metrics)
    "Segmentation": "Segmentierung",
    "Segmentation metrics": "Segmentierungsmaße",
    "Dice, IoU, precision, recall, Hausdorff, HD95, ASSD and boundary F-score of a prediction against its ground truth, "
    "per class.":
        "Dice, IoU, Präzision, Sensitivität, Hausdorff, HD95, ASSD und Rand-F-Maß einer Vorhersage gegen ihre "
        "Referenz, je Klasse.",
    "Prediction": "Vorhersage",
    "Ground truth": "Referenz",
    "A mask, probability map, logits or label map (H, W).": "Eine Maske, Wahrscheinlichkeitskarte, Logits oder Labelkarte (H, W).",
    "The ground-truth mask or label map (H, W), same size.": "Die Referenzmaske oder -labelkarte (H, W), gleich groß.",
    "Metrics": "Maße",
    "One row per class: counts, overlap, distances, boundary F.": "Eine Zeile je Klasse: Zählungen, Überlappung, Abstände, Rand-F.",
    "Masks": "Masken",
    "'binary': foreground where the value is above the threshold; 'labels': label maps, one row per class (every "
    "positive whole value; 0 is background).":
        "'binary': Vordergrund, wo der Wert über der Schwelle liegt; 'labels': Labelkarten, eine Zeile je Klasse (jeder "
        "positive ganze Wert; 0 ist Hintergrund).",
    "Threshold": "Schwelle",
    "Foreground = value > threshold: 0 for 0/1 or 0/255 masks, 0.5 for probabilities, 0 for logits.":
        "Vordergrund = Wert > Schwelle: 0 für 0/1- oder 0/255-Masken, 0,5 für Wahrscheinlichkeiten, 0 für Logits.",
    "Distances between": "Abstände zwischen",
    "'boundary': border pixels of each mask (the mask XOR its erosion by the 4-neighbour cross; medpy, MONAI); "
    "'foreground': every foreground pixel (scipy's directed_hausdorff on the pixel coordinates).":
        "'boundary': Randpixel jeder Maske (die Maske XOR ihre Erosion mit dem 4-Nachbar-Kreuz; medpy, MONAI); "
        "'foreground': alle Vordergrundpixel (directed_hausdorff von scipy auf den Pixelkoordinaten).",
    "Row spacing": "Zeilenabstand",
    "Distance between rows, e.g. in mm; distances are reported in this unit.":
        "Abstand zwischen Zeilen, z. B. in mm; Abstände werden in dieser Einheit angegeben.",
    "Column spacing": "Spaltenabstand",
    "Distance between columns.": "Abstand zwischen Spalten.",
    "Boundary tolerance": "Randtoleranz",
    "Boundary F-score: below 1 a fraction of the image diagonal (DAVIS: 0.008), from 1 on pixels.":
        "Rand-F-Maß: unter 1 ein Anteil der Bilddiagonale (DAVIS: 0,008), ab 1 Pixel.",
    "binary": "binary", "labels": "labels", "boundary": "boundary", "foreground": "foreground",
    "%1": "%1", "ASSD": "ASSD", "Dice": "Dice", "IoU": "IoU", "HD": "HD", "TP": "TP", "FP": "FP", "FN": "FN", "TN": "TN",
    "BF precision": "Rand-F Präzision",
    "BF recall": "Rand-F Sensitivität",
    "BF score": "Rand-F-Maß",
    "BF tolerance (px)": "Rand-F Toleranz (px)",
    "HD%1 (max-directed, MONAI)": "HD%1 (Maximum der gerichteten, MONAI)",
    "HD%1 (pooled, medpy)": "HD%1 (gepoolt, medpy)",
    "both empty": "beide leer",
    "prediction empty": "Vorhersage leer",
    "ground truth empty": "Referenz leer",
    "class": "Klasse",
    "note": "Hinweis",
    "precision": "Präzision",
    "recall": "Sensitivität",
    "Dice and IoU are tied by Dice = 2·IoU/(1 + IoU), so they rank segmentations alike, and both barely see a small "
    "false detection far from the object, which the Hausdorff distance, sensitive to outliers, does":
        "Dice und IoU hängen über Dice = 2·IoU/(1 + IoU) zusammen und ordnen Segmentierungen daher gleich, und beide "
        "sehen eine kleine Fehldetektion fern vom Objekt kaum, die die ausreißerempfindliche Hausdorff-Distanz sieht",
    "Published: Dice and IoU are tied by Dice = %1·IoU/(%2 + IoU), so they rank segmentations alike, and both barely "
    "see a small false detection far from the object, which the Hausdorff distance, sensitive to outliers, does (Taha & "
    "Hanbury (%3), Metrics for evaluating %4D medical image segmentation: analysis, selection, and tool, BMC Medical "
    "Imaging %5:%6)":
        "Veröffentlicht: Dice und IoU hängen über Dice = %1·IoU/(%2 + IoU) zusammen und ordnen Segmentierungen daher "
        "gleich, und beide sehen eine kleine Fehldetektion fern vom Objekt kaum, die die ausreißerempfindliche "
        "Hausdorff-Distanz sieht (Taha & Hanbury (%3), Metrics for evaluating %4D medical image segmentation: analysis, "
        "selection, and tool, BMC Medical Imaging %5:%6)",
    "Segmentation: TP, FP and FN of two imperfect models": "Segmentierung: TP, FP und FN zweier unvollkommener Modelle",
    "Dice, model A (boundary %1 px out)": "Dice, Modell A (Rand %1 px zu weit außen)",
    "Dice, model B (exact + a small far blob)": "Dice, Modell B (exakt + ein kleiner ferner Fleck)",
    "HD of model B / HD of model A (Dice of B is higher)": "HD von Modell B / HD von Modell A (Dice von B ist höher)",
    "One row per model and class: counts, overlap, distances, boundary F.":
        "Eine Zeile je Modell und Klasse: Zählungen, Überlappung, Abstände, Rand-F.",
    "Optional: another model's mask, compared in the table and the overlay viewer.":
        "Optional: die Maske eines weiteren Modells, verglichen in der Tabelle und im Overlay-Betrachter.",
    "Optional: the image the masks belong to, shown under the overlay (not used by the metrics).":
        "Optional: das Bild zu den Masken, unter dem Overlay gezeigt (nicht für die Maße verwendet).",
    "Second prediction": "Zweite Vorhersage",
    "model": "Modell",
    "prediction": "Vorhersage",
    "second": "zweite",
    "≫ %1": "≫ %1",
    # seg.dataset
    "Segmentation metrics of a set": "Segmentierungsmaße einer Bildmenge",
    "seg.metrics for every image of a segmentation set against one or two models' prediction folders, with a summary "
    "and histograms.":
        "seg.metrics für jedes Bild einer Segmentierungsmenge gegen die Vorhersageordner eines oder zweier Modelle, mit "
        "Zusammenfassung und Histogrammen.",
    "Segmentation set": "Segmentierungsmenge",
    "A folder with images/ and masks/ (paired by file stem).": "Ein Ordner mit images/ und masks/ (gepaart nach Dateistamm).",
    "Predictions": "Vorhersagen",
    "A folder of the model's masks, probability maps or label maps, one per image stem.":
        "Ein Ordner mit den Masken, Wahrscheinlichkeits- oder Labelkarten des Modells, eine je Bildstamm.",
    "Second model": "Zweites Modell",
    "Optional: another model's prediction folder, compared image by image.":
        "Optional: der Vorhersageordner eines weiteren Modells, Bild für Bild verglichen.",
    "Other sizes": "Andere Größen",
    "'refuse': a prediction of another size than its mask is an error; 'nearest': resize it to the mask by nearest "
    "neighbour.":
        "'refuse': eine Vorhersage anderer Größe als ihre Maske ist ein Fehler; 'nearest': sie per nächstem Nachbarn auf "
        "die Maske skalieren.",
    "refuse": "refuse", "nearest": "nearest", "img%1": "img%1", "masks/extra": "masks/extra",
    "Metrics per image": "Maße je Bild",
    "One row per image, model (and class).": "Eine Zeile je Bild, Modell (und Klasse).",
    "Mean, sd, median and n per metric and model.": "Mittel, Std.-Abw., Median und n je Maß und Modell.",
    "Dice histogram": "Dice-Histogramm",
    "Dice per image, 20 bins.": "Dice je Bild, 20 Klassen.",
    "HD95 histogram": "HD95-Histogramm",
    "HD95 per image, 20 bins.": "HD95 je Bild, 20 Klassen.",
    "Difference": "Differenz",
    "With two models: second minus first per image.": "Mit zwei Modellen: zweites minus erstes je Bild.",
    "Unpaired": "Ohne Partner",
    "Files without a partner, if any.": "Dateien ohne Partner, falls vorhanden.",
    "%1 files without a partner are listed in 'unpaired'": "%1 Dateien ohne Partner stehen in 'unpaired'",
    "Dice per image": "Dice je Bild",
    "HD%1 (pooled, medpy) per image": "HD%1 (gepoolt, medpy) je Bild",
    "Files without a partner": "Dateien ohne Partner",
    "Second model minus first, per image": "Zweites Modell minus erstes, je Bild",
    "Summary over images (distances over the finite values; ∞ counted apart)":
        "Zusammenfassung über die Bilder (Abstände über die endlichen Werte; ∞ getrennt gezählt)",
    "an image": "ein Bild",
    "file": "Datei",
    "image": "Bild",
    "images": "Bilder",
    "mean": "Mittel",
    "median": "Median",
    "metric": "Maß",
    "missing": "fehlt",
    "n": "n",
    "n ∞": "n ∞",
    "sd": "Std.-Abw.",
    "Δ BF score": "Δ Rand-F-Maß",
    "Δ Dice": "Δ Dice",
    "Δ HD%1 (pooled, medpy)": "Δ HD%1 (gepoolt, medpy)",
    "Δ IoU": "Δ IoU",
    # seg.dataset with any number of models
    "seg.metrics for every image of a segmentation set against any number of models' prediction folders (or a "
    "TorchScript model run here), with a summary, a histogram per metric and differences between models.":
        "seg.metrics für jedes Bild einer Segmentierungsmenge gegen die Vorhersageordner beliebig vieler Modelle (oder "
        "ein hier ausgeführtes TorchScript-Modell), mit Zusammenfassung, einem Histogramm je Maß und Differenzen "
        "zwischen den Modellen.",
    "A folder of one model's masks, probability maps or label maps, one per image stem; give one folder per model to "
    "compare them.":
        "Ein Ordner mit den Masken, Wahrscheinlichkeits- oder Labelkarten eines Modells, eine je Bildstamm; für einen "
        "Vergleich einen Ordner je Modell angeben.",
    "Or also: a TorchScript segmentation model (torch.jit.save), run here on every image.":
        "Oder auch: ein TorchScript-Segmentierungsmodell (torch.jit.save), hier auf jedem Bild ausgeführt.",
    "Dice per image, 20 bins over [0, 1].": "Dice je Bild, 20 Klassen über [0, 1].",
    "IoU per image, 20 bins over [0, 1].": "IoU je Bild, 20 Klassen über [0, 1].",
    "Precision per image, 20 bins.": "Präzision je Bild, 20 Klassen.",
    "Recall per image, 20 bins.": "Sensitivität je Bild, 20 Klassen.",
    "Hausdorff distance per image, 20 bins.": "Hausdorff-Abstand je Bild, 20 Klassen.",
    "HD95 (pooled) per image, 20 bins.": "HD95 (gepoolt) je Bild, 20 Klassen.",
    "ASSD per image, 20 bins.": "ASSD je Bild, 20 Klassen.",
    "Boundary F-score per image, 20 bins.": "Rand-F-Maß je Bild, 20 Klassen.",
    "IoU histogram": "IoU-Histogramm",
    "Precision histogram": "Präzisions-Histogramm",
    "Recall histogram": "Sensitivitäts-Histogramm",
    "HD histogram": "HD-Histogramm",
    "ASSD histogram": "ASSD-Histogramm",
    "BF score histogram": "Rand-F-Histogramm",
    "IoU per image": "IoU je Bild",
    "precision per image": "Präzision je Bild",
    "recall per image": "Sensitivität je Bild",
    "HD per image": "HD je Bild",
    "ASSD per image": "ASSD je Bild",
    "BF score per image": "Rand-F-Maß je Bild",
    "With several models: each minus the first per image.": "Mit mehreren Modellen: jedes minus das erste je Bild.",
    "Each model minus the first, per image": "Jedes Modell minus das erste, je Bild",
    "a prediction (no file of that stem)": "eine Vorhersage (keine Datei dieses Stamms)",
    "files without a partner: %1 (listed in '%2')": "Dateien ohne Partner: %1 (in '%2' aufgeführt)",
    "mask '%1' holds more than two values (%2, %3, %4, …): every value above the threshold counts as foreground; for "
    "label maps choose masks = labels":
        "Maske '%1' hat mehr als zwei Werte (%2, %3, %4, …): jeder Wert über der Schwelle zählt als Vordergrund; für "
        "Labelkarten masks = labels wählen",
    # model names are the fixture's folder and file names: kept
    "model_a": "model_a", "model_a (%1)": "model_a (%1)", "model_threshold.pt": "model_threshold.pt",
    # seg.dataset with a model
    "%1 x %2": "%1 x %2",
    "%1-bit / %2, %3-bit / %4, floats as stored": "%1 Bit / %2, %3 Bit / %4, Gleitkommawerte wie gespeichert",
    "(%1, C, H, W) float%2": "(%1, C, H, W) float%2",
    "(x − [%1, %2, %3]) / [%4, %5, %6]": "(x − [%1, %2, %3]) / [%4, %5, %6]",
    "A folder of the model's masks, probability maps or label maps, one per image stem (or give a model).":
        "Ein Ordner mit den Masken, Wahrscheinlichkeits- oder Labelkarten des Modells, eine je Bildstamm (oder ein Modell "
        "angeben).",
    "How the model was run (repeat it with these parameters)": "Wie das Modell lief (mit diesen Parametern wiederholbar)",
    "Model": "Modell",
    "Model activation": "Modell-Aktivierung",
    "Model input size": "Modell-Eingabegröße",
    "Model mean": "Modell-Mittelwert",
    "Model std": "Modell-Std.-Abw.",
    "Or: a TorchScript segmentation model (torch.jit.save), run here on every image.":
        "Oder: ein TorchScript-Segmentierungsmodell (torch.jit.save), hier auf jedem Bild ausgeführt.",
    "With a model: 'sigmoid' for one output channel (probabilities; threshold 0.5), 'softmax' for K classes (arg-max "
    "label map), 'none' for logits as they are.":
        "Mit Modell: 'sigmoid' für einen Ausgabekanal (Wahrscheinlichkeiten; Schwelle 0,5), 'softmax' für K Klassen "
        "(Argmax-Labelkarte), 'none' für Logits, wie sie sind.",
    "With a model: per-channel mean subtracted after scaling to 0 … 1 (ImageNet's by default; one value for every channel).":
        "Mit Modell: Mittelwert je Kanal, nach dem Skalieren auf 0 … 1 abgezogen (standardmäßig der von ImageNet; ein "
        "Wert für alle Kanäle).",
    "With a model: per-channel standard deviation divided by.": "Mit Modell: Standardabweichung je Kanal, durch die geteilt wird.",
    "With a model: resize images to size × size (bilinear) first; 0 keeps their size.":
        "Mit Modell: Bilder zuerst auf Größe × Größe skalieren (bilinear); 0 behält ihre Größe.",
    "activation": "Aktivierung",
    "back to the mask": "zurück auf die Maske",
    "files without a partner: %1 (listed in 'unpaired')": "Dateien ohne Partner: %1 (in 'unpaired' aufgeführt)",
    "float%1": "float%1",
    "layout": "Anordnung",
    "nearest neighbour": "nächster Nachbar",
    "normalise": "normieren",
    "out[%1]": "out[%1]",
    "output dtype": "Datentyp der Ausgabe",
    "output shape": "Form der Ausgabe",
    "resize": "skalieren",
    "scale": "Skala",
    "sigmoid": "sigmoid", "softmax": "softmax",
    "threshold": "Schwelle",
    "threshold %1 on the model's sigmoid probabilities: %2 used":
        "Schwelle %1 auf den Sigmoid-Wahrscheinlichkeiten des Modells: %2 verwendet",
    "the ground truth holds more than two values (%1, %2, %3, …): every value above the threshold counts as "
    "foreground; for label maps choose masks = labels":
        "die Referenz hat mehr als zwei Werte (%1, %2, %3, …): jeder Wert über der Schwelle zählt als Vordergrund; für "
        "Labelkarten masks = labels wählen",
    # Result texts
    "success": "Erfolg",
    "numerical-issue": "numerisches Problem",
    "no-convergence": "keine Konvergenz",
    "Radial amplitude profile": "Radiales Amplitudenprofil",
    "Amplitude spectrum (grey)": "Amplitudenspektrum (grau)",
    "Spectrum summary": "Zusammenfassung des Spektrums",
    "horizontal frequency (cycles/pixel)": "horizontale Frequenz (Zyklen/Pixel)",
    "vertical frequency (cycles/pixel)": "vertikale Frequenz (Zyklen/Pixel)",
    "radial frequency (cycles/pixel)": "radiale Frequenz (Zyklen/Pixel)",
    "mean amplitude": "mittlere Amplitude",
    "channel": "Kanal",
    "height": "Höhe",
    "width": "Breite",
    "dc_amplitude": "DC-Amplitude",
    "mean_amplitude": "mittlere Amplitude",
    "max_radius": "größter Radius",
    "quantity": "Größe",
    "value": "Wert",
    "unit": "Einheit",
    "estimator": "Schätzer",
    "layer": "Schicht",
    "layers": "Schichten",
    "step": "Schritt",
    "epoch": "Epoche",
    "surrogates": "Surrogate",
    "p-value": "p-Wert",
    "null mean": "Mittel der Nullverteilung",
    "null std": "Std.-Abw. der Nullverteilung",
    "null (shuffled)": "Nullverteilung (gemischt)",
    "null of I(T;Y): shuffled labels": "Nullverteilung von I(T;Y): gemischte Labels",
    "symbols of X": "Symbole von X",
    "symbols of Y": "Symbole von Y",
    "dimension of T": "Dimension von T",
    "dimension of X": "Dimension von X",
    "dimension of Y": "Dimension von Y",
    "dimension of X after projection": "Dimension von X nach der Projektion",
    "dimension of Y after projection": "Dimension von Y nach der Projektion",
    "kernel width σx": "Kernbreite σx",
    "kernel width σy": "Kernbreite σy",
    "truth": "wahrer Wert",
    "Gaussian": "Gauß",
    "Gaussian (covariance)": "Gauß (Kovarianz)",
    "Cauchy–Schwarz quadratic MI": "Quadratische Cauchy–Schwarz-Transinformation",
    "discrete, Miller–Madow": "diskret, Miller–Madow",
    "discrete, plug-in": "diskret, Plug-in",
    "binning, %1 edges": "Binning, %1 Grenzen",
    "KDE upper bound, σ² = %1": "KDE-Obergrenze, σ² = %1",
    "KSG algorithm %1, k = %2": "KSG-Algorithmus %1, k = %2",
    "KSG after pca to %1 dimensions": "KSG nach PCA auf %1 Dimensionen",
    "KSG after random to %1 dimensions": "KSG nach Zufallsprojektion auf %1 Dimensionen",
    "KSG on PCA to %1 dims": "KSG nach PCA auf %1 Dim.",
    "k-NN with discrete labels (Ross), k = %1": "k-NN mit diskreten Labels (Ross), k = %1",
    "matrix Rényi, α = %1": "Matrix-Rényi, α = %1",
    "Estimate (Cauchy–Schwarz quadratic MI)": "Schätzung (quadratische Cauchy–Schwarz-Transinformation)",
    "Estimate (Gaussian (covariance))": "Schätzung (Gauß (Kovarianz))",
    "Estimate (KDE upper bound, σ² = %1)": "Schätzung (KDE-Obergrenze, σ² = %1)",
    "Estimate (KSG after pca to %1 dimensions)": "Schätzung (KSG nach PCA auf %1 Dimensionen)",
    "Estimate (KSG after random to %1 dimensions)": "Schätzung (KSG nach Zufallsprojektion auf %1 Dimensionen)",
    "Estimate (KSG algorithm %1, k = %2)": "Schätzung (KSG-Algorithmus %1, k = %2)",
    "Estimate (binning, %1 edges)": "Schätzung (Binning, %1 Grenzen)",
    "Estimate (discrete, Miller–Madow)": "Schätzung (diskret, Miller–Madow)",
    "Estimate (discrete, plug-in)": "Schätzung (diskret, Plug-in)",
    "Estimate (k-NN with discrete labels (Ross), k = %1)": "Schätzung (k-NN mit diskreten Labels (Ross), k = %1)",
    "Estimate (matrix Rényi, α = %1)": "Schätzung (Matrix-Rényi, α = %1)",
    "estimate %1 bits, p = %2": "Schätzung %1 bits, p = %2",
    "estimate %1 nats, p = %2": "Schätzung %1 nats, p = %2",
    "estimate -%1 bits, p = %2": "Schätzung -%1 bits, p = %2",
    "estimate -%1 nats, p = %2": "Schätzung -%1 nats, p = %2",
    "Permutation null of I(T;Y) (%1 surrogates)": "Permutations-Nullverteilung von I(T;Y) (%1 Surrogate)",
    "Permutation null of I(X;Y) (%1 surrogates)": "Permutations-Nullverteilung von I(X;Y) (%1 Surrogate)",
    "I(X;Y) of the projections": "I(X;Y) der Projektionen",
    "H(X) [bits] (ceiling of I(X;T))": "H(X) [bits] (Obergrenze von I(X;T))",
    "H(X) [nats] (ceiling of I(X;T))": "H(X) [nats] (Obergrenze von I(X;T))",
    "H(Y) [bits] (ceiling of I(T;Y))": "H(Y) [bits] (Obergrenze von I(T;Y))",
    "H(Y) [nats] (ceiling of I(T;Y))": "H(Y) [nats] (Obergrenze von I(T;Y))",
    "Information plane (binning)": "Informationsebene (Binning)",
    "Information plane (kde)": "Informationsebene (KDE)",
    "Estimates against the truth (d = %1 per side, ρ = %2)": "Schätzungen gegen den wahren Wert (d = %1 je Seite, ρ = %2)",
    "N (samples), k = %1": "N (Stichproben), k = %1",
    "k (neighbours), N = %1": "k (Nachbarn), N = %1",
    "Mean estimate per N (nats)": "Mittlere Schätzung je N (nats)",
    "Mean estimate per k (nats)": "Mittlere Schätzung je k (nats)",
    # Examples
    "Mutual information: KSG meets the exact value of a Gaussian":
        "Transinformation: KSG trifft den exakten Wert einer Normalverteilung",
    "Mutual information: KSG underestimates strong dependence":
        "Transinformation: KSG unterschätzt starke Abhängigkeit",
    "Spectra: the 1/f amplitude of natural-image statistics": "Spektren: die 1/f-Amplitude der Statistik natürlicher Bilder",
    "for Gaussians the KSG estimate is very close to the exact MI −½ ln(1 − ρ²), and its error shrinks as the "
    "sample grows":
        "für Normalverteilungen liegt die KSG-Schätzung sehr nahe an der exakten Transinformation −½ ln(1 − ρ²), und "
        "ihr Fehler schrumpft mit wachsender Stichprobe",
    "k-nearest-neighbour estimators such as KSG underestimate the MI of strongly dependent variables; the samples "
    "they need grow exponentially with the true MI":
        "Schätzer aus k nächsten Nachbarn wie KSG unterschätzen die Transinformation stark abhängiger Variablen; die "
        "nötige Stichprobe wächst exponentiell mit der wahren Transinformation",
    "the amplitude spectra of natural images fall as 1/f, a slope of −1 on log-log axes; this example draws 1/f "
    "noise with natural-image statistics and measures the slope of its radial profile":
        "die Amplitudenspektren natürlicher Bilder fallen wie 1/f, eine Steigung von −1 in doppelt logarithmischer "
        "Darstellung; dieses Beispiel erzeugt 1/f-Rauschen mit der Statistik natürlicher Bilder und misst die Steigung "
        "seines Radialprofils",
    "Published: for Gaussians the KSG estimate is very close to the exact MI −½ ln(%1 − ρ²), and its error shrinks "
    "as the sample grows (Kraskov, Stögbauer & Grassberger (%2), Phys. Rev. E %3, %4)":
        "Veröffentlicht: für Normalverteilungen liegt die KSG-Schätzung sehr nahe an der exakten Transinformation "
        "−½ ln(%1 − ρ²), und ihr Fehler schrumpft mit wachsender Stichprobe (Kraskov, Stögbauer & Grassberger (%2), "
        "Phys. Rev. E %3, %4)",
    "Published: k-nearest-neighbour estimators such as KSG underestimate the MI of strongly dependent variables; "
    "the samples they need grow exponentially with the true MI (Gao, Ver Steeg & Galstyan (%1), Efficient "
    "estimation of mutual information for strongly dependent variables, AISTATS)":
        "Veröffentlicht: Schätzer aus k nächsten Nachbarn wie KSG unterschätzen die Transinformation stark abhängiger "
        "Variablen; die nötige Stichprobe wächst exponentiell mit der wahren Transinformation (Gao, Ver Steeg & "
        "Galstyan (%1), Efficient estimation of mutual information for strongly dependent variables, AISTATS)",
    "Published: the amplitude spectra of natural images fall as %1/f, a slope of −%2 on log-log axes; this example "
    "draws %3/f noise with natural-image statistics and measures the slope of its radial profile (Field (%4), "
    "Relations between the statistics of natural images and the response properties of cortical cells, J. Opt. "
    "Soc. Am. A %5, %6)":
        "Veröffentlicht: die Amplitudenspektren natürlicher Bilder fallen wie %1/f, eine Steigung von −%2 in doppelt "
        "logarithmischer Darstellung; dieses Beispiel erzeugt %3/f-Rauschen mit der Statistik natürlicher Bilder und "
        "misst die Steigung seines Radialprofils (Field (%4), Relations between the statistics of natural images and "
        "the response properties of cortical cells, J. Opt. Soc. Am. A %5, %6)",
    "published": "veröffentlicht",
    "this run": "dieser Lauf",
    "I(X;Y) [nats], exact −(d/%1) ln(%2 − ρ²)": "I(X;Y) [nats], exakt −(d/%1) ln(%2 − ρ²)",
    "KSG %1 at N = %2 [nats]": "KSG %1 bei N = %2 [nats]",
    "KSG %1 / exact": "KSG %1 / exakt",
    "log-log slope of the radial amplitude, %1/%2 … %3 cycles/pixel":
        "doppelt logarithmische Steigung der radialen Amplitude, %1/%2 … %3 Zyklen/Pixel",
})

# Method notes, keyed by the start of the English text (they are long; a changed note shows up as
# unfinished in test_translations and needs its German revised).
CORE_GERMAN_BY_PREFIX = {
    "Images, masks and predictions are paired by file stem":
        "Bilder, Masken und Vorhersagen werden nach Dateistamm gepaart (images/NAME.jpg, masks/NAME.png, "
        "predictions/NAME.png oder .npy); Dateien ohne Partner stehen in der Tabelle 'unpaired' und werden übersprungen. "
        "Modelle heißen wie ihr Ordner (oder ihre Modelldatei); ein Bild wird gemessen, wenn jedes Modell eine "
        "Vorhersage dafür hat. Jedes Paar erhält die Maße von seg.metrics (seine Methodennotiz nennt sie und die "
        "Konventionen für leere Masken), eine Zeile je Bild und Modell (und Klasse bei Labelkarten). Eine Vorhersage "
        "anderer Größe als ihre Maske ist ein Fehler oder wird mit resize = nearest per nächstem Nachbarn auf die Maske "
        "skaliert (Quellindex floor(i · Quellgröße / Maskengröße), wie INTER_NEAREST von OpenCV). Zusammenfassung je Maß "
        "und Modell: Mittel, Stichproben-Standardabweichung (n − 1) und Median über die Bilder; Abstände +inf (genau "
        "eine Maske leer) werden ausgelassen und in 'n ∞' gezählt. Histogramme, eines je Maß: 20 gleiche Klassen, "
        "Überlappungsmaße über [0, 1], Abstände über [0, größter endlicher Wert]. Mit mehreren Modellen eine Tabelle "
        "jedes Modell minus das erste je Bild. Bilder werden parallel verarbeitet, je Kern eine Datei jeder Art "
        "gleichzeitig. Ein TorchScript-Modell (zuerst, vor allen Ordnern) läuft auf jedem Bild: auf 0 … 1 skaliert, "
        "falls gesetzt auf model_size skaliert (bilinear), je Kanal (x − mean) / std normiert, als (1, C, H, W) "
        "float32; ein Ausgabekanal durch eine Sigmoidfunktion (Schwelle 0,5, wenn die Schwelle 0 ist, mit Warnung), K "
        "Kanäle zur Argmax-Klasse; die Ausgabe per nächstem Nachbarn auf die Maske skaliert; diese Schritte stehen in "
        "der Tabelle 'preprocessing'.",
    "P = prediction, G = ground truth, both binary per class":
        "P = Vorhersage, G = Referenz, beide binär je Klasse (Vordergrund = Wert > Schwelle, bzw. = Klasse bei "
        "Labelkarten). TP = |P∩G|, FP = |P\\G|, FN = |G\\P|. Dice = 2TP/(2TP+FP+FN), IoU = TP/(TP+FP+FN), Präzision = "
        "TP/(TP+FP), Sensitivität = TP/(TP+FN); ein Verhältnis mit Nenner 0 ist 1 (zero_division=1 von scikit-learn), "
        "zwei leere Masken erhalten also 1 und eine leere Vorhersage einer nicht leeren Referenz Dice 0. "
        "Oberflächenabstände sind euklidisch, mit dem Pixelabstand, zwischen den Randpixeln beider Masken (Rand = Maske "
        "XOR ihre Erosion mit dem 4-Nachbar-Kreuz, außerhalb des Bildes zählt als Hintergrund; medpy und MONAI) oder "
        "zwischen allen Vordergrundpixeln: die gerichteten Abstände jedes Randpixels einer Maske zum nächsten der "
        "anderen, über eine exakte Distanztransformation in linearer Zeit. HD = Maximum beider gerichteter Maxima "
        "(directed_hausdorff von scipy, symmetrisiert); HD95 (gepoolt, medpy) = 95. Perzentil beider gerichteter Mengen "
        "zusammen; HD95 (Maximum der gerichteten, MONAI) = das größere der beiden gerichteten 95. Perzentile (die "
        "Bibliotheken unterscheiden sich; beide werden angegeben); ASSD = Mittel der beiden gerichteten Mittel (medpy); "
        "Perzentile mit der linearen Interpolation von numpy. Abstände sind 0, wenn beide Masken leer sind, und +inf, "
        "wenn genau eine leer ist (null in JSON; die Hinweis-Spalte sagt, welche), nie eine 0, die eine leere "
        "Vorhersage belohnt. Rand-F-Maß (DAVIS): Ränder nach seg2bmap, Toleranz ceil(t·√(H²+W²)) px für t < 1, sonst "
        "t px; ein Randpixel trifft, wenn eines der anderen Maske innerhalb dieses Abstands liegt (eine Kreisscheibe); "
        "Präzision und Sensitivität der Treffer mit zero_division=1, F = 2PR/(P+R), und 0 bei P = R = 0. Masken "
        "verschiedener Größe, Farbmasken und NaN/Inf werden mit einem Fehler abgelehnt.",
    "Amplitude A = |DFT(w * x)|":
        "Amplitude A = |DFT(w * x)| jeder Ebene x, nicht normiert wie numpy.fft.fft2 sie berechnet (norm=backward), "
        "oder durch sqrt(H*W) geteilt mit norm=ortho; dann mit fftshift verschoben, sodass die Frequenz null bei "
        "(H//2, W//2) liegt. Die Werte werden linear ausgegeben; die Ansicht zeigt sie logarithmisch. Optionales "
        "Fenster w: das separierbare Hann-Fenster numpy.hanning(H) x numpy.hanning(W). Der Grau-Modus wandelt RGB(A) "
        "mit 0.299 R + 0.587 G + 0.114 B in doppelter Genauigkeit um (Alpha wird ignoriert); der Kanal-Modus liefert "
        "R, G und B einzeln. Pixelwerte werden wie gespeichert verwendet (0-255 bei 8 Bit, 0-65535 bei 16 Bit), nicht "
        "umskaliert. Radialprofil: das Bin eines Pixels ist floor(sqrt((y - H//2)^2 + (x - W//2)^2)); profile[k] ist "
        "die mittlere Amplitude über die Pixel von Bin k, für k = 0 ... floor(größter Abstand), Eck-Bins eingeschlossen "
        "(bei nicht quadratischen Bildern mischt ein Bin daher verschiedene Frequenzen entlang der beiden Achsen), oder "
        "bis zum Inkreis min(H//2, H-1-H//2, W//2, W-1-W//2) mit extent=inscribed. Bei quadratischen N x N-Bildern ist "
        "x des Profils die radiale Frequenz k/N in Zyklen/Pixel, sonst das Bin k. Phase: arg DFT(w * x) in (-pi, pi] "
        "wie numpy.angle, mit fftshift verschoben, mit einer zyklischen Farbskala gezeichnet. Winkelprofil: die "
        "mittlere Amplitude je 5-Grad-Orientierungs-Bin des Frequenzvektors, theta = atan2(-(y - H//2), x - W//2), in "
        "[0, 180) gefaltet, Bins zentriert auf 0, 5, ..., 175 Grad (0 = horizontale Frequenzen, wie senkrechte Kanten "
        "sie erzeugen; 90 = vertikale Frequenzen; die Amplitude eines reellen Bildes ist punktsymmetrisch), über 1 <= Radius <= Inkreisradius (DC und Ecken ausgelassen). Bilder "
        "mit NaN- oder Inf-Pixeln werden abgelehnt.",
    "Plug-in: H = −Σ p log p":
        "Plug-in: H = −Σ p log p über die beobachteten Symbole, I(X;Y) = H(X) + H(Y) − H(X,Y). Miller–Madow addiert "
        "(m − 1)/(2N) zu jeder Entropie (m = beobachtete Symbole) und entfernt so den führenden O(1/N)-Bias der "
        "Plug-in-Entropie. Eingaben sind ganzzahlige Arrays, ganzzahlige Gleitkommawerte oder One-hot-Zeilen (Argmax).",
    "Each activation is put into one of (bins − 1)":
        "Jede Aktivierung kommt in eine von (bins − 1) gleichen Zellen über [−1, 1] (tanh-Bereich; oder [min, max] der "
        "Schicht); der Zellvektor einer Stichprobe ist ein Symbol t. Plug-in-Entropien: I(X;T) = H(T) − H(T|X), "
        "I(T;Y) = H(T) − H(T|Y). Ohne x ist jede Stichprobe eine eigene Eingabe, also I(X;T) = H(T) ≤ log N. Werte "
        "außerhalb des Bereichs (und das obere Ende) kommen in die erste/letzte Zelle, nicht in den Umlauf des "
        "Originalcodes. Die Ergebnisse hängen stark von der Bin-Zahl ab; breite Schichten sättigen bei log N. "
        "Stichproben mit NaN oder Inf werden mit einem Fehler abgelehnt (vorher entfernen).",
    "T = h + ε, ε ~ N(0, σ²I).":
        "T = h + ε, ε ~ N(0, σ²I). I(X;T) = −(1/N) Σ_i ln[(1/N) Σ_j exp(−‖h_i − h_j‖²/(2σ²))] ∈ [0, ln N]; "
        "H(T) = (d/2)(1 + ln 2πσ²) + I(X;T); I(T;Y) = H(T) − Σ_y p(y) H(T|Y=y), eine Differenz zweier Schranken. "
        "Zeit O(N² d), blockweise mit stabilem Log-Sum-Exp berechnet. Stichproben mit NaN oder Inf werden mit einem "
        "Fehler abgelehnt (vorher entfernen).",
    "Max-norm in the joint space;":
        "Maximumnorm im gemeinsamen Raum; ε_i = Abstand zum k-ten Nachbarn. Algorithmus 1: n_x = #{‖x_j − x_i‖ < ε_i}, "
        "I = ψ(k) + ψ(N) − ⟨ψ(n_x + 1) + ψ(n_y + 1)⟩. Algorithmus 2: Randausdehnungen der k Nachbarn, nicht strikte "
        "Zählung, I = ψ(k) − 1/k + ψ(N) − ⟨ψ(n_x) + ψ(n_y)⟩. Nats. Standardmäßig wird jede Spalte auf Varianz 1 "
        "skaliert, und Gaußsches Rauschen mit Standardabweichung 1e-8 löst Bindungen auf (scikit-learn skaliert auch "
        "und addiert ~1e-10 Rauschen; JIDT addiert 1e-8). Nicht bei 0 abgeschnitten. Nachbarn aus einem an Quantilen "
        "geschnittenen Gitter, wenn jede Seite eindimensional ist, sonst aus einem k-d-Baum in der Maximumnorm oder "
        "aus einer erschöpfenden vektorisierten Suche in vielen Dimensionen (ab 8 gemeinsamen Dimensionen bei N = 10⁴, "
        "12 bei 10⁵), wo Bäume wenig beschneiden. Alle drei liefern dieselben Zahlen (bei Algorithmus 2 nur für Daten "
        "ohne Bindungen, die das Rauschen sicherstellt: unter gleichen Punkten kann jede Suche andere als die k Nachbarn "
        "nehmen). Mehrere Threads. Stichproben mit NaN oder Inf werden mit einem Fehler abgelehnt (vorher entfernen).",
    "For sample i of class c":
        "Für Stichprobe i der Klasse c (N_c Mitglieder): r_i = Abstand in der Maximumnorm zu ihrem k-ten Nachbarn "
        "innerhalb von c (k für kleine Klassen auf N_c − 1 gesenkt), m_i = Stichproben beliebiger Klasse näher als r_i, "
        "sie selbst eingeschlossen. Über die Stichproben, deren Klasse mindestens zwei Mitglieder hat (n): "
        "I = ψ(n) + ⟨ψ(k_i)⟩ − ⟨ψ(N_c)⟩ − ⟨ψ(m_i)⟩, nats. Für eine Spalte von T ist das mutual_info_classif von "
        "scikit-learn (das k = 3 verwendet und bei 0 abschneidet; hier nicht abgeschnitten). Standardisierung und "
        "Rauschen gegen Bindungen wie bei mi.ksg. Stichproben mit NaN oder Inf werden mit einem Fehler abgelehnt "
        "(vorher entfernen).",
    "k-NN estimators lose accuracy fast with dimension":
        "k-NN-Schätzer verlieren mit der Dimension schnell an Genauigkeit, daher wird jede Variable zuerst auf "
        "`dimension` Richtungen projiziert: 'pca' behält die führenden Hauptkomponenten, 'random' eine Gaußsche "
        "Projektion mit orthonormalen Spalten aus einem Startwert. Geschätzt wird I zwischen den Projektionen, das nur "
        "kleiner als I(X;Y) sein kann (Datenverarbeitungsungleichung). Dann KSG wie bei mi.ksg. Stichproben mit NaN "
        "oder Inf werden mit einem Fehler abgelehnt (vorher entfernen).",
    "Sample covariance of the joint (x, y);":
        "Stichprobenkovarianz des gemeinsamen (x, y); Log-Determinanten per Cholesky. Exakt für gemeinsam normalverteilte "
        "Daten (skalarer Fall −½ ln(1 − ρ²)); für andere Daten misst sie nur lineare Abhängigkeit. Eine singuläre "
        "Kovarianz (konstante oder doppelte Spalten, N ≤ d) ist ein Fehler. Stichproben mit NaN oder Inf werden mit "
        "einem Fehler abgelehnt (vorher entfernen).",
    "Gaussian kernel K_ij":
        "Gaußkern K_ij = exp(−‖x_i − x_j‖²/(2σ²)). Rényi: A = K/tr K, S_α = log2(Σ λ^α)/(1 − α) (α = 1: von Neumann), "
        "negative Eigenwerte aus Rundung auf 0 gesetzt; I_α = S_α(A_x) + S_α(A_y) − S_α(A_x∘A_y / tr). Cauchy–Schwarz: "
        "I_CS = log2[(ΣKx∘Ky/N²)(ΣKx ΣKy/N⁴)/(1ᵀKxKy1/N³)²] ≥ 0. Kernbreite: 'silverman' σ = 1.06 · std · N^(−1/5) je "
        "Variable (std über alle ihre Einträge) oder ein festes σ. O(N²d) + O(N³): oberhalb von max_samples wird eine "
        "zufällige Teilstichprobe aus einem Startwert verwendet und angegeben. Stichproben mit NaN oder Inf werden mit "
        "einem Fehler abgelehnt (vorher entfernen).",
    "For each layer T and recorded step:":
        "Für jede Schicht T und jeden aufgezeichneten Schritt: mit 'binning' der Schätzer von Shwartz-Ziv & Tishby "
        "(siehe mi.binning); mit 'kde' die Kolchinsky–Tracey-Obergrenze (siehe mi.kde). X ist entweder die Identität "
        "jeder Stichprobe (alle verschieden, also I(X;T) = H(T)) oder die Identität ihrer Eingabezeile; Y die Labels des "
        "Dumps. Für ein deterministisches Netz gilt I(T;Y) ≤ I(X;Y) = H(Y), in der Zusammenfassung gezeigt. "
        "k-NN-Schätzer werden hier nicht angeboten: ist X die Identität jeder Stichprobe, so ist I(X;T) einer stetigen "
        "Schicht unbeschränkt, und binäre Eingabemuster (wie in der 12-Bit-Aufgabe) haben alle denselben Abstand in der "
        "Maximumnorm, sodass KSG nichts zu zählen bleibt; für I(T;Y) einer Schicht liefert mi.mixed die k-NN-Schätzung. "
        "Stichproben mit NaN/Inf-Aktivierungen lassen den Lauf mit Nennung der Schicht scheitern. Schichten und "
        "Schritte werden parallel berechnet.",
    "x, y ∈ R^d with d independent coordinate pairs":
        "x, y ∈ R^d mit d unabhängigen Koordinatenpaaren der Korrelation ρ, also I(X;Y) = −(d/2) ln(1 − ρ²) nats. Für "
        "jedes N auf einem logarithmischen Raster von 100 bis max_samples (oder jedes k bei N = max_samples) laufen die "
        "Schätzer auf `repeats` unabhängigen Ziehungen, und ihr Mittel wird gezeichnet: KSG-Algorithmen 1 und 2 "
        "(standardisiert, JIDT-Rauschen), die Kovarianz-(Gauß-)Schätzung und für d > 2 KSG nach PCA auf 2 Dimensionen, "
        "das nur einen Teil der Information sehen kann. KSG ist bei starker Abhängigkeit und großem d nach unten verzerrt.",
    "The input array is converted to float32":
        "Das Eingabe-Array wird in float32 umgewandelt und unverändert (ohne Stapel, ohne Normierung) an forward() "
        "übergeben, unter torch.no_grad() im Eval-Modus auf der CPU. Bei einem Tupel als Ausgabe zählt sein erster "
        "Tensor. NaN und Inf werden so weitergegeben, wie LibTorch sie berechnet. Abbrechen wirkt nach dem Aufruf: "
        "forward() von LibTorch lässt sich nicht unterbrechen, ein darin abgebrochener Auftrag beendet den Aufruf, hält "
        "dann an und liefert nichts; in der CLI begrenzt --timeout ihn (Exit-Code 124).",
}

# Koopman analyses (issue 13); symbols, system ids and formulas stay as they are
CORE_GERMAN.update({
    '%1 × %2': '%1 × %2',
    "'input': the snapshots array; or a built-in system integrated here by Dormand–Prince 5(4) (rtol 1e-10): lorenz (sigma, rho, beta = 10, 28, 8/3), oscillator (zeta, omega0 = 0.1, 1), duffing (delta, beta, alpha = 0.5, −1, 1), vanderpol (mu = 1), pendulum (g_over_l, damping = 1, 0.1), slowmanifold (mu, lambda = −0.05, −1).": "'input': das Array der Schnappschüsse; oder ein eingebautes System, hier mit Dormand–Prince 5(4) integriert (rtol 1e-10): lorenz (sigma, rho, beta = 10, 28, 8/3), oscillator (zeta, omega0 = 0.1, 1), duffing (delta, beta, alpha = 0.5, −1, 1), vanderpol (mu = 1), pendulum (g_over_l, damping = 1, 0.1), slowmanifold (mu, lambda = −0.05, −1).",
    'Analytic eigenvalues': 'Analytische Eigenwerte',
    'Array layout': 'Anordnung des Arrays',
    'Built-in linear systems: fitted vs analytic.': 'Eingebaute lineare Systeme: angepasst gegen analytisch.',
    'Built-in systems: fitted vs analytic.': 'Eingebaute Systeme: angepasst gegen analytisch.',
    'Centres': 'Zentren',
    "Changes to the system's parameters, e.g. rho=20, beta=2.5.": 'Änderungen an den Parametern des Systems, z. B. rho=20, beta=2.5.',
    'Continuous eigenvalues against the analytic ones': 'Kontinuierliche Eigenwerte gegen die analytischen',
    'DMD eigenvalues (marker area: amplitude |b|)': 'DMD-Eigenwerte (Markerfläche: Amplitude |b|)',
    "DMD of snapshots of a linear system returns the system's eigenvalues; for x'' + 2ζω₀x' + ω₀²x = 0 with ζ = 0.1, ω₀ = 1 they are −ζω₀ ± iω₀√(1 − ζ²) in continuous time: decay rate 0.1, frequency √0.99 / 2π": "Die DMD von Schnappschüssen eines linearen Systems liefert die Eigenwerte des Systems; für x'' + 2ζω₀x' + ω₀²x = 0 mit ζ = 0,1, ω₀ = 1 sind sie in kontinuierlicher Zeit −ζω₀ ± iω₀√(1 − ζ²): Abklingrate 0,1, Frequenz √0,99 / 2π",
    'Data': 'Daten',
    'Degree': 'Grad',
    'Delays': 'Verzögerungen',
    'Dictionary': 'Wörterbuch',
    'Dictionary (%1 functions)': 'Wörterbuch (%1 Funktionen)',
    'Dump': 'Dump',
    'Dynamic mode decomposition (exact DMD)': 'Dynamische Modenzerlegung (exakte DMD)',
    'EDMD eigenvalues': 'EDMD-Eigenwerte',
    'Each state over time.': 'Jeder Zustand über der Zeit.',
    'Effective rank over training': 'Effektiver Rang über das Training',
    'Eigenvalue plane': 'Eigenwertebene',
    'Eigenvalues': 'Eigenwerte',
    'Eigenvalues (ω = log(λ)/Δt; growth rate Re ω, frequency Im ω / %1π)': 'Eigenwerte (ω = log(λ)/Δt; Wachstumsrate Re ω, Frequenz Im ω / %1π)',
    'Eigenvalues of ρ.': 'Eigenwerte von ρ.',
    'Eigenvalues, modes and amplitudes of the best linear map between consecutive snapshots, with its prediction error and the trajectory in 3-D.': 'Eigenwerte, Moden und Amplituden der besten linearen Abbildung zwischen aufeinanderfolgenden Schnappschüssen, mit ihrem Vorhersagefehler und der Trajektorie in 3-D.',
    'Energy fraction': 'Energieanteil',
    'Entropy': 'Entropie',
    'Entropy over training': 'Entropie über das Training',
    'Equations and parameter values.': 'Gleichungen und Parameterwerte.',
    'Extended DMD (EDMD)': 'Erweiterte DMD (EDMD)',
    'Fit': 'Anpassung',
    'Fixed rank': 'Fester Rang',
    'H': 'H',
    'Highest total degree of the monomials.': 'Höchster Gesamtgrad der Monome.',
    "How the input array holds the snapshots: rows as times (T × n; numpy's usual), columns as times (n × T, PyDMD's), or trajectories × times × states (B × T × n).": 'Wie das Eingabe-Array die Schnappschüsse hält: Zeilen als Zeiten (T × n; bei numpy üblich), Spalten als Zeiten (n × T, wie PyDMD) oder Trajektorien × Zeiten × Zustände (B × T × n).',
    'I(z_t; z_t+%1) Gaussian': 'I(z_t; z_t+%1) gaußsch',
    'I(z_t; z_t+%1) KSG': 'I(z_t; z_t+%1) KSG',
    'I(z_t; z_t+1): Gaussian, KSG (k = 4), both, or none.': 'I(z_t; z_t+1): gaußsch, KSG (k = 4), beide oder keine.',
    'Im λ': 'Im λ',
    'Im ω': 'Im ω',
    'Information in latents (von Neumann entropy)': 'Information in Latenten (Von-Neumann-Entropie)',
    'Initial state': 'Anfangszustand',
    'Koopman': 'Koopman',
    'Koopman eigenvalues from a dictionary of observables: monomials up to a degree, or Gaussian radial basis functions.': 'Koopman-Eigenwerte aus einem Wörterbuch von Observablen: Monome bis zu einem Grad oder gaußsche radiale Basisfunktionen.',
    'Koopman: Lorenz-63 through time delays': 'Koopman: Lorenz-63 über Zeitverzögerungen',
    'Koopman: eigenvalues of a damped oscillator': 'Koopman: Eigenwerte eines gedämpften Oszillators',
    "Latent entropy of layer fc%1 over training steps (rows: the dump's samples in order)": 'Latente Entropie der Schicht fc%1 über die Trainingsschritte (Zeilen: die Stichproben des Dumps der Reihe nach)',
    'Latent states over time: an (N, H) array, rows in time order.': 'Latente Zustände über der Zeit: ein (N, H)-Array, Zeilen in zeitlicher Reihenfolge.',
    'Latents': 'Latente',
    'Layer': 'Schicht',
    'Lorenz-63, Duffing, Van der Pol, a damped pendulum, a linear oscillator or the slow manifold, integrated by Dormand–Prince 5(4).': 'Lorenz-63, Duffing, Van der Pol, ein gedämpftes Pendel, ein linearer Oszillator oder die langsame Mannigfaltigkeit, integriert mit Dormand–Prince 5(4).',
    'MI between steps': 'MI zwischen Schritten',
    'Mode %1 over time: Re(b λ^(t/Δt))': 'Mode %1 über der Zeit: Re(b λ^(t/Δt))',
    'Mode %1: |φ| and Re φ per state': 'Mode %1: |φ| und Re φ je Zustand',
    'Mode evolution': 'Zeitverlauf der Moden',
    'Modes': 'Moden',
    'Number of Gaussian centres.': 'Anzahl der gaußschen Zentren.',
    'Or: an activation dump; one layer over its training steps.': 'Oder: ein Aktivierungs-Dump; eine Schicht über ihre Trainingsschritte.',
    'Prediction error': 'Vorhersagefehler',
    'Prediction error against horizon': 'Vorhersagefehler über dem Horizont',
    'Prediction horizon': 'Vorhersagehorizont',
    "Published: DMD of snapshots of a linear system returns the system's eigenvalues; for x'' + %1ζω₀x' + ω₀²x = %2 with ζ = %3, ω₀ = %4 they are −ζω₀ ± iω₀√(%5 − ζ²) in continuous time: decay rate %6, frequency √%7 / %8π (Tu, Rowley, Luchtenburg, Brunton & Kutz (%9), On dynamic mode decomposition: theory and applications, J. Comput. Dyn. %10:%11)": "Veröffentlicht: die DMD von Schnappschüssen eines linearen Systems liefert die Eigenwerte des Systems; für x'' + %1ζω₀x' + ω₀²x = %2 mit ζ = %3, ω₀ = %4 sind sie in kontinuierlicher Zeit −ζω₀ ± iω₀√(%5 − ζ²): Abklingrate %6, Frequenz √%7 / %8π (Tu, Rowley, Luchtenburg, Brunton & Kutz (%9), On dynamic mode decomposition: theory and applications, J. Comput. Dyn. %10:%11)",
    'Published: a chaotic attractor has a continuous Koopman spectrum: the eigenvalues of delay-embedded (Hankel) DMD on Lorenz-%1 lie on or just inside the unit circle, and a finite linear model predicts well only over a short horizon (Brunton, Brunton, Proctor, Kaiser & Kutz (%2), Chaos as an intermittently forced linear system, Nat. Commun. %3:%4)': 'Veröffentlicht: ein chaotischer Attraktor hat ein kontinuierliches Koopman-Spektrum: die Eigenwerte der zeitverzögert eingebetteten (Hankel-)DMD von Lorenz-%1 liegen auf oder knapp innerhalb des Einheitskreises, und ein endliches lineares Modell sagt nur über einen kurzen Horizont gut vorher (Brunton, Brunton, Proctor, Kaiser & Kutz (%2), Chaos as an intermittently forced linear system, Nat. Commun. %3:%4)',
    'Rank': 'Rang',
    'Re λ': 'Re λ',
    'Re φ': 'Re φ',
    'Re(b λ^(t/Δt))': 'Re(b λ^(t/Δt))',
    'Re(b λ^t) per eigenvalue (first 12).': 'Re(b λ^t) je Eigenwert (die ersten 12).',
    'Relative error against horizon.': 'Relativer Fehler über dem Horizont.',
    'S (nats)': 'S (nats)',
    'S / ln H': 'S / ln H',
    'S per step (dump).': 'S je Schritt (Dump).',
    'S, S / ln H, effective rank, MI (per step for a dump).': 'S, S / ln H, effektiver Rang, MI (je Schritt bei einem Dump).',
    'Simulate a dynamical system': 'Ein dynamisches System simulieren',
    'Singular values': 'Singulärwerte',
    'Singular values kept, for rank = fixed.': 'Behaltene Singulärwerte, für Rang = fixed.',
    'Singular values of X (rank %1 kept)': 'Singulärwerte von X (Rang %1 behalten)',
    'Sizes, rank and its rule.': 'Größen, Rang und seine Regel.',
    'Snapshots': 'Schnappschüsse',
    'Spectrum': 'Spektrum',
    'States': 'Zustände',
    'States over time': 'Zustände über der Zeit',
    'Steps': 'Schritte',
    'Steps ahead for the prediction-error curve (0: none).': 'Schritte voraus für die Kurve des Vorhersagefehlers (0: keine).',
    'Subtract mean': 'Mittelwert abziehen',
    'Subtract the mean state first.': 'Zuerst den mittleren Zustand abziehen.',
    'System': 'System',
    'System parameters': 'Systemparameter',
    'The functions, in order.': 'Die Funktionen der Reihe nach.',
    'The snapshots in 3-D (PCA beyond 3 states).': 'Die Schnappschüsse in 3-D (PCA bei mehr als 3 Zuständen).',
    'The snapshots in 3-D.': 'Die Schnappschüsse in 3-D.',
    "The system's initial state, e.g. 1, 1, 1 (empty: its default).": 'Der Anfangszustand des Systems, z. B. 1, 1, 1 (leer: sein Standard).',
    'The system: lorenz (sigma, rho, beta = 10, 28, 8/3), oscillator (zeta, omega0 = 0.1, 1), duffing (delta, beta, alpha = 0.5, −1, 1), vanderpol (mu = 1), pendulum (g_over_l, damping = 1, 0.1), slowmanifold (mu, lambda = −0.05, −1).': 'Das System: lorenz (sigma, rho, beta = 10, 28, 8/3), oscillator (zeta, omega0 = 0.1, 1), duffing (delta, beta, alpha = 0.5, −1, 1), vanderpol (mu = 1), pendulum (g_over_l, damping = 1, 0.1), slowmanifold (mu, lambda = −0.05, −1).',
    'The trajectory in 3-D, coloured by time.': 'Die Trajektorie in 3-D, nach der Zeit gefärbt.',
    'Time step': 'Zeitschritt',
    'Time steps to integrate (snapshots = steps + 1).': 'Zu integrierende Zeitschritte (Schnappschüsse = Schritte + 1).',
    'Time-delay (Hankel) embedding: each snapshot stacked with the next d − 1 (1: none).': 'Zeitverzögerungs-(Hankel-)Einbettung: jeder Schnappschuss mit den nächsten d − 1 gestapelt (1: keine).',
    'Trajectories as an array: time × state (or as the layout says); not needed for a built-in system.': 'Trajektorien als Array: Zeit × Zustand (oder wie die Anordnung sagt); für ein eingebautes System nicht nötig.',
    'Trajectory': 'Trajektorie',
    'Trajectory (export as CSV for koopman.dmd)': 'Trajektorie (als CSV für koopman.dmd exportieren)',
    'Trajectory table': 'Trajektorientabelle',
    'Width': 'Breite',
    "Width w of the Gaussians, in the states' units.": 'Breite w der Gaußfunktionen, in den Einheiten der Zustände.',
    'With a dump: the layer (empty: the last).': 'Mit einem Dump: die Schicht (leer: die letzte).',
    'a chaotic attractor has a continuous Koopman spectrum: the eigenvalues of delay-embedded (Hankel) DMD on Lorenz-63 lie on or just inside the unit circle, and a finite linear model predicts well only over a short horizon': 'ein chaotischer Attraktor hat ein kontinuierliches Koopman-Spektrum: die Eigenwerte der zeitverzögert eingebetteten (Hankel-)DMD von Lorenz-63 liegen auf oder knapp innerhalb des Einheitskreises, und ein endliches lineares Modell sagt nur über einen kurzen Horizont gut vorher',
    'alpha': 'alpha',
    'analytic Im': 'analytisch Im',
    'analytic Re': 'analytisch Re',
    'beta': 'beta',
    'both': 'beide',
    'damping': 'damping',
    'data': 'Daten',
    'delta': 'delta',
    'duffing': 'duffing',
    'duffing, Δt = %1, %2 steps': 'duffing, Δt = %1, %2 Schritte',
    'effective rank exp(S)': 'effektiver Rang exp(S)',
    'energy': 'energy',
    'equations': 'Gleichungen',
    'every non-zero singular value (the optimal threshold needs ≥ %1 of them)': 'jeder von null verschiedene Singulärwert (die optimale Schwelle braucht ≥ %1 davon)',
    'exact': 'exact',
    "exact: Y V Σ⁻¹ W (Tu et al.); projected: U W (PyDMD's default).": 'exact: Y V Σ⁻¹ W (Tu et al.); projected: U W (Standard von PyDMD).',
    'exp(S)': 'exp(S)',
    'exp(S) per step (dump).': 'exp(S) je Schritt (Dump).',
    'fitted Im': 'angepasst Im',
    'fitted Re': 'angepasst Re',
    'frequency': 'Frequenz',
    'frequency Im ω / %1π': 'Frequenz Im ω / %1π',
    'full': 'full',
    'function': 'Funktion',
    'g_over_l': 'g_over_l',
    'gaussian': 'gaussian',
    'growth rate': 'Wachstumsrate',
    'growth rate Re ω': 'Wachstumsrate Re ω',
    'horizon (steps)': 'Horizont (Schritte)',
    'index': 'Index',
    'input': 'input',
    'ksg': 'ksg',
    'lambda': 'lambda',
    'large': 'groß',
    'largest |λ|': 'größtes |λ|',
    'linear': 'linear',
    'lorenz': 'lorenz',
    'lorenz, Δt = %1, %2 steps': 'lorenz, Δt = %1, %2 Schritte',
    'mode': 'Mode',
    'mode %1': 'Mode %1',
    'mu': 'mu',
    'near %1': 'nahe %1',
    'omega%1': 'omega%1',
    'optimal': 'optimal',
    'optimal hard threshold (Gavish & Donoho %1)': 'optimale harte Schwelle (Gavish & Donoho %1)',
    'optimal: Gavish–Donoho hard threshold; energy: smallest rank reaching the energy fraction; fixed: the given rank; full: every non-zero singular value.': 'optimal: harte Schwelle nach Gavish–Donoho; energy: kleinster Rang, der den Energieanteil erreicht; fixed: der angegebene Rang; full: jeder von null verschiedene Singulärwert.',
    'oscillator': 'oscillator',
    'oscillator, Δt = %1, %2 steps': 'oscillator, Δt = %1, %2 Schritte',
    'parameter': 'Parameter',
    'pendulum': 'pendulum',
    'pendulum, Δt = %1, %2 steps': 'pendulum, Δt = %1, %2 Schritte',
    'period': 'Periode',
    'polynomial': 'polynomial',
    'polynomial: monomials up to the degree; rbf: Gaussians at evenly spaced snapshots plus the state; linear: the state (= DMD).': 'polynomial: Monome bis zum Grad; rbf: Gaußfunktionen an gleichmäßig verteilten Schnappschüssen plus der Zustand; linear: der Zustand (= DMD).',
    'projected': 'projected',
    'rank': 'Rang',
    'rank %1': 'Rang %1',
    'rank %1 (σ > τ = %2)': 'Rang %1 (σ > τ = %2)',
    'rank rule': 'Rangregel',
    'rbf': 'rbf',
    'relative error': 'relativer Fehler',
    'relative prediction error, %1 step': 'relativer Vorhersagefehler, %1 Schritt',
    'relative prediction error, %1 steps (%2 time units)': 'relativer Vorhersagefehler, %1 Schritte (%2 Zeiteinheiten)',
    'rho': 'rho',
    'sigma': 'sigma',
    'slowmanifold': 'slowmanifold',
    'slowmanifold, Δt = %1, %2 steps': 'slowmanifold, Δt = %1, %2 Schritte',
    'small': 'klein',
    'smallest |λ| of the kept eigenvalues': 'kleinstes |λ| der behaltenen Eigenwerte',
    'state': 'Zustand',
    'state-by-time': 'state-by-time',
    'states × snapshots': 'Zustände × Schnappschüsse',
    't': 't',
    't and every state per snapshot.': 't und jeder Zustand je Schnappschuss.',
    'time': 'Zeit',
    'time-by-state': 'time-by-state',
    'trajectories': 'trajectories',
    'v': 'v',
    'v^%1': 'v^%1',
    'vanderpol': 'vanderpol',
    'vanderpol, Δt = %1, %2 steps': 'vanderpol, Δt = %1, %2 Schritte',
    'von Neumann entropy and effective rank of the latent covariance, and the MI between consecutive latent states; over training steps for a dump.': 'Von-Neumann-Entropie und effektiver Rang der latenten Kovarianz sowie die MI zwischen aufeinanderfolgenden latenten Zuständen; bei einem Dump über die Trainingsschritte.',
    'von Neumann entropy over training': 'Von-Neumann-Entropie über das Training',
    'x': 'x',
    "x' = v, v' = μ(%1 − x²)v − x (limit cycle, period ≈ %2 for μ = %3)": "x' = v, v' = μ(%1 − x²)v − x (Grenzzyklus, Periode ≈ %2 für μ = %3)",
    "x' = v, v' = −%1ζω₀v − ω₀²x (linear; eigenvalues −ζω₀ ± iω₀√(%2 − ζ²))": "x' = v, v' = −%1ζω₀v − ω₀²x (linear; Eigenwerte −ζω₀ ± iω₀√(%2 − ζ²))",
    "x' = v, v' = −δv − x(β + αx²) (Williams et al. %1: δ = %2, β = −%3, α = %4, two wells)": "x' = v, v' = −δv − x(β + αx²) (Williams et al. %1: δ = %2, β = −%3, α = %4, zwei Mulden)",
    "x' = σ(y − x), y' = x(ρ − z) − y, z' = xy − βz": "x' = σ(y − x), y' = x(ρ − z) − y, z' = xy − βz",
    'x^%1': 'x^%1',
    'x·v': 'x·v',
    'x·y': 'x·y',
    'x·z': 'x·z',
    'x₁': 'x₁',
    "x₁' = μx₁, x₂' = λ(x₂ − x₁²) (Koopman eigenvalues μ, λ, %1μ on {x₁, x₂, x₁²})": "x₁' = μx₁, x₂' = λ(x₂ − x₁²) (Koopman-Eigenwerte μ, λ, %1μ auf {x₁, x₂, x₁²})",
    'x₁^%1': 'x₁^%1',
    'x₁·x₂': 'x₁·x₂',
    'x₂': 'x₂',
    'x₂^%1': 'x₂^%1',
    'y': 'y',
    'y^%1': 'y^%1',
    'y·z': 'y·z',
    'z': 'z',
    'z^%1': 'z^%1',
    'zeta': 'zeta',
    '|b|': '|b|',
    '|difference|': '|Differenz|',
    '|λ|': '|λ|',
    '|λ| = exp(−ζω₀ Δt)': '|λ| = exp(−ζω₀ Δt)',
    '|φ|': '|φ|',
    '|φ| and Re φ per state, per eigenvalue (first 12).': '|φ| und Re φ je Zustand, je Eigenwert (die ersten 12).',
    'Δt': 'Δt',
    'Δt between snapshots: continuous eigenvalues are log(λ)/Δt.': 'Δt zwischen Schnappschüssen: kontinuierliche Eigenwerte sind log(λ)/Δt.',
    'Σ σ² kept, for rank = energy.': 'Behaltenes Σ σ², für Rang = energy.',
    'θ': 'θ',
    "θ' = ω, ω' = −(g/ℓ) sin θ − cω": "θ' = ω, ω' = −(g/ℓ) sin θ − cω",
    'θ^%1': 'θ^%1',
    'θ·ω': 'θ·ω',
    'λ with the unit circle.': 'λ mit dem Einheitskreis.',
    'λ with the unit circle; size by |b|.': 'λ mit dem Einheitskreis; Größe nach |b|.',
    'λ, growth rate, frequency, period.': 'λ, Wachstumsrate, Frequenz, Periode.',
    'λ, |b|, growth rate, frequency, period.': 'λ, |b|, Wachstumsrate, Frequenz, Periode.',
    'σ': 'σ',
    'σ kept / σ total (energy)': 'σ behalten / σ gesamt (Energie)',
    'σ of X with the rank and threshold.': 'σ von X mit dem Rang und der Schwelle.',
    'ω': 'ω',
    'ω^%1': 'ω^%1',
})
CORE_GERMAN_BY_PREFIX.update({
    'Dormand–Prince 5(4) with adaptive steps':
        "Dormand–Prince 5(4) mit adaptiven Schritten (Fehler je Komponente gegen 1e-12 + 1e-10·|x|, Schrittfaktor 0,9·err^(−1/5) innerhalb [0,2, 5]); jede Ausgabezeit k·Δt wird genau erreicht. Systeme und Standardwerte: Lorenz x' = σ(y − x), y' = x(ρ − z) − y, z' = xy − βz (10, 28, 8/3); Duffing x'' = −δx' − x(β + αx²) (0,5, −1, 1, Williams et al. 2015); Van der Pol x'' = μ(1 − x²)x' − x (μ = 1); Pendel θ'' = −(g/ℓ) sin θ − cθ' (1, 0,1); Oszillator x'' = −2ζω₀x' − ω₀²x (0,1, 1); langsame Mannigfaltigkeit x₁' = μx₁, x₂' = λ(x₂ − x₁²) (−0,05, −1).",
    'Each snapshot pair (x_k, x_{k+1}) is lifted by the dictionary':
        "Jedes Schnappschusspaar (x_k, x_{k+1}) wird durch das Wörterbuch Ψ (eine Zeile aus N Funktionen) angehoben. G = Ψ_Xᵀ Ψ_X / M, A = Ψ_Xᵀ Ψ_Y / M, K = G⁺ A (Pseudoinverse per vollständiger orthogonaler Zerlegung), sodass Ψ(x_{k+1}) ≈ Ψ(x_k) K; Eigenpaare K ξ = λ ξ ergeben Eigenfunktionen φ(x) = Ψ(x) ξ, Moden aus der Regression des Zustands auf das Wörterbuch. Wörterbücher: linear (der Zustand: EDMD gleicht dann der DMD vollen Rangs), polynomial (jedes Monom vom Gesamtgrad ≤ d, die Konstante 1 eingeschlossen), rbf (exp(−‖x − c‖² / (2 w²)) an C Zentren, gleichmäßig verteilten Schnappschüssen, plus der Zustand). Ein Wörterbuch, das einen Koopman-invarianten Unterraum aufspannt, liefert dessen Eigenwerte exakt: auf der langsamen Mannigfaltigkeit x₁' = μx₁, x₂' = λ(x₂ − x₁²) liefert {x₁, x₂, x₁²} μ, λ, 2μ. Kontinuierliche Eigenwerte log(λ)/Δt.",
    'Rows are latent states in time order.':
        'Zeilen sind latente Zustände in zeitlicher Reihenfolge. Zentrieren, Σ = ZᵀZ/(N − 1) + 1e-8·I, ρ = Σ / tr Σ, Eigenwerte auf ≥ 1e-8 begrenzt, S = −Σ λ ln λ in nats (wie der Code des Artikels, model/physical_simulation/base.py). S liegt in [0, ln H]: ln H für isotrope Latente (jede Richtung genutzt: ausdrucksstark), 0 für Latente auf einer Geraden (Modenkollaps: einfach, aber fähig, eine Mode zu tragen). Der effektive Rang exp(S) zählt die genutzten Richtungen. I(z_t; z_{t+1}) zwischen aufeinanderfolgenden Latenten, gaußsch (½ ln det Σ_t det Σ_{t+1} / det Σ_gemeinsam; ∞, wenn der nächste Zustand eine lineare Funktion des letzten ist) oder KSG (k = 4): wie vorhersagbar die Dynamik allein aus der Latenten ist. Hohe MI bei kleinem S ist ein einfacher, vorhersagbarer Code; großes S bei kleiner MI verteilt Varianz auf Richtungen, die die Dynamik nicht trägt. Der Artikel addiert +β·S zu seinem Verlust (das senkt S), während sein Text sagt, die Entropie verhindere den Kollaps: das Vorzeichen ist dort eine offene Frage.',
    'Snapshots are columns x_0 … x_{m−1} (n states)':
        'Schnappschüsse sind Spalten x_0 … x_{m−1} (n Zustände); X = [x_0 … x_{m−2}], Y = [x_1 … x_{m−1}], je Trajektorie (Paare überqueren nie Trajektorien); ohne Mittelwertabzug, außer auf Wunsch. Dünne SVD X ≈ U_r Σ_r V_rᵀ; Rang nach der optimalen harten Schwelle von Gavish & Donoho (τ = ω(β)·Median σ, ω(β) = 0,56β³ − 0,95β² + 1,82β + 1,43, β = Min/Max der Größen; svd_rank = 0 von PyDMD; bei weniger als 8 Singulärwerten bleibt jeder von null verschiedene, da die Schwelle eine große verrauschte Matrix modelliert), einem Energieanteil, einem festen Rang oder jedem von null verschiedenen σ. Reduzierter Operator Ã = U_rᵀ Y V_r Σ_r⁻¹, Ã W = W Λ; exakte Moden Φ = Y V_r Σ_r⁻¹ W (Tu et al.) oder projizierte Φ = U_r W (Standard von PyDMD); Amplituden b: kleinste Quadrate Φ b = x_0. Kontinuierliche Eigenwerte ω = log(λ)/Δt (Hauptzweig): Wachstumsrate Re ω, Frequenz Im ω / 2π (growth_rate von PyDMD ist Re(λ)/Δt, nicht dies). Eigenwerte nach |λ| sortiert. Vorhersagefehler für Horizont h: √(Σ‖x_{k+h} − U_r Ã^h U_rᵀ x_k‖²) / √(Σ‖x_{k+h}‖²) über bis zu 256 Startpunkte. Für n · m > 4·10⁶ mit n < m geht die SVD über die n × n-Gram-Matrix X Xᵀ, von der System-BLAS über Spaltenblöcke ohne Kopie von X gebildet, und Y V_r Σ_r⁻¹ = Y Xᵀ U_r Σ_r⁻² in einem weiteren Durchgang (Singulärwerte unter 1e-7 σ₁ tragen dann wenige Stellen: eine Warnung sagt es). Verzögerungen d > 1 stapeln zuerst d aufeinanderfolgende Schnappschüsse (Hankel-DMD).',
    # Koopman: dump input, mode-collapse example (issue 13)
    "'input': the snapshots array; 'dump': one layer of an activation dump at one step, its samples in order as the times (a model's latents over a sequence); or a built-in system integrated here by Dormand–Prince 5(4) (rtol 1e-10): lorenz (sigma, rho, beta = 10, 28, 8/3), oscillator (zeta, omega0 = 0.1, 1), duffing (delta, beta, alpha = 0.5, −1, 1), vanderpol (mu = 1), pendulum (g_over_l, damping = 1, 0.1), slowmanifold (mu, lambda = −0.05, −1).": "'input': das Array der Schnappschüsse; 'dump': eine Schicht eines Aktivierungs-Dumps bei einem Schritt, ihre Proben der Reihe nach als Zeiten (die Latenten eines Modells über eine Sequenz); oder ein eingebautes System, hier mit Dormand–Prince 5(4) integriert (rtol 1e-10): lorenz (sigma, rho, beta = 10, 28, 8/3), oscillator (zeta, omega0 = 0.1, 1), duffing (delta, beta, alpha = 0.5, −1, 1), vanderpol (mu = 1), pendulum (g_over_l, damping = 1, 0.1), slowmanifold (mu, lambda = −0.05, −1).",
    '/tmp/infoscope-corestrings-%1/dump · fc%2 at step %3': '/tmp/infoscope-corestrings-%1/dump · fc%2 bei Schritt %3',
    'Koopman: mode collapse in the latents': 'Koopman: Modenkollaps in den Latenten',
    "Latent entropy of layer latent over training steps (rows: the dump's samples in order)": 'Latente Entropie der Schicht latent über die Trainingsschritte (Zeilen: die Proben des Dumps der Reihe nach)',
    "Published: the von Neumann entropy of the trace-normalised latent covariance measures mode diversity: ln H when every latent direction is used, near %1 when the latents collapse onto a few modes, which the paper's entropy term is meant to prevent. Here a generated dump (stand-in for a Koopman autoencoder's latents, %2 dimensions, %3 rotation modes) loses one mode after another over %4 epochs (Cheng, Yuan et al. (%5), Information Shapes Koopman Representation, ICLR %6)": 'Veröffentlicht: Die Von-Neumann-Entropie der spurnormierten latenten Kovarianz misst die Vielfalt der Moden: ln H, wenn jede latente Richtung genutzt wird, nahe %1, wenn die Latenten auf wenige Moden kollabieren, was der Entropieterm des Artikels verhindern soll. Hier verliert ein erzeugter Dump (Ersatz für die Latenten eines Koopman-Autoencoders, %2 Dimensionen, %3 Rotationsmoden) über %4 Epochen eine Mode nach der anderen (Cheng, Yuan et al. (%5), Information Shapes Koopman Representation, ICLR %6)',
    "the von Neumann entropy of the trace-normalised latent covariance measures mode diversity: ln H when every latent direction is used, near 0 when the latents collapse onto a few modes, which the paper's entropy term is meant to prevent. Here a generated dump (stand-in for a Koopman autoencoder's latents, 16 dimensions, 8 rotation modes) loses one mode after another over 10 epochs": 'Die Von-Neumann-Entropie der spurnormierten latenten Kovarianz misst die Vielfalt der Moden: ln H, wenn jede latente Richtung genutzt wird, nahe 0, wenn die Latenten auf wenige Moden kollabieren, was der Entropieterm des Artikels verhindern soll. Hier verliert ein erzeugter Dump (Ersatz für die Latenten eines Koopman-Autoencoders, 16 Dimensionen, 8 Rotationsmoden) über 10 Epochen eine Mode nach der anderen',
    'S at epoch %1 (all %2 modes): ln H': 'S in Epoche %1 (alle %2 Moden): ln H',
    'S at epoch %1 (one mode left): ln %2': 'S in Epoche %1 (eine Mode übrig): ln %2',
    'Step': 'Schritt',
    'With Data = dump: an activation dump whose layer holds latent states over a sequence.': 'Bei Daten = dump: ein Aktivierungs-Dump, dessen Schicht latente Zustände über eine Sequenz enthält.',
    'With a dump: the layer whose samples are the latent states (empty: the last).': 'Mit einem Dump: die Schicht, deren Proben die latenten Zustände sind (leer: die letzte).',
    'With a dump: the training step to read (−1: the last recorded).': 'Mit einem Dump: der zu lesende Trainingsschritt (−1: der zuletzt aufgezeichnete).',
    'dump': 'dump',
    'effective rank exp(S) at epoch %1': 'effektiver Rang exp(S) in Epoche %1',
    'latent': 'latent',
    'state index': 'Zustandsindex',
    'x%1': 'x%1',
    'x%1^%2': 'x%1^%2',
    'x%1·x%2': 'x%1·x%2',
})

# Dataset spectra and frequency augmentations: spectrum.dataset, augment.fpgm, augment.fda, resample.irad,
# subsample.sdap, phase and angular profile of spectrum.image, example spectrum.fpgm-centres. Choice values
# ('edge', 'whole', 'png', 'bilinear', 'gaussian-xy', …) and folder names of sets ('set', 'centre_warm', …) are kept.
CORE_GERMAN.update({
    # Catalogue: category, names, summaries
    "Augmentation": "Augmentierung",
    "Dataset spectral signature": "Spektrale Signatur eines Datensatzes",
    "FPGM's frequency signature of lesion edges, averaged over image sets and compared between them.":
        "Die Frequenzsignatur von Läsionsrändern nach FPGM, über Bildmengen gemittelt und zwischen ihnen verglichen.",
    "FPGM frequency perturbation": "FPGM-Frequenzperturbation",
    "Align an unlabelled image's radial amplitude with the edge-band prior of a labelled set, keeping its phase.":
        "Gleicht die radiale Amplitude eines ungelabelten Bildes an den Randband-Prior einer gelabelten Menge an und "
        "behält seine Phase.",
    "FDA amplitude swap": "FDA-Amplitudentausch",
    "Fourier Domain Adaptation: give a source image the low-frequency amplitude (the 'style') of a target image.":
        "Fourier Domain Adaptation: gibt einem Quellbild die niederfrequente Amplitude (den 'Stil') eines Zielbilds.",
    "IRAD resampling": "IRAD-Neuabtastung",
    "Resample an image at shifted coordinates (IRAD's basic methods) and see what the shifts remove from its spectrum.":
        "Tastet ein Bild an verschobenen Koordinaten neu ab (die Grundmethoden von IRAD) und zeigt, was die "
        "Verschiebungen aus seinem Spektrum entfernen.",
    "SDAP random sub-samples": "Zufällige Teilabtastungen nach SDAP",
    "The 25 random sub-images of SDAP's scheme of 5 x 5-pixel cells, which together use every pixel once.":
        "Die 25 zufälligen Teilbilder des SDAP-Schemas aus Zellen von 5 x 5 Pixeln, die zusammen jedes Pixel genau einmal "
        "verwenden.",
    # Inputs
    "Image set": "Bildmenge",
    "A folder with images/ and masks/ (paired by file stem); give one folder per imaging centre or domain to compare them.":
        "Ein Ordner mit images/ und masks/ (gepaart nach Dateistamm); für einen Vergleich einen Ordner je "
        "Bildgebungszentrum oder Domäne angeben.",
    "Labelled set": "Gelabelte Menge",
    "A folder with images/ and masks/: the prior is learned from its mask edges.":
        "Ein Ordner mit images/ und masks/: der Prior wird aus den Rändern seiner Masken gelernt.",
    "Unlabelled image": "Ungelabeltes Bild",
    "One image to perturb and preview.": "Ein Bild zum Perturbieren und Ansehen.",
    "Unlabelled folder": "Ungelabelter Ordner",
    "Or a folder of images (one file per image) to perturb and write.":
        "Oder ein Ordner mit Bildern (eine Datei je Bild) zum Perturbieren und Schreiben.",
    "Source image": "Quellbild",
    "The image to adapt (its phase, which carries its content, is kept).": "Das anzupassende Bild (seine Phase, die seinen Inhalt trägt, bleibt erhalten).",
    "Target image": "Zielbild",
    "The image whose low-frequency amplitude is taken (same size).":
        "Das Bild, dessen niederfrequente Amplitude übernommen wird (gleiche Größe).",
    "A grey or colour image.": "Ein Grau- oder Farbbild.",
    "A grey or colour image whose sides are multiples of 5.": "Ein Grau- oder Farbbild, dessen Seitenlängen Vielfache von 5 sind.",
    # Parameters
    "Signature": "Signatur",
    "'both': edge band and whole image; 'edge': FPGM's edge-band signature only; 'whole': the whole grey image only "
    "(masks are not read).":
        "'both': Randband und ganzes Bild; 'edge': nur die Randband-Signatur von FPGM; 'whole': nur das ganze Graubild "
        "(Masken werden nicht gelesen).",
    "Resize to": "Skalieren auf",
    "0: every image of a set must have one size (mixed sizes are refused); N: resize every image (bilinear) and mask "
    "(nearest) to N x N first (FPGM trains on 256 x 256).":
        "0: alle Bilder einer Menge müssen gleich groß sein (gemischte Größen werden abgelehnt); N: jedes Bild "
        "(bilinear) und jede Maske (nächster Nachbar) zuerst auf N x N skalieren (FPGM trainiert mit 256 x 256).",
    "0: the labelled set and the images must share one size; N: resize all to N x N (bilinear).":
        "0: die gelabelte Menge und die Bilder müssen gleich groß sein; N: alle auf N x N skalieren (bilinear).",
    "Binarise masks": "Masken binarisieren",
    "Off: a mask with more than two values is refused. On: values above half the mask's maximum are foreground "
    "(JPEG-compressed or anti-aliased masks).":
        "Aus: eine Maske mit mehr als zwei Werten wird abgelehnt. An: Werte über der Hälfte des Maskenmaximums sind "
        "Vordergrund (JPEG-komprimierte oder kantengeglättete Masken).",
    "Off: masks with more than two values are refused; on: above half the maximum is foreground.":
        "Aus: Masken mit mehr als zwei Werten werden abgelehnt; an: über der Hälfte des Maximums ist Vordergrund.",
    "Mixing gamma": "Mischgewicht gamma",
    "Weight of the prior's shape in the mixed radial profile (FPGM: 0.05).":
        "Gewicht der Form des Priors im gemischten Radialprofil (FPGM: 0,05).",
    "Beta": "Beta",
    "Half-width of the swapped window as a fraction of min(H, W): b = floor(beta min(H, W)).":
        "Halbe Breite des getauschten Fensters als Anteil von min(H, W): b = floor(beta min(H, W)).",
    "Interpolation": "Interpolation",
    "How the image is sampled between pixels.": "Wie das Bild zwischen den Pixeln abgetastet wird.",
    "Shift": "Verschiebung",
    "How the coordinate shifts are drawn (see the method note).":
        "Wie die Koordinatenverschiebungen gezogen werden (siehe Methodenhinweis).",
    "Magnitude s": "Stärke s",
    "Shift scale in IRAD's unit r, half a pixel: s = 2 is one pixel.":
        "Verschiebungsskala in der Einheit r von IRAD, einem halben Pixel: s = 2 ist ein Pixel.",
    "Seed of the random shifts.": "Startwert der zufälligen Verschiebungen.",
    "Seed of the per-cell permutations.": "Startwert der Permutationen je Zelle.",
    "Order": "Reihenfolge",
    "'random': SDAP's permutations; 'identity': the polyphase components.":
        "'random': die Permutationen von SDAP; 'identity': die Polyphasenkomponenten.",
    "Write to folder": "In Ordner schreiben",
    "A folder to write the adapted image into (created if missing; files are named by the input's stem); empty: "
    "write nothing.":
        "Ein Ordner, in den das angepasste Bild geschrieben wird (wird angelegt, falls er fehlt; Dateien heißen nach "
        "dem Stamm der Eingabe); leer: nichts schreiben.",
    "A folder to write the perturbed images into (created if missing; files are named by the input's stem); empty: "
    "write nothing.":
        "Ein Ordner, in den die perturbierten Bilder geschrieben werden (wird angelegt, falls er fehlt; Dateien heißen "
        "nach dem Stamm der Eingabe); leer: nichts schreiben.",
    "A folder to write the resampled image into (created if missing; files are named by the input's stem); empty: "
    "write nothing.":
        "Ein Ordner, in den das neu abgetastete Bild geschrieben wird (wird angelegt, falls er fehlt; Dateien heißen "
        "nach dem Stamm der Eingabe); leer: nichts schreiben.",
    "A folder to write the 25 sub-images into (created if missing; files are named by the input's stem); empty: "
    "write nothing.":
        "Ein Ordner, in den die 25 Teilbilder geschrieben werden (wird angelegt, falls er fehlt; Dateien heißen nach "
        "dem Stamm der Eingabe); leer: nichts schreiben.",
    "File format": "Dateiformat",
    "'png': 8-bit PNG, values rounded and clipped to 0 ... 255; 'npy': float64 .npy with every value exactly as "
    "computed.":
        "'png': 8-Bit-PNG, Werte gerundet und auf 0 ... 255 begrenzt; 'npy': float64-.npy mit jedem Wert genau wie "
        "berechnet.",
    "edge": "edge", "whole": "whole", "png": "png", "npy": "npy", "bilinear": "bilinear", "bicubic": "bicubic",
    "constant": "constant", "gaussian-xy": "gaussian-xy", "uniform": "uniform", "identity": "identity",
    # Outputs
    "Phase spectrum": "Phasenspektrum",
    "fftshifted arg DFT per channel, radians.": "fftshift-verschobenes arg DFT je Kanal, in Radiant.",
    "Angular profile": "Winkelprofil",
    "Mean amplitude per 5-degree orientation, one curve per channel.":
        "Mittlere Amplitude je 5-Grad-Orientierung, eine Kurve je Kanal.",
    "Edge-band signature": "Randband-Signatur",
    "Normalised mean edge-band profile per set, with a band of ± 1 sd.":
        "Normiertes mittleres Randband-Profil je Menge, mit einem Band von ±1 Std.-Abw.",
    "Edge-band radial amplitude": "Radiale Randband-Amplitude",
    "Mean edge-band profile per set, ± 1 sd.": "Mittleres Randband-Profil je Menge, ±1 Std.-Abw.",
    "Whole-image signature": "Ganzbild-Signatur",
    "Normalised mean whole-image profile per set, ± 1 sd.": "Normiertes mittleres Ganzbild-Profil je Menge, ±1 Std.-Abw.",
    "Whole-image radial amplitude": "Radiale Ganzbild-Amplitude",
    "Mean whole-image profile per set, ± 1 sd.": "Mittleres Ganzbild-Profil je Menge, ±1 Std.-Abw.",
    "Mean edge-band amplitude": "Mittlere Randband-Amplitude",
    "Mean fftshifted amplitude of the edge bands.": "Mittlere fftshift-verschobene Amplitude der Randbänder.",
    "Mean amplitude": "Mittlere Amplitude",
    "Mean whole-image amplitude": "Mittlere Ganzbild-Amplitude",
    "Mean fftshifted amplitude of the grey images.": "Mittlere fftshift-verschobene Amplitude der Graubilder.",
    "Consistency": "Konsistenz",
    "Cosine similarity and JSD (bits) per pair of sets and signature.":
        "Kosinus-Ähnlichkeit und JSD (bits) je Paar von Mengen und Signatur.",
    "Sets": "Bildmengen",
    "Images, size, bins and empty masks per set.": "Bilder, Größe, Bins und leere Masken je Menge.",
    "Mean radial profiles": "Mittlere Radialprofile",
    "Every bin's mean, sd and normalised value.": "Mittel, Std.-Abw. und normierter Wert jedes Bins.",
    "Perturbed image": "Perturbiertes Bild",
    "The image (resized if asked).": "Das Bild (auf Wunsch skaliert).",
    "The FPGM-perturbed image (float64).": "Das mit FPGM perturbierte Bild (float64).",
    "Amplitude before": "Amplitude vorher",
    "Amplitude after": "Amplitude nachher",
    "fftshifted orthonormal |DFT| of the luma.": "fftshift-verschobene orthonormale |DFT| der Luma.",
    "The same after the perturbation (isotropic).": "Dasselbe nach der Perturbation (isotrop).",
    "After minus before, grey.": "Nachher minus vorher, grau.",
    "Radial profiles": "Radialprofile",
    "Profiles before and after.": "Profile vorher und nachher.",
    "Prior": "Prior",
    "Normalised prior and the image's normalised profiles.": "Normierter Prior und die normierten Profile des Bildes.",
    "Per image: size, cosine to the prior before and after, file written.":
        "Je Bild: Größe, Kosinus zum Prior vorher und nachher, geschriebene Datei.",
    "Source": "Quelle",
    "The source image.": "Das Quellbild.",
    "Target": "Ziel",
    "The target image.": "Das Zielbild.",
    "Adapted": "Angepasst",
    "The source with the target's low-frequency amplitude (float64).":
        "Die Quelle mit der niederfrequenten Amplitude des Ziels (float64).",
    "Source amplitude": "Amplitude der Quelle",
    "fftshifted |DFT| of the source's luma.": "fftshift-verschobene |DFT| der Luma der Quelle.",
    "Adapted amplitude": "Angepasste Amplitude",
    "fftshifted |DFT| of the adapted luma.": "fftshift-verschobene |DFT| der angepassten Luma.",
    "Adapted minus source, grey.": "Angepasst minus Quelle, grau.",
    "FPGM profiles of the two spectra.": "FPGM-Profile der beiden Spektren.",
    "beta, b, the window and the output's range.": "beta, b, das Fenster und der Wertebereich der Ausgabe.",
    "The input.": "Die Eingabe.",
    "Resampled": "Neu abgetastet",
    "The resampled image (float64).": "Das neu abgetastete Bild (float64).",
    "The same after resampling.": "Dasselbe nach der Neuabtastung.",
    "Resampled minus input, grey.": "Neu abgetastet minus Eingabe, grau.",
    "Difference spectrum": "Differenzspektrum",
    "|DFT| of the grey difference.": "|DFT| der Grauwertdifferenz.",
    "Shift per pixel": "Verschiebung je Pixel",
    "|(dx, dy)| in pixels.": "|(dx, dy)| in Pixeln.",
    "Mean shift, RMS difference and PSNR.": "Mittlere Verschiebung, RMS-Differenz und PSNR.",
    "Mosaic": "Mosaik",
    "The 25 sub-images tiled 5 x 5 (the image's size).": "Die 25 Teilbilder in 5 x 5 Kacheln (in der Größe des Bildes).",
    "Assignment": "Zuordnung",
    "The sub-image each pixel goes to.": "Das Teilbild, in das jedes Pixel kommt.",
    "Partition check": "Prüfung der Zerlegung",
    "Pixels, sub-image size and the pixels used once.": "Pixel, Teilbildgröße und die einmal verwendeten Pixel.",
    # Result texts: titles, axes, curves
    "Angular amplitude profile": "Winkelprofil der Amplitude",
    "orientation of the frequency vector (degrees; %1: horizontal frequencies, from vertical edges)":
        "Orientierung des Frequenzvektors (Grad; %1: horizontale Frequenzen, von senkrechten Kanten)",
    "Phase spectrum (grey)": "Phasenspektrum (grau)",
    "arg DFT (radians)": "arg DFT (Radiant)",
    "radius (frequency bins from DC)": "Radius (Frequenz-Bins ab DC)",
    "share of the sum": "Anteil an der Summe",
    "mean amplitude (ortho)": "mittlere Amplitude (ortho)",
    "mean |DFT|": "mittlere |DFT|",
    "|DFT| (ortho)": "|DFT| (ortho)",
    "column (pixels)": "Spalte (Pixel)",
    "row (pixels)": "Zeile (Pixel)",
    "Edge-band amplitude": "Randband-Amplitude",
    "Whole-image amplitude": "Ganzbild-Amplitude",
    "Edge bands, centre_cool": "Randbänder, centre_cool",
    "Edge bands, centre_warm": "Randbänder, centre_warm",
    "Edge bands, set": "Randbänder, set",
    "Edge bands, set (%1)": "Randbänder, set (%1)",
    "Whole images, centre_cool": "Ganze Bilder, centre_cool",
    "Whole images, centre_warm": "Ganze Bilder, centre_warm",
    "Whole images, set": "Ganze Bilder, set",
    "Whole images, set (%1)": "Ganze Bilder, set (%1)",
    "centre_cool": "centre_cool", "centre_warm": "centre_warm", "set (%1)": "set (%1)",
    "Consistency between sets (normalised profiles without DC)":
        "Konsistenz zwischen Bildmengen (normierte Profile ohne DC)",
    "Radial amplitude profiles": "Radiale Amplitudenprofile",
    "Amplitude, source": "Amplitude, Quelle",
    "Amplitude, adapted": "Amplitude, angepasst",
    "Amplitude, image": "Amplitude, Bild",
    "Amplitude, resampled": "Amplitude, neu abgetastet",
    "Amplitude of the difference": "Amplitude der Differenz",
    "adapted - source (grey)": "angepasst - Quelle (grau)",
    "resampled - image (grey)": "neu abgetastet - Bild (grau)",
    "grey difference": "Grauwertdifferenz",
    "|shift| (pixels)": "|Verschiebung| (Pixel)",
    "source": "Quelle",
    "adapted": "angepasst",
    "resampled": "neu abgetastet",
    "Source in the target's style (FDA)": "Quelle im Stil des Ziels (FDA)",
    "Target (amplitude donor)": "Ziel (Amplitudenspender)",
    "FDA window": "FDA-Fenster",
    "Resampling": "Neuabtastung",
    "Resampled (bicubic, gaussian shifts)": "Neu abgetastet (bicubic, Verschiebungen gaussian)",
    "Resampled (bilinear, constant shifts)": "Neu abgetastet (bilinear, Verschiebungen constant)",
    "Resampled (bilinear, gaussian shifts)": "Neu abgetastet (bilinear, Verschiebungen gaussian)",
    "Resampled (bilinear, gaussian-xy shifts)": "Neu abgetastet (bilinear, Verschiebungen gaussian-xy)",
    "Resampled (bilinear, uniform shifts)": "Neu abgetastet (bilinear, Verschiebungen uniform)",
    "Resampled (nearest, gaussian shifts)": "Neu abgetastet (nearest, Verschiebungen gaussian)",
    # Table columns (shown translated; CSV export keeps the English names)
    "set": "Bildmenge",
    "set_a": "Bildmenge A",
    "set_b": "Bildmenge B",
    "bins": "Bins",
    "bin": "Bin",
    "edge_band_images": "Bilder mit Randband",
    "empty_masks": "leere Masken",
    "signature": "Signatur",
    "normalised": "normiert",
    "cosine": "Kosinus",
    "jsd_bits": "JSD (bits)",
    "b": "b",
    "window_rows": "Fensterzeilen",
    "window_cols": "Fensterspalten",
    "swapped_frequencies": "getauschte Frequenzen",
    "channels": "Kanäle",
    "min": "Min.",
    "max": "Max.",
    "written": "geschriebene Datei",
    "interpolation": "Interpolation",
    "shift": "Verschiebung",
    "magnitude_s": "Stärke s",
    "mean_abs_shift_px": "mittlere |Verschiebung| (px)",
    "rms_difference": "RMS-Differenz",
    "psnr_db": "PSNR (dB)",
    # Example spectrum.fpgm-centres
    "Spectra: lesion edges look alike across imaging centres (FPGM)":
        "Spektren: Läsionsränder sehen in allen Bildgebungszentren gleich aus (FPGM)",
    "the frequency signature of polyp edges is consistent across imaging centres, while whole images differ with "
    "each centre's device and colour; this example generates two centres (a warm cast with fine tissue grain, a cool "
    "cast with coarse grain; 24 images of 128 x 128 each, polyps drawn alike) — generated stand-ins, not endoscopy data":
        "die Frequenzsignatur von Polypenrändern ist über Bildgebungszentren hinweg konsistent, während sich ganze "
        "Bilder mit Gerät und Farbe jedes Zentrums unterscheiden; dieses Beispiel erzeugt zwei Zentren (ein warmer "
        "Farbstich mit feiner Gewebekörnung, ein kühler Farbstich mit grober Körnung; je 24 Bilder von 128 x 128, "
        "Polypen gleich gezeichnet) — erzeugte Ersatzdaten, keine Endoskopiedaten",
    "Published: the frequency signature of polyp edges is consistent across imaging centres, while whole images "
    "differ with each centre's device and colour; this example generates two centres (a warm cast with fine tissue "
    "grain, a cool cast with coarse grain; %1 images of %2 x %3 each, polyps drawn alike) — generated stand-ins, not "
    "endoscopy data (Xi, Liu & Li (%4), Frequency Prior Guided Matching, arXiv:%5)":
        "Veröffentlicht: die Frequenzsignatur von Polypenrändern ist über Bildgebungszentren hinweg konsistent, während "
        "sich ganze Bilder mit Gerät und Farbe jedes Zentrums unterscheiden; dieses Beispiel erzeugt zwei Zentren (ein "
        "warmer Farbstich mit feiner Gewebekörnung, ein kühler Farbstich mit grober Körnung; je %1 Bilder von %2 x %3, "
        "Polypen gleich gezeichnet) — erzeugte Ersatzdaten, keine Endoskopiedaten (Xi, Liu & Li (%4), Frequency Prior "
        "Guided Matching, arXiv:%5)",
    "edge-band signatures: cosine of the normalised profiles": "Randband-Signaturen: Kosinus der normierten Profile",
    "whole-image signatures: cosine": "Ganzbild-Signaturen: Kosinus",
    "edge-band signatures: Jensen-Shannon divergence (bits)": "Randband-Signaturen: Jensen-Shannon-Divergenz (bits)",
    "whole-image signatures: Jensen-Shannon divergence (bits)": "Ganzbild-Signaturen: Jensen-Shannon-Divergenz (bits)",
    "≈ %1 (consistent)": "≈ %1 (konsistent)",
    "lower (centre-specific)": "niedriger (zentrumsspezifisch)",
    "larger": "größer",
})
CORE_GERMAN_BY_PREFIX.update({
    "For every image with a mask (paired by file stem): the grey image g":
        "Für jedes Bild mit Maske (gepaart nach Dateistamm): das Graubild g = 0.299 R + 0.587 G + 0.114 B (Pixelwerte "
        "wie gespeichert, 0-255 bei 8 Bit); das Randband Omega der Maske: Sobel-Betrag 3x3 mit Nullauffüllung, eine "
        "Dilatation mit einem 3x3-Maximumfilter und die Schwelle > 0,5 (etwa 4 Pixel breit, 2 auf jeder Seite der "
        "Grenze); die orthonormale Amplitude A = |DFT(g * Omega)| / sqrt(H W), mit fftshift verschoben; ihr "
        "Radialprofil P(r) = Mittel von A über die Pixel mit trunc(sqrt((y - H//2)^2 + (x - W//2)^2)) = r, für "
        "r < R = min(H//2, W//2) (Binning von FPGM: die Ecken jenseits von R bleiben außen vor). Die Ganzbild-Signatur "
        "tut dasselbe mit g selbst. Je Menge: das mittlere Profil und seine Standardabweichung (Grundgesamtheit) über "
        "die Bilder (das Band um jede Kurve) sowie die mittlere 2-D-Amplitude. FPGM lernt seinen Prior als "
        "exponentiellen gleitenden Mittelwert (Momentum 0,999) von Batch-Mitteln; über eine Menge ist das, bis auf die "
        "Reihenfolge der Batches, dieses Mittel. Konsistenz zwischen zwei Mengen, auf Profilen, die ohne das DC-Bin "
        "r = 0 auf Summe 1 normiert sind (p = P / sum_{r >= 1} P; der Gleichanteil trägt die mittlere Helligkeit und "
        "würde beide Maße beherrschen; Helligkeit und Kontrast fallen heraus): die Kosinus-Ähnlichkeit "
        "p.q / (|p| |q|) und die Jensen-Shannon-Divergenz JSD = (KL(p||m) + KL(q||m)) / 2, m = (p + q) / 2, in bits "
        "(0 = gleiche Form, höchstens 1). Größen: die Bilder einer Menge müssen gleich groß sein, oder mit "
        "'Skalieren auf' N wird jedes Bild (bilinear) und seine Maske (nächster Nachbar) auf N x N skaliert, bevor die "
        "Ränder der Masken bestimmt werden; Bilder werden nie beschnitten, und Mengen verschiedener Größe werden erst "
        "nach dem Skalieren verglichen. Masken müssen zwei Werte haben (0 und einen Vordergrundwert), oder mit "
        "'Masken binarisieren' sind Werte über der Hälfte des Maximums Vordergrund; Bilder, deren Maske leer oder ganz "
        "Vordergrund ist, haben keinen Rand und bleiben aus der Randband-Signatur heraus (eine Warnung zählt sie). Die "
        "Mengen werden gestreamt: je Thread werden wenige Bilder auf einmal dekodiert, und das Ergebnis hängt nicht "
        "von der Zahl der Threads ab.",
    "The prior is the mean edge-band radial profile of the labelled set":
        "Der Prior ist das mittlere radiale Randband-Profil der gelabelten Menge, wie spectrum.dataset es berechnet "
        "(dessen Methodenhinweis nennt das Randband, die orthonormale Amplitude und das Binning von FPGM in "
        "R = min(H//2, W//2) Radien); FPGM führt ihn als exponentiellen gleitenden Mittelwert von Batch-Mitteln, der "
        "über eine Menge dieses Mittel ist. Jeder Kanal x eines ungelabelten Bildes (R, G, B einzeln, wie die "
        "Referenz; Alpha wird verworfen): A = |DFT(x)| / sqrt(H W), Phase phi = arg DFT(x); sein Profil P_u und seine "
        "Energie E_u = sum_r P_u(r); p_mix = (1 - gamma) P_u / (E_u + eps) + gamma P_prior / (sum P_prior + eps), "
        "eps = 1e-6; jede Frequenz erhält p_mix(r) E_u bei ihrem Radius r (Radien >= R, die Ecken, nehmen r = R - 1), "
        "die neue Amplitude ist also isotrop: ihre Winkelstruktur geht verloren, anders als bei FDA; mit phi "
        "zusammengesetzt, inverse DFT, Realteil (ohne Begrenzen). gamma = 0 gibt das Bild unverändert zurück, wie die "
        "Referenz (jedes gamma > 0 macht die Amplitude außerdem isotrop). Das Bild muss die Größe des Priors haben, "
        "oder 'Skalieren auf' N skaliert die gelabelte Menge und das Bild auf N x N (bilinear). Die Tabelle vergleicht "
        "das normierte Grauprofil jedes Bildes vorher und nachher mit dem Prior (Kosinus). Ein Ordner mit Bildern wird "
        "Datei für Datei perturbiert und in 'In Ordner schreiben' (nicht in den Ordner selbst) als <name>_fpgm.png "
        "oder .npy geschrieben; ein Bild anderer Größe als der Prior wird abgelehnt. Die Referenz "
        "trainiert mit gamma = 0,05 (ihr Ablationsskript verwendet 0,10).",
    "As the NumPy version of the FDA reference code (YanchaoYang/FDA)":
        "Wie die NumPy-Fassung des FDA-Referenzcodes (YanchaoYang/FDA): je Kanal F_s = DFT(source), F_t = DFT(target); "
        "b = floor(beta * min(H, W)); in der mit fftshift verschobenen Amplitude |F_s| übernimmt das Fenster der "
        "Zeilen H//2 - b ... H//2 + b und Spalten W//2 - b ... W//2 + b, Grenzen eingeschlossen ((2b + 1)^2 "
        "Frequenzen, auf das Bild beschnitten, wo das Fenster breiter ist als das Bild), die Amplitude des Zielbilds; das Ergebnis "
        "wird mit der Phase des Quellbilds zusammengesetzt, inverse DFT, Realteil, ohne Begrenzen oder Runden (Werte "
        "können 0 ... 255 verlassen; ein mit write_to geschriebenes PNG wird gerundet und begrenzt). beta = 0 gibt das "
        "Quellbild unverändert zurück; jedes beta > 0 mit b = 0 tauscht nur die DC-Amplitude (die mittlere "
        "Helligkeit). Farbbilder: R, G und B werden Kanal für Kanal getauscht, Alpha wird verworfen; ein Graubild mit "
        "einem Farbbild oder Bilder verschiedener Größe werden abgelehnt (die Referenz skaliert das Zielbild; das "
        "vorher tun). FDA auf die rohen Pixelwerte anwenden, vor der Normierung, wie die Referenz rät. Die gezeigten "
        "Spektren sind die der Grau-Luma, orthonormal. Die README der Referenz empfiehlt beta = 0,01 (und Ensembles "
        "aus 0,01; 0,05 und 0,09).",
    "Output pixel (y, x) samples the image at (y + dy, x + dx) pixels":
        "Das Ausgabepixel (y, x) tastet das Bild bei (y + dy, x + dx) Pixeln ab, wie torch.nn.functional.grid_sample "
        "auf dem Pixelmitten-Raster von IRAD c_i = -1 + (2i + 1)/n (align_corners = False), padding_mode = 'border'. "
        "Die Verschiebungseinheit r = 1/n von IRAD in normierten Koordinaten ist ein halbes Pixel; mit Stärke s: "
        "constant: dx = dy = s/2 px (make_coord_shift); gaussian: eine Ziehung N(0, (s/2)^2) je Pixel, zu beiden "
        "Achsen addiert (make_coord_normal); gaussian-xy: unabhängige Ziehungen je Achse (make_coord_normal2); "
        "uniform: je Pixel und Achse in [0, s/2] (make_coord_uniform_random). Zufällige Verschiebungen kommen aus einem "
        "64-Bit-Mersenne-Twister mit dem Startwert 'seed' (derselbe Startwert ergibt dasselbe Feld; der Generator von "
        "numpy ist ein anderer). Interpolation: nearest rundet halbe Werte zur geraden Zahl (nearbyint von torch) und "
        "begrenzt, wie bilinear, die Koordinate zuerst auf das Bild; bicubic verwendet den Kern von Keys mit "
        "a = -0,75 und begrenzt jede seiner 16 Stützstellen, wie torch. R, G, B teilen ein Verschiebungsfeld. Keine "
        "Begrenzung der Werte: bicubic kann über 0 ... 255 hinausschießen. Plausibilitätsprüfung: s = 0 mit nearest "
        "ist die Identität; ein konstantes s = 2 mit bilinear ist eine Verschiebung um ein Pixel (die letzte Zeile und "
        "Spalte wiederholen sich). Die Zusammenfassung gibt die RMS-Differenz der Grauwerte und das PSNR über den "
        "Grauwertbereich des Bildes an. Die veröffentlichten Skripte sagen nicht, welche Modi und Stärken der Artikel "
        "von IRAD tabelliert hat: nearest, bilinear und bicubic mit s aus {0,5; 1; 2} ist eine sinnvolle "
        "Versuchsreihe.",
    "As SDAP's random sub-sample generation (reference p1y2z3/SDAP, train.py)":
        "Wie die zufällige Teilabtastung von SDAP (Referenz p1y2z3/SDAP, train.py): das Bild wird in Zellen aus "
        "5 x 5 Pixeln zerlegt (H und W müssen Vielfache von 5 sein, sonst wird es abgelehnt: vorher beschneiden oder "
        "auffüllen); jede Zelle zieht ihre eigene gleichverteilte Permutation pi ihrer 25 Positionen (zeilenweise in "
        "der Zelle), und Teilbild j (0 ... 24) nimmt aus jeder Zelle das Pixel an Position pi(j); alle Kanäle "
        "verwenden dieselben Positionen. Die 25 Teilbilder der Größe (H/5) x (W/5) zerlegen die Pixel (Ziehen ohne "
        "Zurücklegen innerhalb jeder Zelle); die Tabelle zählt die genau einmal verwendeten Pixel, was H W sein muss. "
        "order = identity behält pi(j) = j, die 25 Polyphasenkomponenten eines Pixel-Unshuffle mit Schrittweite 5. "
        "Die Permutationen kommen aus einem 64-Bit-Mersenne-Twister mit dem Startwert 'seed'. Im Training vergleicht "
        "der zyklische Verlust das entrauschte Teilbild j mit Teilbild j + 1 mod 25, einer zufällig versetzten "
        "Nachbarstichprobe: die 'Abtastdifferenz als Perturbation' ('sampling difference as perturbation'). Mit "
        "'In Ordner schreiben' werden die 25 Teilbilder als <name>_sub00 ... _sub24 geschrieben.",
})

# Example augment.fda-style and the second round of source texts (2026-11-30)
CORE_GERMAN.update({
    "Off: a mask with more than two values is refused. On: values above half the mask's maximum are foreground.":
        "Aus: eine Maske mit mehr als zwei Werten wird abgelehnt. An: Werte über der Hälfte des Maskenmaximums sind "
        "Vordergrund.",
    "Augmentation: a target's style in a source image (FDA)": "Augmentierung: der Stil eines Zielbilds in einem Quellbild (FDA)",
    "swapping the low-frequency amplitude of a source image for a target's transfers the target's style (colour, "
    "illumination) while the source's phase keeps its content, with no training; this example adapts a warm, "
    "fine-grained generated scene to a cool, coarse one at beta = 0.01 (b = 1: a 3 x 3 window at 128 x 128)":
        "wer die niederfrequente Amplitude eines Quellbilds gegen die eines Zielbilds tauscht, überträgt den Stil des "
        "Zielbilds (Farbe, Beleuchtung), während die Phase der Quelle deren Inhalt bewahrt, ganz ohne Training; dieses "
        "Beispiel passt eine warme, feinkörnige erzeugte Szene bei beta = 0,01 an eine kühle, grobkörnige an (b = 1: "
        "ein 3 x 3-Fenster bei 128 x 128)",
    "Published: swapping the low-frequency amplitude of a source image for a target's transfers the target's style "
    "(colour, illumination) while the source's phase keeps its content, with no training; this example adapts a warm, "
    "fine-grained generated scene to a cool, coarse one at beta = %1 (b = %2: a %3 x %4 window at %5 x %6) (Yang & "
    "Soatto (%7), FDA: Fourier Domain Adaptation for Semantic Segmentation, CVPR %8)":
        "Veröffentlicht: wer die niederfrequente Amplitude eines Quellbilds gegen die eines Zielbilds tauscht, überträgt "
        "den Stil des Zielbilds (Farbe, Beleuchtung), während die Phase der Quelle deren Inhalt bewahrt, ganz ohne "
        "Training; dieses Beispiel passt eine warme, feinkörnige erzeugte Szene bei beta = %1 an eine kühle, "
        "grobkörnige an (b = %2: ein %3 x %4-Fenster bei %5 x %6) (Yang & Soatto (%7), FDA: Fourier Domain Adaptation "
        "for Semantic Segmentation, CVPR %8)",
    "largest channel-mean difference, adapted vs target (grey levels)":
        "größter Unterschied der Kanalmittelwerte, angepasst gegen Ziel (Graustufen)",
    "the same for the source vs the target, before adapting": "dasselbe für Quelle gegen Ziel, vor dem Anpassen",
    "(the style gap)": "(der Stilunterschied)",
    "content kept: pixel correlation of the adapted image with the source (lowest channel)":
        "Inhalt erhalten: Pixelkorrelation des angepassten Bilds mit der Quelle (niedrigster Kanal)",
    "… and with the target (highest channel)": "… und mit dem Ziel (höchster Kanal)",
    "frequency orientation (degrees)": "Orientierung der Frequenz (Grad)",
    "high": "hoch",
    "low": "niedrig",
})

# spectrum.compare
CORE_GERMAN.update({
    "Compare two spectra": "Zwei Spektren vergleichen",
    "Two images and their amplitude spectra side by side (linked zoom), with the log ratio of the spectra.":
        "Zwei Bilder und ihre Amplitudenspektren nebeneinander (gekoppelter Zoom), mit dem logarithmischen "
        "Verhältnis der Spektren.",
    "Both radial profiles.": "Beide Radialprofile.",
    "Comparison": "Vergleich",
    "DC ratio, mean and largest |log10 ratio|.": "DC-Verhältnis, mittleres und größtes |log10-Verhältnis|.",
    "DC ratio, mean and largest |log%1 ratio|.": "DC-Verhältnis, mittleres und größtes |log%1-Verhältnis|.",
    "First amplitude": "Erste Amplitude",
    "Second amplitude": "Zweite Amplitude",
    "Log ratio": "Log-Verhältnis",
    "Second image": "Zweites Bild",
    "Taper applied before the DFT: 'none' or the separable Hann window.":
        "Fensterung vor der DFT: 'none' oder das separierbare Hann-Fenster.",
    "The first image (grey or colour).": "Das erste Bild (grau oder farbig).",
    "The first image.": "Das erste Bild.",
    "The image to compare it with (same size).": "Das Bild, mit dem es verglichen wird (gleiche Größe).",
    "The same for the second image.": "Dasselbe für das zweite Bild.",
    "The second image.": "Das zweite Bild.",
    "dc_ratio": "DC-Verhältnis",
    "mean_abs_log_ratio": "mittleres |Log-Verhältnis|",
    "max_abs_log_ratio": "größtes |Log-Verhältnis|",
    "fftshifted orthonormal |DFT| of the first image.": "fftshift-verschobene orthonormale |DFT| des ersten Bildes.",
    "log ratio (base %1)": "Log-Verhältnis (Basis %1)",
    "log%1(image / image)": "log%1(image / image)",
    "log10(A2 / A1) per frequency.": "log10(A2 / A1) je Frequenz.",
    "log%1(A2 / A1) per frequency.": "log%1(A2 / A1) je Frequenz.",
})
CORE_GERMAN_BY_PREFIX.update({
    "Both images become grey (0.299 R + 0.587 G + 0.114 B, as stored)":
        "Beide Bilder werden grau (0.299 R + 0.587 G + 0.114 B, wie gespeichert) und erhalten die orthonormale "
        "Amplitude von spectrum.image, A = |DFT(w * x)| / sqrt(H W), mit fftshift verschoben, mit dem optionalen "
        "Hann-Fenster w. Der Unterschied ist log10(A2 / A1) je Frequenz: 0, wo die Spektren übereinstimmen, +1, wo "
        "das zweite Bild die zehnfache Amplitude hat (+inf oder -inf, wo eine Amplitude genau null ist; 0, wo beide "
        "es sind); die Tabelle gibt das DC-Verhältnis sowie das mittlere und größte |log10-Verhältnis| über die "
        "endlichen Werte an. Radialprofile wie bei spectrum.image (abgerundeter Radius, Ecken eingeschlossen). Die "
        "Bilder müssen gleich groß sein (nichts wird skaliert oder beschnitten). Die Ansichten eines Rahmens (die "
        "beiden Bilder; die drei Karten) zoomen und verschieben sich gemeinsam.",
})

# resample.irad-accuracy and the IRAD examples
CORE_GERMAN.update({
    "Classifier": "Klassifikator",
    "How the coordinate shifts are drawn (resample.irad's method note).":
        "Wie die Koordinatenverschiebungen gezogen werden (Methodenhinweis von resample.irad).",
    "IRAD: classifier accuracy under resampling": "IRAD: Genauigkeit eines Klassifikators unter Neuabtastung",
    "Image %1, bicubic at s = %2": "Bild %1, bikubisch bei s = %2",
    "Image %1, clean": "Bild %1, unverändert",
    "Image 0, clean": "Bild 0, unverändert",
    "Image 0, resampled": "Bild 0, neu abgetastet",
    "Images": "Bilder",
    "Images per forward() call.": "Bilder je forward()-Aufruf.",
    "Labels": "Labels",
    "Layout": "Achsenfolge",
    "Magnitudes s": "Stärken s",
    "NCHW": "NCHW",
    "NHWC": "NHWC",
    "One array of images: (N, H, W), (N, H, W, C) or (N, C, H, W).":
        "Ein Array von Bildern: (N, H, W), (N, H, W, C) oder (N, C, H, W).",
    "One class index per image, (N,).": "Ein Klassenindex je Bild, (N,).",
    "One curve per interpolation, from the clean accuracy at s = 0.":
        "Eine Kurve je Interpolation, ab der Genauigkeit auf unveränderten Bildern bei s = 0.",
    "Per condition: accuracy, correct, agreement with the clean predictions.":
        "Je Bedingung: Genauigkeit, richtige, Übereinstimmung mit den Vorhersagen auf unveränderten Bildern.",
    "Per-channel mean subtracted after scaling to 0 … 1 (one value: every channel).":
        "Mittelwert je Kanal, nach dem Skalieren auf 0 … 1 abgezogen (ein Wert: für jeden Kanal).",
    "Per-channel standard deviation divided by.": "Standardabweichung je Kanal, durch die geteilt wird.",
    "Published: basic resampling (interpolation at shifted coordinates) partly mitigates adversarial attacks but lowers the accuracy on clean images, the more the larger the shifts; this example generates %1 noisy %2 x %3 images of fine gratings (%4 cycles/pixel) at %5°, %6° and %7° and a matched-filter linear classifier (saved as TorchScript), then resamples with Gaussian shifts (Cao et al. (%8), IRAD: Implicit Representation-driven Image Resampling against Adversarial Attacks, ICLR %9)":
        "Veröffentlicht: einfache Neuabtastung (Interpolation an verschobenen Koordinaten) schwächt adversariale "
        "Angriffe teilweise ab, senkt aber die Genauigkeit auf unveränderten Bildern, umso mehr, je größer die "
        "Verschiebungen; dieses Beispiel erzeugt %1 verrauschte Bilder von %2 x %3 mit feinen Gittern (%4 Perioden/Pixel) "
        "unter %5°, %6° und %7° und einen linearen Klassifikator aus angepassten Filtern (als TorchScript gespeichert) "
        "und tastet dann mit gaußschen Verschiebungen neu ab (Cao et al. (%8), IRAD: Implicit Representation-driven "
        "Image Resampling against Adversarial Attacks, ICLR %9)",
    "Published: interpolating at shifted coordinates averages neighbouring pixels: low frequencies pass and high frequencies are attenuated, which is where IRAD's basic resampling removes adversarial perturbations and also fine detail; this example compares a generated broadband texture (%1 x %2) with its bilinear resampling at Gaussian shifts of s = %3 (the mechanism is inferred from the method, not a number the paper reports) (Cao et al. (%4), IRAD: Implicit Representation-driven Image Resampling against Adversarial Attacks, ICLR %5)":
        "Veröffentlicht: Interpolation an verschobenen Koordinaten mittelt benachbarte Pixel: tiefe Frequenzen "
        "passieren, hohe werden gedämpft; dort entfernt IRADs einfache Neuabtastung adversariale Störungen und auch "
        "feine Details; dieses Beispiel vergleicht eine erzeugte breitbandige Textur (%1 x %2) mit ihrer bilinearen "
        "Neuabtastung bei gaußschen Verschiebungen mit s = %3 (der Mechanismus ist aus der Methode abgeleitet, keine "
        "Zahl aus dem Paper) (Cao et al. (%4), IRAD: Implicit Representation-driven Image Resampling against "
        "Adversarial Attacks, ICLR %5)",
    "Resampling: clean accuracy falls as the shifts grow (IRAD)":
        "Neuabtastung: die Genauigkeit auf unveränderten Bildern sinkt mit wachsenden Verschiebungen (IRAD)",
    "Shift scales in IRAD's unit r (half a pixel), separated by commas: s = 2 is one pixel.":
        "Verschiebungsstärken in IRADs Einheit r (ein halbes Pixel), durch Kommas getrennt: s = 2 ist ein Pixel.",
    "Spectra: what resampling keeps and removes (IRAD)": "Spektren: was Neuabtastung erhält und entfernt (IRAD)",
    "The first image as stored.": "Das erste Bild, wie gespeichert.",
    "The first image at the largest magnitude.": "Das erste Bild bei der größten Stärke.",
    "Which interpolations to compare ('all': nearest, bilinear and bicubic).":
        "Welche Interpolationen verglichen werden ('all': nearest, bilinear und bicubic).",
    "accuracy": "Genauigkeit",
    "accuracy_change": "Änderung der Genauigkeit",
    "agreement_with_clean": "Übereinstimmung mit unverändert",
    "all": "alle",
    "auto": "automatisch",
    "basic resampling (interpolation at shifted coordinates) partly mitigates adversarial attacks but lowers the accuracy on clean images, the more the larger the shifts; this example generates 180 noisy 32 x 32 images of fine gratings (0.3 cycles/pixel) at 0°, 60° and 120° and a matched-filter linear classifier (saved as TorchScript), then resamples with Gaussian shifts":
        "einfache Neuabtastung (Interpolation an verschobenen Koordinaten) schwächt adversariale Angriffe teilweise "
        "ab, senkt aber die Genauigkeit auf unveränderten Bildern, umso mehr, je größer die Verschiebungen; dieses "
        "Beispiel erzeugt 180 verrauschte Bilder von 32 x 32 mit feinen Gittern (0.3 Perioden/Pixel) unter 0°, 60° "
        "und 120° und einen linearen Klassifikator aus angepassten Filtern (als TorchScript gespeichert) und tastet "
        "dann mit gaußschen Verschiebungen neu ab",
    "between": "dazwischen",
    "bilinear, s = %1 (half-pixel shifts)": "bilinear, s = %1 (Verschiebungen um ein halbes Pixel)",
    "bilinear, s = %1 (two-pixel shifts)": "bilinear, s = %1 (Verschiebungen um zwei Pixel)",
    "clean": "unverändert",
    "clean accuracy": "Genauigkeit auf unveränderten Bildern",
    "correct": "richtig",
    "interpolating at shifted coordinates averages neighbouring pixels: low frequencies pass and high frequencies are attenuated, which is where IRAD's basic resampling removes adversarial perturbations and also fine detail; this example compares a generated broadband texture (128 x 128) with its bilinear resampling at Gaussian shifts of s = 1 (the mechanism is inferred from the method, not a number the paper reports)":
        "Interpolation an verschobenen Koordinaten mittelt benachbarte Pixel: tiefe Frequenzen passieren, hohe "
        "werden gedämpft; dort entfernt IRADs einfache Neuabtastung adversariale Störungen und auch feine Details; "
        "dieses Beispiel vergleicht eine erzeugte breitbandige Textur (128 x 128) mit ihrer bilinearen Neuabtastung "
        "bei gaußschen Verschiebungen mit s = 1 (der Mechanismus ist aus der Methode abgeleitet, keine Zahl aus dem "
        "Paper)",
    "log%1(texture_resampled / texture)": "log%1(texture_resampled / texture)",
    "lower still": "noch niedriger",
    "lower than clean": "niedriger als unverändert",
    "magnitude s (IRAD's unit r: half a pixel)": "Stärke s (IRADs Einheit r: ein halbes Pixel)",
    "nearest, s = %1": "nearest, s = %1",
    "resampled / original amplitude, f < %1 cycles/pixel": "neu abgetastete / ursprüngliche Amplitude, f < %1 Perioden/Pixel",
    "texture": "texture",
    "texture_resampled": "texture_resampled",
    "… %1 ≤ f < %2": "… %1 ≤ f < %2",
    "… f ≥ %1 (near Nyquist)": "… f ≥ %1 (nahe Nyquist)",
    "≈ %1 (passed)": "≈ %1 (durchgelassen)",
})
CORE_GERMAN_BY_PREFIX.update({
    "Each image is resampled as resample.irad does (grid_sample conventions":
        "Jedes Bild wird wie bei resample.irad neu abgetastet (Konventionen von grid_sample: align_corners = False, "
        "padding 'border'; Verschiebungen in IRADs Einheit r, ein halbes Pixel, mal der Stärke s; dessen "
        "Methodenhinweis nennt die Verschiebungsarten), für jede gewählte Interpolation und jede Stärke der Liste. "
        "Je Stärke wird ein Verschiebungsfeld aus 'seed' gezogen und von allen Bildern und Interpolationen geteilt, "
        "wie IRAD ein Koordinatengitter über einen Batch wiederholt, damit die Interpolationen auf denselben "
        "Verschiebungen verglichen werden. Das Modell erhält float32 (N, C, H, W): 8-Bit-Werte / 255, 16-Bit / "
        "65535, Gleitkommawerte unverändert, dann (x - mean) / std je Kanal (Vorgaben 0 und 1: RobustBench-Modelle, "
        "die IRAD auswertet, normieren intern); Graubilder sind (N, 1, H, W), Alpha wird verworfen. forward() läuft "
        "unter no_grad im eval-Modus in Batches; die Vorhersage ist das Argmax von (N, K) Werten oder Logit > 0 "
        "bei einer Ausgabe. Genauigkeit = richtige / Bilder; Übereinstimmung = Anteil der Bilder, deren Vorhersage "
        "der auf dem unveränderten Bild gleicht. s = 0 tastet die Pixelmitten ab, also liefert jede Interpolation "
        "das unveränderte Bild: die Kurven beginnen bei der unveränderten Genauigkeit. Bilder dürfen (N, H, W), "
        "(N, H, W, C) oder (N, C, H, W) sein: 'Layout' auto liest die Achse mit 1, 3 oder 4 als Kanäle und fragt "
        "nach, wenn beide in Frage kommen. IRADs Aussage: einfache Neuabtastung schwächt adversariale Angriffe "
        "teilweise ab, senkt aber die Genauigkeit auf unveränderten Bildern, umso mehr, je größer die "
        "Verschiebungen. Abbrechen wirkt zwischen Batches (ein laufender forward()-Aufruf endet zuerst).",
})
CORE_GERMAN.update({
    "(the baseline; chance is %1)": "(die Basis; Zufall ist %1)",
    "0: all; N: the first N images.": "0: alle; N: die ersten N Bilder.",
    "< %1 (attenuated)": "< %1 (gedämpft)",
    "A TorchScript classifier (torch.jit.save) taking float32 (N, C, H, W).":
        "Ein TorchScript-Klassifikator (torch.jit.save), der float32 (N, C, H, W) erhält.",
    "A TorchScript classifier's accuracy on labelled images, clean and after IRAD's basic resampling.":
        "Die Genauigkeit eines TorchScript-Klassifikators auf gelabelten Bildern, unverändert und nach IRADs "
        "einfacher Neuabtastung.",
    "Accuracy": "Genauigkeit",
    "Accuracy against s": "Genauigkeit über s",
    "Accuracy against the shift magnitude (gaussian shifts)": "Genauigkeit über der Verschiebungsstärke (gaußsche Verschiebungen)",
    "Accuracy, clean and resampled": "Genauigkeit, unverändert und neu abgetastet",
    "Amplitude, texture": "Amplitude, texture",
    "Amplitude, texture_resampled": "Amplitude, texture_resampled",
    "Axis order of a 4-d images array: auto, NHWC or NCHW.": "Achsenfolge eines 4-d-Bildarrays: auto, NHWC oder NCHW.",
    "Batch size": "Batchgröße",
})

# subsample.sdap-views (and sdap's result texts, harvested through the example)
CORE_GERMAN.update({
    "Published: random sub-sampling (one pixel per %1 x %2 cell for each of %3 sub-images, positions permuted per cell) turns one noisy image into %4 views that use every pixel once; neighbouring views differ by the noise and a small sampling displacement, which SDAP's cyclic loss uses as the perturbation for self-supervised denoising; this example sub-samples a generated smooth scene (%5 x %6) with Gaussian noise of sd %7 (Pan et al. (%8), Random Sub-Samples Generation for Self-Supervised Real Image Denoising, ICCV %9)":
        "Veröffentlicht: zufällige Teilabtastung (ein Pixel je Zelle von %1 x %2 für jedes von %3 Teilbildern, "
        "Positionen je Zelle permutiert) macht aus einem verrauschten Bild %4 Ansichten, die jedes Pixel einmal "
        "nutzen; benachbarte Ansichten unterscheiden sich um das Rauschen und eine kleine Abtastverschiebung, die "
        "SDAPs zyklischer Verlust als Störung für selbstüberwachtes Entrauschen nutzt; dieses Beispiel tastet eine "
        "erzeugte glatte Szene (%5 x %6) mit gaußschem Rauschen der Standardabweichung %7 ab (Pan et al. (%8), "
        "Random Sub-Samples Generation for Self-Supervised Real Image Denoising, ICCV %9)",
    "random sub-sampling (one pixel per 5 x 5 cell for each of 25 sub-images, positions permuted per cell) turns one noisy image into 25 views that use every pixel once; neighbouring views differ by the noise and a small sampling displacement, which SDAP's cyclic loss uses as the perturbation for self-supervised denoising; this example sub-samples a generated smooth scene (160 x 160) with Gaussian noise of sd 20":
        "zufällige Teilabtastung (ein Pixel je Zelle von 5 x 5 für jedes von 25 Teilbildern, Positionen je Zelle "
        "permutiert) macht aus einem verrauschten Bild 25 Ansichten, die jedes Pixel einmal nutzen; benachbarte "
        "Ansichten unterscheiden sich um das Rauschen und eine kleine Abtastverschiebung, die SDAPs zyklischer "
        "Verlust als Störung für selbstüberwachtes Entrauschen nutzt; dieses Beispiel tastet eine erzeugte glatte "
        "Szene (160 x 160) mit gaußschem Rauschen der Standardabweichung 20 ab",
    "Sub-samples: 25 noisy views of one image (SDAP)": "Teilabtastungen: 25 verrauschte Ansichten eines Bildes (SDAP)",
    "The %1 sub-images (sub-image j at row j / %2, column j % %3)":
        "Die %1 Teilbilder (Teilbild j in Zeile j / %2, Spalte j % %3)",
    "Which sub-image takes each pixel": "Welches Teilbild jedes Pixel erhält",
    "files_written": "geschriebene Dateien",
    "pixels": "Pixel",
    "pixels_used_once": "einmal genutzte Pixel",
    "share of pixels used exactly once by the %1 sub-images": "Anteil der Pixel, die die %1 Teilbilder genau einmal nutzen",
    "sub-image j": "Teilbild j",
    "sub_height": "Teilhöhe",
    "sub_images": "Teilbilder",
    "sub_width": "Teilbreite",
    "variance of s_j - s_(j+%1) / (%2 sd²): the noise of two views":
        "Varianz von s_j - s_(j+%1) / (%2 sd²): das Rauschen zweier Ansichten",
    "≈ %1 (plus the scene's variation in a cell)": "≈ %1 (plus die Variation der Szene in einer Zelle)",
})

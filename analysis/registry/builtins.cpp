#include "registry/builtins.h"

#include "analyses/information/estimatorworkbench.h"
#include "analyses/information/informationanalyses.h"
#include "analyses/information/informationplane.h"
#include "analyses/koopman/dmdanalysis.h"
#include "analyses/koopman/edmdanalysis.h"
#include "analyses/koopman/latententropyanalysis.h"
#include "analyses/koopman/simulateanalysis.h"
#include "analyses/spectrum/imagespectrumanalysis.h"
#include "analyses/spectrum/datasetspectrumanalysis.h"
#include "analyses/spectrum/spectrumcompareanalysis.h"
#include "analyses/augment/fdaanalysis.h"
#include "analyses/augment/fpgmanalysis.h"
#include "analyses/augment/iradaccuracyanalysis.h"
#include "analyses/augment/iradanalysis.h"
#include "analyses/augment/sdapanalysis.h"
#include "io/containers/containerreaders.h"
#include "io/imagereader.h"
#include "io/npyreader.h"
#include "analyses/segmentation/segdatasetanalysis.h"
#include "analyses/segmentation/segmetricsanalysis.h"
#include "models/forwardanalysis.h"
#include "models/torchscriptreader.h"
#include "registry/registry.h"

namespace core {

void registerBuiltins(Registry &registry)
{
    registry.addReader(imageReaderDescriptor());
    registry.addReader(imageFolderReaderDescriptor());
    registry.addReader(maskFolderReaderDescriptor());
    registry.addReader(npyReaderDescriptor());
    registry.addReader(npzReaderDescriptor());
    registry.addReader(safetensorsReaderDescriptor());
    registry.addReader(hdf5ReaderDescriptor());
    registry.addReader(torchSaveReaderDescriptor());
    registry.addReader(dumpFolderReaderDescriptor());
    registry.addReader(torchScriptReaderDescriptor()); // LibTorch is loaded only when one is read

    registry.addAnalysis(imageSpectrumAnalysis());
    registry.addAnalysis(spectrumCompareAnalysis());
    registry.addAnalysis(datasetSpectrumAnalysis());
    registry.addAnalysis(fpgmAnalysis());
    registry.addAnalysis(fdaAnalysis());
    registry.addAnalysis(iradAnalysis());
    registry.addAnalysis(iradAccuracyAnalysis());
    registry.addAnalysis(sdapAnalysis());
    for (AnalysisDescriptor &analysis : informationAnalyses())
        registry.addAnalysis(std::move(analysis));
    registry.addAnalysis(informationPlaneAnalysis());
    registry.addAnalysis(estimatorWorkbenchAnalysis());
    registry.addAnalysis(segmentationMetricsAnalysis());
    registry.addAnalysis(segmentationDatasetAnalysis());
    registry.addAnalysis(modelForwardAnalysis());
    registry.addAnalysis(dmdAnalysis());
    registry.addAnalysis(edmdAnalysis());
    registry.addAnalysis(latentEntropyAnalysis());
    registry.addAnalysis(simulateAnalysis());
}

} // namespace core

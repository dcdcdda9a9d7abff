#include "analyses/information/informationanalyses.h"

#include "analyses/information/binninganalysis.h"
#include "analyses/information/compressedanalysis.h"
#include "analyses/information/discreteanalysis.h"
#include "analyses/information/gaussiananalysis.h"
#include "analyses/information/kdeanalysis.h"
#include "analyses/information/ksganalysis.h"
#include "analyses/information/mixedanalysis.h"
#include "analyses/information/renyianalysis.h"

namespace core {

std::vector<AnalysisDescriptor> informationAnalyses()
{
    return {discreteAnalysis(), binningAnalysis(), kdeAnalysis(), ksgAnalysis(), mixedAnalysis(), compressedAnalysis(),
            gaussianAnalysis(), renyiAnalysis()};
}

} // namespace core

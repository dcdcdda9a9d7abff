#include "registry/builtins.h"

#include "analyses/spectrum/imagespectrumanalysis.h"
#include "io/imagereader.h"
#include "io/npyreader.h"
#include "registry/registry.h"

namespace core {

void registerBuiltins(Registry &registry)
{
    registry.addReader(imageReaderDescriptor());
    registry.addReader(npyReaderDescriptor());

    registry.addAnalysis(imageSpectrumAnalysis());
}

} // namespace core

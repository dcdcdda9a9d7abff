#pragma once

#include "modules/imagecodec.h"

namespace core {

/// The image-codec module, loaded on first call (modules/moduleloader.h); throws ModuleUnavailableError.
const ImageCodec &imageCodec();
/// Whether the image codecs have been loaded into this process (never loads them).
bool isImageCodecLoaded();

} // namespace core

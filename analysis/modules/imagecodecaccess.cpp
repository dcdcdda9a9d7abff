#include "modules/imagecodecaccess.h"

#include "modules/moduleloader.h"

namespace core {

const ImageCodec &imageCodec()
{
    // A throwing initialiser leaves the static uninitialised: the next call tries again.
    static const ImageCodec &codec = moduleInterface<ImageCodec>("codecs", "infoscope_image_codec", kImageCodecAbi);
    return codec;
}

bool isImageCodecLoaded()
{
    return isModuleLoaded("codecs");
}

} // namespace core

#include "io/imagewriter.h"

#include "errors/analysiserror.h"
#include "io/arraywriters.h"
#include "io/atomicfile.h"
#include "modules/imagecodecaccess.h"
#include "task/atomiccanceltoken.h"


#include <algorithm>
#include <cmath>

namespace core {

void writeImageFile(const Tensor &image, const std::string &path)
{
    const bool colour = image.ndim() == 3 && image.dim(2) == 3;
    if (image.ndim() != 2 && !colour)
        throw AnalysisError("only grey (H, W) and RGB (H, W, 3) images can be written, not " + std::to_string(image.ndim())
                            + "-d arrays");
    AtomicFile file(path);
    const Tensor doubles = image.to(DType::Float64);
    if (path.size() > 4 && path.compare(path.size() - 4, 4, ".npy") == 0) {
        AtomicCancelToken never;
        writeNpy(doubles, file.stream(), never);
    } else {
        DecodedImage pixels;
        pixels.rows = int(image.dim(0));
        pixels.cols = int(image.dim(1));
        pixels.channels = colour ? 3 : 1;
        pixels.bytesPerChannel = 1;
        pixels.pixels.resize(std::size_t(doubles.numel()));
        const double *data = doubles.data<double>();
        for (std::size_t i = 0; i < pixels.pixels.size(); ++i)
            pixels.pixels[i] = std::byte(std::isfinite(data[i]) ? std::lround(std::clamp(data[i], 0.0, 255.0)) : 0L);
        const std::vector<std::byte> bytes = imageCodec().encodePng(pixels);
        file.stream().write(reinterpret_cast<const char *>(bytes.data()), std::streamsize(bytes.size()));
    }
    file.commit();
}

} // namespace core

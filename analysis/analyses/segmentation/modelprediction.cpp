#include "analyses/segmentation/modelprediction.h"

#include "analyses/segmentation/maskplane.h"
#include "errors/analysiserror.h"
#include "models/torchscriptmodule.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace core {

Eigen::MatrixXd predictMask(const TorchScriptModule &model, const Tensor &image, const ModelPreprocessing &pre,
                            Eigen::Index maskRows, Eigen::Index maskCols, const std::string &name)
{
    const int rows = int(image.dim(0)), cols = int(image.dim(1));
    const int channels = image.ndim() == 3 ? int(std::min<std::int64_t>(3, image.dim(2))) : 1; // alpha dropped
    const double scale = image.dtype() == DType::UInt8 ? 1.0 / 255.0 : image.dtype() == DType::UInt16 ? 1.0 / 65535.0 : 1.0;
    const int size = pre.size > 0 ? pre.size : 0;
    const int outRows = size ? size : rows, outCols = size ? size : cols;
    Tensor input = Tensor::zeros(DType::Float32, {1, channels, outRows, outCols});
    float *data = input.mutableData<float>();
    for (int ch = 0; ch < channels; ++ch) {
        const Eigen::MatrixXd plane = image.ndim() == 3 ? image.select(2, ch).toMatrix() : image.toMatrix();
        cv::Mat source(rows, cols, CV_64F), resized;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                source.at<double>(r, c) = plane(r, c) * scale;
        if (size)
            cv::resize(source, resized, cv::Size(outCols, outRows), 0, 0, cv::INTER_LINEAR);
        else
            resized = source;
        const double mean = pre.mean[std::size_t(ch) % pre.mean.size()], sd = pre.std[std::size_t(ch) % pre.std.size()];
        for (int r = 0; r < outRows; ++r)
            for (int c = 0; c < outCols; ++c)
                data[(std::size_t(ch) * outRows + r) * outCols + c] = float((resized.at<double>(r, c) - mean) / sd);
    }
    const Tensor output = model.forward(input);
    // (1, K, h, w), (K, h, w) or (h, w)
    Tensor map = output;
    while (map.ndim() > 3 && map.dim(0) == 1)
        map = map.select(0, 0);
    if (map.ndim() == 2)
        map = Tensor::fromMatrix(map.toMatrix()); // (h, w): one class
    std::string shape;
    for (int i = 0; i < output.ndim(); ++i)
        shape += (i ? ", " : "") + std::to_string(output.dim(i));
    const auto notAMap = [&] {
        return AnalysisError("image '" + name + "': the model's output (" + shape + ") is not a segmentation map of its ("
                             + "1, " + std::to_string(channels) + ", " + std::to_string(outRows) + ", "
                             + std::to_string(outCols) + ") input; a segmentation model gives (1, K, H, W), (K, H, W) or "
                             + "(H, W) with the input's aspect ratio");
    };
    if (map.ndim() != 3 && map.ndim() != 2)
        throw notAMap();
    // A classifier's (1, K) or a map of another shape would be stretched over the mask without this.
    const double h = double(map.dim(map.ndim() - 2)), w = double(map.dim(map.ndim() - 1));
    if (h < 4 || w < 4 || std::abs(h / w - double(outRows) / double(outCols)) > 0.02 * double(outRows) / double(outCols))
        throw notAMap();
    Eigen::MatrixXd plane;
    if (map.ndim() == 2 || map.dim(0) == 1) {
        const Eigen::MatrixXd logits = map.ndim() == 2 ? map.toMatrix() : map.select(0, 0).toMatrix();
        plane = pre.activation == ModelPreprocessing::Activation::None
                    ? logits
                    : Eigen::MatrixXd((1.0 / (1.0 + (-logits.array()).exp())).matrix());
    } else {
        // K classes: the arg-max (softmax keeps the order, so it need not be computed for the class).
        std::vector<Eigen::MatrixXd> scores;
        for (std::int64_t k = 0; k < map.dim(0); ++k)
            scores.push_back(map.select(0, k).toMatrix());
        plane = Eigen::MatrixXd::Zero(scores[0].rows(), scores[0].cols());
        for (Eigen::Index r = 0; r < plane.rows(); ++r)
            for (Eigen::Index c = 0; c < plane.cols(); ++c) {
                std::size_t best = 0;
                for (std::size_t k = 1; k < scores.size(); ++k)
                    if (scores[k](r, c) > scores[best](r, c))
                        best = k;
                plane(r, c) = double(best);
            }
    }
    if (!plane.allFinite())
        throw AnalysisError("image '" + name + "': the model's output has NaN or Inf values");
    return plane.rows() == maskRows && plane.cols() == maskCols ? plane : resizeNearest(plane, maskRows, maskCols);
}

} // namespace core

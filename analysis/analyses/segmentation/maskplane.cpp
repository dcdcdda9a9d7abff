#include "analyses/segmentation/maskplane.h"

#include "errors/analysiserror.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace core {

Eigen::MatrixXd maskPlane(const Tensor &tensor, const std::string &what)
{
    Eigen::MatrixXd plane;
    if (tensor.ndim() == 2) {
        plane = tensor.toMatrix();
    } else if (tensor.ndim() == 3 && (tensor.dim(2) == 1 || tensor.dim(2) == 3 || tensor.dim(2) == 4)) {
        plane = tensor.select(2, 0).toMatrix();
        for (int channel = 1; channel < std::min<std::int64_t>(3, tensor.dim(2)); ++channel)
            if (tensor.select(2, channel).toMatrix() != plane)
                throw AnalysisError(what + " is a colour image; a mask needs one value per pixel (save it as grey or as "
                                           "a label map)");
    } else {
        std::string shape;
        for (int i = 0; i < tensor.ndim(); ++i)
            shape += (i ? ", " : "") + std::to_string(tensor.dim(i));
        throw AnalysisError(what + " has shape (" + shape + "); a mask is (H, W) or a grey (H, W, 1|3|4) image");
    }
    if (!plane.allFinite())
        throw AnalysisError(what + " contains NaN or Inf values; a mask or probability map needs finite values");
    return plane;
}

Eigen::MatrixXd resizeNearest(const Eigen::MatrixXd &plane, Eigen::Index rows, Eigen::Index cols)
{
    Eigen::MatrixXd out(rows, cols);
    for (Eigen::Index r = 0; r < rows; ++r)
        for (Eigen::Index c = 0; c < cols; ++c)
            out(r, c) = plane(std::min(plane.rows() - 1, r * plane.rows() / rows), std::min(plane.cols() - 1, c * plane.cols() / cols));
    return out;
}

BinaryMask thresholdMask(const Eigen::Ref<const Eigen::MatrixXd> &plane, double threshold)
{
    BinaryMask mask = BinaryMask::zeros(int(plane.rows()), int(plane.cols()));
    for (int r = 0; r < mask.rows; ++r)
        for (int c = 0; c < mask.cols; ++c)
            mask(r, c) = plane(r, c) > threshold ? 1 : 0;
    return mask;
}

BinaryMask labelMask(const Eigen::Ref<const Eigen::MatrixXd> &plane, double label)
{
    BinaryMask mask = BinaryMask::zeros(int(plane.rows()), int(plane.cols()));
    for (int r = 0; r < mask.rows; ++r)
        for (int c = 0; c < mask.cols; ++c)
            mask(r, c) = plane(r, c) == label ? 1 : 0;
    return mask;
}

std::string binaryMaskWarning(const Eigen::Ref<const Eigen::MatrixXd> &plane, const std::string &what)
{
    std::set<double> values;
    for (Eigen::Index c = 0; c < plane.cols() && values.size() < 3; ++c)
        for (Eigen::Index r = 0; r < plane.rows() && values.size() < 3; ++r)
            values.insert(plane(r, c));
    if (values.size() < 3)
        return {};
    std::string list;
    for (double v : values)
        list += (list.empty() ? "" : ", ") + std::to_string(v).substr(0, 6);
    return what + " holds more than two values (" + list + ", …): every value above the threshold counts as "
           "foreground; for label maps choose masks = labels";
}

std::vector<double> labelValues(const std::vector<const Eigen::MatrixXd *> &planes, int maximum)
{
    std::set<double> labels;
    for (const Eigen::MatrixXd *plane : planes)
        for (Eigen::Index i = 0; i < plane->size(); ++i) {
            const double v = plane->data()[i];
            if (v == 0)
                continue;
            if (v != std::floor(v) || v < 0)
                throw AnalysisError("label maps hold whole, non-negative class numbers; found " + std::to_string(v)
                                    + " (for probabilities or logits choose masks = binary with a threshold)");
            labels.insert(v);
            if (int(labels.size()) > maximum)
                throw AnalysisError("more than " + std::to_string(maximum) + " classes in the label maps; is this an "
                                    "image rather than a mask?");
        }
    return {labels.begin(), labels.end()};
}

} // namespace core

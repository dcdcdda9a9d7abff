#include "models/linearclassifierfile.h"

#include "errors/analysiserror.h"
#include "modules/moduleloader.h"
#include "modules/torchaccess.h"

#include <stdexcept>
#include <vector>

namespace core {

void writeLinearClassifier(const std::string &path, const Eigen::Ref<const Eigen::MatrixXd> &weight,
                           const Eigen::Ref<const Eigen::VectorXd> &bias)
{
    if (weight.rows() != bias.size())
        throw AnalysisError("a linear classifier needs one bias per row of its weights");
    std::vector<float> rowMajor(std::size_t(weight.size()));
    for (Eigen::Index r = 0; r < weight.rows(); ++r)
        for (Eigen::Index c = 0; c < weight.cols(); ++c)
            rowMajor[std::size_t(r * weight.cols() + c)] = float(weight(r, c));
    const std::vector<float> biases(bias.data(), bias.data() + bias.size());
    const TorchBackend &backend = torchBackend(); // a missing module stays a ModuleUnavailableError
    try {
        backend.saveLinearClassifier(path, rowMajor, biases);
    } catch (const std::runtime_error &error) {
        throw AnalysisError("cannot write the classifier " + path + ": " + error.what());
    }
}

} // namespace core

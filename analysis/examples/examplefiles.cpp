#include "examples/examplefiles.h"

#include "data/tensor.h"
#include "io/arraywriters.h"
#include "io/atomicfile.h"
#include "task/atomiccanceltoken.h"

namespace core {

void writeExampleNpy(const Eigen::MatrixXd &values, const std::string &path)
{
    AtomicFile file(path);
    writeNpy(Tensor::fromMatrix(values), file.stream(), AtomicCancelToken());
    file.commit();
}

} // namespace core

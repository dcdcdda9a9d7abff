#include "examples/examplefiles.h"

#include "io/arraywriters.h"
#include "io/atomicfile.h"
#include "task/atomiccanceltoken.h"

namespace core {

void writeExampleNpy(const Eigen::MatrixXd &values, const std::string &path)
{
    writeExampleNpy(Tensor::fromMatrix(values), path);
}

void writeExampleNpy(const Tensor &tensor, const std::string &path)
{
    AtomicFile file(path);
    writeNpy(tensor, file.stream(), AtomicCancelToken());
    file.commit();
}

} // namespace core

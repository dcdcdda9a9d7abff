#include "models/forwardanalysis.h"

#include "analyses/information/samplematrix.h"
#include "errors/analysiserror.h"
#include "models/torchscriptmodule.h"

#include <algorithm>

namespace core {

namespace {

Result runForward(const AnalysisInputs &inputs, const ParameterValues &, Progress &progress, const CancelToken &cancel)
{
    const auto module = std::dynamic_pointer_cast<const TorchScriptModule>(inputs.at("module").arrays);
    if (!module)
        throw AnalysisError("input 'module' is not a TorchScript module (torch.jit.save); torch.save checkpoints hold "
                            "weights only and cannot run");
    const Tensor tensor = singleTensor(inputs.at("input"), "input"); // a container with several arrays: the user picks one
    cancel.throwIfCancelled();
    progress.report(0.1, "forward");
    const Tensor output = module->forward(tensor);
    progress.report(1.0, "forward");

    Result result;
    TableResult values;
    values.id = "output";
    values.title = "Output";
    const std::int64_t columns = output.ndim() >= 2 ? output.dim(output.ndim() - 1) : std::max<std::int64_t>(output.numel(), 1);
    const Tensor flat = output.to(DType::Float64);
    const std::int64_t rows = columns ? flat.numel() / columns : 0;
    for (std::int64_t c = 0; c < columns; ++c)
        values.columns.push_back("out[" + std::to_string(c) + "]");
    for (std::int64_t r = 0; r < rows && r < 10000; ++r) {
        std::vector<TableCell> row;
        for (std::int64_t c = 0; c < columns; ++c)
            row.emplace_back(flat.data<double>()[r * columns + c]);
        values.rows.push_back(std::move(row));
    }
    TableResult summary;
    summary.id = "summary";
    summary.title = "Summary";
    summary.columns = {"quantity", "value"};
    std::string shape;
    for (std::int64_t d : output.shape())
        shape += (shape.empty() ? "" : " x ") + std::to_string(d);
    summary.rows.push_back({std::string("output shape"), shape.empty() ? std::string("scalar") : shape});
    summary.rows.push_back({std::string("output dtype"), dtypeName(output.dtype())});
    if (rows > 10000)
        result.warnings.push_back("only the first 10000 output rows are listed");
    result.items = {values, summary};
    return result;
}

} // namespace

AnalysisDescriptor modelForwardAnalysis()
{
    AnalysisDescriptor d;
    d.id = "model.forward";
    d.name = "Run a TorchScript model";
    d.category = "Models";
    d.summary = "Runs a TorchScript module's forward on an array and lists the output.";
    d.methodNote = "The input array is converted to float32 and passed unchanged (no batching, no normalisation) "
                   "to forward() under torch.no_grad() in eval mode on the CPU. A tuple output yields its first "
                   "tensor. NaN and Inf are passed through as LibTorch computes them. "
                   "Cancel takes effect after the call: LibTorch's forward() cannot be interrupted, so a job "
                   "cancelled inside it finishes the call and then stops, delivering nothing; in the CLI, "
                   "--timeout bounds it (exit 124).";
    d.citation = "PyTorch TorchScript (torch.jit.save / torch::jit::load).";
    d.inputs = {{"module", "Module", "A TorchScript module written by torch.jit.save.", DataKind::Checkpoint, false},
                {"input", "Input", "An array shaped as forward() expects, e.g. (N, features).", DataKind::Tensor, false}};
    d.outputs = {{"output", "Output", OutputKind::Table, "One row per sample (last axis as columns)."},
                 {"summary", "Summary", OutputKind::Table, "Output shape and dtype."}};
    d.run = runForward;
    return d;
}

} // namespace core

#include "analyses/koopman/koopmansource.h"

#include "analyses/information/samplematrix.h"
#include "data/tensor.h"
#include "dump/activationdump.h"
#include "errors/analysiserror.h"
#include "registry/parameterbuilders.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <sstream>
#include <memory>

namespace core {

std::vector<ParameterSpec> koopmanSourceParameters()
{
    std::vector<std::string> systems = {"input", "dump"};
    for (const std::string &id : dynamicalSystemIds())
        systems.push_back(id);
    const std::vector<std::string> builtIn(systems.begin() + 2, systems.end());
    return {
        choiceParameter("system", "Data",
                        "'input': the snapshots array; 'dump': one layer of an activation dump at one step, its samples "
                        "in order as the times (a model's latents over a sequence); or a built-in system integrated "
                        "here by Dormand–Prince 5(4) "
                        "(rtol 1e-10): lorenz (sigma, rho, beta = 10, 28, 8/3), oscillator (zeta, omega0 = 0.1, 1), "
                        "duffing (delta, beta, alpha = 0.5, −1, 1), vanderpol (mu = 1), pendulum (g_over_l, damping "
                        "= 1, 0.1), slowmanifold (mu, lambda = −0.05, −1).",
                        systems),
        textParameter("system_parameters", "System parameters", "Changes to the system's parameters, e.g. rho=20, beta=2.5.",
                      "")
            .onlyWhen("system", builtIn),
        textParameter("initial", "Initial state", "The system's initial state, e.g. 1, 1, 1 (empty: its default).", "")
            .onlyWhen("system", builtIn),
        intParameter("steps", "Steps", "Time steps to integrate (snapshots = steps + 1).", 2000, 2, 10'000'000)
            .onlyWhen("system", builtIn),
        doubleParameter("dt", "Time step", "Δt between snapshots: continuous eigenvalues are log(λ)/Δt.", 0.01, 1e-12, 1e12),
        choiceParameter("layout", "Array layout",
                        "How the input array holds the snapshots: rows as times (T × n; numpy's usual), columns as "
                        "times (n × T, PyDMD's), or trajectories × times × states (B × T × n).",
                        {"time-by-state", "state-by-time", "trajectories"})
            .onlyWhen("system", {"input"}),
        textParameter("layer", "Layer", "With a dump: the layer whose samples are the latent states (empty: the last).", "")
            .onlyWhen("system", {"dump"}),
        intParameter("step", "Step", "With a dump: the training step to read (−1: the last recorded).", -1, -1,
                     std::int64_t(1) << 53)
            .onlyWhen("system", {"dump"}),
        intParameter("delays", "Delays",
                     "Time-delay (Hankel) embedding: each snapshot stacked with the next d − 1 (1: none).", 1, 1, 10000),
    };
}

std::vector<InputSlot> koopmanSnapshotSlots()
{
    return {{"snapshots", "Snapshots",
             "Trajectories as an array: time × state (or as the layout says); not needed for a built-in system.",
             DataKind::Tensor, true},
            {"dump", "Dump", "With Data = dump: an activation dump whose layer holds latent states over a sequence.",
             DataKind::ActivationDump, true}};
}

std::string dumpLayer(const ActivationDump &dump, const std::string &requested)
{
    const std::string layer = requested.empty() ? dump.layers().back() : requested;
    if (std::find(dump.layers().begin(), dump.layers().end(), layer) == dump.layers().end())
        throw AnalysisError("the dump has no layer '" + layer + "'");
    return layer;
}

namespace {

/// One layer of a dump at one step, rows (samples) as times.
void readDumpLatents(const AnalysisInputs &inputs, const ParameterValues &params, KoopmanSource &source)
{
    if (!inputs.has("dump") || !inputs.at("dump").dump)
        throw AnalysisError("Data = dump needs an activation dump as input 'dump'");
    const ActivationDump &dump = *inputs.at("dump").dump;
    const std::string layer = dumpLayer(dump, params.getString("layer"));
    std::int64_t step = params.getInt("step");
    if (step < 0) {
        for (std::int64_t s : dump.steps())
            if (dump.activationInfo(layer, s))
                step = s;
    }
    if (step < 0 || !dump.activationInfo(layer, step))
        throw AnalysisError("layer '" + layer + "' was not recorded at step " + std::to_string(step));
    const Eigen::MatrixXd latents = sampleMatrix(dump.activation(layer, step), "dump");
    if (latents.rows() < 2)
        throw AnalysisError("layer '" + layer + "' holds only " + std::to_string(latents.rows())
                            + " sample(s); DMD needs at least 2 latent states in time order");
    source.original = SnapshotSet(Eigen::MatrixXd(latents.transpose()), {0}, params.getDouble("dt"));
    source.description = inputs.at("dump").source + " · " + layer + " at step " + std::to_string(step);
    source.name = layer + " @ " + std::to_string(step);
}

} // namespace

SnapshotSet simulateSystem(const DynamicalSystem &system, const ParameterValues &params, const CancelToken &cancel)
{
    Eigen::VectorXd initial = numberVector(params.getString("initial"), "the initial state");
    if (initial.size() == 0)
        initial = system.initial;
    if (initial.size() != system.initial.size())
        throw AnalysisError("system '" + system.id + "' has " + std::to_string(system.initial.size())
                            + " states; the initial state gives " + std::to_string(initial.size()));
    SnapshotSet set(integrateDormandPrince(system.field, initial, params.getDouble("dt"), int(params.getInt("steps")), cancel),
                    {0}, params.getDouble("dt"));
    set.stateNames = system.stateNames;
    return set;
}

KoopmanSource koopmanSource(const AnalysisInputs &inputs, const ParameterValues &params, const CancelToken &cancel)
{
    KoopmanSource source;
    const std::string system = params.getString("system");
    const double dt = params.getDouble("dt");
    if (system == "dump") {
        readDumpLatents(inputs, params, source);
    } else if (system != "input") {
        source.system = dynamicalSystem(system, namedNumbers(params.getString("system_parameters"), "system parameters"));
        source.original = simulateSystem(*source.system, params, cancel);
        std::ostringstream text;
        text << system << ", Δt = " << dt << ", " << params.getInt("steps") << " steps";
        source.description = text.str();
        source.name = system;
    } else {
        if (!inputs.has("snapshots"))
            throw AnalysisError("give a snapshots array, or choose a built-in system under 'Data'");
        const Tensor tensor = singleTensor(inputs.at("snapshots"), "snapshots");
        const std::string layout = params.getString("layout");
        if (layout == "trajectories" ? tensor.ndim() != 3 : tensor.ndim() != 2)
            throw AnalysisError("layout '" + layout + "' expects a " + (layout == "trajectories" ? "3" : "2")
                                + "-d array; the snapshots are " + std::to_string(tensor.ndim()) + "-d");
        const std::int64_t trajectories = layout == "trajectories" ? tensor.dim(0) : 1;
        const std::int64_t times = layout == "state-by-time" ? tensor.dim(1) : tensor.dim(tensor.ndim() - 2);
        const std::int64_t states = layout == "state-by-time" ? tensor.dim(0) : tensor.dim(tensor.ndim() - 1);
        if (trajectories < 1 || times < 2 || states < 1)
            throw AnalysisError("the snapshots need at least 2 times of at least 1 state; got "
                                + std::to_string(times) + " × " + std::to_string(states));
        std::vector<Eigen::Index> starts;
        for (std::int64_t j = 0; j < trajectories; ++j)
            starts.push_back(Eigen::Index(j * times));
        if (layout != "state-by-time") {
            // Rows as times in C order are columns as times for Eigen: a view of float64 data (a memory-
            // mapped .npy stays on disk), one converted copy of other dtypes.
            auto owner = std::make_shared<const Tensor>(tensor.dtype() == DType::Float64 && tensor.isContiguous()
                                                            ? tensor
                                                            : tensor.to(DType::Float64));
            const double *data = owner->data<double>();
            source.original = SnapshotSet(owner, data, states, trajectories * times, starts, dt);
        } else {
            const Tensor values = tensor.to(DType::Float64);
            using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
            source.original = SnapshotSet(Eigen::MatrixXd(Eigen::Map<const RowMajor>(values.data<double>(), states, times)),
                                          starts, dt);
        }
        source.description = inputs.at("snapshots").source;
        source.name = std::filesystem::path(source.description.substr(0, source.description.find("::"))).filename().string();
    }
    const Eigen::Map<const Eigen::MatrixXd> z = source.original.states();
    if (!z.allFinite())
        throw AnalysisError("the snapshots hold NaN or Inf (e.g. a diverged trajectory); Koopman analyses need finite "
                            "states");
    source.snapshots = delayEmbedding(source.original, int(params.getInt("delays")));
    return source;
}

} // namespace core

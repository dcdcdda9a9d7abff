// Mutual-information estimators against closed forms and against numpy/scipy/scikit-learn values
// stored by tests/data/generate_mi_fixtures.py.
#include "analyses/information/binningestimator.h"
#include "analyses/information/codedlabels.h"
#include "analyses/information/discreteinformation.h"
#include "analyses/information/gaussianinformation.h"
#include "analyses/information/kdeestimator.h"
#include "analyses/information/ksgestimator.h"
#include "analyses/information/matrixrenyi.h"
#include "analyses/information/mixedksg.h"
#include "analyses/information/permutationnull.h"
#include "analyses/information/szt12task.h"
#include "errors/analysiserror.h"
#include "io/npyreader.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"
#include "testdata.h"

#include <Eigen/Cholesky>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <limits>
#include <numeric>
#include <random>

using nlohmann::json;

namespace {

constexpr double kLn2 = 0.69314718055994530942;

json expected()
{
    std::ifstream in(testdata::path("mi/expected.json"));
    return json::parse(in);
}

Eigen::MatrixXd column(const Eigen::MatrixXd &m, int c) { return m.col(c); }

std::vector<std::int64_t> labels(const std::string &file)
{
    const Eigen::VectorXd v = testdata::vector(file);
    return std::vector<std::int64_t>(v.data(), v.data() + v.size());
}

} // namespace

class TestInformation : public QObject
{
    Q_OBJECT

    json m_expected = expected();
    core::NullProgress m_progress;
    core::AtomicCancelToken m_cancel;

private Q_SLOTS:
    void gaussianMiIsExactForAKnownCovariance()
    {
        // Data whose sample covariance is exactly [[1, ρ], [ρ, 1]]: whiten random draws, then colour them.
        for (double rho : {0.0, 0.3, 0.6, 0.9, 0.99}) {
            std::mt19937_64 generator(7);
            std::normal_distribution<double> normal;
            Eigen::MatrixXd z(5000, 2);
            for (Eigen::Index i = 0; i < z.size(); ++i)
                z.data()[i] = normal(generator);
            z = z.rowwise() - z.colwise().mean();
            const Eigen::MatrixXd covariance = z.transpose() * z / double(z.rows() - 1);
            const Eigen::MatrixXd whitened = z * covariance.llt().matrixU().solve(Eigen::MatrixXd::Identity(2, 2));
            Eigen::Matrix2d target;
            target << 1, rho, rho, 1;
            const Eigen::MatrixXd data = whitened * target.llt().matrixU().toDenseMatrix();
            const double mi = core::gaussianMutualInformation(column(data, 0), column(data, 1));
            QVERIFY2(std::abs(mi + 0.5 * std::log(1 - rho * rho)) < 1e-9, qPrintable(QString::number(mi)));
        }
    }

    void gaussianMiMatchesNumpy()
    {
        for (const char *file : {"gaussian_rho00.npy", "gaussian_rho03.npy", "gaussian_rho06.npy", "gaussian_rho09.npy"}) {
            const Eigen::MatrixXd xy = testdata::matrix(std::string("mi/") + file);
            const double wanted = m_expected["gaussian_pairs"][file]["sample_cov_mi_nats"].get<double>();
            QVERIFY(std::abs(core::gaussianMutualInformation(column(xy, 0), column(xy, 1)) - wanted) < 1e-9);
        }
        const Eigen::MatrixXd xy = testdata::matrix("mi/mvgauss_xy.npy");
        const double wanted = m_expected["multivariate_gaussian"]["sample_cov_mi_nats"].get<double>();
        QVERIFY(std::abs(core::gaussianMutualInformation(xy.leftCols(3), xy.rightCols(3)) - wanted) < 1e-9);
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError,
                                 core::gaussianMutualInformation(Eigen::MatrixXd::Ones(100, 1), xy.col(0).head(100)));
    }

    void ksgApproachesTheGaussianTruth()
    {
        // N = 20 000, k = 4: within 0.02 nats of −½ ln(1 − ρ²); independence gives ≈ 0.
        for (const char *file : {"gaussian_rho00.npy", "gaussian_rho03.npy", "gaussian_rho06.npy", "gaussian_rho09.npy"}) {
            const Eigen::MatrixXd xy = testdata::matrix(std::string("mi/") + file);
            const double truth = m_expected["gaussian_pairs"][file]["analytic_mi_nats"].get<double>();
            for (int algorithm : {1, 2}) {
                core::KsgOptions options;
                options.algorithm = algorithm;
                const double mi = core::ksgMutualInformation(column(xy, 0), column(xy, 1), options, m_progress, m_cancel);
                QVERIFY2(std::abs(mi - truth) < 0.02,
                         qPrintable(QStringLiteral("%1 algorithm %2: %3 vs %4").arg(file).arg(algorithm).arg(mi).arg(truth)));
            }
        }
    }

    void ksgMatchesScikitLearn()
    {
        for (const auto &[name, dataset] : m_expected["ksg"]["datasets"].items()) {
            const Eigen::MatrixXd all = testdata::matrix("mi/" + dataset["file"].get<std::string>());
            const Eigen::MatrixXd xy = all.topRows(dataset["rows"][1].get<int>() - dataset["rows"][0].get<int>());
            for (const auto &[k, values] : dataset["k"].items()) {
                core::KsgOptions options;
                options.k = std::stoi(k);
                // Our defaults (standardise, JIDT's 1e-8 noise) against scikit-learn's own output: within 0.01 nats.
                const double ours = core::ksgMutualInformation(column(xy, 0), column(xy, 1), options, m_progress, m_cancel);
                const double sklearn = values["sklearn_nats"].get<double>(); // clamped at 0 by scikit-learn
                QVERIFY2(std::abs(std::max(ours, 0.0) - sklearn) < 0.01,
                         qPrintable(QStringLiteral("%1 k=%2: %3 vs %4").arg(QString::fromStdString(name), QString::fromStdString(k)).arg(ours).arg(sklearn)));
                // Without noise the algorithm is deterministic and must equal the clean-room numpy KSG exactly.
                options.noise = 0.0;
                options.standardise = false;
                const double raw = core::ksgMutualInformation(column(xy, 0), column(xy, 1), options, m_progress, m_cancel);
                QVERIFY2(std::abs(raw - values["cleanroom_raw_nats"].get<double>()) < 1e-9, qPrintable(QStringLiteral("raw %1 vs %2").arg(raw, 0, 'g', 17).arg(values["cleanroom_raw_nats"].get<double>(), 0, 'g', 17)));
                options.standardise = true;
                const double scaled = core::ksgMutualInformation(column(xy, 0), column(xy, 1), options, m_progress, m_cancel);
                QVERIFY2(std::abs(scaled - values["cleanroom_scaled_nats"].get<double>()) < 1e-9,
                         qPrintable(QStringLiteral("%1 k=%2: %3 vs %4").arg(QString::fromStdString(name), QString::fromStdString(k))
                                        .arg(scaled, 0, 'g', 17).arg(values["cleanroom_scaled_nats"].get<double>(), 0, 'g', 17)));

            }
        }
    }

    void ksgMultivariateAndThreads()
    {
        const Eigen::MatrixXd xy = testdata::matrix("mi/mvgauss_xy.npy");
        core::KsgOptions one;
        one.threads = 1;
        one.noise = 0.0; // deterministic: compare with the clean-room numpy value
        core::KsgOptions two = one;
        two.threads = 2;
        const double a = core::ksgMutualInformation(xy.leftCols(3), xy.rightCols(3), one, m_progress, m_cancel);
        const double b = core::ksgMutualInformation(xy.leftCols(3), xy.rightCols(3), two, m_progress, m_cancel);
        QCOMPARE(a, b); // the same number whatever the thread count
        two.search = core::KsgSearch::Scan;
        QCOMPARE(core::ksgMutualInformation(xy.leftCols(3), xy.rightCols(3), two, m_progress, m_cancel), a);
        const double numpy = m_expected["multivariate_gaussian"]["ksg1_k4_scaled_nats"].get<double>();
        QVERIFY2(std::abs(a - numpy) < 1e-9, qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(numpy)));
    }

    void ksgNeighbourSearchesAgree()
    {
        // Grid (one dimension per side), k-d tree and exhaustive scan against the clean-room numpy
        // KSG-1: ten joint dimensions, integer data where distances tie everywhere, Cauchy tails.
        const json &cases = m_expected["ksg_searches"];
        for (const char *file : {"ksg_wide.npy", "ksg_ties.npy", "ksg_cauchy.npy"}) {
            const Eigen::MatrixXd xy = testdata::matrix(std::string("mi/") + file);
            const int dx = cases[file]["dx"].get<int>();
            const double numpy = cases[file]["ksg1_k4_raw_nats"].get<double>();
            for (core::KsgSearch search : {core::KsgSearch::Automatic, core::KsgSearch::Tree, core::KsgSearch::Scan}) {
                core::KsgOptions options;
                options.noise = 0.0;
                options.standardise = false;
                options.search = search;
                const double ours = core::ksgMutualInformation(xy.leftCols(dx), xy.rightCols(xy.cols() - dx), options,
                                                               m_progress, m_cancel);
                QVERIFY2(std::abs(ours - numpy) < 1e-9, qPrintable(QStringLiteral("%1 search %2: %3 vs %4")
                                                                      .arg(file).arg(int(search)).arg(ours, 0, 'g', 17).arg(numpy, 0, 'g', 17)));
            }
        }
        // A side without columns, or distances that overflow, are refused rather than mis-counted; with
        // standardisation, values near 1e200 are fine and give what the same data at unit scale give.
        const Eigen::MatrixXd wide = testdata::matrix("mi/ksg_wide.npy");
        for (core::KsgSearch search : {core::KsgSearch::Automatic, core::KsgSearch::Tree, core::KsgSearch::Scan}) {
            core::KsgOptions options;
            options.search = search;
            QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::ksgMutualInformation(wide.leftCols(2), wide.leftCols(0), options,
                                                                                     m_progress, m_cancel));
            QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::ksgMutualInformation(wide.leftCols(0), wide, options,
                                                                                     m_progress, m_cancel));
            options.noise = 0.0;
            const Eigen::MatrixXd huge = wide * (0.9 * std::numeric_limits<double>::max() / wide.cwiseAbs().maxCoeff());
            const double unit = core::ksgMutualInformation(wide.leftCols(5), wide.rightCols(5), options, m_progress, m_cancel);
            QVERIFY(std::abs(core::ksgMutualInformation(huge.leftCols(5), huge.rightCols(5), options, m_progress, m_cancel) - unit)
                    < 1e-9);
            options.standardise = false;
            QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::ksgMutualInformation(huge.leftCols(5), huge.rightCols(5), options,
                                                                                     m_progress, m_cancel));
        }
        // Algorithm 2 has no library reference; its searches must give the same number on continuous
        // data (with ties, which k neighbours are taken is a free choice that changes the extents).
        for (const char *file : {"ksg_wide.npy", "ksg_cauchy.npy", "mvgauss_xy.npy"}) {
            const Eigen::MatrixXd xy = testdata::matrix(std::string("mi/") + file);
            const Eigen::Index dx = xy.cols() / 2;
            core::KsgOptions tree;
            tree.algorithm = 2;
            tree.search = core::KsgSearch::Tree;
            core::KsgOptions scan = tree;
            scan.search = core::KsgSearch::Scan;
            QCOMPARE(core::ksgMutualInformation(xy.leftCols(dx), xy.rightCols(dx), tree, m_progress, m_cancel),
                     core::ksgMutualInformation(xy.leftCols(dx), xy.rightCols(dx), scan, m_progress, m_cancel));
        }
    }

    void mixedMatchesScikitLearn()
    {
        // Ross's estimator: one column against scikit-learn's mutual_info_classif, three against the
        // clean-room numpy replica (max-norm); the class of one sample is left out as scikit-learn does.
        const Eigen::MatrixXd t = testdata::matrix("mi/mixed_t.npy");
        const std::vector<std::int64_t> y = labels("mi/mixed_y.npy");
        for (const auto &[k, values] : m_expected["mixed"]["k"].items()) {
            core::MixedKsgOptions options;
            options.k = std::stoi(k);
            const double ours = core::mixedKsgInformation(t.leftCols(1), y, options, m_progress, m_cancel);
            QVERIFY2(std::abs(std::max(ours, 0.0) - values["sklearn_column0_nats"].get<double>()) < 0.01,
                     qPrintable(QStringLiteral("k=%1: %2").arg(QString::fromStdString(k)).arg(ours)));
            options.noise = 0.0;
            QVERIFY(std::abs(core::mixedKsgInformation(t.leftCols(1), y, options, m_progress, m_cancel)
                             - values["cleanroom_column0_scaled_nats"].get<double>()) < 1e-9);
            QVERIFY(std::abs(core::mixedKsgInformation(t, y, options, m_progress, m_cancel)
                             - values["cleanroom_all_scaled_nats"].get<double>()) < 1e-9);
        }
        // Labels that say nothing: ≈ 0; no repeated label or mismatched sizes: refused.
        std::vector<std::int64_t> shuffled = y;
        std::mt19937 generator(5);
        std::shuffle(shuffled.begin(), shuffled.end(), generator);
        QVERIFY(std::abs(core::mixedKsgInformation(t, shuffled, {}, m_progress, m_cancel)) < 0.02);
        std::vector<std::int64_t> unique(std::size_t(t.rows()));
        std::iota(unique.begin(), unique.end(), 0);
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::mixedKsgInformation(t, unique, {}, m_progress, m_cancel));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::mixedKsgInformation(t.topRows(10), y, {}, m_progress, m_cancel));
    }

    void discreteMatchesScikitLearn()
    {
        for (const auto &[file, values] : m_expected["discrete"]["pairs"].items()) {
            const Eigen::MatrixXd pair = testdata::matrix("mi/" + file);
            std::vector<std::int64_t> x, y;
            for (Eigen::Index i = 0; i < pair.rows(); ++i) {
                x.push_back(std::int64_t(pair(i, 0)));
                y.push_back(std::int64_t(pair(i, 1)));
            }
            const core::DiscreteMutualInformation mi = core::discreteMutualInformation(x, y);
            QVERIFY(std::abs(mi.plugin - values["sklearn_mutual_info_score_nats"].get<double>()) < 1e-9);
            QVERIFY(std::abs(mi.millerMadow - values["mi_mm_nats"].get<double>()) < 1e-9);
            QVERIFY(std::abs(mi.hxy.millerMadow - values["h_xy_mm_nats"].get<double>()) < 1e-9);
            QCOMPARE(mi.hxy.observedSymbols, values["m_xy"].get<std::int64_t>());
        }
    }

    void szt12TaskMatchesTheFixture()
    {
        const Eigen::MatrixXd inputs = core::szt12Inputs();
        QCOMPARE(inputs, testdata::matrix("mi/szt12_inputs.npy"));
        const std::vector<std::int64_t> y = core::szt12Labels();
        QCOMPARE(y, labels("mi/szt12_labels.npy"));
        QCOMPARE(std::count(y.begin(), y.end(), 1), m_expected["szt12"]["positives"].get<std::int64_t>());
    }

    void binningMatchesNumpyAndNeverExceedsIxy()
    {
        const json &binning = m_expected["binning"];
        // Cells of values on and around the edges, as numpy.digitize gives them.
        const Eigen::VectorXd edgeValues = testdata::vector("mi/binning_edgecases.npy");
        const std::vector<int> cells = binning["edgecases_cells"].get<std::vector<int>>();
        for (Eigen::Index i = 0; i < edgeValues.size(); ++i) {
            Eigen::MatrixXd one(1, 1);
            one(0, 0) = edgeValues(i);
            QCOMPARE(core::binnedSymbols(one, {}).front(), std::uint64_t(cells[std::size_t(i)]));
        }
        const std::vector<std::int64_t> y = core::szt12Labels();
        const double hy = core::discreteEntropy(y).plugin / kLn2;
        for (const char *file : {"binning_layer3.npy", "binning_layer5.npy"}) {
            const core::BinningEstimate e = core::binningInformation(testdata::matrix(std::string("mi/") + file), {}, y, {});
            QVERIFY(std::abs(e.ixt / kLn2 - binning["layers"][file]["i_xt_bits"].get<double>()) < 1e-9);
            QVERIFY(std::abs(e.ity / kLn2 - binning["layers"][file]["i_ty_bits"].get<double>()) < 1e-9);
            QVERIFY(e.ity / kLn2 <= hy + 1e-12); // I(T;Y) <= I(X;Y) = H(Y) ≈ 0.99998 bits
        }
        // Binned in place from the stored float32 tensor (as the information plane does), with labels coded once.
        const core::CodedLabels coded(y);
        QVERIFY(std::abs(coded.entropy() / kLn2 - hy) < 1e-12);
        for (const char *file : {"binning_layer3.npy", "binning_layer5.npy"}) {
            const core::Tensor stored = core::readNpy(testdata::path(std::string("mi/") + file));
            QCOMPARE(stored.dtype(), core::DType::Float32);
            const std::vector<std::uint64_t> symbols = core::binnedSymbols(stored, {});
            QCOMPARE(symbols, core::binnedSymbols(testdata::matrix(std::string("mi/") + file), {}));
            const core::BinningEstimate e = core::binningInformation(symbols, {}, coded);
            QVERIFY(std::abs(e.ixt / kLn2 - binning["layers"][file]["i_xt_bits"].get<double>()) < 1e-9);
            QVERIFY(std::abs(e.ity / kLn2 - binning["layers"][file]["i_ty_bits"].get<double>()) < 1e-9);
        }
        // Cells only a few ulps wide (over the values' own range): the edges are walked, as numpy.digitize.
        const Eigen::VectorXd narrow = testdata::vector("mi/binning_narrow.npy");
        const std::vector<int> narrowCells = binning["narrow_cells"].get<std::vector<int>>();
        core::BinningOptions ownRange;
        ownRange.activationRange = true;
        const std::vector<std::uint64_t> narrowSymbols = core::binnedSymbols(Eigen::MatrixXd(narrow), ownRange);
        QCOMPARE(core::binnedSymbols(core::readNpy(testdata::path("mi/binning_narrow.npy")), ownRange), narrowSymbols);
        QCOMPARE(narrowSymbols.size(), narrowCells.size());
        for (std::size_t i = 0; i < narrowCells.size(); ++i)
            QCOMPARE(narrowSymbols[i], std::uint64_t(narrowCells[i]));
        // NaN or Inf anywhere is refused, not binned into an edge cell.
        for (double bad : {std::nan(""), double(INFINITY), -double(INFINITY)}) {
            Eigen::MatrixXd poisoned = Eigen::MatrixXd::Zero(50, 3);
            poisoned(37, 2) = bad;
            QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::binnedSymbols(poisoned, {}));
            QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::binnedSymbols(core::Tensor::fromMatrix(poisoned), {}));
            QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::binnedSymbols(core::Tensor::fromMatrix(poisoned), ownRange));
        }
        // T = X: 12 bits and all of H(Y); a constant layer: nothing.
        const core::BinningEstimate identity = core::binningInformation(core::szt12Inputs(), {}, y, {});
        QVERIFY(std::abs(identity.ixt / kLn2 - 12.0) < 1e-12);
        QVERIFY(std::abs(identity.ity / kLn2 - hy) < 1e-12);
        const core::BinningEstimate constant = core::binningInformation(Eigen::MatrixXd::Zero(4096, 3), {}, y, {});
        QCOMPARE(constant.ixt, 0.0);
        QCOMPARE(constant.ity, 0.0);
    }

    void kdeMatchesNumpy()
    {
        const std::vector<std::int64_t> y = labels("mi/kde_labels.npy");
        for (const char *file : {"kde_a.npy", "kde_b.npy"}) {
            const Eigen::MatrixXd h = testdata::matrix(std::string("mi/") + file);
            for (const char *variance : {"0.001", "0.1"}) {
                const json &values = m_expected["kde"]["arrays"][file][variance];
                const core::KdeEstimate e = core::kdeInformation(h, y, std::stod(variance), m_cancel);
                QVERIFY(std::abs(e.ixt - values["i_xt_up_nats"].get<double>()) < 1e-9);
                QVERIFY(std::abs(e.ity - values["i_ty_up_nats"].get<double>()) < 1e-9);
                QVERIFY(std::abs(e.ht - values["h_t_up_nats"].get<double>()) < 1e-9);
            }
        }
        Eigen::MatrixXd far = Eigen::MatrixXd::Zero(500, 3); // far apart relative to σ: I(X;T) = ln N
        for (int i = 0; i < 500; ++i)
            far(i, 0) = i;
        QVERIFY(std::abs(core::kdeInformation(far, {}, 1e-3, m_cancel).ixt - std::log(500.0)) < 1e-12);
    }

    void renyiAndCauchySchwarzMatchNumpy()
    {
        const Eigen::MatrixXd x = testdata::matrix("mi/renyi_x.npy");
        const Eigen::MatrixXd y = testdata::matrix("mi/renyi_y.npy");
        const json &cases = m_expected["renyi"]["cases"];
        for (const auto &[name, sigmaX, sigmaY] : {std::tuple<std::string, double, double>{"sigma_1", 1.0, 1.0},
                                                   {"silverman", core::silvermanWidth(x), core::silvermanWidth(y)}}) {
            if (name == "silverman") {
                QVERIFY(std::abs(sigmaX - cases[name]["sigma_x"].get<double>()) < 1e-12);
                QVERIFY(std::abs(sigmaY - cases[name]["sigma_y"].get<double>()) < 1e-12);
            }
            const Eigen::MatrixXd kx = core::gaussianGram(x, sigmaX), ky = core::gaussianGram(y, sigmaY);
            for (const char *alpha : {"1.01", "2.0"}) {
                const json &values = cases[name]["alpha"][alpha];
                QVERIFY(std::abs(core::renyiEntropy(kx, std::stod(alpha)) - values["s_x_bits"].get<double>()) < 1e-8);
                QVERIFY(std::abs(core::renyiMutualInformation(kx, ky, std::stod(alpha)) - values["i_bits"].get<double>()) < 1e-8);
            }
        }
        const double cs = core::cauchySchwarzMutualInformation(core::gaussianGram(x, 1.0), core::gaussianGram(y, 1.0));
        QVERIFY(std::abs(cs - m_expected["renyi"]["cs_qmi_sigma_1_bits"].get<double>()) < 1e-9);
        // K = I (σ → 0): S = log2 N; a constant variable (K = 11ᵀ): I = 0.
        const Eigen::MatrixXd identity = Eigen::MatrixXd::Identity(64, 64);
        QVERIFY(std::abs(core::renyiEntropy(identity, 2.0) - 6.0) < 1e-12);
        QVERIFY(std::abs(core::renyiMutualInformation(identity, Eigen::MatrixXd::Ones(64, 64), 1.01)) < 1e-9);
        QVERIFY(std::abs(core::cauchySchwarzMutualInformation(identity, identity) - 6.0) < 1e-12);
    }

    void permutationNullSeparatesDependence()
    {
        const Eigen::MatrixXd dependent = testdata::matrix("mi/gaussian_rho09.npy").topRows(1000);
        const Eigen::MatrixXd independent = testdata::matrix("mi/ksg_uniform.npy").topRows(1000);
        for (const auto &[data, shouldReject] : {std::pair<Eigen::MatrixXd, bool>{dependent, true}, {independent, false}}) {
            core::KsgOptions options;
            const Eigen::MatrixXd x = data.col(0), y = data.col(1);
            const double observed = core::ksgMutualInformation(x, y, options, m_progress, m_cancel);
            const core::NullDistribution null = core::permutationNull(1000, 19, observed, 3, [&](const std::vector<int> &p) {
                Eigen::MatrixXd shuffled(y.rows(), 1);
                for (std::size_t i = 0; i < p.size(); ++i)
                    shuffled(Eigen::Index(i), 0) = y(p[i], 0);
                return core::ksgMutualInformation(x, shuffled, options, m_progress, m_cancel);
            }, m_cancel);
            QCOMPARE(null.values.size(), std::size_t(19));
            if (shouldReject)
                QCOMPARE(null.pValue, 1.0 / 20.0);
            else
                QVERIFY2(null.pValue > 0.05, qPrintable(QString::number(null.pValue)));
            QVERIFY(std::abs(null.mean) < 0.02);
        }
    }

    void analysesRunFromTheRegistry()
    {
        core::Registry registry;
        core::registerBuiltins(registry);
        for (const char *id : {"mi.discrete", "mi.binning", "mi.kde", "mi.ksg", "mi.mixed", "mi.compressed", "mi.gaussian", "mi.renyi",
                               "infoplane.dump", "mi.workbench"}) {
            const core::AnalysisDescriptor *d = registry.analysis(id);
            QVERIFY2(d, id);
            QVERIFY(!d->citation.empty() && !d->methodNote.empty());
        }
        core::AnalysisInputs inputs;
        core::DataObject x, y;
        x.tensor = core::Tensor::fromMatrix(testdata::matrix("mi/gaussian_rho06.npy").col(0));
        y.tensor = core::Tensor::fromMatrix(testdata::matrix("mi/gaussian_rho06.npy").col(1));
        inputs.bind("x", x);
        inputs.bind("y", y);
        core::ParameterValues params;
        params.set(registry.analysis("mi.gaussian")->parameters, "units", std::string("bits"));
        const core::Result result = registry.run("mi.gaussian", inputs, params, m_progress, m_cancel);
        const auto &table = std::get<core::TableResult>(result.items.front());
        const double bits = std::get<double>(table.rows[1][1]);
        QVERIFY(std::abs(bits - m_expected["gaussian_pairs"]["gaussian_rho06.npy"]["sample_cov_mi_nats"].get<double>() / kLn2) < 1e-9);
    }

    void everySurrogateEstimatorDrawsItsNull()
    {
        // mi.binning, mi.ksg and mi.mixed with surrogates: a histogram of the null (bars) whose counts add
        // up to the surrogates, with the estimate of the table as its marker.
        core::Registry registry;
        core::registerBuiltins(registry);
        const Eigen::MatrixXd pairs = testdata::matrix("mi/gaussian_rho06.npy").topRows(400);
        core::DataObject continuous, other, labels, tanhLayer;
        continuous.tensor = core::Tensor::fromMatrix(pairs.col(0));
        other.tensor = core::Tensor::fromMatrix(pairs.col(1));
        const Eigen::MatrixXd classes = (pairs.col(1).array() > 0).cast<double>().matrix(); // whole numbers are labels
        labels.tensor = core::Tensor::fromMatrix(classes);
        tanhLayer.tensor = core::Tensor::fromMatrix(pairs.array().tanh().matrix());
        const std::vector<std::pair<const char *, std::vector<std::pair<const char *, core::DataObject>>>> cases = {
            {"mi.binning", {{"t", tanhLayer}, {"y", labels}}},
            {"mi.ksg", {{"x", continuous}, {"y", other}}},
            {"mi.mixed", {{"t", continuous}, {"y", labels}}}};
        for (const auto &[id, bindings] : cases) {
            core::AnalysisInputs inputs;
            for (const auto &[slot, data] : bindings)
                inputs.bind(slot, data);
            core::ParameterValues params;
            params.set(registry.analysis(id)->parameters, "surrogates", std::int64_t(30));
            const core::Result result = registry.run(id, inputs, params, m_progress, m_cancel);
            QCOMPARE(result.items.size(), std::size_t(2));
            const auto &table = std::get<core::TableResult>(result.items[0]);
            // The null is of I(T;Y) (binning, mixed) or I(X;Y) (KSG): the quantity its axis names.
            const auto &null = std::get<core::SeriesResult>(result.items[1]);
            QCOMPARE(null.id, std::string("null-distribution"));
            QCOMPARE(null.style, core::SeriesResult::Style::Bars);
            QCOMPARE(null.series.size(), std::size_t(1));
            QCOMPARE(null.series[0].y.size(), std::size_t(6)); // ceil(sqrt(30)) bins
            QCOMPARE(std::accumulate(null.series[0].y.begin(), null.series[0].y.end(), 0.0), 30.0);
            QCOMPARE(null.markers.size(), std::size_t(1));
            double estimate = NAN;
            for (const auto &row : table.rows)
                if (null.xLabel.rfind(std::get<std::string>(row[0]) + " [", 0) == 0)
                    estimate = std::get<double>(row[1]);
            QCOMPARE(null.markers[0].x, estimate);
            QVERIFY2(null.markers[0].name.find("p = ") != std::string::npos, null.markers[0].name.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestInformation)
#include "test_information.moc"

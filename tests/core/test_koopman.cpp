// Koopman analyses against analytic eigenvalues and numpy/scipy references
// (tests/data/generate_koopman_fixtures.py): DMD, Hankel DMD, EDMD, the integrator, latent entropy.
#include "analyses/koopman/dmd.h"
#include "analyses/koopman/dormandprince.h"
#include "analyses/koopman/dynamicalsystem.h"
#include "analyses/koopman/edmd.h"
#include "analyses/koopman/latententropy.h"
#include "data/tensor.h"
#include "errors/analysiserror.h"
#include "numerics/fmatile.h"
#include "numerics/snapshotproducts.h"
#include "numerics/symmetriceigen.h"
#include "registry/builtins.h"
#include "registry/dataobject.h"
#include "registry/registry.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"
#include "task/threadbudget.h"
#include "testdata.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <complex>
#include <functional>
#include <fstream>
#include <limits>
#include <random>

#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SVD>

using nlohmann::json;

namespace {

core::SnapshotSet fromColumns(const Eigen::MatrixXd &states, double dt = 1.0)
{
    return core::SnapshotSet(states, {0}, dt);
}

/// The distance from `value` to the nearest entry of `values`.
double nearest(const Eigen::VectorXcd &values, std::complex<double> value)
{
    double best = std::numeric_limits<double>::infinity();
    for (Eigen::Index k = 0; k < values.size(); ++k)
        best = std::min(best, std::abs(values[k] - value));
    return best;
}

} // namespace

class TestKoopman : public QObject
{
    Q_OBJECT

    json m_expected;
    core::Registry m_registry;
    core::AtomicCancelToken m_cancel;

    Eigen::MatrixXd lorenz() const
    {
        return testdata::matrix("koopman/lorenz.npy").transpose(); // stored (T, 3): columns as times here
    }

private Q_SLOTS:
    void initTestCase()
    {
        std::ifstream in(testdata::path("koopman/expected.json"));
        QVERIFY(in.good());
        in >> m_expected;
        core::registerBuiltins(m_registry);
    }

    void dmdRecoversALinearMap()
    {
        // x_{k+1} = A x_k, A = 0.95 R(0.1): λ = 0.95 e^{±0.1i}, ω = ln 0.95 ± 0.1i (methods §7.1).
        Eigen::Matrix2d a;
        a << std::cos(0.1), -std::sin(0.1), std::sin(0.1), std::cos(0.1);
        a *= 0.95;
        Eigen::MatrixXd z(2, 51);
        z.col(0) = Eigen::Vector2d(1.0, 0.0);
        for (int k = 1; k < 51; ++k)
            z.col(k) = a * z.col(k - 1);
        core::DmdOptions options;
        options.rank.rule = core::DmdRank::Rule::Full;
        const core::DmdFit fit = core::fitDmd(fromColumns(z), options, m_cancel);
        QCOMPARE(fit.rank, 2);
        const std::complex<double> expected = 0.95 * std::exp(std::complex<double>(0.0, 0.1));
        QVERIFY(std::abs(fit.eigenvalues[0] - expected) < 1e-12); // positive imaginary part first
        QVERIFY(std::abs(fit.eigenvalues[1] - std::conj(expected)) < 1e-12);
        const std::complex<double> omega = std::log(fit.eigenvalues[0]);
        QVERIFY(std::abs(omega - std::complex<double>(std::log(0.95), 0.1)) < 1e-12);
        // The modes and amplitudes rebuild x_0.
        QVERIFY((fit.modes * fit.amplitudes - z.col(0).cast<std::complex<double>>()).norm() < 1e-12);
    }

    void dmdGivesTheOscillatorsDecayAndFrequency()
    {
        // x'' + 2ζω₀x' + ω₀²x = 0 integrated here: ω = −ζω₀ ± iω₀√(1 − ζ²).
        const core::DynamicalSystem oscillator = core::dynamicalSystem("oscillator", {{"zeta", 0.2}, {"omega0", 2.0}});
        const Eigen::MatrixXd z = core::integrateDormandPrince(oscillator.field, oscillator.initial, 0.05, 400, m_cancel);
        core::DmdOptions options;
        const core::DmdFit fit = core::fitDmd(fromColumns(z, 0.05), options, m_cancel); // optimal rule: < 8 σ -> all
        QCOMPARE(fit.rank, 2);
        const std::complex<double> omega = std::log(fit.eigenvalues[0]) / 0.05;
        QVERIFY2(std::abs(omega.real() - (-0.4)) < 1e-8, qPrintable(QString::number(omega.real(), 'g', 17)));
        QVERIFY2(std::abs(omega.imag() - 2.0 * std::sqrt(1.0 - 0.04)) < 1e-8, qPrintable(QString::number(omega.imag(), 'g', 17)));
    }

    void hankelDmdOfLorenzEqualsNumpy()
    {
        const json &e = m_expected["lorenz_dmd"];
        const core::SnapshotSet embedded = core::delayEmbedding(fromColumns(lorenz(), 0.01), e["delays"].get<int>());
        QCOMPARE(embedded.states().rows(), Eigen::Index(24));
        core::DmdOptions options;
        options.rank.rule = core::DmdRank::Rule::Fixed;
        options.rank.rank = e["rank"].get<int>();
        const core::DmdFit fit = core::fitDmd(embedded, options, m_cancel);
        const auto sigma = e["singular_values"].get<std::vector<double>>();
        QCOMPARE(fit.singularValues.size(), Eigen::Index(sigma.size()));
        for (std::size_t i = 0; i < sigma.size(); ++i)
            QVERIFY2(std::abs(fit.singularValues[Eigen::Index(i)] - sigma[i]) <= 1e-9 * sigma[0], qPrintable(QString::number(i)));
        const auto re = e["real"].get<std::vector<double>>(), im = e["imag"].get<std::vector<double>>();
        const auto amplitude = e["amplitude"].get<std::vector<double>>();
        for (std::size_t k = 0; k < re.size(); ++k) {
            const std::complex<double> reference(re[k], im[k]);
            QVERIFY2(std::abs(fit.eigenvalues[Eigen::Index(k)] - reference) < 1e-8,
                     qPrintable(QStringLiteral("λ%1: %2%3i").arg(k).arg(fit.eigenvalues[Eigen::Index(k)].real(), 0, 'g', 15)
                                    .arg(fit.eigenvalues[Eigen::Index(k)].imag(), 0, 'g', 15)));
            QVERIFY2(std::abs(std::abs(fit.amplitudes[Eigen::Index(k)]) - amplitude[k]) < 1e-6 * std::max(1.0, amplitude[k]),
                     qPrintable(QStringLiteral("|b|%1").arg(k)));
        }
    }

    void symmetricEigenRecoversAKnownSpectrum()
    {
        // Q diag(λ) Qᵀ with a random orthogonal Q and a repeated eigenvalue: LAPACK's values in descending order
        // to 1e-12 relative (1e-10 of the largest, 100), and orthonormal vectors with A v = λ v.
        std::mt19937 generator(3);
        std::normal_distribution<double> normal;
        const int n = 60;
        Eigen::MatrixXd g(n, n);
        for (Eigen::Index k = 0; k < g.size(); ++k)
            g.data()[k] = normal(generator);
        const Eigen::MatrixXd q = Eigen::HouseholderQR<Eigen::MatrixXd>(g).householderQ();
        Eigen::VectorXd lambda(n);
        for (int i = 0; i < n; ++i)
            lambda[i] = i == 1 ? 50.0 : 100.0 - 1.5 * i; // 100, 50, 97, …: the order is not the input's
        lambda[3] = lambda[2]; // a repeated eigenvalue: its vectors must still come out orthonormal
        const Eigen::MatrixXd a = q * lambda.asDiagonal() * q.transpose();
        Eigen::MatrixXd lower = a.triangularView<Eigen::Lower>(); // the upper triangle must not be read
        lower.triangularView<Eigen::StrictlyUpper>().setConstant(std::nan(""));
        const core::SymmetricEigen eigen = core::symmetricEigen(lower);
        Eigen::VectorXd expected = lambda;
        std::sort(expected.data(), expected.data() + n, std::greater<double>());
        QVERIFY((eigen.values - expected).cwiseAbs().maxCoeff() < 1e-12 * 100);
        QVERIFY((eigen.vectors.transpose() * eigen.vectors - Eigen::MatrixXd::Identity(n, n)).cwiseAbs().maxCoeff() < 1e-12);
        QVERIFY((a * eigen.vectors - eigen.vectors * eigen.values.asDiagonal()).cwiseAbs().maxCoeff() < 1e-11);
        QVERIFY(core::symmetricEigen(Eigen::MatrixXd(0, 0)).values.size() == 0);
    }

    void snapshotProductsEqualEigenProductsOnAnySize()
    {
        // The tiled Gram matrix and lagged projection (AVX2/FMA on this CPU, else the BLAS) against Eigen's
        // products: odd state counts (padded panels), a column count that leaves a partial group of 4, a
        // leading dimension above the rows, y as x shifted by one column (DMD's view), and 600 states (the
        // BLAS beyond 512). Bound: both sums over m terms are within m·u·(|x| |x|ᵀ) of the exact value.
        struct Case
        {
            int n, m, pad, r;
        };
        std::mt19937 generator(11);
        std::normal_distribution<double> normal;
        const core::AtomicCancelToken cancel;
        qInfo("AVX2/FMA tiles on this CPU: %s", core::fma::hasAvx2Fma() ? "yes" : "no (the BLAS path only)");
        for (const Case &c : {Case{13, 9001, 3, 3}, Case{256, 9000, 0, 20}, Case{5, 3, 1, 1}, Case{1, 7, 0, 2},
                              Case{30, 4097, 2, 30}, Case{600, 50, 0, 4}}) {
            Eigen::MatrixXd big(c.n + c.pad, c.m + 1), u(c.n, c.r);
            for (Eigen::Index k = 0; k < big.size(); ++k)
                big.data()[k] = normal(generator);
            for (Eigen::Index k = 0; k < u.size(); ++k)
                u.data()[k] = normal(generator);
            const Eigen::Ref<const Eigen::MatrixXd> x = big.block(0, 0, c.n, c.m), y = big.block(0, 1, c.n, c.m);
            const QString label = QStringLiteral("n %1, m %2, r %3").arg(c.n).arg(c.m).arg(c.r);
            const double bound = 2.0 * c.m * std::numeric_limits<double>::epsilon();

            Eigen::MatrixXd gram = Eigen::MatrixXd::Constant(c.n, c.n, 1.0);
            gram.triangularView<Eigen::StrictlyUpper>().setConstant(7.0); // must stay: only the lower triangle is added to
            core::addGramLowerParallel(x, gram, cancel);
            const Eigen::MatrixXd reference = x * x.transpose();
            const Eigen::MatrixXd scale = x.cwiseAbs() * x.cwiseAbs().transpose();
            for (int j = 0; j < c.n; ++j)
                for (int i = 0; i < c.n; ++i) {
                    if (i < j) {
                        QVERIFY2(gram(i, j) == 7.0, qPrintable(label));
                        continue;
                    }
                    QVERIFY2(std::abs(gram(i, j) - 1.0 - reference(i, j)) <= bound * scale(i, j) + 1e-15,
                             qPrintable(label + QStringLiteral(": G(%1, %2)").arg(i).arg(j)));
                }

            const Eigen::MatrixXd lagged = core::laggedProjection(x, y, u, cancel);
            const Eigen::MatrixXd expected = y * (x.transpose() * u);
            const Eigen::MatrixXd laggedScale = y.cwiseAbs() * (x.cwiseAbs().transpose() * u.cwiseAbs());
            QCOMPARE(lagged.rows(), Eigen::Index(c.n));
            QCOMPARE(lagged.cols(), Eigen::Index(c.r));
            QVERIFY2(((lagged - expected).cwiseAbs().array() <= 2.0 * bound * laggedScale.array() + 1e-15).all(),
                     qPrintable(label));

            // The same bits on one thread: blocks are fixed by the column count, not by the cores.
            const core::ScopedThreadBudget oneThread(1);
            Eigen::MatrixXd single = Eigen::MatrixXd::Constant(c.n, c.n, 1.0);
            single.triangularView<Eigen::StrictlyUpper>().setConstant(7.0);
            core::addGramLowerParallel(x, single, cancel);
            QVERIFY2(single == gram, qPrintable(label));
            QVERIFY2(core::laggedProjection(x, y, u, cancel) == lagged, qPrintable(label));
        }
        core::AtomicCancelToken cancelled;
        cancelled.cancel();
        const Eigen::MatrixXd x = Eigen::MatrixXd::Ones(8, 20000);
        Eigen::MatrixXd gram = Eigen::MatrixXd::Zero(8, 8);
        QVERIFY_THROWS_EXCEPTION(core::CancelledError, core::addGramLowerParallel(x, gram, cancelled));
        QVERIFY_THROWS_EXCEPTION(core::CancelledError, core::laggedProjection(x, x, Eigen::MatrixXd::Ones(8, 2), cancelled));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::laggedProjection(x, x, Eigen::MatrixXd::Ones(7, 2), cancelled));
    }

    void gramRouteEqualsTheSvdRoute()
    {
        // A set above the Gram threshold (n · m > 4e6) against the thin SVD of the same pairs.
        std::mt19937 generator(5);
        std::normal_distribution<double> normal;
        const int n = 40, m = 120001;
        Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n);
        for (int i = 0; i < n; ++i)
            a(i, i) = 0.99 - 0.01 * i;
        Eigen::MatrixXd z(n, m);
        z.col(0).setOnes();
        for (int k = 1; k < m; ++k) {
            z.col(k) = a * z.col(k - 1);
            for (int i = 0; i < n; ++i)
                z(i, k) += 0.1 * normal(generator);
        }
        core::DmdOptions options;
        options.rank.rule = core::DmdRank::Rule::Fixed;
        options.rank.rank = 8;
        const core::DmdFit gram = core::fitDmd(fromColumns(z), options, m_cancel);
        QCOMPARE(gram.rank, 8);
        // Tu et al.'s formula from an explicit thin SVD of X: the same σ and eigenvalues.
        const Eigen::BDCSVD<Eigen::MatrixXd> svd(z.leftCols(m - 1), Eigen::ComputeThinU | Eigen::ComputeThinV);
        QVERIFY((gram.singularValues.head(8) - svd.singularValues().head(8)).norm() < 1e-9 * svd.singularValues()[0]);
        const Eigen::MatrixXd reduced = svd.matrixU().leftCols(8).transpose() * z.rightCols(m - 1) * svd.matrixV().leftCols(8)
                                        * svd.singularValues().head(8).cwiseInverse().asDiagonal();
        const Eigen::EigenSolver<Eigen::MatrixXd> referenceEigen(reduced);
        const Eigen::VectorXcd reference = referenceEigen.eigenvalues();
        // Exact modes Y V Σ⁻¹ w (the Gram route forms them without V): the same directions.
        const Eigen::MatrixXcd referenceModes =
            (z.rightCols(m - 1) * svd.matrixV().leftCols(8) * svd.singularValues().head(8).cwiseInverse().asDiagonal())
                .cast<std::complex<double>>()
            * referenceEigen.eigenvectors();
        for (Eigen::Index k = 0; k < 8; ++k) {
            QVERIFY2(nearest(gram.eigenvalues, reference[k]) < 1e-8, qPrintable(QString::number(k)));
            Eigen::Index j = 0;
            (gram.eigenvalues.array() - reference[k]).abs().minCoeff(&j);
            const Eigen::VectorXcd ours = gram.modes.col(j), theirs = referenceModes.col(k);
            const double cosine = std::abs(ours.dot(theirs)) / (ours.norm() * theirs.norm());
            QVERIFY2(std::abs(cosine - 1.0) < 1e-8, qPrintable(QStringLiteral("mode %1: cos %2").arg(k).arg(cosine)));
        }
        // The Gram route checks finiteness through the Gram's diagonal and the last column.
        for (const Eigen::Index column : {Eigen::Index(5000), Eigen::Index(m - 1)}) {
            Eigen::MatrixXd bad = z;
            bad(3, column) = column == 5000 ? std::nan("") : std::numeric_limits<double>::infinity();
            QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::fitDmd(fromColumns(bad), options, m_cancel));
        }
    }

    void hankelOfTwoSinusoidsGivesFourUnitEigenvalues()
    {
        const double w1 = 0.3, w2 = 0.7;
        Eigen::MatrixXd signal(1, 200);
        for (int k = 0; k < 200; ++k)
            signal(0, k) = std::sin(w1 * k) + 0.5 * std::cos(w2 * k);
        const core::SnapshotSet embedded = core::delayEmbedding(fromColumns(signal), 6);
        core::DmdOptions options;
        options.rank.rule = core::DmdRank::Rule::Fixed;
        options.rank.rank = 4;
        const core::DmdFit fit = core::fitDmd(embedded, options, m_cancel);
        for (double w : {w1, -w1, w2, -w2})
            QVERIFY2(nearest(fit.eigenvalues, std::exp(std::complex<double>(0.0, w))) < 1e-9, qPrintable(QString::number(w)));
    }

    void edmdWithALinearDictionaryEqualsDmd()
    {
        core::EdmdDictionary dictionary;
        dictionary.kind = core::EdmdDictionary::Kind::Linear;
        const core::EdmdFit fit = core::fitEdmd(fromColumns(lorenz(), 0.01), dictionary, m_cancel);
        const json &e = m_expected["lorenz_full"];
        const auto re = e["real"].get<std::vector<double>>(), im = e["imag"].get<std::vector<double>>();
        QCOMPARE(fit.eigenvalues.size(), Eigen::Index(3));
        for (std::size_t k = 0; k < re.size(); ++k)
            QVERIFY2(nearest(fit.eigenvalues, {re[k], im[k]}) < 1e-9, qPrintable(QString::number(k)));
    }

    void edmdFindsTheSlowManifoldsEigenvalues()
    {
        // {1, x1, x2, x1², x1x2, x2²} contains the invariant {x1, x2, x1²}: μ, λ, 2μ exactly (methods §7.2).
        const core::DynamicalSystem system = core::dynamicalSystem("slowmanifold");
        const double dt = 0.01;
        const Eigen::MatrixXd z = core::integrateDormandPrince(system.field, system.initial, dt, 5000, m_cancel);
        core::EdmdDictionary dictionary;
        dictionary.degree = 2;
        core::SnapshotSet set = fromColumns(z, dt);
        set.stateNames = system.stateNames;
        const core::EdmdFit fit = core::fitEdmd(set, dictionary, m_cancel);
        QCOMPARE(fit.functions.size(), std::size_t(6));
        QCOMPARE(fit.functions[3], std::string("x₁^2"));
        for (double omega : {-0.05, -1.0, -0.1})
            QVERIFY2(nearest(fit.eigenvalues, std::exp(omega * dt)) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2").arg(omega).arg(nearest(fit.eigenvalues, std::exp(omega * dt)))));
    }

    void integratorMatchesScipy()
    {
        const json &e = m_expected["lorenz_short"];
        const core::DynamicalSystem system = core::dynamicalSystem("lorenz");
        const Eigen::MatrixXd z = core::integrateDormandPrince(system.field, system.initial, e["dt"].get<double>(), 20, m_cancel);
        const auto states = e["states"].get<std::vector<std::vector<double>>>();
        for (std::size_t k = 0; k < states.size(); ++k)
            for (int i = 0; i < 3; ++i)
                QVERIFY2(std::abs(z(i, Eigen::Index(k)) - states[k][std::size_t(i)]) < 1e-6,
                         qPrintable(QStringLiteral("t = %1, state %2").arg(0.1 * double(k)).arg(i)));
    }

    void vonNeumannEntropy()
    {
        // Isotropic: rows ±e_i give Σ ∝ I exactly, S = ln d; on a line S = 0 (up to the 1e-8 floor).
        const int d = 5;
        Eigen::MatrixXd isotropic(2 * d, d);
        isotropic << Eigen::MatrixXd::Identity(d, d), -Eigen::MatrixXd::Identity(d, d);
        const core::LatentEntropy iso = core::latentEntropy(isotropic);
        QVERIFY(std::abs(iso.entropy - std::log(double(d))) < 1e-9);
        QVERIFY(std::abs(iso.effectiveRank - d) < 1e-8);
        Eigen::MatrixXd line(50, d);
        for (int r = 0; r < 50; ++r)
            line.row(r) = double(r) * Eigen::RowVectorXd::LinSpaced(d, 1.0, 2.0);
        QVERIFY(core::latentEntropy(line).entropy < 1e-5);
        const core::LatentEntropy latents = core::latentEntropy(testdata::matrix("koopman/latents.npy"));
        QVERIFY(std::abs(latents.entropy - m_expected["latents"]["entropy"].get<double>()) < 1e-10);
    }

    void badInputIsAClearError()
    {
        core::DmdOptions options;
        options.rank.rule = core::DmdRank::Rule::Fixed;
        options.rank.rank = 5;
        const Eigen::MatrixXd z = lorenz().leftCols(100);
        try {
            core::fitDmd(fromColumns(z), options, m_cancel);
            QFAIL("rank 5 of 3 states was accepted");
        } catch (const core::AnalysisError &e) {
            QVERIFY2(std::string(e.what()).find("larger than possible") != std::string::npos, e.what());
        }
        Eigen::MatrixXd nan = z;
        nan(1, 7) = std::nan("");
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::fitDmd(fromColumns(nan), {}, m_cancel));
        core::DmdOptions centred;
        centred.subtractMean = true;
        try {
            core::fitDmd(fromColumns(Eigen::MatrixXd::Constant(3, 20, 4.0)), centred, m_cancel);
            QFAIL("a constant trajectory was accepted");
        } catch (const core::AnalysisError &e) {
            QVERIFY2(std::string(e.what()).find("constant") != std::string::npos, e.what());
        }
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::fitDmd(fromColumns(z.leftCols(1)), {}, m_cancel));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::delayEmbedding(fromColumns(z.leftCols(5)), 5));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::dynamicalSystem("lorenz", {{"gamma", 1.0}}));
        // Through the registry: a dt of 0 is refused by the parameter's range, a 1-d array by the layout.
        core::NullProgress progress;
        const core::AnalysisDescriptor *d = m_registry.analysis("koopman.dmd");
        QVERIFY(d);
        core::AnalysisInputs inputs;
        inputs.bind("snapshots", m_registry.read(testdata::path("koopman/lorenz.npy")));
        core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, params.setFromString(d->parameters, "dt", "0"));
        params.setFromString(d->parameters, "layout", "trajectories");
        try {
            m_registry.run("koopman.dmd", inputs, params, progress, m_cancel);
            QFAIL("a 2-d array was taken for trajectories × time × state");
        } catch (const core::AnalysisError &e) {
            QVERIFY2(std::string(e.what()).find("3-d") != std::string::npos, e.what());
        }
    }

    void entropyAnalysisOfIsotropicLatents()
    {
        // i.i.d. N(0, I₄) latents: S = ln 4, effective rank 4, I(z_t; z_t+1) = 0 (to sampling error).
        std::mt19937 generator(11);
        std::normal_distribution<double> normal;
        Eigen::MatrixXd latents(4000, 4);
        for (Eigen::Index i = 0; i < latents.size(); ++i)
            latents.data()[i] = normal(generator);
        core::DataObject data;
        data.tensor = core::Tensor::fromMatrix(latents);
        data.source = "isotropic";
        core::AnalysisInputs inputs;
        inputs.bind("latents", data);
        const core::AnalysisDescriptor *d = m_registry.analysis("koopman.entropy");
        core::NullProgress progress;
        for (const std::string mi : {"gaussian", "both", "none"}) {
            core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
            params.setFromString(d->parameters, "mi", mi);
            const core::Result result = m_registry.run("koopman.entropy", inputs, params, progress, m_cancel);
            const auto &table = std::get<core::TableResult>(result.items.front());
            // Only the MI columns asked for.
            QCOMPARE(table.columns.size(), std::size_t(mi == "both" ? 7 : mi == "none" ? 5 : 6));
            const auto &row = table.rows.at(0);
            QVERIFY2(std::abs(std::get<double>(row[1]) - std::log(4.0)) < 0.01, qPrintable(QString::number(std::get<double>(row[1]))));
            QVERIFY(std::abs(std::get<double>(row[3]) - 4.0) < 0.05);
            if (mi != "none")
                QVERIFY2(std::abs(std::get<double>(row[5])) < 0.01, qPrintable(QString::number(std::get<double>(row[5]))));
        }
    }

    void analysisRunsOnAnArrayWithoutCopyingIt()
    {
        // The float64 (T, 3) .npy as time × state: the view route; results equal the core fit.
        core::NullProgress progress;
        const core::AnalysisDescriptor *d = m_registry.analysis("koopman.dmd");
        core::AnalysisInputs inputs;
        inputs.bind("snapshots", m_registry.read(testdata::path("koopman/lorenz.npy")));
        core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
        params.setFromString(d->parameters, "rank_rule", "full");
        const core::Result result = m_registry.run("koopman.dmd", inputs, params, progress, m_cancel);
        const core::TableResult *table = nullptr;
        for (const core::ResultItem &item : result.items)
            if (const auto *t = std::get_if<core::TableResult>(&item); t && t->id == "eigenvalues")
                table = t;
        QVERIFY(table);
        const json &e = m_expected["lorenz_full"];
        QCOMPARE(table->rows.size(), std::size_t(3));
        for (std::size_t k = 0; k < 3; ++k) {
            QVERIFY(std::abs(std::get<double>(table->rows[k][1]) - e["real"][k].get<double>()) < 1e-9);
            QVERIFY(std::abs(std::get<double>(table->rows[k][2]) - e["imag"][k].get<double>()) < 1e-9);
        }
    }
};

QTEST_GUILESS_MAIN(TestKoopman)
#include "test_koopman.moc"

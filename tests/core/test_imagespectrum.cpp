// spectrum.image against numpy.fft references (tests/data/generate_fixtures.py) and analytic cases.
#include "analyses/spectrum/imagespectrum.h"
#include "errors/analysiserror.h"
#include "io/arraywriters.h"
#include "io/imagereader.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include <cmath>

using testdata::item;

class TestImageSpectrum : public QObject
{
    Q_OBJECT

private:
    core::Registry m_registry;

    core::Result run(const std::string &file, const std::string &window, const std::string &norm,
                     const std::string &channels)
    {
        const core::AnalysisDescriptor *d = m_registry.analysis("spectrum.image");
        core::AnalysisInputs inputs;
        inputs.bind("image", m_registry.read(testdata::path("spectrum/" + file)));
        core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
        params.setFromString(d->parameters, "window", window);
        params.setFromString(d->parameters, "norm", norm);
        params.setFromString(d->parameters, "channels", channels);
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        return m_registry.run("spectrum.image", inputs, params, progress, cancel);
    }

private Q_SLOTS:
    void initTestCase() { core::registerBuiltins(m_registry); }

    void matchesNumpy_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("window");
        QTest::addColumn<QString>("norm");
        QTest::addColumn<QString>("channels");
        QTest::addColumn<QStringList>("names");
        const QStringList grey{"grey"}, rgb{"red", "green", "blue"};
        QTest::newRow("grey u8, odd height") << "grey_u8" << "png" << "none" << "backward" << "grey" << grey;
        QTest::newRow("grey u8, hann ortho") << "grey_u8" << "png" << "hann" << "ortho" << "grey" << grey;
        QTest::newRow("rgb as luma") << "rgb_u8" << "png" << "none" << "backward" << "grey" << grey;
        QTest::newRow("rgb luma hann ortho") << "rgb_u8" << "png" << "hann" << "ortho" << "grey" << grey;
        QTest::newRow("rgb per channel") << "rgb_u8" << "png" << "none" << "backward" << "per-channel" << rgb;
        QTest::newRow("rgb per channel hann") << "rgb_u8" << "png" << "hann" << "backward" << "per-channel" << rgb;
        QTest::newRow("16-bit grey") << "grey_u16" << "png" << "none" << "backward" << "grey" << grey;
        QTest::newRow("float64 npy") << "plane_f64" << "npy" << "none" << "backward" << "grey" << grey;
        QTest::newRow("float64 npy hann ortho") << "plane_f64" << "npy" << "hann" << "ortho" << "grey" << grey;
    }

    void matchesNumpy()
    {
        QFETCH(QString, stem);
        QFETCH(QString, extension);
        QFETCH(QString, window);
        QFETCH(QString, norm);
        QFETCH(QString, channels);
        QFETCH(QStringList, names);
        const core::Result result = run(stem.toStdString() + "." + extension.toStdString(), window.toStdString(),
                                        norm.toStdString(), channels.toStdString());
        const auto &profiles = item<core::SeriesResult>(result, "radial-profile");
        QCOMPARE(int(profiles.series.size()), names.size());
        for (int k = 0; k < names.size(); ++k) {
            const std::string name = names[k].toStdString();
            const std::string tag = QStringLiteral("spectrum/%1__%2_%3_%4_%5_").arg(stem, window, norm, channels, names[k]).toStdString();
            const Eigen::MatrixXd expected = testdata::matrix(tag + "amplitude.npy");
            const auto &map = item<core::HeatMapResult>(result, "amplitude-" + name);
            QCOMPARE(map.rows, int(expected.rows()));
            QCOMPARE(map.cols, int(expected.cols()));
            const double scale = expected.cwiseAbs().maxCoeff();
            double worst = 0.0;
            for (int r = 0; r < map.rows; ++r)
                for (int c = 0; c < map.cols; ++c)
                    worst = std::max(worst, std::abs(map.at(r, c) - expected(r, c)));
            if (worst > 1e-10 * scale)
                QFAIL(qPrintable(QStringLiteral("amplitude differs from numpy by %1 (scale %2)").arg(worst).arg(scale)));

            // Phase where the amplitude is not negligible (elsewhere it is rounding noise), modulo 2 pi.
            const Eigen::MatrixXd phase = testdata::matrix(tag + "phase.npy");
            const auto &phaseMap = item<core::HeatMapResult>(result, "phase-" + name);
            QVERIFY(phaseMap.cyclic);
            for (int r = 0; r < map.rows; ++r)
                for (int c = 0; c < map.cols; ++c)
                    if (expected(r, c) > 1e-8 * scale)
                        QVERIFY2(std::abs(std::remainder(phaseMap.at(r, c) - phase(r, c), 2 * M_PI)) < 1e-8,
                                 qPrintable(QStringLiteral("phase (%1, %2) = %3, numpy %4").arg(r).arg(c).arg(phaseMap.at(r, c)).arg(phase(r, c))));
            const Eigen::VectorXd angular = testdata::vector(tag + "angular.npy");
            const core::Series &orientation = item<core::SeriesResult>(result, "angular-profile").series[std::size_t(k)];
            QCOMPARE(qsizetype(orientation.y.size()), qsizetype(angular.size()));
            for (Eigen::Index i = 0; i < angular.size(); ++i)
                QVERIFY(std::isnan(angular(i)) ? std::isnan(orientation.y[std::size_t(i)])
                                               : std::abs(orientation.y[std::size_t(i)] - angular(i)) <= 1e-10 * scale);

            const Eigen::VectorXd profile = testdata::vector(tag + "profile.npy");
            const core::Series &series = profiles.series[std::size_t(k)];
            QCOMPARE(series.name, name);
            QCOMPARE(qsizetype(series.y.size()), qsizetype(profile.size()));
            for (Eigen::Index i = 0; i < profile.size(); ++i) {
                // Square images: k / N cycles/pixel; otherwise the bin k.
                QCOMPARE(series.x[std::size_t(i)], map.rows == map.cols ? double(i) / map.cols : double(i));
                QVERIFY2(std::abs(series.y[std::size_t(i)] - profile(i)) <= 1e-10 * scale,
                         qPrintable(QStringLiteral("profile[%1] = %2, numpy %3").arg(i).arg(series.y[std::size_t(i)]).arg(profile(i))));
            }
        }
    }

    // A constant image has all its energy at DC: |F(0,0)| = c*H*W (backward) or c*sqrt(H*W) (ortho).
    // spectrum.compare: each map is spectrum.image's (numpy fixture); twice the image is log10 2 everywhere.
    void comparesTwoSpectra()
    {
        const std::string image = testdata::path("spectrum/grey_u8.png");
        QTemporaryDir dir;
        const std::string doubled = dir.filePath("doubled.npy").toStdString();
        {
            const Eigen::MatrixXd pixels = 2.0 * core::readImage(image).toMatrix();
            std::ofstream out(doubled, std::ios::binary);
            core::writeNpy(core::Tensor::fromMatrix(pixels), out, core::AtomicCancelToken());
        }
        const core::AnalysisDescriptor *d = m_registry.analysis("spectrum.compare");
        core::AnalysisInputs inputs;
        inputs.bind("image", m_registry.read(image));
        inputs.bind("second", m_registry.read(doubled));
        core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
        params.setFromString(d->parameters, "window", "hann");
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        const core::Result result = m_registry.run("spectrum.compare", inputs, params, progress, cancel);
        const Eigen::MatrixXd expected = testdata::matrix("spectrum/grey_u8__hann_ortho_grey_grey_amplitude.npy");
        const auto &first = item<core::HeatMapResult>(result, "amplitude-image");
        for (int r = 0; r < first.rows; ++r)
            for (int c = 0; c < first.cols; ++c) {
                QVERIFY(std::abs(first.at(r, c) - expected(r, c)) <= 1e-10 * expected.maxCoeff());
                const double ratio = item<core::HeatMapResult>(result, "log-ratio").at(r, c);
                QVERIFY(expected(r, c) < 1e-9 * expected.maxCoeff() || std::abs(ratio - std::log10(2.0)) < 1e-9);
            }
        QVERIFY(std::abs(std::get<double>(item<core::TableResult>(result, "summary").rows[0][2]) - 2.0) < 1e-12);

        core::AnalysisInputs mismatched;
        mismatched.bind("image", m_registry.read(image));
        mismatched.bind("second", m_registry.read(testdata::path("spectrum/rgb_u8.png")));
        try {
            m_registry.run("spectrum.compare", mismatched, params, progress, cancel);
            QFAIL("images of two sizes were compared");
        } catch (const core::AnalysisError &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains("one size"), e.what());
        }
    }

    void constantImageIsPureDc()
    {
        const Eigen::MatrixXd plane = Eigen::MatrixXd::Constant(6, 10, 3.0);
        const Eigen::MatrixXd backward = core::amplitudeSpectrum(plane, false, core::ImageSpectrumOptions::Norm::Backward);
        const Eigen::MatrixXd ortho = core::amplitudeSpectrum(plane, false, core::ImageSpectrumOptions::Norm::Ortho);
        QVERIFY(std::abs(backward(3, 5) - 180.0) < 1e-12);
        QVERIFY(std::abs(ortho(3, 5) - 3.0 * std::sqrt(60.0)) < 1e-12);
        QVERIFY(backward.sum() - backward(3, 5) < 1e-9);
    }

    // A pure cosine along x with k cycles puts two peaks of H*W/2 at (H//2, W//2 +- k).
    void cosinePeaks()
    {
        const int h = 8, w = 16, k = 3;
        Eigen::MatrixXd plane(h, w);
        for (int r = 0; r < h; ++r)
            for (int c = 0; c < w; ++c)
                plane(r, c) = std::cos(2.0 * M_PI * k * c / w);
        const Eigen::MatrixXd a = core::amplitudeSpectrum(plane, false, core::ImageSpectrumOptions::Norm::Backward);
        QVERIFY(std::abs(a(h / 2, w / 2 + k) - h * w / 2.0) < 1e-9);
        QVERIFY(std::abs(a(h / 2, w / 2 - k) - h * w / 2.0) < 1e-9);
        // Its energy is all at orientation 0 (horizontal frequencies): the first angular bin.
        const std::vector<double> angular = core::angularProfile(a, 36);
        QVERIFY(angular[0] > 1.0);
        for (std::size_t i = 1; i < angular.size(); ++i)
            QVERIFY(std::isnan(angular[i]) || angular[i] < 1e-9);
        QVERIFY(std::abs(a.sum() - h * w) < 1e-8);
    }

    void inscribedExtentStopsBeforeTheCorners()
    {
        // A 6 x 9 array: the inscribed ring radius is min(3, 2, 4, 4) = 2, so the profile has bins 0, 1, 2,
        // the first three of the full profile (numpy reference), in bins since the image is not square.
        const core::AnalysisDescriptor *d = m_registry.analysis("spectrum.image");
        core::AnalysisInputs inputs;
        core::DataObject image;
        Eigen::MatrixXd pixels(6, 9);
        for (int r = 0; r < 6; ++r)
            for (int c = 0; c < 9; ++c)
                pixels(r, c) = std::sin(0.7 * r) + std::cos(1.3 * c) + 0.1 * r * c;
        image.tensor = core::Tensor::fromMatrix(pixels);
        inputs.bind("image", image);
        core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        const auto full = item<core::SeriesResult>(m_registry.run("spectrum.image", inputs, params, progress, cancel),
                                                   "radial-profile").series[0];
        params.setFromString(d->parameters, "extent", "inscribed");
        const auto inner = item<core::SeriesResult>(m_registry.run("spectrum.image", inputs, params, progress, cancel),
                                                    "radial-profile").series[0];
        QCOMPARE(full.y.size(), std::size_t(6)); // floor(sqrt(3^2 + 4^2)) = 5: bins 0 ... 5
        QCOMPARE(inner.y.size(), std::size_t(3));
        QCOMPARE(inner.x, (std::vector<double>{0.0, 1.0, 2.0}));
        for (std::size_t k = 0; k < inner.y.size(); ++k)
            QCOMPARE(inner.y[k], full.y[k]);
    }

    void radialBinsCoverCorners()
    {
        // 5 x 4 image: centre (2, 2), farthest pixel (0, 0) or (4, 0) at distance sqrt(8) -> bins 0..2.
        const core::RadialProfile p = core::radialProfile(Eigen::MatrixXd::Ones(5, 4));
        QCOMPARE(p.mean.size(), std::size_t(3));
        QCOMPARE(p.count[0], std::int64_t(1));
        QCOMPARE(p.count[0] + p.count[1] + p.count[2], std::int64_t(20));
    }

    void hannMatchesNumpyDefinition()
    {
        const Eigen::VectorXd w = core::hannWindow(5); // numpy.hanning(5) = [0, 0.5, 1, 0.5, 0]
        QVERIFY(std::abs(w(0)) < 1e-15 && std::abs(w(1) - 0.5) < 1e-15 && std::abs(w(2) - 1.0) < 1e-15);
        QCOMPARE(core::hannWindow(1)(0), 1.0);
    }

    void refusesNonFinitePixels()
    {
        core::Tensor image = core::Tensor::zeros(core::DType::Float32, {4, 4});
        image.mutableData<float>()[5] = std::nanf("");
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::computeImageSpectrum(image, {}, progress, cancel));
    }

    void refusesBadShapes()
    {
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError,
                                 core::computeImageSpectrum(core::Tensor::zeros(core::DType::UInt8, {4, 4, 2}), {}, progress, cancel));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError,
                                 core::computeImageSpectrum(core::Tensor::zeros(core::DType::UInt8, {2, 4, 4, 3}), {}, progress, cancel));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError,
                                 core::computeImageSpectrum(core::Tensor::zeros(core::DType::UInt8, {0, 4}), {}, progress, cancel));
    }

    void cancelledBeforeStartDeliversNothing()
    {
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        cancel.cancel();
        QVERIFY_THROWS_EXCEPTION(core::CancelledError,
                                 core::computeImageSpectrum(core::Tensor::zeros(core::DType::UInt8, {8, 8}), {}, progress, cancel));
    }
};

QTEST_GUILESS_MAIN(TestImageSpectrum)
#include "test_imagespectrum.moc"

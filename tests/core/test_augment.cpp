// Dataset spectra (FPGM signature), FPGM perturbation, FDA, IRAD resampling and SDAP sub-samples against
// numpy/scipy/torch references (tests/data/generate_augment_fixtures.py) and analytic cases.
#include "analyses/augment/amplitudeswap.h"
#include "analyses/augment/coordinateresampling.h"
#include "analyses/augment/fpgmperturbation.h"
#include "analyses/augment/randomsubsamples.h"
#include "analyses/spectrum/edgeband.h"
#include "analyses/spectrum/planedft.h"
#include "errors/analysiserror.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace {

double relativeError(const Eigen::MatrixXd &got, const Eigen::MatrixXd &want)
{
    return (got - want).cwiseAbs().maxCoeff() / std::max(1e-300, want.cwiseAbs().maxCoeff());
}

Eigen::MatrixXd channel(const core::Tensor &image, int c)
{
    return image.ndim() == 2 ? image.toMatrix() : image.select(2, c).toMatrix();
}

} // namespace

using testdata::item;

class TestAugment : public QObject
{
    Q_OBJECT

private:
    core::Registry m_registry;

    core::Result run(const std::string &id, const std::vector<std::pair<std::string, std::string>> &inputs,
                     const std::vector<std::pair<std::string, std::string>> &parameters = {})
    {
        const core::AnalysisDescriptor *d = m_registry.analysis(id);
        core::AnalysisInputs bound;
        for (const auto &[slot, file] : inputs)
            bound.bind(slot, m_registry.read(file));
        core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
        for (const auto &[key, value] : parameters)
            params.setFromString(d->parameters, key, value);
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        return m_registry.run(id, bound, params, progress, cancel);
    }

    static void expectError(const std::function<void()> &call, const QString &fragment)
    {
        try {
            call();
        } catch (const core::AnalysisError &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(fragment), e.what());
            return;
        }
        QFAIL(qPrintable("no error containing: " + fragment));
    }

    /// A set folder with one image and mask per entry, written by OpenCV.
    static QString writeSet(const QTemporaryDir &dir, const QString &name, const std::vector<cv::Mat> &images,
                            const std::vector<cv::Mat> &masks)
    {
        const QString root = dir.filePath(name);
        QDir().mkpath(root + "/images");
        QDir().mkpath(root + "/masks");
        for (std::size_t i = 0; i < images.size(); ++i) {
            cv::imwrite((root + QStringLiteral("/images/c%1.png").arg(i)).toStdString(), images[i]);
            cv::imwrite((root + QStringLiteral("/masks/c%1.png").arg(i)).toStdString(), masks[i]);
        }
        return root;
    }

private Q_SLOTS:
    void initTestCase() { core::registerBuiltins(m_registry); }

    void edgeBandOfADiscIsAnAnnulus()
    {
        const Eigen::MatrixXd disc = testdata::matrix("augment/disc_mask.npy");
        const Eigen::MatrixXd band = core::edgeBand(disc);
        QCOMPARE(band, testdata::matrix("augment/disc_band.npy"));
        // A straight boundary (the side of a square, columns 10 ... 29 inside): the band is 4 pixels wide,
        // 2 on each side: columns 8 ... 11 and 28 ... 31.
        Eigen::MatrixXd square = Eigen::MatrixXd::Zero(40, 40);
        square.block(10, 10, 20, 20).setOnes();
        const Eigen::MatrixXd squareBand = core::edgeBand(square);
        for (int c = 0; c < 40; ++c)
            QCOMPARE(squareBand(20, c), (c >= 8 && c <= 11) || (c >= 28 && c <= 31) ? 1.0 : 0.0);
        // The disc's band is an annulus: no farther from the circle than the Sobel and dilation reach
        // diagonally (2 sqrt 2) plus half a pixel of the boundary's rasterisation, and closed.
        for (int r = 0; r < 40; ++r)
            for (int c = 0; c < 40; ++c)
                if (band(r, c) > 0)
                    QVERIFY(std::abs(std::hypot(r - 20.0, c - 19.0) - 12.0) < 2 * std::sqrt(2.0) + 0.5);
        for (double angle = 0; angle < 2 * M_PI; angle += 0.05)
            QCOMPARE(band(int(std::lround(20 + 12 * std::sin(angle))), int(std::lround(19 + 12 * std::cos(angle)))), 1.0);
    }

    void datasetSignatureMatchesNumpy()
    {
        const core::Result result = run("spectrum.dataset", {{"set", testdata::path("augment/centre_a")},
                                                             {"set.2", testdata::path("augment/centre_b")}});
        const auto &profiles = item<core::TableResult>(result, "profiles");
        int checked = 0;
        for (const std::string centre : {"centre_a", "centre_b"})
            for (const std::string kind : {"edge", "whole"}) {
                const Eigen::VectorXd mean = testdata::vector("augment/" + centre + "_" + kind + "_mean.npy");
                const Eigen::VectorXd sd = testdata::vector("augment/" + centre + "_" + kind + "_sd.npy");
                for (const auto &row : profiles.rows) {
                    if (std::get<std::string>(row[0]) != centre || std::get<std::string>(row[1]) != kind)
                        continue;
                    const auto k = std::get<std::int64_t>(row[2]);
                    QVERIFY(std::abs(std::get<double>(row[4]) - mean(k)) <= 1e-9 * mean.maxCoeff());
                    QVERIFY(std::abs(std::get<double>(row[5]) - sd(k)) <= 1e-9 * mean.maxCoeff());
                    ++checked;
                }
            }
        QCOMPARE(checked, 4 * 24); // 48 x 48: R = 24 bins

        QFile file(QString::fromStdString(testdata::path("augment/expected.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        const auto &consistency = item<core::TableResult>(result, "consistency");
        QCOMPARE(consistency.rows.size(), std::size_t(2));
        for (const auto &row : consistency.rows) {
            const QJsonObject want = expected.value("consistency_" + QString::fromStdString(std::get<std::string>(row[2]))).toObject();
            QVERIFY(std::abs(std::get<double>(row[3]) - want.value("cosine").toDouble()) < 1e-12);
            QVERIFY(std::abs(std::get<double>(row[4]) - want.value("jsd_bits").toDouble()) < 1e-12);
        }
        // The band around each curve is mean +- sd (clipped at 0), normalised like it.
        const auto &plot = item<core::SeriesResult>(result, "edge-profile-absolute");
        QCOMPARE(plot.bands.size(), std::size_t(2));
        const Eigen::VectorXd sdA = testdata::vector("augment/centre_a_edge_sd.npy");
        QVERIFY(std::abs(plot.bands[0].upper[3] - plot.series[0].y[3] - sdA(3)) < 1e-9 * plot.series[0].y[0]);
    }

    void datasetSignatureRefusesBadSets()
    {
        QTemporaryDir dir;
        const cv::Mat image(20, 20, CV_8UC1, cv::Scalar(100)), other(24, 24, CV_8UC1, cv::Scalar(90));
        cv::Mat mask = cv::Mat::zeros(20, 20, CV_8UC1), otherMask = cv::Mat::zeros(24, 24, CV_8UC1);
        cv::circle(mask, {10, 10}, 5, cv::Scalar(255), -1);
        cv::circle(otherMask, {12, 12}, 5, cv::Scalar(255), -1);
        const QString mixed = writeSet(dir, "mixed", {image, other}, {mask, otherMask});
        expectError([&] { run("spectrum.dataset", {{"set", mixed.toStdString()}}); }, "need one size");
        // Resizing makes it valid (never cropping).
        QCOMPARE(item<core::TableResult>(run("spectrum.dataset", {{"set", mixed.toStdString()}}, {{"resize", "16"}}), "sets").rows[0][2],
                 core::TableCell(std::int64_t(16)));

        const QString wrongMask = writeSet(dir, "wrongmask", {image}, {otherMask});
        expectError([&] { run("spectrum.dataset", {{"set", wrongMask.toStdString()}}); }, "must have its image's size");

        cv::Mat grey = mask.clone();
        grey.at<std::uint8_t>(3, 3) = 128;
        const QString nonBinary = writeSet(dir, "nonbinary", {image}, {grey});
        expectError([&] { run("spectrum.dataset", {{"set", nonBinary.toStdString()}}); }, "is not binary");
        QVERIFY(!item<core::TableResult>(run("spectrum.dataset", {{"set", nonBinary.toStdString()}}, {{"binarise", "true"}}), "sets").rows.empty());

        const QString empty = writeSet(dir, "emptymask", {image}, {cv::Mat::zeros(20, 20, CV_8UC1)});
        expectError([&] { run("spectrum.dataset", {{"set", empty.toStdString()}}, {{"signature", "edge"}}); }, "no edge band");
    }

    void fpgmRefusesAnotherSizeAndWritesBesideNotOver()
    {
        QTemporaryDir dir;
        // 48 x 50 has the prior's 24 bins but other frequencies per bin: refused.
        const QString odd = dir.filePath("odd.png");
        cv::imwrite(odd.toStdString(), cv::Mat(48, 50, CV_8UC3, cv::Scalar(90, 120, 150)));
        expectError([&] { run("augment.fpgm", {{"labelled", testdata::path("augment/centre_a")}, {"image", odd.toStdString()}}); },
                    "prior was learned at 48 x 48");
        // A folder: written as <name>_fpgm, never into the folder itself.
        QDir().mkpath(dir.filePath("unlabelled"));
        cv::Mat noise(48, 48, CV_8UC3);
        cv::randu(noise, 0, 255);
        cv::imwrite(dir.filePath("unlabelled/u1.png").toStdString(), noise);
        expectError([&] { run("augment.fpgm", {{"labelled", testdata::path("augment/centre_a")}, {"folder", dir.filePath("unlabelled").toStdString()}},
                              {{"write_to", dir.filePath("unlabelled").toStdString()}}); },
                    "unlabelled folder itself");
        const core::Result written = run("augment.fpgm", {{"labelled", testdata::path("augment/centre_a")}, {"folder", dir.filePath("unlabelled").toStdString()}},
                                         {{"write_to", dir.filePath("out").toStdString()}});
        QVERIFY(QFile::exists(dir.filePath("out/u1_fpgm.png")));
        const auto &summary = item<core::TableResult>(written, "summary");
        QVERIFY(std::get<double>(summary.rows[0][5]) > std::get<double>(summary.rows[0][4])); // closer to the prior
    }

    void flatSetsGiveNanConsistencyNotAnError()
    {
        QTemporaryDir dir;
        cv::Mat mask = cv::Mat::zeros(20, 20, CV_8UC1);
        cv::circle(mask, {10, 10}, 5, cv::Scalar(255), -1);
        const QString a = writeSet(dir, "flat_a", {cv::Mat(20, 20, CV_8UC1, cv::Scalar(100))}, {mask});
        const QString b = writeSet(dir, "flat_b", {cv::Mat(20, 20, CV_8UC1, cv::Scalar(50))}, {mask});
        const core::Result result = run("spectrum.dataset", {{"set", a.toStdString()}, {"set.2", b.toStdString()}}, {{"signature", "whole"}});
        const auto &row = item<core::TableResult>(result, "consistency").rows.at(0);
        QVERIFY(std::isnan(std::get<double>(row[3])) && std::isnan(std::get<double>(row[4])));
        QCOMPARE(result.warnings.size(), std::size_t(1));
    }

    void fpgmMatchesTheReference()
    {
        const core::Tensor image = core::readNpy(testdata::path("augment/fpgm_image.npy"));
        const Eigen::VectorXd priorVector = testdata::vector("augment/fpgm_prior.npy");
        const std::vector<double> prior(priorVector.data(), priorVector.data() + priorVector.size());
        for (const char *gamma : {"0.05", "0.5"}) {
            const core::Tensor want = core::readNpy(testdata::path(std::string("augment/fpgm_out_") + gamma + ".npy"));
            for (int c = 0; c < 3; ++c) {
                const Eigen::MatrixXd got = core::fpgmPerturbPlane(channel(image, c), prior, std::stod(gamma));
                QVERIFY2(relativeError(got, channel(want, c)) < 1e-9, gamma);
            }
        }
        // gamma = 0 is the identity; the output keeps the input's phase wherever it has amplitude.
        const Eigen::MatrixXd plane = channel(image, 0);
        QCOMPARE(core::fpgmPerturbPlane(plane, prior, 0.0), plane);
        const Eigen::MatrixXcd before = core::planeDft(plane, true);
        const Eigen::MatrixXcd after = core::planeDft(core::fpgmPerturbPlane(plane, prior, 0.3), true);
        int compared = 0;
        for (Eigen::Index i = 0; i < before.size(); ++i)
            if (std::abs(before(i)) > 1e-6 && std::abs(after(i)) > 1e-6) {
                QVERIFY(std::abs(std::remainder(std::arg(after(i)) - std::arg(before(i)), 2 * M_PI)) < 1e-8);
                ++compared;
            }
        QVERIFY(compared > 1000);
        expectError([&] { core::fpgmPerturbPlane(plane, std::vector<double>(7, 1.0), 0.05); }, "radial bins");
    }

    void fdaMatchesTheReference()
    {
        const Eigen::MatrixXd source = testdata::matrix("augment/fda_source.npy"), target = testdata::matrix("augment/fda_target.npy");
        for (const char *beta : {"0.01", "0.05", "0.1", "0.3"})
            QVERIFY2(relativeError(core::fdaSwapPlane(source, target, std::stod(beta)),
                                   testdata::matrix(std::string("augment/fda_out_") + beta + ".npy")) < 1e-9, beta);
        QCOMPARE(core::fdaSwapPlane(source, target, 0.0), source);
        // The output keeps the source's phase at every frequency (inside the window too) and has the
        // target's amplitude inside the window: rows 16 -+ 3, columns 20 -+ 3 of the fftshifted spectrum.
        const Eigen::MatrixXcd before = core::planeDft(source, false), swapped = core::planeDft(core::fdaSwapPlane(source, target, 0.1), false);
        const Eigen::MatrixXcd donor = core::planeDft(target, false);
        for (Eigen::Index r = 0; r < before.rows(); ++r)
            for (Eigen::Index c = 0; c < before.cols(); ++c) {
                QVERIFY(std::abs(std::remainder(std::arg(swapped(r, c)) - std::arg(before(r, c)), 2 * M_PI)) < 1e-8);
                const Eigen::Index sr = (r + 33 / 2) % 33, sc = (c + 40 / 2) % 40; // shifted position
                const bool inside = std::abs(sr - 16) <= 3 && std::abs(sc - 20) <= 3;
                const double want = inside ? std::abs(donor(r, c)) : std::abs(before(r, c));
                QVERIFY(std::abs(std::abs(swapped(r, c)) - want) < 1e-9 * std::abs(before(0, 0)));
            }
        QCOMPARE(core::fdaHalfWidth(33, 40, 0.1), 3);
        // Source = target: the identity for any beta.
        QVERIFY(relativeError(core::fdaSwapPlane(source, source, 0.2), source) < 1e-12);

        // The analysis, colour PNGs channel by channel.
        const core::Result result = run("augment.fda", {{"source", testdata::path("augment/fda_source_rgb.png")},
                                                        {"target", testdata::path("augment/fda_target_rgb.png")}},
                                        {{"beta", "0.1"}});
        const core::Tensor adapted = item<core::ImageResult>(result, "adapted").image;
        const core::Tensor want = core::readNpy(testdata::path("augment/fda_out_rgb_0.1.npy"));
        for (int c = 0; c < 3; ++c)
            QVERIFY(relativeError(channel(adapted, c), channel(want, c)) < 1e-9);
        const auto &summary = item<core::TableResult>(result, "summary");
        QCOMPARE(summary.rows[0][1], core::TableCell(std::int64_t(2))); // floor(0.1 * 20)
        QCOMPARE(summary.rows[0][4], core::TableCell(std::int64_t(25)));

        // Written on request: .npy exactly, PNG rounded and clipped to 0 ... 255.
        QTemporaryDir out;
        for (const char *format : {"npy", "png"})
            run("augment.fda", {{"source", testdata::path("augment/fda_source_rgb.png")}, {"target", testdata::path("augment/fda_target_rgb.png")}},
                {{"beta", "0.1"}, {"write_to", out.path().toStdString()}, {"format", format}});
        const core::Tensor npy = core::readNpy(out.filePath("fda_source_rgb_fda.npy").toStdString());
        const core::Tensor png = m_registry.read(out.filePath("fda_source_rgb_fda.png").toStdString()).tensor;
        QCOMPARE(png.dtype(), core::DType::UInt8);
        for (int c = 0; c < 3; ++c) {
            QCOMPARE(channel(npy, c), channel(adapted, c));
            const Eigen::MatrixXd rounded = channel(want, c).unaryExpr([](double v) { return std::clamp(std::round(v), 0.0, 255.0); });
            QCOMPARE(channel(png, c), rounded);
        }

        expectError([&] { run("augment.fda", {{"source", testdata::path("augment/fda_source_rgb.png")},
                                              {"target", testdata::path("augment/fda_source.npy")}}); },
                    "resize the target");
    }

    void iradMatchesGridSample()
    {
        const Eigen::MatrixXd plane = testdata::matrix("augment/irad_plane.npy");
        const core::ShiftField shifts{testdata::matrix("augment/irad_dy.npy"), testdata::matrix("augment/irad_dx.npy")};
        const std::pair<const char *, core::Interpolation> modes[] = {
            {"nearest", core::Interpolation::Nearest}, {"bilinear", core::Interpolation::Bilinear},
            {"bicubic", core::Interpolation::Bicubic}};
        for (const auto &[name, mode] : modes)
            QVERIFY2(relativeError(core::resamplePlane(plane, shifts, mode),
                                   testdata::matrix(std::string("augment/irad_") + name + ".npy")) < 1e-12, name);

        // s = 0 with nearest: the identity. A constant s = 2 with bilinear: a one-pixel translation.
        QCOMPARE(core::resamplePlane(plane, core::drawShifts(17, 23, core::ShiftKind::Constant, 0.0, 1), core::Interpolation::Nearest), plane);
        const Eigen::MatrixXd moved = core::resamplePlane(plane, core::drawShifts(17, 23, core::ShiftKind::Constant, 2.0, 1),
                                                          core::Interpolation::Bilinear);
        QVERIFY((moved.topLeftCorner(16, 22) - plane.bottomRightCorner(16, 22)).cwiseAbs().maxCoeff() < 1e-12);

        // The Gaussian kinds draw N(0, (s/2)^2); one draw on both axes for 'gaussian'.
        const core::ShiftField gaussian = core::drawShifts(200, 200, core::ShiftKind::Gaussian, 2.0, 7);
        QCOMPARE(gaussian.dx, gaussian.dy);
        const double sd = std::sqrt(gaussian.dx.array().square().mean());
        QVERIFY(std::abs(sd - 1.0) < 0.02);
        const core::ShiftField uniform = core::drawShifts(100, 100, core::ShiftKind::Uniform, 1.0, 7);
        QVERIFY(uniform.dx.minCoeff() >= 0 && uniform.dx.maxCoeff() <= 0.5 && uniform.dx != uniform.dy);
    }

    void sdapSubImagesPartitionThePixels()
    {
        const core::Result polyphase = run("subsample.sdap", {{"image", testdata::path("augment/sdap_rgb.png")}},
                                           {{"order", "identity"}});
        const core::Tensor mosaic = item<core::ImageResult>(polyphase, "mosaic").image;
        const core::Tensor want = core::readNpy(testdata::path("augment/sdap_polyphase.npy")); // (25, 3, 4, 3)
        for (int j = 0; j < 25; ++j)
            for (int c = 0; c < 3; ++c)
                QCOMPARE(Eigen::MatrixXd(channel(mosaic, c).block((j / 5) * 3, (j % 5) * 4, 3, 4)), want.select(0, j).select(2, c).toMatrix());

        const Eigen::MatrixXd image = Eigen::MatrixXd::Random(25, 35);
        const core::SubsampleIndex index = core::randomSubsampleIndex(25, 35, 11, false);
        Eigen::MatrixXd sum = Eigen::MatrixXd::Zero(5, 7);
        std::vector<double> values;
        for (int j = 0; j < 25; ++j) {
            const Eigen::MatrixXd sub = core::subsample(image, index, j);
            sum += sub;
            values.insert(values.end(), sub.data(), sub.data() + sub.size());
        }
        // Every pixel once: the multiset of values equals the image's, and each cell's sum is kept.
        std::vector<double> all(image.data(), image.data() + image.size());
        std::sort(values.begin(), values.end());
        std::sort(all.begin(), all.end());
        QCOMPARE(values, all);
        for (int cr = 0; cr < 5; ++cr)
            for (int cc = 0; cc < 7; ++cc)
                QVERIFY(std::abs(sum(cr, cc) - image.block(cr * 5, cc * 5, 5, 5).sum()) < 1e-12);
        QVERIFY(core::subsample(image, index, 0) != core::subsample(image, core::randomSubsampleIndex(25, 35, 0, true), 0));
        const core::Result random = run("subsample.sdap", {{"image", testdata::path("augment/sdap_rgb.png")}});
        QCOMPARE(item<core::TableResult>(random, "partition").rows[0][6], core::TableCell(std::int64_t(300)));
        expectError([&] { core::randomSubsampleIndex(24, 35, 1, false); }, "multiples of 5");
    }
};

QTEST_GUILESS_MAIN(TestAugment)
#include "test_augment.moc"

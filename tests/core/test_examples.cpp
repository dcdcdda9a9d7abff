// The one-click examples (analysis/examples): each reproduces its paper's headline effect on its
// generated data, the claim table is attached as documented, and number patterns round-trip.
#include "errors/analysiserror.h"
#include "examples/examplecatalogue.h"
#include "examples/spectrumexample.h"
#include "registry/builtins.h"
#include "registry/numbertemplate.h"
#include "registry/registry.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

class TestExamples : public QObject
{
    Q_OBJECT

private:
    core::Registry m_registry;
    core::ExampleCatalogue m_catalogue;

    /// Runs an example as `infoscope-cli example` does and returns its claim rows' "this run" values.
    core::Result run(const std::string &id)
    {
        const core::Example *example = m_catalogue.example(id);
        if (!example)
            throw std::runtime_error("no example " + id);
        const core::AnalysisDescriptor *d = m_registry.analysis(example->analysisId);
        core::ParameterValues parameters = core::ParameterValues::defaults(d->parameters);
        for (const auto &[key, value] : example->parameters)
            parameters.setFromString(d->parameters, key, value);
        core::AnalysisInputs inputs;
        QTemporaryDir folder;
        if (example->writeInputs)
            for (const auto &[slot, path] : example->writeInputs(folder.path().toStdString()))
                inputs.bind(slot, m_registry.read(path));
        core::NullProgress progress;
        return core::withClaim(m_registry.run(d->id, inputs, parameters, progress, core::AtomicCancelToken()), *example);
    }

    static const core::TableResult &claim(const core::Result &result)
    {
        return std::get<core::TableResult>(result.items.front());
    }

    static double thisRun(const core::TableResult &table, std::size_t row)
    {
        return std::get<double>(table.rows.at(row).at(2));
    }

private Q_SLOTS:
    void initTestCase()
    {
        core::registerBuiltins(m_registry);
        core::registerBuiltinExamples(m_catalogue);
    }

    void everyExampleNamesARealAnalysisAndParameters()
    {
        QVERIFY(m_catalogue.examples().size() >= 3);
        for (const core::Example &example : m_catalogue.examples()) {
            const core::AnalysisDescriptor *d = m_registry.analysis(example.analysisId);
            QVERIFY2(d, example.id.c_str());
            core::ParameterValues parameters = core::ParameterValues::defaults(d->parameters);
            for (const auto &[key, value] : example.parameters)
                parameters.setFromString(d->parameters, key, value); // throws on an unknown key or bad value
            QVERIFY(!example.claim.empty() && !example.citation.empty() && example.compare);
        }
        QVERIFY(m_catalogue.example("no.such.example") == nullptr);
    }

    void claimTableComesFirstWithTheClaimAsTitle()
    {
        const core::Result result = run("ksg.gaussian");
        const core::TableResult &table = claim(result);
        QCOMPARE(table.id, std::string("claim"));
        QCOMPARE(table.columns, (std::vector<std::string>{"quantity", "published", "this run"}));
        QVERIFY(table.title.find("Kraskov") != std::string::npos);
        QCOMPARE(result.items.size(), std::size_t(3)); // claim + the workbench's plot and table
    }

    void ksgMeetsTheExactGaussianMi()
    {
        const core::Result result = run("ksg.gaussian");
        const core::TableResult &table = claim(result);
        const double exact = -0.5 * std::log(1.0 - 0.81);
        QCOMPARE(thisRun(table, 0), exact);
        QVERIFY2(std::abs(thisRun(table, 1) - exact) < 0.03 * exact, std::to_string(thisRun(table, 1)).c_str());
        QVERIFY(std::abs(thisRun(table, 2) - 1.0) < 0.03);
    }

    void ksgUnderestimatesStrongDependence()
    {
        const core::Result result = run("ksg.strong-dependence");
        const core::TableResult &table = claim(result);
        QCOMPARE(thisRun(table, 0), -4.0 * std::log(1.0 - 0.81)); // d = 8
        QVERIFY2(thisRun(table, 2) < 0.7, std::to_string(thisRun(table, 2)).c_str());
        QVERIFY(thisRun(table, 2) > 0.2);
    }

    void oneOverFNoiseHasSlopeMinusOne()
    {
        const Eigen::MatrixXd image = core::oneOverFNoise(128, 3);
        QVERIFY(std::abs(image.mean()) < 1e-12); // DC removed
        const core::Result result = run("spectrum.one-over-f");
        const core::TableResult &table = claim(result);
        QVERIFY2(std::abs(thisRun(table, 0) + 1.0) < 0.05, std::to_string(thisRun(table, 0)).c_str());
    }

    void edgeSignaturesAgreeAcrossCentresWholeImagesDoNot()
    {
        const core::Result result = run("spectrum.fpgm-centres");
        const core::TableResult &table = claim(result);
        QVERIFY2(thisRun(table, 0) > 0.99, std::to_string(thisRun(table, 0)).c_str()); // edge bands: alike
        QVERIFY2(thisRun(table, 1) < 0.97, std::to_string(thisRun(table, 1)).c_str()); // whole images: not
        QVERIFY(thisRun(table, 3) > 20 * thisRun(table, 2));                              // JSD, same story
    }

    void fdaTakesTheTargetsStyleAndKeepsTheSourcesContent()
    {
        const core::Result result = run("augment.fda-style");
        const core::TableResult &table = claim(result);
        QVERIFY(thisRun(table, 0) < 1e-9); // the DC amplitude is the target's: its channel means
        QVERIFY(thisRun(table, 1) > 20);   // a real style gap to close
        QVERIFY2(thisRun(table, 2) > 0.9, std::to_string(thisRun(table, 2)).c_str());
        QVERIFY2(std::abs(thisRun(table, 3)) < 0.2, std::to_string(thisRun(table, 3)).c_str());
    }

    void resamplingPassesLowFrequenciesAndCutsHighOnes()
    {
        const core::Result result = run("spectrum.resampling-lowpass");
        const core::TableResult &table = claim(result);
        // Bilinear weights (1 - u, u) at offsets u of |N(0, 0.5²)| pass f → 0 whole and attenuate near Nyquist.
        QVERIFY2(std::abs(thisRun(table, 0) - 1.0) < 0.08, std::to_string(thisRun(table, 0)).c_str());
        QVERIFY(thisRun(table, 1) < thisRun(table, 0));
        QVERIFY2(thisRun(table, 2) < 0.8, std::to_string(thisRun(table, 2)).c_str());
    }

    void iradAccuracyFallsAsTheShiftsGrow()
    {
        const core::Result result = run("resample.irad-accuracy-drop");
        const core::TableResult &table = claim(result);
        // Matched filters at amplitude 10 in noise 45 over 1024 pixels: d' ≈ 10 · 32 / 45 / √2 ≈ 5, so clean is near 1.
        QVERIFY2(thisRun(table, 0) > 0.95, std::to_string(thisRun(table, 0)).c_str());
        QVERIFY(thisRun(table, 1) <= thisRun(table, 0));
        QVERIFY2(thisRun(table, 2) < thisRun(table, 1) - 0.1, std::to_string(thisRun(table, 2)).c_str());
        QVERIFY2(thisRun(table, 3) < thisRun(table, 0) - 0.2, std::to_string(thisRun(table, 3)).c_str());
    }

    void sdapViewsPartitionThePixelsAndDifferByTwiceTheNoise()
    {
        const core::Result result = run("subsample.sdap-views");
        const core::TableResult &table = claim(result);
        QCOMPARE(thisRun(table, 0), 1.0); // a partition, exactly
        // Independent noise of sd 20 in both views: 2 sd²; the smooth scene (< 0.01 cycles/pixel, amplitude
        // 40) adds a few % across a 5 x 5 cell; 25 600 differences keep the estimate within ~2 %.
        QVERIFY2(thisRun(table, 1) > 0.95 && thisRun(table, 1) < 1.08, std::to_string(thisRun(table, 1)).c_str());
    }

    void segmentationOutlierMovesHausdorffNotDice()
    {
        const core::Result result = run("segmentation.two-models");
        const core::TableResult &table = claim(result);
        // Dice = 2 IoU / (1 + IoU) for both models (the identity, to rounding).
        for (std::size_t row : {0u, 1u})
            QVERIFY(std::abs(std::get<double>(table.rows[row][1]) - thisRun(table, row)) < 1e-12);
        QVERIFY(thisRun(table, 1) > thisRun(table, 0)); // B overlaps better …
        QVERIFY2(thisRun(table, 2) > 10.0, std::to_string(thisRun(table, 2)).c_str()); // … but its HD is far worse
    }

    void modeCollapseTakesTheEntropyFromLnHToLn2()
    {
        const core::Result result = run("koopman.mode-collapse");
        const core::TableResult &table = claim(result);
        // 8 equal rotation planes: ρ = I/16, S = ln 16; one plane left: S = ln 2 (noise 1e-3 adds ~1e-3).
        QVERIFY2(std::abs(thisRun(table, 0) - std::log(16.0)) < 0.01, std::to_string(thisRun(table, 0)).c_str());
        QVERIFY2(std::abs(thisRun(table, 1) - std::log(2.0)) < 0.01, std::to_string(thisRun(table, 1)).c_str());
        QVERIFY(std::abs(thisRun(table, 2) - 16.0) < 0.2);
        QVERIFY(std::abs(thisRun(table, 3) - 2.0) < 0.05);
        // In between the entropy falls step by step.
        const core::TableResult &entropy = std::get<core::TableResult>(result.items.at(1));
        QCOMPARE(entropy.rows.size(), std::size_t(11));
        for (std::size_t i = 1; i < entropy.rows.size(); ++i)
            QVERIFY(std::get<double>(entropy.rows[i][1]) < std::get<double>(entropy.rows[i - 1][1]));
    }

    void dmdOfADumpsLatentsFindsTheRotationFrequencies()
    {
        // The mode-collapse example's dump at epoch 0: 8 planes turning at 0.05 + 0.031 p rad per step.
        const core::Example *example = m_catalogue.example("koopman.mode-collapse");
        QTemporaryDir folder;
        const auto inputs = example->writeInputs(folder.path().toStdString());
        core::AnalysisInputs bound;
        bound.bind("dump", m_registry.read(inputs.at("dump")));
        const core::AnalysisDescriptor *d = m_registry.analysis("koopman.dmd");
        core::ParameterValues parameters = core::ParameterValues::defaults(d->parameters);
        parameters.setFromString(d->parameters, "system", "dump");
        parameters.setFromString(d->parameters, "step", "0");
        parameters.setFromString(d->parameters, "dt", "1");
        parameters.setFromString(d->parameters, "rank_rule", "fixed");
        parameters.setFromString(d->parameters, "rank", "16");
        core::NullProgress progress;
        const core::Result result = m_registry.run("koopman.dmd", bound, parameters, progress, core::AtomicCancelToken());
        const core::TableResult *eigen = nullptr;
        for (const core::ResultItem &item : result.items)
            if (const auto *t = std::get_if<core::TableResult>(&item); t && t->id == "eigenvalues")
                eigen = t;
        QVERIFY(eigen);
        QCOMPARE(eigen->rows.size(), std::size_t(16));
        for (int p = 0; p < 8; ++p) {
            const double frequency = 0.05 + 0.031 * p;
            double best = 1e9;
            for (const auto &row : eigen->rows)
                best = std::min(best, std::abs(std::get<double>(row[6]) - frequency)); // Im ω with Δt = 1
            QVERIFY2(best < 1e-4, qPrintable(QStringLiteral("plane %1: %2").arg(p).arg(best)));
        }
        // A missing layer and a step that was not recorded are refused by name.
        parameters.setFromString(d->parameters, "layer", "encoder");
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, m_registry.run("koopman.dmd", bound, parameters, progress,
                                                                     core::AtomicCancelToken()));
        parameters.setFromString(d->parameters, "layer", "latent");
        parameters.setFromString(d->parameters, "step", "99");
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, m_registry.run("koopman.dmd", bound, parameters, progress,
                                                                     core::AtomicCancelToken()));
    }

    void logLogSlopeOfAPowerLaw()
    {
        std::vector<double> x, y;
        for (int i = 1; i <= 50; ++i) {
            x.push_back(i * 0.01);
            y.push_back(3.0 * std::pow(i * 0.01, -1.5));
        }
        QVERIFY(std::abs(core::logLogSlope(x, y, 0.0, 1.0) + 1.5) < 1e-12);
        QVERIFY(std::abs(core::logLogSlope(x, y, 0.1, 0.3) + 1.5) < 1e-12);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, core::logLogSlope(x, y, 2.0, 3.0));
    }

    void numberTemplates()
    {
        const core::NumberTemplate t = core::numberTemplate("KSG 1 at N = 10000, ρ = 0.900, σ² = 1e-03 (fc12)");
        QCOMPARE(t.pattern, std::string("KSG %1 at N = %2, ρ = %3, σ² = %4 (fc%5)"));
        QCOMPARE(t.numbers, (std::vector<std::string>{"1", "10000", "0.900", "1e-03", "12"}));
        QCOMPARE(core::fillNumberTemplate("KSG %1 bei N = %2, ρ = %3, σ² = %4 (fc%5)", t.numbers),
                 std::string("KSG 1 bei N = 10000, ρ = 0.900, σ² = 1e-03 (fc12)"));
        // Reordered placeholders, a trailing point and a literal percent sign.
        QCOMPARE(core::fillNumberTemplate("%2 von %1", {"3", "7"}), std::string("7 von 3"));
        QCOMPARE(core::numberTemplate("ends in 5.").pattern, std::string("ends in %1."));
        QCOMPARE(core::numberTemplate("95 % of").pattern, std::string("%1 % of"));
        QCOMPARE(core::fillNumberTemplate("%1 % of", {"95"}), std::string("95 % of"));
        QCOMPARE(core::numberTemplate("no numbers").numbers.size(), std::size_t(0));
        // Warnings name files: quoted names become placeholders too, apostrophes do not.
        const core::NumberTemplate named =
            core::numberTemplate("mask 'case_07' holds 3 values; the model's 'a b' stays", true);
        QCOMPARE(named.pattern, std::string("mask '%1' holds %2 values; the model's '%3' stays"));
        QCOMPARE(named.numbers, (std::vector<std::string>{"case_07", "3", "a b"}));
        QCOMPARE(core::numberTemplate("mask 'case_07'").pattern, std::string("mask 'case_%1'")); // off: numbers only
    }
};

QTEST_GUILESS_MAIN(TestExamples)
#include "test_examples.moc"

// Readers against files written by numpy, h5py and torch (tests/data/generate_reader_fixtures.py):
// dtype, shape, sum and chosen elements must equal what the writing library reported. And every
// damaged file in tests/data/bad (tests/data/generate_bad_inputs.py) must give a FormatError that
// names the file, never a crash or a different exception.
#include "data/arraycollection.h"
#include "data/arraystatistics.h"
#include "data/sourcestatistics.h"
#include "dump/activationdump.h"
#include "errors/formaterror.h"
#include "io/imagefolder.h"
#include "io/imagereader.h"
#include "io/torchsave/torchsavefile.h"
#include "io/zip/crc32.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <random>
#include <zlib.h>

using nlohmann::json;

namespace {

json loadJson(const std::string &relative)
{
    std::ifstream in(testdata::path(relative));
    return json::parse(in);
}

std::vector<std::int64_t> unravel(std::int64_t flat, const std::vector<std::int64_t> &shape)
{
    std::vector<std::int64_t> index(shape.size());
    for (std::size_t i = shape.size(); i-- > 0;) {
        index[i] = flat % shape[i];
        flat /= shape[i];
    }
    return index;
}

double expectedValue(const json &value)
{
    if (value.is_boolean())
        return value.get<bool>() ? 1.0 : 0.0;
    if (value.is_array())
        return value[0].get<double>(); // complex: the real part
    return value.get<double>();
}

} // namespace

class TestReaders : public QObject
{
    Q_OBJECT

    core::Registry m_registry;

    core::Tensor load(const std::string &file, const std::string &name, std::string *reader = nullptr)
    {
        const core::DataObject data = m_registry.read(testdata::path("readers/" + file));
        if (reader)
            *reader = data.readerId;
        if (!data.arrays)
            return data.tensor;
        return data.arrays->load(name.empty() ? "tensor" : name);
    }

private Q_SLOTS:
    void initTestCase() { core::registerBuiltins(m_registry); }

    void arraysMatchWriter_data()
    {
        QTest::addColumn<QString>("record");
        const json expected = loadJson("readers/expected.json");
        QVERIFY(expected["arrays"].size() > 60);
        for (const json &record : expected["arrays"]) {
            if (record["file"] == "torch/module.pt")
                continue; // TorchScript: needs LibTorch, tested in tests/torch
            const std::string label = record["file"].get<std::string>() + ":" + record["name"].get<std::string>();
            QTest::newRow(label.c_str()) << QString::fromStdString(record.dump());
        }
    }

    void arraysMatchWriter()
    {
        QFETCH(QString, record);
        const json r = json::parse(record.toStdString());
        const core::Tensor tensor = load(r["file"], r["name"]);
        QCOMPARE(core::dtypeName(tensor.dtype()), r["dtype"].get<std::string>());
        QCOMPARE(tensor.shape(), r["shape"].get<std::vector<std::int64_t>>());

        double sum = 0.0, magnitude = 0.0;
        const std::int64_t count = tensor.numel();
        for (std::int64_t i = 0; i < count; ++i) {
            const double v = tensor.valueAt(unravel(i, tensor.shape()));
            sum += v;
            magnitude += std::abs(v);
        }
        const double wanted = r["sum"].get<double>();
        QVERIFY2(std::abs(sum - wanted) <= 1e-9 * (1.0 + magnitude),
                 qPrintable(QStringLiteral("sum %1, writer says %2").arg(sum, 0, 'g', 17).arg(wanted, 0, 'g', 17)));
        for (const json &element : r["elements"]) {
            const std::int64_t flat = element[0].get<std::int64_t>();
            QCOMPARE(tensor.valueAt(unravel(flat, tensor.shape())), expectedValue(element[1]));
        }
        if (r.contains("stride")) // torch views keep their own strides into the shared storage
            QCOMPARE(tensor.strides(), r["stride"].get<std::vector<std::int64_t>>());
    }

    void crc32MatchesZlib()
    {
        // The standard check value of CRC-32 (ISO-HDLC, as zip and PNG use it).
        const std::string check = "123456789";
        QCOMPARE(core::crc32(0, reinterpret_cast<const std::byte *>(check.data()), check.size()), 0xCBF43926u);
        // Every length around the 16- and 64-byte folding steps, at every alignment, and a
        // continuation, against zlib's table code.
        std::mt19937 random(7);
        std::vector<std::byte> bytes(std::size_t(40) << 20);
        for (auto &byte : bytes)
            byte = std::byte(random() & 0xff);
        const auto zlibCrc = [&](uLong crc, std::size_t at, std::size_t size) {
            return std::uint32_t(::crc32(crc, reinterpret_cast<const Bytef *>(bytes.data() + at), uInt(size)));
        };
        for (std::size_t offset = 0; offset < 16; ++offset)
            for (std::size_t size = 0; size < 300; ++size)
                QCOMPARE(core::crc32(0, bytes.data() + offset, size), zlibCrc(0, offset, size));
        const std::uint32_t head = core::crc32(0, bytes.data(), 1000);
        QCOMPARE(core::crc32(head, bytes.data() + 1000, 123457), zlibCrc(zlibCrc(0, 0, 1000), 1000, 123457));
        // Ten 4 MiB blocks on the cores, joined; and one byte changed anywhere changes it.
        const std::uint32_t whole = core::crc32Parallel(bytes.data(), bytes.size() - 5);
        QCOMPARE(whole, zlibCrc(0, 0, bytes.size() - 5));
        bytes[std::size_t(33) << 20] ^= std::byte(1);
        QVERIFY(core::crc32Parallel(bytes.data(), bytes.size() - 5) != whole);
        QCOMPARE(core::crc32Parallel(bytes.data(), bytes.size() - 5), zlibCrc(0, 0, bytes.size() - 5));
    }

    void statisticsSkipNonFiniteValues()
    {
        // Lengths around the 8-wide vector steps, the 4096-element sum blocks and the 2^20-element
        // chunks; NaN and ±inf in the vector part and in the tail; against a plain long-double loop.
        std::mt19937 random(3);
        std::normal_distribution<double> normal(0.0, 1e3);
        const auto check = [&](core::DType dtype, std::int64_t count, int specials) {
            core::Tensor tensor = core::Tensor::zeros(dtype, {count});
            std::vector<double> values(static_cast<std::size_t>(count));
            for (double &value : values)
                value = dtype == core::DType::Float32 ? double(float(normal(random))) : normal(random);
            const double odd[3] = {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                                   -std::numeric_limits<double>::infinity()};
            for (int k = 0; k < specials; ++k)
                values[std::size_t(random() % std::uint64_t(count))] = odd[k % 3];
            if (specials > 0)
                values.back() = odd[0]; // the scalar tail too
            for (std::int64_t i = 0; i < count; ++i) {
                if (dtype == core::DType::Float32)
                    tensor.mutableData<float>()[i] = float(values[std::size_t(i)]);
                else
                    tensor.mutableData<double>()[i] = values[std::size_t(i)];
            }
            long double sum = 0;
            double lo = std::numeric_limits<double>::infinity(), hi = -lo;
            std::int64_t nan = 0, posInf = 0, negInf = 0;
            for (double value : values) {
                if (std::isnan(value)) ++nan;
                else if (std::isinf(value)) ++(value > 0 ? posInf : negInf);
                else { sum += value; lo = std::min(lo, value); hi = std::max(hi, value); }
            }
            core::NullProgress progress;
            core::AtomicCancelToken cancel;
            const core::ArrayStatistics s = core::computeStatistics(tensor, progress, cancel);
            const QString label = QStringLiteral("%1 x%2").arg(core::dtypeName(dtype).c_str()).arg(count);
            QVERIFY2(s.count == count && s.nanCount == nan && s.positiveInfCount == posInf && s.negativeInfCount == negInf,
                     qPrintable(label));
            if (nan + posInf + negInf == count) // nothing finite (a single value made NaN)
                QVERIFY2(std::isnan(s.min) && std::isnan(s.max), qPrintable(label));
            else
                QVERIFY2(s.min == lo && s.max == hi, qPrintable(label));
            QVERIFY2(std::abs(s.sum - double(sum)) <= 1e-12 * double(count) * 1e3, qPrintable(label));
        };
        for (const core::DType dtype : {core::DType::Float32, core::DType::Float64})
            for (const std::int64_t count : {std::int64_t(1), std::int64_t(7), std::int64_t(8), std::int64_t(9),
                                             std::int64_t(4095), std::int64_t(4103), std::int64_t(100003),
                                             (std::int64_t(1) << 20) + 13})
                for (const int specials : {0, 5})
                    check(dtype, count, specials);
        // Nothing finite: min, max and mean are NaN, not ±inf.
        core::Tensor odd = core::Tensor::zeros(core::DType::Float32, {20});
        for (int i = 0; i < 20; ++i)
            odd.mutableData<float>()[i] = i % 2 ? std::numeric_limits<float>::infinity() : std::numeric_limits<float>::quiet_NaN();
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        const core::ArrayStatistics none = core::computeStatistics(odd, progress, cancel);
        QVERIFY(std::isnan(none.min) && std::isnan(none.max) && std::isnan(none.mean));
        QCOMPARE(none.nanCount, std::int64_t(10));
        QCOMPARE(none.positiveInfCount, std::int64_t(10));
    }

    void sourceStatisticsReadBack()
    {
        // The browser's statistics table of a container, read back through statisticsRows: every array,
        // its element count and sum (mean × count) as the writer reported them.
        const json expected = loadJson("readers/expected.json");
        const core::DataObject data = m_registry.read(testdata::path("readers/h5/data.h5"));
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        const std::vector<core::ArrayStatisticsRow> rows = core::statisticsRows(core::sourceStatistics(data, progress, cancel));
        int checked = 0;
        for (const json &record : expected["arrays"]) {
            if (record["file"] != "h5/data.h5")
                continue;
            const auto row = std::find_if(rows.begin(), rows.end(),
                                          [&](const core::ArrayStatisticsRow &r) { return r.array == record["name"]; });
            QVERIFY2(row != rows.end(), record["name"].get<std::string>().c_str());
            QVERIFY(row->error.empty());
            std::int64_t count = 1;
            for (std::int64_t extent : record["shape"].get<std::vector<std::int64_t>>())
                count *= extent;
            QCOMPARE(row->statistics.count, count);
            const double sum = record["sum"].get<double>();
            QVERIFY2(std::abs(row->statistics.mean * double(count) - sum) <= 1e-9 * (1.0 + std::abs(sum) + double(count)),
                     record["name"].get<std::string>().c_str());
            ++checked;
        }
        QCOMPARE(checked, 7);
    }

    void storedMembersAreMappedNotCopied()
    {
        QVERIFY(load("npz/stored.npz", "labels").isMemoryMapped());
        QVERIFY(!load("npz/deflated.npz", "mask").isMemoryMapped()); // inflated into memory
        QVERIFY(load("safetensors/model.safetensors", "f32").isMemoryMapped());
        QVERIFY(load("torch/views.pt", "mat").isMemoryMapped());
    }

    void torchViewsShareOneStorage()
    {
        const core::DataObject data = m_registry.read(testdata::path("readers/torch/views.pt"));
        const core::Tensor base = data.arrays->load("base");
        const core::Tensor row = data.arrays->load("row");
        const core::Tensor transposed = data.arrays->load("t");
        QCOMPARE(row.bytes(), base.bytes() + 6 * sizeof(float)); // storage offset 6, no copy
        QCOMPARE(transposed.shape(), (core::Tensor::Shape{6, 4}));
        QCOMPARE(transposed.valueAt({1, 2}), 13.0); // base.view(4, 6).t()[1, 2] = base[2 * 6 + 1]
    }

    void checkpointScalarsAndStateDict()
    {
        const core::DataObject data = m_registry.read(testdata::path("readers/torch/checkpoint.pt"));
        QCOMPARE(data.kind, core::DataKind::Checkpoint);
        const auto &attributes = data.arrays->attributes();
        QCOMPARE(attributes.at("epoch"), std::string("7"));
        QCOMPARE(std::stod(attributes.at("learning_rate")), 0.01);
        QCOMPARE(attributes.at("name"), std::string("mlp"));
        QCOMPARE(attributes.at("history"), std::string("[0.5, 0.25]"));
        QCOMPARE(attributes.at("best"), std::string("None"));
        QCOMPARE(attributes.at("flag"), std::string("True"));
        const core::ArrayInfo *tracked = data.arrays->find("model_state_dict/1.num_batches_tracked");
        QVERIFY(tracked);
        QCOMPARE(tracked->dtype, core::DType::Int64);
        QVERIFY(tracked->shape.empty());
        QCOMPARE(data.arrays->arrays().size(), std::size_t(9));
    }

    void hdf5Attributes()
    {
        const core::DataObject data = m_registry.read(testdata::path("readers/h5/data.h5"));
        const core::ArrayInfo *deep = data.arrays->find("group/sub/deep/f64");
        QVERIFY(deep);
        QCOMPARE(deep->attributes.at("units"), std::string("volts"));
        QCOMPARE(std::stod(deep->attributes.at("scale")), 0.5);
        QCOMPARE(deep->attributes.at("count"), std::string("3"));
        QCOMPARE(data.arrays->attributes().at("group@description"), std::string("nested groups"));
        QCOMPARE(data.arrays->attributes().at("group@label"), std::string("fixed-ascii"));
        QVERIFY(data.arrays->find("compressed")->compressed);
    }

    void torchScriptIsNotUnpickled()
    {
        try {
            core::TorchSaveFile file(testdata::path("readers/torch/module.pt"));
            QFAIL("a TorchScript archive was read as a torch.save file");
        } catch (const core::FormatError &error) {
            QVERIFY2(std::string(error.what()).find("TorchScript") != std::string::npos, error.what());
        }
    }

    void maliciousPickleIsRefused()
    {
        for (const char *file : {"bad/malicious.pt", "bad/eval_global.pt"}) {
            try {
                m_registry.read(testdata::path(file));
                QFAIL(qPrintable(QStringLiteral("%1 was accepted").arg(QString::fromLatin1(file))));
            } catch (const core::FormatError &error) {
                const std::string text = error.what();
                QVERIFY2(text.find("refuses global") != std::string::npos, error.what());
                QVERIFY2(text.find("system") != std::string::npos || text.find("eval") != std::string::npos, error.what());
            }
        }
    }

    void imagesPairWithMasksByStem()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QDir().mkpath(root + QStringLiteral("/images"));
        QDir().mkpath(root + QStringLiteral("/masks"));
        const QString rgb = QString::fromStdString(testdata::path("spectrum/rgb_u8.png"));
        const QString grey = QString::fromStdString(testdata::path("spectrum/grey_u16.png"));
        QVERIFY(QFile::copy(rgb, root + QStringLiteral("/images/polyp1.png")));
        QVERIFY(QFile::copy(rgb, root + QStringLiteral("/images/polyp2.png")));
        QVERIFY(QFile::copy(grey, root + QStringLiteral("/masks/polyp1.png")));
        QVERIFY(QFile::copy(grey, root + QStringLiteral("/masks/orphan.png")));
        // A JPEG too: its shape comes from the SOF header, not from decoding.
        cv::Mat colour(37, 53, CV_8UC3, cv::Scalar(10, 200, 30));
        QVERIFY(cv::imwrite((root + QStringLiteral("/images/polyp3.jpg")).toStdString(), colour));
        cv::Mat mask(37, 53, CV_8UC1, cv::Scalar(255));
        QVERIFY(cv::imwrite((root + QStringLiteral("/masks/polyp3.jpg")).toStdString(), mask));

        const core::DataObject data = m_registry.read(root.toStdString());
        QCOMPARE(data.kind, core::DataKind::ImageSet);
        const auto *folder = dynamic_cast<const core::ImageFolder *>(data.arrays.get());
        QVERIFY(folder);
        QCOMPARE(folder->pairedStems(), (std::vector<std::string>{"polyp1", "polyp3"}));
        QCOMPARE(data.arrays->attributes().at("unpaired"), std::string("image polyp2, mask orphan"));
        for (const core::ArrayInfo &info : data.arrays->arrays()) {
            const core::Tensor image = data.arrays->load(info.name); // the header probe must agree with decoding
            QCOMPARE(image.shape(), info.shape);
            QCOMPARE(image.dtype(), info.dtype);
        }
        QCOMPARE(data.arrays->find("images/polyp3")->shape, (core::Tensor::Shape{37, 53, 3}));
        QCOMPARE(data.arrays->load("masks/polyp1").valueAt({0, 0}), core::readImage(grey.toStdString()).valueAt({0, 0}));
    }

    void badInputsGiveFormatErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");
        const json index = loadJson("bad/index.json");
        QVERIFY(index.size() > 30);
        for (const json &entry : index) {
            if (entry["reader"] == "manifest")
                continue; // manifests are checked in the dump test
            QTest::newRow(entry["file"].get<std::string>().c_str())
                << QString::fromStdString(entry["file"]) << QString::fromStdString(entry["problem"]);
        }
    }

    void badInputsGiveFormatErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, problem);
        const std::string path = testdata::path("bad/" + file.toStdString());
        try {
            const core::DataObject data = m_registry.read(path);
            // Some damage only shows when an array is read (a corrupt deflate stream, a missing storage).
            if (data.arrays)
                for (const core::ArrayInfo &info : data.arrays->arrays())
                    data.arrays->load(info.name);
            QFAIL(qPrintable(QStringLiteral("accepted: %1").arg(problem)));
        } catch (const core::FormatError &error) {
            QCOMPARE(error.path(), path);
            QVERIFY(!error.problem().empty());
        }
    }
};

QTEST_APPLESS_MAIN(TestReaders)
#include "test_readers.moc"

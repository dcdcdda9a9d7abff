// .npy reader against arrays written by numpy (tests/data/npy, values in expected.json), and bad files.
#include "errors/formaterror.h"
#include "io/imagereader.h"
#include "io/npyreader.h"
#include "testdata.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

class TestNpyReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::string write(const std::string &name, const std::string &bytes)
    {
        const std::string path = m_dir.filePath(QString::fromStdString(name)).toStdString();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    static std::string header(const std::string &dict)
    {
        std::string text = dict;
        while ((10 + text.size() + 1) % 64 != 0)
            text += ' ';
        text += '\n';
        std::string out("\x93NUMPY\x01\x00", 8);
        out += char(text.size() & 0xff);
        out += char(text.size() >> 8);
        return out + text;
    }

private Q_SLOTS:
    void matchesNumpy_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"f32_c.npy", "f64_fortran.npy", "i16_big.npy", "u8_scalar.npy", "bool_1d.npy", "c64.npy"})
            QTest::newRow(name) << name;
    }

    void matchesNumpy()
    {
        QFETCH(QString, name);
        std::ifstream in(testdata::path("npy/expected.json"));
        const nlohmann::json expected = nlohmann::json::parse(in).at(name.toStdString());
        const core::Tensor t = core::readNpy(testdata::path("npy/" + name.toStdString()));
        QCOMPARE(core::dtypeName(t.dtype()), expected.at("dtype").get<std::string>());
        QCOMPARE(t.shape(), expected.at("shape").get<core::Tensor::Shape>());
        const core::Tensor c = t.to(core::DType::Float64);
        const double *v = c.data<double>();
        double sum = 0;
        for (std::int64_t i = 0; i < c.numel(); ++i)
            sum += v[i];
        const double tolerance = 1e-6 * (1.0 + std::abs(expected.at("sum_real").get<double>()));
        QVERIFY2(std::abs(sum - expected.at("sum_real").get<double>()) < tolerance, qPrintable(QString::number(sum)));
        QCOMPARE(v[0], expected.at("first_real").get<double>());
        QCOMPARE(v[c.numel() - 1], expected.at("last_real").get<double>());
    }

    void nativeArraysAreMemoryMapped()
    {
        QVERIFY(core::readNpy(testdata::path("npy/f32_c.npy")).isMemoryMapped());
        QVERIFY(!core::readNpy(testdata::path("npy/i16_big.npy")).isMemoryMapped()); // byte-swapped copy
    }

    void fortranOrderIsAView()
    {
        const core::Tensor t = core::readNpy(testdata::path("npy/f64_fortran.npy"));
        QVERIFY(!t.isContiguous());
        QCOMPARE(t.strides(), (std::vector<std::int64_t>{1, 4}));
    }

    void imageReaderMatchesPixels_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::newRow("grey u8") << "grey_u8";
        QTest::newRow("grey u16") << "grey_u16";
        QTest::newRow("rgb u8") << "rgb_u8";
    }

    void imageReaderMatchesPixels()
    {
        QFETCH(QString, stem);
        const core::Tensor image = core::readImage(testdata::path("spectrum/" + stem.toStdString() + ".png"));
        const core::Tensor pixels = core::readNpy(testdata::path("spectrum/" + stem.toStdString() + "_pixels.npy"));
        QCOMPARE(image.shape(), pixels.shape());
        QCOMPARE(image.dtype(), pixels.dtype());
        const core::Tensor a = image.to(core::DType::Float64), b = pixels.to(core::DType::Float64);
        for (std::int64_t i = 0; i < a.numel(); ++i)
            QCOMPARE(a.data<double>()[i], b.data<double>()[i]);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong magic") << QByteArray("NOTNUMPY0000") << "wrong magic";
        QTest::newRow("truncated header") << QByteArray("\x93NUMPY\x01\x00\x76\x00{'descr'", 18) << "ends inside the header";
        const std::string truncated = header("{'descr': '<f8', 'fortran_order': False, 'shape': (100, 100), }") + std::string(80, '\0');
        QTest::newRow("truncated data") << QByteArray::fromStdString(truncated) << "truncated";
        QTest::newRow("object dtype") << QByteArray::fromStdString(header("{'descr': '|O', 'fortran_order': False, 'shape': (2,), }")) << "pickled";
        QTest::newRow("overflowing shape")
            << QByteArray::fromStdString(header("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }"))
            << "64-bit";
        QTest::newRow("negative dimension")
            << QByteArray::fromStdString(header("{'descr': '<f8', 'fortran_order': False, 'shape': (-1, 3), }")) << "negative";
        QTest::newRow("structured") << QByteArray::fromStdString(header("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (2,), }"))
                                    << "structured";
        QTest::newRow("version 9") << QByteArray("\x93NUMPY\x09\x00\x10\x00{}              ", 26) << "version";
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const std::string path = write("bad.npy", bytes.toStdString());
        try {
            core::readNpy(path);
            QFAIL("no FormatError");
        } catch (const core::FormatError &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(expected), e.what());
            QCOMPARE(e.path(), path);
        }
    }

    void corruptImage()
    {
        std::ifstream in(testdata::path("spectrum/grey_u8.png"), std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::string path = write("truncated.png", bytes.substr(0, 60));
        QVERIFY_THROWS_EXCEPTION(core::FormatError, core::readImage(path));
    }
};

QTEST_GUILESS_MAIN(TestNpyReader)
#include "test_npyreader.moc"

// Tensor views, conversions and size checks.
#include "data/tensor.h"
#include "data/ownedstorage.h"
#include "errors/analysiserror.h"

#include <QtTest>

#include <limits>

class TestTensor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectAndTransposeAreViews()
    {
        core::Tensor t = core::Tensor::zeros(core::DType::Int32, {2, 3, 4});
        int *v = t.mutableData<int>();
        for (int i = 0; i < 24; ++i)
            v[i] = i;
        const core::Tensor row = t.select(0, 1); // (3, 4), values 12..23
        QCOMPARE(row.shape(), (core::Tensor::Shape{3, 4}));
        QCOMPARE(row.valueAt({2, 3}), 23.0);
        const core::Tensor tr = row.transposed(0, 1); // (4, 3)
        QCOMPARE(tr.valueAt({3, 2}), 23.0);
        QCOMPARE(tr.valueAt({1, 0}), 13.0);
        QVERIFY(!tr.isContiguous());
        const core::Tensor copy = tr.contiguous();
        QVERIFY(copy.isContiguous());
        QCOMPARE(copy.data<int>()[1], 16); // element (0, 1) = row(1, 0) = 12 + 4
        v[12] = -5; // views share storage
        QCOMPARE(tr.valueAt({0, 0}), -5.0);
    }

    void conversions()
    {
        core::Tensor t = core::Tensor::zeros(core::DType::Float64, {3});
        t.mutableData<double>()[0] = 300.7;
        t.mutableData<double>()[1] = -1.0;
        const core::Tensor asInt = t.to(core::DType::Int16);
        QCOMPARE(asInt.data<std::int16_t>()[0], std::int16_t(300));
        QCOMPARE(asInt.data<std::int16_t>()[1], std::int16_t(-1));
        const Eigen::MatrixXd m = core::Tensor::fromMatrix(Eigen::MatrixXd::Identity(2, 3)).toMatrix();
        QCOMPARE(m.rows(), Eigen::Index(2));
        QCOMPARE(m(1, 1), 1.0);
        QCOMPARE(m(1, 2), 0.0);
    }

    void float16()
    {
        core::Tensor t = core::Tensor::zeros(core::DType::Float16, {3});
        auto *bits = reinterpret_cast<std::uint16_t *>(t.mutableBytes());
        bits[0] = 0x3C00; // 1.0
        bits[1] = 0xC000; // -2.0
        bits[2] = 0x0001; // smallest subnormal 2^-24
        QCOMPARE(t.valueAt({0}), 1.0);
        QCOMPARE(t.valueAt({1}), -2.0);
        QCOMPARE(t.valueAt({2}), std::ldexp(1.0, -24));
    }

    void sizeChecks()
    {
        const std::int64_t big = std::int64_t(1) << 32;
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::checkedElementCount({big, big}));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::checkedElementCount({-1, 2}));
        QCOMPARE(core::checkedElementCount({}), std::int64_t(1));
        QCOMPARE(core::checkedElementCount({5, 0, 7}), std::int64_t(0));
        auto storage = std::make_shared<core::OwnedStorage>(16);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::Tensor::view(storage, core::DType::Float64, {3}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::Tensor::view(storage, core::DType::Float64, {2}, {}, 8));
        QCOMPARE(core::Tensor::view(storage, core::DType::Float64, {2}).numel(), std::int64_t(2));
    }
};

QTEST_GUILESS_MAIN(TestTensor)
#include "test_tensor.moc"

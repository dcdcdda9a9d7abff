// The live information-plane demo's trainer: recording schedule, learning, and the bounds every
// binning estimate must respect on the 12-bit task (I(T;Y) <= I(X;Y) = H(Y), I(X;T) <= 12 bits).
#include "analyses/information/discreteinformation.h"
#include "analyses/information/szt12task.h"
#include "errors/analysiserror.h"
#include "models/ibdemotrainer.h"

#include <QtTest>

class TestIbDemoTrainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schedule()
    {
        QVERIFY(core::IbDemoTrainer::isRecordedEpoch(0) && core::IbDemoTrainer::isRecordedEpoch(19));
        QVERIFY(!core::IbDemoTrainer::isRecordedEpoch(21) && core::IbDemoTrainer::isRecordedEpoch(25));
        QVERIFY(!core::IbDemoTrainer::isRecordedEpoch(110) && core::IbDemoTrainer::isRecordedEpoch(120));
        QVERIFY(!core::IbDemoTrainer::isRecordedEpoch(2020) && core::IbDemoTrainer::isRecordedEpoch(2100));
    }

    void trainsAndRespectsTheBounds_data()
    {
        QTest::addColumn<QString>("activation");
        QTest::newRow("tanh") << QStringLiteral("tanh");
        QTest::newRow("relu") << QStringLiteral("relu");
    }

    void trainsAndRespectsTheBounds()
    {
        QFETCH(QString, activation);
        core::IbDemoOptions options;
        options.activation = activation.toStdString();
        options.epochs = 300;
        options.learningRate = 0.01; // faster than IDNNs' 4e-4 so that a short test sees learning
        core::IbDemoTrainer trainer(options);
        const double hy = core::discreteEntropy(core::szt12Labels()).plugin / std::log(2.0);
        std::vector<core::IbDemoRecord> records;
        core::IbDemoRecord record;
        while (!trainer.finished())
            if (trainer.trainEpoch(record))
                records.push_back(record);
        QCOMPARE(records.front().epoch, 0);
        QCOMPARE(records.back().epoch, 300);
        QCOMPARE(int(records.size()), 20 + 16 + 10 + 1); // 0-19, 20..95 step 5, 100..280 step 20, 300
        for (const core::IbDemoRecord &r : records) {
            QCOMPARE(int(r.ixt.size()), 6);
            for (std::size_t l = 0; l < 6; ++l) {
                QVERIFY2(r.ity[l] <= hy + 1e-9, qPrintable(QStringLiteral("epoch %1 layer %2: %3").arg(r.epoch).arg(l).arg(r.ity[l])));
                QVERIFY(r.ixt[l] <= 12.0 + 1e-9 && r.ity[l] >= -1e-12 && r.ity[l] <= r.ixt[l] + 1e-9);
            }
        }
        QVERIFY2(records.back().trainAccuracy > 0.85, qPrintable(QString::number(records.back().trainAccuracy)));
        QVERIFY(records.back().loss < records[1].loss);
    }

    void badOptionsAreRefused()
    {
        core::IbDemoOptions options;
        options.activation = "sigmoid";
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::IbDemoTrainer trainer(options));
    }
};

QTEST_APPLESS_MAIN(TestIbDemoTrainer)
#include "test_ibdemotrainer.moc"

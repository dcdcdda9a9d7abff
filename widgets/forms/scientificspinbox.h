#pragma once

#include <QDoubleSpinBox>

namespace ui {

/// A double spin box that shows values with six significant digits ("0.001", "1e-08") instead of a
/// fixed number of decimals, so that small parameters such as a noise variance are not shown as 0.
class ScientificSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit ScientificSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &position) const override;
};

} // namespace ui

#include "forms/scientificspinbox.h"

#include <QLocale>

#include <limits>

namespace ui {

ScientificSpinBox::ScientificSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(std::numeric_limits<double>::max_digits10); // keep the value unrounded
}

QString ScientificSpinBox::textFromValue(double value) const
{
    return locale().toString(value, 'g', 6);
}

double ScientificSpinBox::valueFromText(const QString &text) const
{
    QString plain = text;
    plain.remove(suffix());
    bool ok = false;
    const double value = locale().toDouble(plain.trimmed(), &ok);
    return ok ? value : QDoubleSpinBox::value();
}

QValidator::State ScientificSpinBox::validate(QString &text, int &) const
{
    QString plain = text;
    plain.remove(suffix());
    plain = plain.trimmed();
    if (plain.isEmpty() || plain == QLatin1String("-") || plain.endsWith(QLatin1Char('e'), Qt::CaseInsensitive)
        || plain.endsWith(QLatin1String("e-"), Qt::CaseInsensitive))
        return QValidator::Intermediate;
    bool ok = false;
    const double value = locale().toDouble(plain, &ok);
    if (!ok)
        return QValidator::Invalid;
    return value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

} // namespace ui

#include "plot/powertenticker.h"

#include <cmath>

namespace ui {

QString PowerTenTicker::getTickLabel(double tick, const QLocale &locale, QChar, int precision)
{
    if (!(tick > 0.0))
        return locale.toString(tick, 'g', precision);
    const double exponent = std::log10(tick);
    const long rounded = std::lround(exponent);
    if (std::abs(exponent - double(rounded)) > 1e-9)
        return locale.toString(tick, 'g', precision);
    static const QChar superscripts[] = {QChar(0x2070), QChar(0x00B9), QChar(0x00B2), QChar(0x00B3), QChar(0x2074),
                                         QChar(0x2075), QChar(0x2076), QChar(0x2077), QChar(0x2078), QChar(0x2079)};
    QString label = QStringLiteral("10");
    if (rounded < 0)
        label += QChar(0x207B); // superscript minus
    for (const QChar digit : QString::number(std::labs(rounded)))
        label += superscripts[digit.digitValue()];
    return label;
}

} // namespace ui

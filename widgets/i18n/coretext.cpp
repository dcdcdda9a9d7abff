#include "i18n/coretext.h"

#include "registry/numbertemplate.h"

#include <QCoreApplication>

namespace ui {

QString coreText(const std::string &text)
{
    if (text.empty())
        return QString();
    const QString exact = QCoreApplication::translate("core", text.c_str());
    if (exact != QLatin1String(text.c_str()) && exact != QString::fromStdString(text))
        return exact;
    // By the pattern of its numbers ("k = %1"), then also of its quoted names (warnings naming files).
    for (const bool quotedNames : {false, true}) {
        const core::NumberTemplate pattern = core::numberTemplate(text, quotedNames);
        if (pattern.numbers.empty())
            continue;
        const QString translated = QCoreApplication::translate("core", pattern.pattern.c_str());
        if (translated != QString::fromStdString(pattern.pattern))
            return QString::fromStdString(core::fillNumberTemplate(translated.toStdString(), pattern.numbers));
    }
    return QString::fromStdString(text);
}

} // namespace ui

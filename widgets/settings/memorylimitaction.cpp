#include "settings/memorylimitaction.h"

#include "data/memorylimit.h"

#include <QInputDialog>
#include <QLocale>
#include <QSettings>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace ui {

namespace {

const char *const kKey = "memoryLimitBytes";
constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

} // namespace

MemoryLimitAction::MemoryLimitAction(QObject *parent)
    : QAction(tr("Memory &Limit…"), parent)
{
    setObjectName(QStringLiteral("memoryLimitAction"));
    setStatusTip(tr("The most memory one array may take when a file is decoded, inflated or converted; "
                    "larger claims are refused before anything is allocated"));
    connect(this, &QAction::triggered, this, &MemoryLimitAction::choose);
}

void MemoryLimitAction::applySaved()
{
    core::setMaterialiseLimit(QSettings().value(QLatin1String(kKey), 0).toULongLong());
}

void MemoryLimitAction::choose()
{
    const double physical = double(core::physicalMemory()) / kGiB;
    const double current = double(core::materialiseLimit()) / kGiB;
    bool ok = false;
    const double chosen = QInputDialog::getDouble(
        qobject_cast<QWidget *>(parent()), tr("Memory limit"),
        tr("Largest array in memory, in GiB (this machine has %1 GiB; 0 restores the default, half of it):")
            .arg(QLocale().toString(physical, 'f', 1)),
        current, 0.0, std::max(physical, 0.25), 2, &ok);
    if (!ok)
        return;
    const std::uint64_t bytes = chosen > 0 ? std::uint64_t(std::llround(chosen * kGiB)) : 0;
    QSettings().setValue(QLatin1String(kKey), QVariant::fromValue<qulonglong>(bytes));
    core::setMaterialiseLimit(bytes);
}

} // namespace ui

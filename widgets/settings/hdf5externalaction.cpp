#include "settings/hdf5externalaction.h"

#include "io/containers/hdf5external.h"

#include <QSettings>

namespace ui {

namespace {

const char *const kKey = "allowHdf5External";

} // namespace

Hdf5ExternalAction::Hdf5ExternalAction(QObject *parent)
    : QAction(tr("Allow External HDF5 &Data"), parent)
{
    setObjectName(QStringLiteral("hdf5ExternalAction"));
    setCheckable(true);
    setChecked(core::hdf5ExternalAllowed());
    setStatusTip(tr("Read HDF5 datasets stored in other files and links into other files (such a file can "
                    "name any file on this machine: allow it only for files you trust); applies to files "
                    "opened afterwards"));
    connect(this, &QAction::toggled, this, [](bool allowed) {
        QSettings().setValue(QLatin1String(kKey), allowed);
        core::setHdf5ExternalAllowed(allowed);
    });
}

void Hdf5ExternalAction::applySaved()
{
    core::setHdf5ExternalAllowed(QSettings().value(QLatin1String(kKey), false).toBool());
}

} // namespace ui

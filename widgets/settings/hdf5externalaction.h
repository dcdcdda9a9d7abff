#pragma once

#include <QAction>

namespace ui {

/// File > Allow External HDF5 Data: whether HDF5 datasets whose raw data lie in other files, and
/// links into other files, are read (core's hdf5ExternalAllowed, io/containers/hdf5external.h). Off
/// by default, because such a file can name any file on the machine; kept in the settings. Applies to
/// files opened afterwards.
class Hdf5ExternalAction : public QAction
{
    Q_OBJECT

public:
    explicit Hdf5ExternalAction(QObject *parent);

    /// Applies the saved choice (call once at start, before any file is read).
    static void applySaved();
};

} // namespace ui

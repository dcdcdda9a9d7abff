#include "window/aboutdialog.h"

#include "plot/qcustomplotinclude.h"
#include "modules/torchaccess.h"
#include "version.h"

#include <QMessageBox>

#include <vtkVersion.h>

namespace ui {

QString libraryVersionsText()
{
    return QObject::tr("Qt %1, VTK %2, LibTorch %3, QCustomPlot %4, %5")
        .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(vtkVersion::GetVTKVersion()),
             QString::fromStdString(core::torchVersion()), QStringLiteral(QCUSTOMPLOT_VERSION_STR),
             QString::fromStdString(core::coreLibraryVersions()));
}

void showAboutDialog(QWidget *parent)
{
    QMessageBox::about(parent, QObject::tr("About InfoScope"),
                       QObject::tr("<h3>InfoScope %1</h3>"
                                   "<p>See what information deep networks keep, compress and lose.</p>"
                                   "<p>Built with %2.</p>")
                           .arg(QString::fromStdString(core::infoscopeVersion()), libraryVersionsText().toHtmlEscaped()));
}

} // namespace ui

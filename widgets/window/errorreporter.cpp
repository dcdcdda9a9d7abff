#include "window/errorreporter.h"

#include <QMessageBox>
#include <QWidget>

namespace ui {

ErrorReporter::ErrorReporter(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{}

void ErrorReporter::report(const QString &title, const QString &text, const QString &details)
{
    m_lastError = details.isEmpty() ? text : text + QLatin1Char('\n') + details;
    ++m_count;
    Q_EMIT reported(title, text);
    if (!m_interactive)
        return;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, m_parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

} // namespace ui

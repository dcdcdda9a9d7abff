#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace ui {

/// The one place the UI reports non-lethal errors: a title, a short text and details.
/// Interactive: a message box; otherwise (tests, scripted runs) the last error is kept and a
/// signal is emitted. Nothing already loaded is touched.
class ErrorReporter : public QObject
{
    Q_OBJECT

public:
    explicit ErrorReporter(QWidget *parent);

    void report(const QString &title, const QString &text, const QString &details = {});
    void setInteractive(bool interactive) { m_interactive = interactive; }
    QString lastError() const { return m_lastError; }
    int errorCount() const { return m_count; }

Q_SIGNALS:
    void reported(const QString &title, const QString &text);

private:
    QWidget *m_parent;
    bool m_interactive = true;
    QString m_lastError;
    int m_count = 0;
};

} // namespace ui

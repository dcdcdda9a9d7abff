#pragma once

#include "registry/dataobject.h"
#include "registry/parametervalues.h"
#include "results/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <map>
#include <memory>

namespace core {
class Registry;
}

namespace ui {

/// A loaded file.
struct Source
{
    int id = 0;
    QString path;
    QString name; ///< file name shown in the tree
    core::DataObject data;
};

/// A finished analysis run.
struct Run
{
    int id = 0;
    QString analysisId;
    QString title;
    std::map<std::string, std::string> inputs; ///< slot -> source path
    std::shared_ptr<const core::Result> result;
};

/// The document: loaded sources and finished runs. Owned by the main window; GUI thread only.
/// A failing load never removes anything already loaded.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(const core::Registry &registry, QObject *parent = nullptr);

    /// Reads a file through the registry. Returns the new source id, or 0 with `error` set.
    int addSource(const QString &path, QString *error);
    int addRun(const QString &analysisId, std::shared_ptr<const core::Result> result);
    /// Gives run `id` a new result of the same analysis (a live preview); false if there is no such run.
    bool replaceResult(int id, std::shared_ptr<const core::Result> result);
    /// "analysis — input files", as runs are titled.
    static QString runTitle(const QString &analysisId, const std::map<std::string, std::string> &inputs);
    void clear();

    const QList<Source> &sources() const { return m_sources; }
    const QList<Run> &runs() const { return m_runs; }
    const Source *source(int id) const;
    const Source *sourceByPath(const QString &path) const;
    const Run *run(int id) const;

    /// Saves sources and runs (with results) as a workspace file; returns an error message or empty.
    QString save(const QString &path) const;
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path) { m_filePath = path; }

Q_SIGNALS:
    void sourceAdded(int id);
    void runAdded(int id);
    void cleared();

private:
    const core::Registry &m_registry;
    QList<Source> m_sources;
    QList<Run> m_runs;
    int m_nextId = 1;
    QString m_filePath;
};

} // namespace ui

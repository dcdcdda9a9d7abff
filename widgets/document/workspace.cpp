#include "document/workspace.h"

#include "registry/arrayselection.h"

#include "errors/formaterror.h"
#include "registry/registry.h"
#include "session/workspacefile.h"

#include <QFileInfo>

namespace ui {

Workspace::Workspace(const core::Registry &registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{}

int Workspace::addSource(const QString &path, QString *error)
{
    // "FILE::ARRAY" selects one array of a container (core::readSelection).
    const auto [filePart, arrayPart] = core::splitSelection(path.toStdString());
    const QString file = QString::fromStdString(filePart);
    const QString selection = arrayPart.empty() ? QString() : QStringLiteral("::") + QString::fromStdString(arrayPart);
    const QString absolute = QFileInfo(file).absoluteFilePath() + selection;
    if (const Source *existing = sourceByPath(absolute))
        return existing->id;
    Source source;
    try {
        source.data = core::readSelection(m_registry, absolute.toStdString());
    } catch (const std::bad_alloc &) {
        *error = tr("%1: not enough memory to load this file").arg(absolute);
        return 0;
    } catch (const std::exception &e) {
        *error = QString::fromStdString(e.what());
        return 0;
    }
    source.id = m_nextId++;
    source.path = absolute;
    source.name = QFileInfo(file).fileName() + selection;
    m_sources.append(source);
    Q_EMIT sourceAdded(source.id);
    return source.id;
}

QString Workspace::runTitle(const QString &analysisId, const std::map<std::string, std::string> &inputs)
{
    QString on;
    for (const auto &[slot, path] : inputs)
        on += (on.isEmpty() ? QString() : QStringLiteral(", ")) + QFileInfo(QString::fromStdString(path)).fileName();
    return on.isEmpty() ? analysisId : QStringLiteral("%1 — %2").arg(analysisId, on);
}

int Workspace::addRun(const QString &analysisId, std::shared_ptr<const core::Result> result)
{
    Run run;
    run.id = m_nextId++;
    run.analysisId = analysisId;
    run.inputs = result->inputs;
    run.title = runTitle(analysisId, run.inputs);
    run.result = std::move(result);
    m_runs.append(run);
    Q_EMIT runAdded(run.id);
    return run.id;
}

bool Workspace::replaceResult(int id, std::shared_ptr<const core::Result> result)
{
    for (Run &run : m_runs)
        if (run.id == id) {
            run.inputs = result->inputs;
            run.title = runTitle(run.analysisId, run.inputs);
            run.result = std::move(result);
            return true;
        }
    return false;
}

void Workspace::clear()
{
    m_sources.clear();
    m_runs.clear();
    m_filePath.clear();
    Q_EMIT cleared();
}

const Source *Workspace::source(int id) const
{
    for (const Source &s : m_sources)
        if (s.id == id)
            return &s;
    return nullptr;
}

const Source *Workspace::sourceByPath(const QString &path) const
{
    for (const Source &s : m_sources)
        if (s.path == path)
            return &s;
    return nullptr;
}

const Run *Workspace::run(int id) const
{
    for (const Run &r : m_runs)
        if (r.id == id)
            return &r;
    return nullptr;
}

QString Workspace::save(const QString &path) const
{
    core::WorkspaceFile file;
    for (const Source &s : m_sources)
        file.sources.push_back(s.path.toStdString());
    for (const Run &r : m_runs) {
        core::WorkspaceRun run;
        run.analysisId = r.analysisId.toStdString();
        run.inputs = r.inputs;
        run.parameters = r.result->parameters;
        run.result = *r.result;
        file.runs.push_back(std::move(run));
    }
    try {
        file.save(path.toStdString());
    } catch (const core::FormatError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace ui

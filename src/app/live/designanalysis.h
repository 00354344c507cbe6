#pragma once

#include "core/cost/costreport.h"
#include "core/model/project.h"
#include "core/validation/problem.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QTimer;

namespace Stackdraft::Core {
class Catalog;
}

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class BackgroundJob;
using Document::ProjectDocument;

// The document's validation problems and cost reports, kept current as it is edited: an edit marks
// the environments it can affect, the marks of one command (or, outside one, of one event-loop
// turn) are coalesced, and only those environments are re-priced and re-validated, on a snapshot
// of the project, off the UI thread.
// Costs are applied as soon as they are priced, problems once validated; a result for an
// environment edited again meanwhile is dropped (the next run recomputes it).
// Also prices the project as last saved, for the cost delta.
class DesignAnalysis final : public QObject
{
    Q_OBJECT

public:
    explicit DesignAnalysis(const ProjectDocument &document, QObject *parent = nullptr);
    ~DesignAnalysis() override;

    // Every environment's problems, in environment order.
    QList<Core::Problem> problems() const;
    QList<Core::Problem> problems(const QString &environmentId) const;
    int count(Core::Severity severity) const;
    // The worst severity of each component's problems in an environment.
    QHash<QString, Core::Severity> worstSeverities(const QString &environmentId) const;

    // The environment's cost now and as last saved (null when unknown).
    const Core::CostReport *cost(const QString &environmentId) const;
    const Core::CostReport *savedCost(const QString &environmentId) const;
    const Core::Project &savedProject() const { return m_saved; }

    // True when no edit waits to be analysed (tests and the benchmark wait for this).
    bool isCurrent() const;

    // While held, changes are marked but not analysed; release() analyses what was marked. The
    // window holds the analysis of a project just opened until it has painted it: at 10,000
    // components the whole-project run's memory and CPU would otherwise come on top of drawing.
    void hold();
    void release();

signals:
    // Results of `environmentIds` were applied.
    void problemsChanged(const QStringList &environmentIds);
    void costsChanged(const QStringList &environmentIds);
    void savedCostsChanged();
    // Everything is current (emitted after the last pending run).
    void current();

private:
    // What one environment's analysis found; the summaries are computed on the worker too, so
    // that the UI thread does not walk every problem again after each edit.
    struct Summary
    {
        int counts[3] = {0, 0, 0}; // per Core::Severity
        QHash<QString, Core::Severity> worst; // component → worst severity
    };
    struct Result
    {
        QString environment;
        QList<Core::Problem> problems;
        Summary summary;
        Core::CostReport cost;
    };
    static Summary summarise(const QList<Core::Problem> &problems);
    void markAll();
    void mark(const QString &environmentId);
    void run();
    // Keeps the costs of the environments not edited since, and returns their results.
    QList<Result> keepCosts(const QList<Result> &results);
    void applyProblems(const QList<Result> &results);
    void finishRun(); // analyses what was edited meanwhile, or tells that all is current
    void takeSavedSnapshot();
    // The saved design's costs: the analysis's own once it is current and the design is still the
    // saved one, else priced apart.
    void settleSaved();
    void priceSavedApart();
    void priceSaved();
    static QList<Result> price(const Core::Project &project, const QStringList &environments,
                               const Core::Catalog &catalog);
    static void validate(const Core::Project &project, QList<Result> &results,
                         const Core::Catalog &catalog);

    const ProjectDocument &m_document;
    QTimer *m_coalesce;
    BackgroundJob *m_job;
    BackgroundJob *m_savedJob;
    QSet<QString> m_dirty; // environments edited since their last analysis started
    bool m_held = false;
    QHash<QString, QList<Core::Problem>> m_problems;
    QHash<QString, Summary> m_summaries;
    QHash<QString, Core::CostReport> m_costs;
    Core::Project m_saved;
    bool m_savedPending = false; // m_saved's costs wait for the analysis (settleSaved())
    QHash<QString, Core::CostReport> m_savedCosts;
};

} // namespace Stackdraft::App

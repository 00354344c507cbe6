#include "app/live/designanalysis.h"

#include "app/live/backgroundjob.h"
#include "core/cost/costengine.h"
#include "core/cost/pricebooks.h"
#include "core/validation/validationengine.h"
#include "document/projectdocument.h"

#include <QTimer>

namespace Stackdraft::App {

DesignAnalysis::DesignAnalysis(const ProjectDocument &document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_coalesce(new QTimer(this))
    , m_job(new BackgroundJob(this, BackgroundJob::interactivePool()))
    , m_savedJob(new BackgroundJob(this, BackgroundJob::interactivePool()))
{
    // Zero: after the events already queued (the rest of a macro's signals), before the next paint.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &DesignAnalysis::run);

    connect(&document, &ProjectDocument::projectReset, this, [this] {
        m_problems.clear();
        m_summaries.clear();
        m_costs.clear();
        m_savedPending = false; // the previous project's baseline is not wanted any more
        markAll();
        takeSavedSnapshot();
    });
    // A component's shared data can change any environment it is deployed in (and the rules that
    // look across connections), so it re-checks them all; a deployment only its own environment.
    // Connections, groups, environments and project settings feed rules that look across the
    // whole project, so they re-check everything too.
    const auto markEnvironment
        = [this](const QString &environmentId, const QString &) { mark(environmentId); };
    connect(&document, &ProjectDocument::deploymentAdded, this, markEnvironment);
    connect(&document, &ProjectDocument::deploymentRemoved, this, markEnvironment);
    connect(&document, &ProjectDocument::deploymentChanged, this, markEnvironment);
    for (const auto signal :
         {&ProjectDocument::componentAdded, &ProjectDocument::componentRemoved,
          &ProjectDocument::componentChanged, &ProjectDocument::connectionAdded,
          &ProjectDocument::connectionRemoved, &ProjectDocument::connectionChanged,
          &ProjectDocument::groupAdded, &ProjectDocument::groupRemoved,
          &ProjectDocument::groupChanged, &ProjectDocument::environmentAdded,
          &ProjectDocument::environmentRemoved, &ProjectDocument::environmentChanged})
        connect(&document, signal, this, &DesignAnalysis::markAll);
    connect(&document, &ProjectDocument::componentRenamed, this, &DesignAnalysis::markAll);
    connect(&document, &ProjectDocument::environmentRenamed, this, &DesignAnalysis::markAll);
    connect(&document, &ProjectDocument::projectSettingsChanged, this, &DesignAnalysis::markAll);
    // A command is whole once changed() is emitted (a macro's signals come before it): the marks
    // are analysed from there, not after the rest of the event-loop turn (the canvas's and
    // inspector's work on the same edit). The zero timer still coalesces marks made outside a
    // command.
    connect(&document, &ProjectDocument::changed, this, &DesignAnalysis::run);
    connect(&document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            takeSavedSnapshot();
    });
    if (document.hasProject()) {
        markAll();
        takeSavedSnapshot();
    }
}

DesignAnalysis::~DesignAnalysis() = default;

void DesignAnalysis::markAll()
{
    for (const Core::Environment &environment : m_document.project().environments)
        m_dirty.insert(environment.id);
    m_coalesce->start();
    priceSavedApart();
}

void DesignAnalysis::mark(const QString &environmentId)
{
    m_dirty.insert(environmentId);
    m_coalesce->start();
    priceSavedApart();
}

void DesignAnalysis::priceSavedApart()
{
    // Edited after the save: the analysis will not price the saved design any more.
    if (!m_savedPending)
        return;
    m_savedPending = false;
    priceSaved();
}

bool DesignAnalysis::isCurrent() const
{
    return m_dirty.isEmpty() && !m_job->isBusy() && !m_coalesce->isActive();
}

void DesignAnalysis::hold()
{
    m_held = true;
}

void DesignAnalysis::release()
{
    if (!m_held)
        return;
    m_held = false;
    if (!m_dirty.isEmpty())
        m_coalesce->start();
}

void DesignAnalysis::run()
{
    // One run at a time: a run is never cancelled for a newer edit (continuous typing would
    // starve it); the edits made meanwhile stay marked and are analysed as soon as it ends.
    if (m_held || m_job->isBusy() || m_dirty.isEmpty())
        return;
    QStringList environments;
    for (const Core::Environment &environment : m_document.project().environments) {
        if (m_dirty.contains(environment.id))
            environments << environment.id;
    }
    m_dirty.clear();
    if (environments.isEmpty()) {
        finishRun();
        return;
    }
    // Two steps: the prices (a fifth of the work) are shown as soon as they are known, so that
    // the Cost dock computes its rows while the same environments are validated.
    const Core::Project snapshot = m_document.project(); // implicitly shared: O(1)
    const Core::Catalog *catalog = &m_document.catalog();
    m_job->start<QList<Result>>(
        [snapshot, environments, catalog](QPromise<QList<Result>> &) {
            return price(snapshot, environments, *catalog);
        },
        [this, snapshot, catalog](const QList<Result> &priced) {
            QList<Result> current = keepCosts(priced);
            if (current.isEmpty()) {
                finishRun();
                return;
            }
            // Started before the costs are announced, so that the analysis is busy (not current)
            // for whoever reacts to them.
            m_job->start<QList<Result>>(
                [snapshot, current, catalog](QPromise<QList<Result>> &) mutable {
                    validate(snapshot, current, *catalog);
                    return current;
                },
                [this](const QList<Result> &validated) {
                    applyProblems(validated);
                    finishRun();
                });
            QStringList ids;
            for (const Result &result : std::as_const(current))
                ids << result.environment;
            emit costsChanged(ids);
        });
}

QList<DesignAnalysis::Result> DesignAnalysis::price(const Core::Project &project,
                                                    const QStringList &environments,
                                                    const Core::Catalog &catalog)
{
    const Core::PriceBooks &books = Core::PriceBooks::standard();
    QList<Result> results;
    for (const QString &id : environments) {
        const Core::Environment *environment = project.environment(id);
        if (!environment)
            continue;
        Result result;
        result.environment = id;
        result.cost = Core::CostEngine::estimate(project, *environment, catalog, books);
        results << result;
    }
    return results;
}

void DesignAnalysis::validate(const Core::Project &project, QList<Result> &results,
                              const Core::Catalog &catalog)
{
    const Core::PriceBooks &books = Core::PriceBooks::standard();
    for (Result &result : results) {
        // The budget rule reads this estimate instead of pricing the environment a second time
        // (a quarter of a re-validation).
        result.problems = Core::ValidationEngine::standard().checkEnvironment(
            project, result.environment, catalog, books, &result.cost);
        result.summary = summarise(result.problems);
    }
}

QList<DesignAnalysis::Result> DesignAnalysis::keepCosts(const QList<Result> &results)
{
    QList<Result> kept;
    for (const Result &result : results) {
        if (m_dirty.contains(result.environment))
            continue; // edited while we worked: the next run has the newer answer
        m_costs.insert(result.environment, result.cost);
        kept << result;
    }
    return kept;
}

void DesignAnalysis::applyProblems(const QList<Result> &results)
{
    QStringList applied;
    for (const Result &result : results) {
        if (m_dirty.contains(result.environment))
            continue;
        m_problems.insert(result.environment, result.problems);
        m_summaries.insert(result.environment, result.summary);
        applied << result.environment;
    }
    if (!applied.isEmpty())
        emit problemsChanged(applied);
}

void DesignAnalysis::finishRun()
{
    if (!m_dirty.isEmpty()) {
        m_coalesce->start();
        return;
    }
    settleSaved();
    emit current();
}

void DesignAnalysis::takeSavedSnapshot()
{
    // The saved design is, at this moment, the one being analysed: its costs are the analysis's
    // own, shared (implicitly) rather than priced a second time. Pricing it apart, on a second
    // worker at the same time as the analysis, held two copies of every cost line of the project
    // (at 10,000 components, 34 MB of the peak of opening it). It is priced apart only when
    // the design is edited before the analysis has caught up with it (priceSavedApart()).
    m_saved = m_document.project();
    m_savedJob->cancel();
    m_savedPending = true;
    if (isCurrent() && !m_held)
        QMetaObject::invokeMethod(this, &DesignAnalysis::settleSaved, Qt::QueuedConnection);
}

void DesignAnalysis::settleSaved()
{
    if (!m_savedPending)
        return;
    m_savedPending = false;
    if (!(m_document.project() == m_saved)) { // O(1) while they share their lists
        priceSaved();
        return;
    }
    m_savedCosts = m_costs;
    emit savedCostsChanged();
}

void DesignAnalysis::priceSaved()
{
    QStringList environments;
    for (const Core::Environment &environment : m_saved.environments)
        environments << environment.id;
    const Core::Project snapshot = m_saved;
    const Core::Catalog *catalog = &m_document.catalog();
    m_savedJob->start<QList<Result>>(
        [snapshot, environments, catalog](QPromise<QList<Result>> &) {
            return price(snapshot, environments, *catalog);
        },
        [this](const QList<Result> &results) {
            m_savedCosts.clear();
            for (const Result &result : results)
                m_savedCosts.insert(result.environment, result.cost);
            emit savedCostsChanged();
        });
}

QList<Core::Problem> DesignAnalysis::problems() const
{
    QList<Core::Problem> all;
    for (const Core::Environment &environment : m_document.project().environments)
        all += m_problems.value(environment.id);
    return all;
}

QList<Core::Problem> DesignAnalysis::problems(const QString &environmentId) const
{
    return m_problems.value(environmentId);
}

DesignAnalysis::Summary DesignAnalysis::summarise(const QList<Core::Problem> &problems)
{
    Summary summary;
    for (const Core::Problem &problem : problems) {
        ++summary.counts[int(problem.severity)];
        const QString &component = problem.location.component;
        if (component.isEmpty())
            continue;
        auto it = summary.worst.find(component);
        if (it == summary.worst.end())
            summary.worst.insert(component, problem.severity);
        else if (int(problem.severity) > int(*it))
            *it = problem.severity;
    }
    return summary;
}

int DesignAnalysis::count(Core::Severity severity) const
{
    int n = 0;
    for (const Core::Environment &environment : m_document.project().environments) {
        auto it = m_summaries.constFind(environment.id);
        if (it != m_summaries.cend())
            n += it->counts[int(severity)];
    }
    return n;
}

QHash<QString, Core::Severity> DesignAnalysis::worstSeverities(const QString &environmentId) const
{
    return m_summaries.value(environmentId).worst;
}

const Core::CostReport *DesignAnalysis::cost(const QString &environmentId) const
{
    auto it = m_costs.constFind(environmentId);
    return it == m_costs.cend() ? nullptr : &*it;
}

const Core::CostReport *DesignAnalysis::savedCost(const QString &environmentId) const
{
    auto it = m_savedCosts.constFind(environmentId);
    return it == m_savedCosts.cend() ? nullptr : &*it;
}

} // namespace Stackdraft::App

#include "app/autolayoutjob.h"

#include "app/live/backgroundjob.h"
#include "core/model/project.h"
#include "document/projectdocument.h"

namespace Stackdraft::App {
namespace {

// The canvas measures connection labels with its font; the boxes are measured here, on the UI
// thread, so that the worker lays out numbers and touches no font.
Core::EnvironmentLayoutOptions withMeasuredLabels(Core::EnvironmentLayoutOptions options,
                                                  const Core::Project &project)
{
    if (!options.labelSize)
        return options;
    QHash<QString, QSizeF> sizes;
    for (const Core::Connection &connection : project.connections) {
        if (!connection.label.isEmpty() && !sizes.contains(connection.label))
            sizes.insert(connection.label, options.labelSize(connection.label));
    }
    options.labelSize = [sizes](const QString &label) { return sizes.value(label); };
    return options;
}

} // namespace

AutoLayoutJob::AutoLayoutJob(const Document::ProjectDocument &document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::busyChanged, this, &AutoLayoutJob::busyChanged);
    connect(&document, &Document::ProjectDocument::changed, this,
            &AutoLayoutJob::onDocumentChanged);
}

AutoLayoutJob::~AutoLayoutJob() = default;

bool AutoLayoutJob::isBusy() const
{
    return m_job->isBusy();
}

void AutoLayoutJob::start(const QString &environmentId,
                          const Core::EnvironmentLayoutOptions &options)
{
    const Core::Project &project = m_document.project();
    const Core::Environment *environment = project.environment(environmentId);
    if (!environment || environment->deployments.isEmpty())
        return;
    const Core::EnvironmentLayoutOptions measured = withMeasuredLabels(options, project);
    if (environment->deployments.size() <= m_synchronousLimit) {
        m_job->cancel();
        deliver(environmentId, compute(project, environmentId, measured));
        return;
    }
    m_job->start<Outcome>(
        [snapshot = project, environmentId, measured](QPromise<Outcome> &) {
            return compute(snapshot, environmentId, measured);
        },
        [this, environmentId](const Outcome &outcome) { deliver(environmentId, outcome); });
}

AutoLayoutJob::Outcome AutoLayoutJob::compute(const Core::Project &project,
                                              const QString &environmentId,
                                              const Core::EnvironmentLayoutOptions &options)
{
    const Core::Environment *environment = project.environment(environmentId);
    if (!environment)
        return {};
    auto positions = Core::EnvironmentLayout::layout(project, *environment, options);
    if (!positions)
        return {{}, positions.error().message};
    return {std::move(positions).value(), {}};
}

void AutoLayoutJob::deliver(const QString &environmentId, const Outcome &outcome)
{
    if (!outcome.error.isEmpty())
        emit failed(outcome.error);
    else if (!outcome.positions.isEmpty())
        emit laidOut(environmentId, outcome.positions);
}

void AutoLayoutJob::onDocumentChanged()
{
    if (!m_job->isBusy())
        return;
    m_job->cancel(); // dot runs to its end on the pool; its answer is dropped
    emit discarded();
}

} // namespace Stackdraft::App

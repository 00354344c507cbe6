#include "app/live/gitstatusindicator.h"

#include "app/live/backgroundjob.h"
#include "app/live/commitplan.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "document/projectdocument.h"

#include <QTimer>

namespace Stackdraft::App {
namespace {

struct Look
{
    bool ok = false;
    QString branch;
    int changed = 0;
    QString error;
};

} // namespace

GitStatusIndicator::GitStatusIndicator(const ProjectDocument &document, QWidget *parent)
    : QLabel(parent)
    , m_document(document)
    , m_delay(new QTimer(this))
    , m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("gitStatus"));
    m_delay->setSingleShot(true);
    m_delay->setInterval(DelayMs);
    connect(m_delay, &QTimer::timeout, this, &GitStatusIndicator::refresh);
    auto later = [this] { m_delay->start(); };
    connect(&document, &ProjectDocument::projectReset, this, later);
    connect(&document, &ProjectDocument::changed, this, later);
    connect(&document, &ProjectDocument::filePathChanged, this, later);
}

bool GitStatusIndicator::isCurrent() const
{
    return !m_delay->isActive() && !m_job->isBusy();
}

void GitStatusIndicator::refresh()
{
    m_delay->stop();
    if (m_document.filePath().isEmpty()) {
        setText(QString());
        emit refreshed();
        return;
    }
    CommitPlan::Input input;
    input.project = m_document.project();
    input.projectFile = m_document.filePath();
    input.catalog = &m_document.catalog();
    input.priceBooks = &Core::PriceBooks::standard();
    input.registry = &Core::ExporterRegistry::standard();
    input.statusOnly = true;
    m_job->start<Look>(
        [input](QPromise<Look> &) {
            const Core::Result<CommitPlan> plan = CommitPlan::prepare(input);
            if (!plan)
                return Look {false, {}, 0, plan.error().message};
            return Look {true, plan->branch, int(plan->changes.size()), {}};
        },
        [this](const Look &look) {
            if (!look.ok) {
                setText(tr("Git: —"));
                setToolTip(look.error);
            } else {
                setText(look.changed == 0
                            ? tr("Git: %1 · generated files up to date").arg(look.branch)
                            : tr("Git: %1 · %n generated file(s) changed", nullptr, look.changed)
                                  .arg(look.branch));
                setToolTip(tr("Git > Commit… shows the changes and commits them."));
            }
            emit refreshed();
        });
}

} // namespace Stackdraft::App

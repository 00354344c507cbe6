#pragma once

#include "core/layout/environmentlayout.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QString>

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class BackgroundJob;

// Computes Auto-layout's positions for one environment. A large environment is laid out on a
// worker over a snapshot of the project, so the window keeps painting while dot runs (seconds at a
// thousand cards); its result is discarded when the document changes meanwhile, since any command
// may move, add or remove a card, a connection or a group the layout read. Environments of at
// most synchronousLimit() deployments are laid out at once: dot needs a few milliseconds there, so
// a busy indication would only flicker and the step is on the undo stack when the shortcut
// returns.
class AutoLayoutJob final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultSynchronousLimit = 100;

    explicit AutoLayoutJob(const Document::ProjectDocument &document, QObject *parent = nullptr);
    ~AutoLayoutJob() override;

    int synchronousLimit() const { return m_synchronousLimit; }
    void setSynchronousLimit(int deployments) { m_synchronousLimit = deployments; }

    // Lays `environmentId` out, replacing a run still going. The answer is one of laidOut(),
    // failed() or discarded(); an environment with nothing deployed gets none.
    void start(const QString &environmentId, const Core::EnvironmentLayoutOptions &options);
    bool isBusy() const;

signals:
    void laidOut(const QString &environmentId, const QHash<QString, QPointF> &positions);
    void failed(const QString &message);
    // The document changed while the worker ran: its positions would undo that change.
    void discarded();
    // A worker started or ended (never for a layout computed at once).
    void busyChanged(bool busy);

private:
    struct Outcome
    {
        QHash<QString, QPointF> positions;
        QString error;
    };
    static Outcome compute(const Core::Project &project, const QString &environmentId,
                           const Core::EnvironmentLayoutOptions &options);
    void deliver(const QString &environmentId, const Outcome &outcome);
    void onDocumentChanged();

    const Document::ProjectDocument &m_document;
    BackgroundJob *m_job;
    int m_synchronousLimit = DefaultSynchronousLimit;
};

} // namespace Stackdraft::App

#pragma once

#include "app/files/recoverystore.h"

#include <QByteArray>
#include <QObject>

class QTimer;

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

using Document::ProjectDocument;

// Writes the document's unsaved state to this window's recovery file every interval (60 s), so a
// crash loses at most that much. A document without unsaved edits has no recovery file.
class Autosaver final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 60 * 1000;

    explicit Autosaver(const ProjectDocument &document,
                       const QString &directory = RecoveryStore::defaultDirectory(),
                       QObject *parent = nullptr);
    ~Autosaver() override;

    RecoveryStore &store() { return m_store; }
    int interval() const;
    void setInterval(int milliseconds);

    // Writes now when there is something unsaved (also after a failed save); removes the recovery
    // file when there is not. Returns why the write failed, or an empty string.
    QString saveNow();

signals:
    // A recovery write failed; `reason` is for the status bar.
    void failed(const QString &reason);

private:
    const ProjectDocument &m_document;
    RecoveryStore m_store;
    QTimer *m_timer;
    QByteArray m_lastWritten;
};

} // namespace Stackdraft::App

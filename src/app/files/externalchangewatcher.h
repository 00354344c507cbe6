#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace Stackdraft::App {

// Notices when another program (an editor, `git pull`) changes the project file on disk. Our own
// saves are not reported: after each load or save, acknowledge() records what the file holds, and
// only different bytes count as a change.
class ExternalChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit ExternalChangeWatcher(QObject *parent = nullptr);

    // Watches `path` (empty: nothing) and takes its current bytes as known.
    void watch(const QString &path);
    QString path() const { return m_path; }
    // The file now holds what we know (after our own save, or when the user keeps their version).
    void acknowledge();
    // Checks the file now instead of waiting for the watcher's debounce (tests, window focus).
    void check();

signals:
    // The file's bytes differ from the known ones; `removed` when it is gone.
    void changedOnDisk(const QString &path, bool removed);

private:
    QFileSystemWatcher *m_watcher;
    QTimer *m_debounce;
    QString m_path;
    QByteArray m_known;
    bool m_knownMissing = false;
};

} // namespace Stackdraft::App

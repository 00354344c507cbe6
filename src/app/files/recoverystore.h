#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace Stackdraft::App {

// Recovery files under QStandardPaths::AppDataLocation + "/recovery": for each open window, the
// project as it stood at the last autosave (`<key>.stackdraft.yaml`), a note of which file it
// belongs to (`<key>.source`) and a lock held while the window lives (`<key>.lock`). A clean exit
// removes all three; what is left unlocked at the next start is what a crash left behind.
class RecoveryStore final
{
public:
    struct Entry
    {
        QString key;
        QString recoveryPath; // the autosaved bytes
        QString sourcePath; // the project file they belong to; empty for an untitled project
        QDateTime savedAt;
    };

    // Claims a new key and locks it for this process.
    explicit RecoveryStore(QString directory = defaultDirectory());
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString recoveryPath() const;

    // Atomically replaces this window's recovery file; returns why not on failure.
    QString write(const QByteArray &bytes, const QString &sourcePath);
    // Removes this window's recovery files (after a save, on a clean exit).
    void clear();

    // Entries other processes left behind and no living process holds, newest first.
    QList<Entry> orphans() const;
    // Moves an entry's files into "<directory>/corrupt/" so that it is never offered again but a
    // person can still look at it; returns where the bytes went.
    static QString setAside(const Entry &entry);
    static void remove(const Entry &entry);

private:
    QString m_directory;
    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Stackdraft::App

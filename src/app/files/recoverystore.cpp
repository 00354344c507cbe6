#include "app/files/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace Stackdraft::App {
namespace {

const QString ProjectSuffix = QStringLiteral(".stackdraft.yaml");
const QString SourceSuffix = QStringLiteral(".source");
const QString LockSuffix = QStringLiteral(".lock");

QString pathFor(const QString &directory, const QString &key, const QString &suffix)
{
    return QDir(directory).filePath(key + suffix);
}

} // namespace

RecoveryStore::RecoveryStore(QString directory)
    : m_directory(std::move(directory))
    , m_key(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(pathFor(m_directory, m_key, LockSuffix));
    m_lock->setStaleLockTime(0); // held for the window's whole life; stale only when its owner died
    m_lock->tryLock(0);
}

RecoveryStore::~RecoveryStore()
{
    clear();
    m_lock->unlock();
}

QString RecoveryStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

QString RecoveryStore::recoveryPath() const
{
    return pathFor(m_directory, m_key, ProjectSuffix);
}

QString RecoveryStore::write(const QByteArray &bytes, const QString &sourcePath)
{
    QDir().mkpath(m_directory);
    // The source note first: a recovery file is never without the name of what it recovers.
    QSaveFile source(pathFor(m_directory, m_key, SourceSuffix));
    if (!source.open(QIODevice::WriteOnly) || source.write(sourcePath.toUtf8()) < 0
        || !source.commit())
        return source.errorString();
    QSaveFile project(recoveryPath());
    if (!project.open(QIODevice::WriteOnly) || project.write(bytes) != bytes.size()
        || !project.commit())
        return project.errorString();
    return {};
}

void RecoveryStore::clear()
{
    QFile::remove(recoveryPath());
    QFile::remove(pathFor(m_directory, m_key, SourceSuffix));
}

QList<RecoveryStore::Entry> RecoveryStore::orphans() const
{
    QList<Entry> entries;
    const QDir dir(m_directory);
    const QStringList files
        = dir.entryList({QStringLiteral("*") + ProjectSuffix}, QDir::Files, QDir::Time);
    for (const QString &file : files) {
        const QString key = file.chopped(ProjectSuffix.size());
        if (key == m_key)
            continue;
        // A living window (this process or another) still holds its lock.
        QLockFile lock(pathFor(m_directory, key, LockSuffix));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        Entry entry;
        entry.key = key;
        entry.recoveryPath = dir.filePath(file);
        QFile source(pathFor(m_directory, key, SourceSuffix));
        if (source.open(QIODevice::ReadOnly))
            entry.sourcePath = QString::fromUtf8(source.readAll());
        entry.savedAt = QFileInfo(entry.recoveryPath).lastModified();
        entries << entry;
    }
    return entries;
}

QString RecoveryStore::setAside(const Entry &entry)
{
    const QFileInfo info(entry.recoveryPath);
    QDir corrupt(info.dir().filePath(QStringLiteral("corrupt")));
    corrupt.mkpath(QStringLiteral("."));
    const QString target = corrupt.filePath(QStringLiteral("%1-%2%3").arg(
        entry.key, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss")),
        ProjectSuffix));
    if (!QFile::rename(entry.recoveryPath, target))
        QFile::remove(entry.recoveryPath);
    QFile::remove(info.dir().filePath(entry.key + SourceSuffix));
    return target;
}

void RecoveryStore::remove(const Entry &entry)
{
    const QDir dir = QFileInfo(entry.recoveryPath).dir();
    QFile::remove(entry.recoveryPath);
    QFile::remove(dir.filePath(entry.key + SourceSuffix));
    QFile::remove(dir.filePath(entry.key + LockSuffix));
}

} // namespace Stackdraft::App

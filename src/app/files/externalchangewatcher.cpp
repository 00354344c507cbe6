#include "app/files/externalchangewatcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileSystemWatcher>
#include <QTimer>

namespace Stackdraft::App {
namespace {

// The file's digest, or an empty array when it cannot be read.
QByteArray digestOf(const QString &path, bool *missing)
{
    QFile file(path);
    *missing = !file.exists();
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

ExternalChangeWatcher::ExternalChangeWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
{
    // A git checkout or an editor's atomic save comes as several events: look once they settle.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ExternalChangeWatcher::check);
}

void ExternalChangeWatcher::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_path = path;
    if (!m_path.isEmpty())
        m_watcher->addPath(m_path);
    acknowledge();
}

void ExternalChangeWatcher::acknowledge()
{
    m_known = m_path.isEmpty() ? QByteArray() : digestOf(m_path, &m_knownMissing);
    // A rename-over (QSaveFile, git) drops the inode the watcher followed: follow the new one.
    if (!m_path.isEmpty() && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

void ExternalChangeWatcher::check()
{
    if (m_path.isEmpty())
        return;
    if (!m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    bool missing = false;
    const QByteArray digest = digestOf(m_path, &missing);
    if (digest == m_known && missing == m_knownMissing)
        return;
    // Report each new state once, whatever the user answers.
    m_known = digest;
    m_knownMissing = missing;
    emit changedOnDisk(m_path, missing);
}

} // namespace Stackdraft::App

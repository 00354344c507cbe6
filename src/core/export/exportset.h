#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// What a generator produces: relative path ("deploy/compose/docker-compose.yml") -> exact bytes.
// Sorted by path, so writing and diffing are deterministic.
class ExportSet
{
public:
    void add(const QString &path, const QByteArray &content) { m_files.insert(path, content); }
    void merge(const ExportSet &other);

    bool contains(const QString &path) const { return m_files.contains(path); }
    QByteArray file(const QString &path) const { return m_files.value(path); }
    QStringList paths() const { return m_files.keys(); }
    const QMap<QString, QByteArray> &files() const { return m_files; }
    bool isEmpty() const { return m_files.isEmpty(); }
    qsizetype size() const { return m_files.size(); }

private:
    QMap<QString, QByteArray> m_files;
};

} // namespace Stackdraft::Core

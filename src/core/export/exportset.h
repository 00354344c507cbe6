#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <concepts>
#include <utility>

namespace Stackdraft::Core {

// Which files of an export keep their bytes. An export or a commit keeps every file's; the
// preview's tree needs only the names, and the file on screen only its own bytes. A set made with
// a narrower selection still lists every path, so the names never depend on it.
class ExportSelection
{
public:
    ExportSelection() = default; // everything
    static ExportSelection everything() { return {}; }
    static ExportSelection namesOnly() { return ExportSelection(Kind::NamesOnly, {}); }
    static ExportSelection only(const QString &path)
    {
        return ExportSelection(Kind::OnePath, path);
    }

    bool wants(const QString &path) const
    {
        return m_kind == Kind::Everything || (m_kind == Kind::OnePath && path == m_path);
    }

private:
    enum class Kind { Everything, NamesOnly, OnePath };
    ExportSelection(Kind kind, QString path)
        : m_kind(kind)
        , m_path(std::move(path))
    {
    }

    Kind m_kind = Kind::Everything;
    QString m_path;
};

// What a generator produces: relative path ("deploy/compose/docker-compose.yml") -> exact bytes.
// Sorted by path, so writing and diffing are deterministic. A file its selection does not want is
// listed with no bytes; generators pass its bytes as a function (add(path, make)) so that such a
// file is never serialised — at 10,000 components the formats' bytes are hundreds of MB.
class ExportSet
{
public:
    ExportSet() = default;
    explicit ExportSet(ExportSelection selection)
        : m_selection(std::move(selection))
    {
    }

    bool wants(const QString &path) const { return m_selection.wants(path); }

    void add(const QString &path, const QByteArray &content)
    {
        m_files.insert(path, wants(path) ? content : QByteArray());
    }
    template<std::invocable MakeBytes> void add(const QString &path, MakeBytes &&make)
    {
        m_files.insert(path,
                       wants(path) ? QByteArray(std::forward<MakeBytes>(make)()) : QByteArray());
    }
    void merge(const ExportSet &other);

    bool contains(const QString &path) const { return m_files.contains(path); }
    QByteArray file(const QString &path) const { return m_files.value(path); }
    QStringList paths() const { return m_files.keys(); }
    const QMap<QString, QByteArray> &files() const { return m_files; }
    bool isEmpty() const { return m_files.isEmpty(); }
    qsizetype size() const { return m_files.size(); }

private:
    ExportSelection m_selection;
    QMap<QString, QByteArray> m_files;
};

} // namespace Stackdraft::Core

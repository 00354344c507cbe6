#pragma once

#include "core/import/importnote.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

struct YamlNode;

// Everything an import did not carry into the model as written, in the order met.
class ImportReport
{
public:
    void add(ImportNote note) { m_notes.append(std::move(note)); }
    // A note located at a YAML node of `file`.
    void add(ImportNote::Kind kind, const QString &file, const YamlNode &at, const QString &key,
             const char *reason, const QStringList &arguments = {});
    void add(ImportNote::Kind kind, const QString &file, int line, const QString &key,
             const char *reason, const QStringList &arguments = {});
    void append(const ImportReport &other) { m_notes += other.m_notes; }

    const QList<ImportNote> &notes() const { return m_notes; }
    bool isEmpty() const { return m_notes.isEmpty(); }
    // True when something was left out or changed (the CLI's exit code 1).
    bool hasLosses() const;
    int count(ImportNote::Kind kind) const;
    // One translated line per note.
    QStringList lines() const;

private:
    QList<ImportNote> m_notes;
};

} // namespace Stackdraft::Core

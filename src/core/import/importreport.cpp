#include "core/import/importreport.h"

#include "core/io/yamlnode.h"

namespace Stackdraft::Core {

void ImportReport::add(ImportNote::Kind kind, const QString &file, const YamlNode &at,
                       const QString &key, const char *reason, const QStringList &arguments)
{
    m_notes.append({kind, file, at.line, at.column, key, reason, arguments});
}

void ImportReport::add(ImportNote::Kind kind, const QString &file, int line, const QString &key,
                       const char *reason, const QStringList &arguments)
{
    m_notes.append({kind, file, line, 0, key, reason, arguments});
}

bool ImportReport::hasLosses() const
{
    for (const ImportNote &note : m_notes) {
        if (note.kind != ImportNote::Kind::Info)
            return true;
    }
    return false;
}

int ImportReport::count(ImportNote::Kind kind) const
{
    int n = 0;
    for (const ImportNote &note : m_notes)
        n += note.kind == kind ? 1 : 0;
    return n;
}

QStringList ImportReport::lines() const
{
    QStringList out;
    out.reserve(m_notes.size());
    for (const ImportNote &note : m_notes)
        out << note.toString();
    return out;
}

} // namespace Stackdraft::Core

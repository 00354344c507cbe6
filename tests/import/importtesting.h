#pragma once

#include "core/catalog/catalog.h"
#include "core/import/importer.h"
#include "core/model/project.h"

#include <QStringList>

// Helpers shared by the importer tests: the bundled catalog, one-call imports, and the report as
// "key: text" lines so rows can assert on what was left out and why.
namespace ImportTesting {

inline const Stackdraft::Core::Catalog &catalog()
{
    static const Stackdraft::Core::Catalog bundled = Stackdraft::Core::Catalog::load({});
    return bundled;
}

inline Stackdraft::Core::Result<Stackdraft::Core::ImportResult>
run(const Stackdraft::Core::Importer &importer, const QList<Stackdraft::Core::ImportFile> &files,
    const QMap<QString, QString> &variables = {}, const QStringList &profiles = {})
{
    Stackdraft::Core::ImportRequest request;
    request.catalog = &catalog();
    request.files = files;
    request.variables = variables;
    request.profiles = profiles;
    return importer.import(request);
}

inline QStringList noteKeys(const Stackdraft::Core::ImportReport &report)
{
    QStringList out;
    for (const Stackdraft::Core::ImportNote &note : report.notes())
        out << note.key + QStringLiteral(": ") + note.text();
    return out;
}

// Whether some note's key and text contain both fragments.
inline bool hasNote(const Stackdraft::Core::ImportReport &report, const QString &key,
                    const QString &text)
{
    for (const Stackdraft::Core::ImportNote &note : report.notes()) {
        if (note.key.contains(key) && note.text().contains(text))
            return true;
    }
    return false;
}

inline QString envText(const Stackdraft::Core::EnvVar &var)
{
    using Kind = Stackdraft::Core::EnvVar::Kind;
    switch (var.kind) {
    case Kind::Literal:
        return QStringLiteral("literal:") + var.value;
    case Kind::Reference:
        return QStringLiteral("from:") + var.component
            + (var.part.isEmpty() ? QString() : QStringLiteral("/") + var.part);
    case Kind::Secret:
        return QStringLiteral("secret:") + var.secret;
    }
    return {};
}

inline QStringList connections(const Stackdraft::Core::Project &project)
{
    QStringList out;
    for (const Stackdraft::Core::Connection &c : project.connections)
        out << c.from + QStringLiteral("->") + c.to
                + (c.label.isEmpty() ? QString()
                                     : QStringLiteral(" [") + c.label + QLatin1Char(']'));
    return out;
}

} // namespace ImportTesting

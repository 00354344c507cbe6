#pragma once

#include "core/catalog/componenttype.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// The registry of component types: bundled entries (":/stackdraft/catalog/*.yaml") first, then user
// directories, whose entries override bundled ones with the same id. Types are kept sorted by id.
// The file format is documented in docs/catalog.md.
class Catalog
{
public:
    static constexpr const char *BundledDirectory = ":/stackdraft/catalog";
    static constexpr const char *BundledIconDirectory = ":/stackdraft/icons";

    // The bundled catalog plus the user directories (see userDirectories()). Built once per
    // process. Errors in user files are logged (stackdraft.catalog) and kept in errors(), never
    // fatal.
    static const Catalog &standard();
    // What standard() is made of, built afresh: bundled entries, then every directory in
    // `userDirectories`.
    static Catalog load(const QStringList &userDirectories);
    // QStandardPaths::AppDataLocation + "/catalog" (when it resolves), then every entry of the
    // colon-separated $STACKDRAFT_CATALOG_PATH, in that order (later ones win).
    static QStringList userDirectories();

    Catalog() = default;
    // Loads every *.yaml / *.yml file in `directory` (a resource path or a file-system path), in
    // name order. A bad file is skipped and its error kept in errors(); the first one is also
    // returned. A missing directory is not an error.
    Status addDirectory(const QString &directory);
    // Loads one file (one or more YAML documents, one entry each). Nothing of a bad file is added.
    Status addFile(const QString &path);
    // Parses entries from bytes; `fileName` is used in messages and to resolve relative icon paths.
    Status addBytes(const QByteArray &bytes, const QString &fileName);
    // Adds or replaces (same id) a type.
    void add(const ComponentType &type);

    ComponentType type(const QString &id) const; // invalid when unknown
    bool contains(const QString &id) const { return type(id).isValid(); }
    QList<ComponentType> types() const { return m_types; }
    QStringList ids() const;
    QList<ComponentType> typesInCategory(const QString &category) const;
    QStringList categories() const; // sorted, no duplicates
    // Problems met while loading, in the order met.
    QList<Error> errors() const { return m_errors; }

private:
    QList<ComponentType> m_types; // sorted by id
    // The same types by id: every pass over a project asks for each component's type, several
    // times per component, and a binary search of string comparisons was 8 % of a validation.
    QHash<QString, ComponentType> m_byId;
    QList<Error> m_errors;
};

} // namespace Stackdraft::Core

#pragma once

#include "core/catalog/componenttype.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// The registry of component types: bundled entries (":/stackdraft/catalog/*.yaml") first, then user
// directories, whose entries override bundled ones with the same id. Types are kept sorted by id.
class Catalog
{
public:
    // The bundled catalog plus the user directory (QStandardPaths AppDataLocation + "/catalog" and
    // $STACKDRAFT_CATALOG_PATH, colon-separated). Errors in user files are logged, never fatal.
    static const Catalog &standard();

    Catalog() = default;
    // Loads every *.yaml file in `directory` (a resource path or a file-system path).
    Status addDirectory(const QString &directory);
    Status addFile(const QString &path);
    void add(const ComponentType &type);

    ComponentType type(const QString &id) const; // invalid when unknown
    bool contains(const QString &id) const { return type(id).isValid(); }
    QList<ComponentType> types() const { return m_types; }
    QStringList categories() const;

private:
    QList<ComponentType> m_types; // sorted by id
};

} // namespace Stackdraft::Core

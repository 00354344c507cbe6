#pragma once

#include <QStringList>

namespace Stackdraft::Core {

// The English labels, descriptions and category names of the bundled catalog, marked with
// QT_TRANSLATE_NOOP("Catalog", ...) so lupdate extracts them from this one place (the YAML files
// are not scanned). tst_catalog checks that every bundled label and description is listed.
class CatalogStrings final
{
public:
    static QStringList all();
    // The display name of a category id ("data" -> "Data stores"), translated; the id itself when
    // unknown.
    static QString categoryLabel(const QString &category);
};

} // namespace Stackdraft::Core

#pragma once

#include "core/import/importer.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace Stackdraft::Core {

// The importers the app and the CLI offer, built in (importers are part of core: they read no
// plugin-specific data). Order matters for detection: the first that recognises a file wins.
class ImporterRegistry final
{
public:
    static const ImporterRegistry &standard();

    ImporterRegistry();
    QList<const Importer *> importers() const;
    QStringList ids() const;
    const Importer *importer(const QString &id) const; // nullptr when unknown
    // The importer for `file` when none is named; nullptr when no importer recognises it.
    const Importer *detect(const ImportFile &file) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace Stackdraft::Core
